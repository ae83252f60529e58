"""What every integration of one sandbox shares: its settings, clock, new ids, render epoch, change observers.

The records of an integration (:class:`.store.RecordStore`) and every layer above reach these through
``store.shared``; :class:`kombo_ats_sandbox.logic.state.SandboxState` owns the one instance.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from .config import Clock, SandboxConfig
from .records import make_id

__all__ = ["ChangeObserver", "Shared"]

ChangeObserver = Callable[[str, frozenset[str]], None]
"""Called after a change with ``(integration_id, kinds)``: the list kinds (``"candidates"``, ...) of the records
that got a fresh ``changed_at`` (created, changed, deleted or re-stamped because they embed what changed)."""


class Shared:
    """Settings, clock, ids and change observers of one sandbox (see the module docstring)."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.clock = Clock()
        self.render_epoch = 0
        self._id_rng = random.Random(f"{config.seed}:new-ids")
        self.observers: list[ChangeObserver] = []

    def new_id(self) -> str:
        """A fresh Kombo-style id for a record, sync or link the sandbox creates."""
        return make_id(self._id_rng)

    def notify(self, integration_id: str, kinds: Iterable[str]) -> None:
        """Tell every observer what changed (the write paths call this once per change, under the state lock).

        Observers run synchronously inside the request that made the change: keep them short and
        non-blocking (queue the event; deliver it elsewhere). An observer's exception propagates.
        """
        changed = frozenset(kinds)
        if not changed:
            return
        for observer in list(self.observers):
            observer(integration_id, changed)
