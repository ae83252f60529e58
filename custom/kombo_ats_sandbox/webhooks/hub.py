"""What turns the sandbox's changes into events: :class:`WebhookHub`, one per :class:`SandboxState`.

It subscribes to the state's change observers (every write: API, admin API, Python API) and gathers
the changed models per integration over ``coalesce_seconds``: the first change opens the window, and
everything changed until it closes becomes one ``data-changed``, so a burst of 100 writes is a few
events. The HTTP layer reports forced syncs, created and deleted integrations and join-model changes
(see :mod:`.asgi`). Nothing here blocks: events are queued on the :class:`.delivery.DeliveryWorker`.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import threading
import weakref
from collections.abc import Iterable
from typing import Any

from ..data.webhook_settings import WebhookSettings
from . import events
from .delivery import DeliveryWorker

__all__ = ["WebhookHub", "hub_for"]

_HUBS: weakref.WeakKeyDictionary[Any, WebhookHub] = weakref.WeakKeyDictionary()
_HUBS_LOCK = threading.Lock()


def hub_for(state: Any) -> WebhookHub:
    """The hub of ``state`` (created on first use, subscribed to its changes, configured from its config)."""
    with _HUBS_LOCK:
        hub = _HUBS.get(state)
        if hub is None:
            hub = _HUBS[state] = WebhookHub(state, getattr(state.config, "webhooks", None) or WebhookSettings())
        return hub


class WebhookHub:
    """Coalesces changes into ``data-changed`` and schedules the other events of one sandbox."""

    def __init__(self, state: Any, settings: WebhookSettings) -> None:
        # Weak: the registry maps state -> hub weakly by key, so a hub holding its state would keep every
        # sandbox state (and its seed data) alive forever.
        self._state = weakref.ref(state)
        self.worker = DeliveryWorker(settings)
        self._pending: dict[str, set[str]] = {}
        self._lock = threading.Lock()
        state.change_observers.append(self.observe)

    @property
    def state(self) -> Any:
        """The sandbox state this hub serves (``None`` once it was garbage-collected)."""
        return self._state()

    @property
    def settings(self) -> WebhookSettings:
        return self.worker.settings

    def configure(self, settings: WebhookSettings) -> None:
        """Replace the settings (admin API); deliveries already scheduled keep their URL."""
        self.worker.settings = settings

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every scheduled event was delivered or given up (open windows included)."""
        return self.worker.wait_idle(timeout)

    def log(self) -> list[dict[str, Any]]:
        """The delivery log: event id, type, URL, attempts, last status, state."""
        return self.worker.log()

    def close(self) -> None:
        """Stop delivering and unsubscribe; ``hub_for`` makes a fresh hub if the state serves again."""
        state = self.state
        if state is not None:
            with _HUBS_LOCK:
                if _HUBS.get(state) is self:
                    del _HUBS[state]
            if self.observe in state.change_observers:
                state.change_observers.remove(self.observe)
        self.worker.close()

    # ------------------------------------------------------------------------------ data-changed
    def observe(self, integration_id: str, kinds: frozenset[str]) -> None:
        """The change observer: called under the state's lock, so it only records and schedules."""
        self.changed(integration_id, events.model_names(kinds))

    def changed(self, integration_id: str, models: Iterable[str]) -> None:
        """Kombo model names of ``integration_id`` that changed; sent with the others of the window."""
        names = set(models)
        if not names or not self.settings.enabled:
            return
        with self._lock:
            opens = integration_id not in self._pending
            self._pending.setdefault(integration_id, set()).update(names)
        if opens:
            self.worker.call_later(self.settings.coalesce_seconds, functools.partial(self._flush, integration_id))

    def _flush(self, integration_id: str) -> None:
        with self._lock:
            models = self._pending.pop(integration_id, set())
        state = self.state
        store = None if state is None else state.integrations.get(integration_id)
        if models and store is not None:
            self.worker.send(events.data_changed(integration_id, store.info.category, models))

    # ------------------------------------------------------------------------------ other events
    def sync_started(self, integration_id: str, sync_id: str) -> None:
        """A forced sync was queued: it "runs" ``sync_seconds``, then ``sync-finished`` is sent."""
        if not self.settings.enabled:
            return
        started = dt.datetime.now(dt.UTC)
        job = functools.partial(self._sync_finished, integration_id, sync_id, started)
        self.worker.call_later(self.settings.sync_seconds, job)

    def _sync_finished(self, integration_id: str, sync_id: str, started: dt.datetime) -> None:
        state = self.state
        if state is None:
            return
        with state.lock:
            store = state.integrations.get(integration_id)
            if store is None:
                return
            for kind, queued in list(store.info.syncs.items()):
                if queued == sync_id:  # finished: the next force-sync starts a new one
                    del store.info.syncs[kind]
            info = copy.copy(store.info)
        outcome = self.settings.sync_outcome
        ended = dt.datetime.now(dt.UTC)
        self.worker.send(
            events.sync_finished(integration_id, info, sync_id=sync_id, state=outcome, started=started, ended=ended)
        )

    def integration_created(self, integration_id: str, info: Any) -> None:
        if self.settings.enabled:
            self.worker.send(events.integration_created(integration_id, info))

    def integration_deleted(self, integration_id: str, info: Any) -> None:
        if self.settings.enabled:
            with self._lock:
                self._pending.pop(integration_id, None)  # no data-changed for what is gone
            self.worker.send(events.integration_deleted(integration_id, info))
