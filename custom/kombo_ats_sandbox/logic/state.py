"""The sandbox's state: its integrations, connection links, faults, and the Python mutation API.

Use :class:`SandboxState` from Python (tests, demos) to read and change data while the sandbox runs::

    state = SandboxState(SandboxConfig(candidates=1000))
    doc = state.update("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "candidates", candidate_id, title="CTO")
    state.delete("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "offers", offer_id)

Every change stamps a fresh, strictly increasing ``changed_at`` on the record and on the records whose
documents change with it (see :mod:`.mutations`), so ``updated_after`` sees exactly those.

**Change hook**: ``state.change_observers`` is a list of callables ``(integration_id, kinds)`` called after
every change of records, whatever made it (an API write, the admin API, this Python API): ``kinds`` is a
frozenset of the list kinds (``"candidates"``, ``"tags"``, ...; Kombo's model names are ``"ats_" + kind``)
whose records were created, changed, deleted or re-stamped. Observers run synchronously under the
state's lock inside the request: keep them short (queue the event, deliver it elsewhere). Webhook
delivery subscribes here; no handler needs to know about it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from ..data.config import Clock, Faults, SandboxConfig
from ..data.errors import SandboxError
from ..data.records import make_id
from ..data.shared import ChangeObserver, Shared
from .integration import IntegrationStore

__all__ = ["ConnectionLink", "SandboxState"]


@dataclass
class ConnectionLink:
    """A link made by ``createConnectionLink``; its token resolves to the integration the flow creates."""

    token: str
    end_user_email: str
    organization_name: str
    origin_id: str | None
    category: str
    tool: str | None
    integration_id: str | None = None  # set once the token was exchanged (getIntegrationByToken)


class SandboxState:
    """Everything a sandbox serves; thread-safe, shared by the app and by tests/demos."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.config.faults.validate()
        self.lock = threading.RLock()
        self.shared = Shared(self.config)
        self.fault_rng = random.Random(f"{self.config.seed}:faults")
        self.environment_id = make_id(random.Random(f"{self.config.seed}:environment"))
        self.integrations: dict[str, IntegrationStore] = {}
        self.links: dict[str, ConnectionLink] = {}
        self.reset()

    # ------------------------------------------------------------------------------------ basics
    @property
    def faults(self) -> Faults:
        return self.config.faults

    @property
    def clock(self) -> Clock:
        return self.shared.clock

    @property
    def render_epoch(self) -> int:
        """Changes whenever what a rendered record looks like may change (reset, fault settings)."""
        return self.shared.render_epoch

    @property
    def change_observers(self) -> list[ChangeObserver]:
        """Called after every change of records with ``(integration_id, kinds)``; see the module docstring."""
        return self.shared.observers

    def reset(self) -> None:
        """Regenerate every integration's initial data (drops all changes, links and connected integrations)."""
        with self.lock:
            self.integrations = {iid: self._new_store(iid) for iid in self.config.integrations}
            self.links = {}
            self.shared.render_epoch += 1

    def _new_store(self, integration_id: str) -> IntegrationStore:
        return IntegrationStore(integration_id, f"{self.config.seed}:{integration_id}", self.config, self.shared)

    def connect(self, tool: str) -> IntegrationStore:
        """A new integration with seeded data, as a finished Connect flow creates it."""
        with self.lock:
            integration_id = f"{tool}:{self.new_id()}"
            store = self.integrations[integration_id] = self._new_store(integration_id)
            return store

    def set_faults(self, faults: Faults | None = None, **options: Any) -> Faults:
        """Replace the fault settings (``set_faults(error_ratio=0.2)`` or ``set_faults(Faults(...))``)."""
        new = faults if faults is not None else Faults.from_dict(options)
        new.validate()
        with self.lock:
            self.config.faults = new
            self.shared.render_epoch += 1
        return new

    def new_id(self) -> str:
        return self.shared.new_id()

    def check_api_key(self, token: str) -> bool:
        if not token:
            return False
        return self.config.api_key == "*" or token == self.config.api_key

    def integration(self, integration_id: str) -> IntegrationStore:
        store = self.integrations.get(integration_id)
        if store is None:
            raise SandboxError(
                404,
                "PLATFORM.INTEGRATION_NOT_FOUND",
                f"The integration {integration_id!r} does not exist. Check the X-Integration-Id header.",
            )
        return store

    # ------------------------------------------------------------------------------------ Python API
    def _locked(self, fn: Callable[[], Any]) -> Any:
        with self.lock:
            return fn()

    def get(self, integration_id: str, kind: str, record_id: str) -> dict[str, Any]:
        """The record's current document (deleted ones too)."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.document(kind, store.get_record(kind, record_id))))

    def ids(self, integration_id: str, kind: str, *, include_deleted: bool = False) -> list[str]:
        """Ids of the records of one kind, in listing order."""
        store = self.integrations[integration_id]
        with self.lock:
            return [r.id for r in store.records(kind) if include_deleted or r.deleted_ms is None]

    def update(self, integration_id: str, kind: str, record_id: str, /, **changes: Any) -> dict[str, Any]:
        """Change fields of a record (see :func:`.mutations.update`); any field name may be changed."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.update(kind, record_id, changes)))

    def delete(self, integration_id: str, kind: str, record_id: str) -> dict[str, Any]:
        """Delete a record (see :func:`.mutations.delete`)."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.delete(kind, record_id)))
