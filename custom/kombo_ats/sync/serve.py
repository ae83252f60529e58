"""A webhook-driven sync service: Kombo's ``data-changed`` events keep the database fresh.

On ``data-changed`` the lists that depend on the event's ``changed_models`` (Kombo's table, as
the spec records it: ``kombo_ats.webhooks.lists_to_fetch``) are synced for that integration, incrementally. Events
of one integration coalesce: while its sync runs, later events only add lists to its next run, so a burst
costs at most one more sync. Runs go one at a time (one dlt pipeline, one destination). On
``integration-deleted`` the integration's rows are removed (or kept, if configured). The webhook route is
the SDK's receiver (signature check, redelivery filter, answer first, handle afterwards).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any, Literal

import anyio
import anyio.abc
import anyio.to_thread
import dlt

from .. import _constants as c
from ..webhooks import DataChangedEvent, IntegrationDeletedEvent, lists_to_fetch
from ..webhooks_receiver import WebhookHandlers
from ._report import SyncReport
from ._run import remove_integration, sync
from ._tables import tables

__all__ = ["SyncService", "lists_for"]

logger = logging.getLogger("kombo_ats.sync")
OnDeleted = Literal["remove", "keep"]
SyncFunction = Callable[..., SyncReport]


def lists_for(changed_models: Iterable[object]) -> list[str]:
    """The lists the sync keeps that must be fetched again when these models changed: Kombo's table, as the spec
    records it (``x-kombo-changed-models``), read by :func:`kombo_ats.webhooks.lists_to_fetch`."""
    kept = tables()
    return [name for name in lists_to_fetch(changed_models) if name in kept]


class SyncService:
    """Coalescing, one-at-a-time syncs driven by webhook events; mount :attr:`handlers` on a receiver.

    Use inside ``async with service.running():`` (the app's lifespan): the syncs run in its task group.
    """

    def __init__(
        self,
        pipeline: dlt.Pipeline,
        *,
        keep_deleted: bool = False,
        on_integration_deleted: OnDeleted = "remove",
        client_options: Mapping[str, Any] | None = None,
        sync_function: SyncFunction = sync,
    ) -> None:
        if on_integration_deleted not in ("remove", "keep"):
            raise ValueError(f"on_integration_deleted: expected 'remove' or 'keep', got {on_integration_deleted!r}")
        self.pipeline = pipeline
        self.keep_deleted = keep_deleted
        self.on_integration_deleted = on_integration_deleted
        self.client_options = dict(client_options or {})
        self._sync = sync_function
        self._pending: dict[str, set[str]] = {}
        self._running: set[str] = set()
        self._lock = anyio.Lock()  # one dlt run at a time: a pipeline's working folder is not shared
        self._group: anyio.abc.TaskGroup | None = None
        self.reports: list[SyncReport] = []
        """Every finished sync, newest last (for status pages and tests)."""
        self.removed: list[tuple[str, int]] = []
        """``(integration_id, rows removed)`` per handled ``integration-deleted``, newest last."""
        self.handlers = WebhookHandlers()
        self.handlers.on(DataChangedEvent)(self.data_changed)
        self.handlers.on(IntegrationDeletedEvent)(self.integration_deleted)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[SyncService]:
        async with anyio.create_task_group() as group:
            self._group = group
            try:
                yield self
            finally:
                self._group = None
                group.cancel_scope.cancel()

    def request(self, integration_id: str, resources: Iterable[str]) -> None:
        """Sync these lists of the integration soon (merged with what is already pending for it)."""
        wanted = set(resources)
        if not wanted:
            return
        self._pending.setdefault(integration_id, set()).update(wanted)
        if integration_id not in self._running:
            if self._group is None:
                raise RuntimeError("SyncService is not running: use `async with service.running():`")
            self._running.add(integration_id)
            self._group.start_soon(self._drain, integration_id)

    async def data_changed(self, event: DataChangedEvent) -> None:
        resources = lists_for(event.data.changed_models)
        logger.info("data-changed %s for %s: lists %s", event.id, event.data.integration_id, resources or "none")
        self.request(event.data.integration_id, resources)

    async def integration_deleted(self, event: IntegrationDeletedEvent) -> None:
        integration_id = event.data.id
        self._pending.pop(integration_id, None)
        if self.on_integration_deleted == "keep":
            logger.info("integration-deleted %s: rows kept (on_integration_deleted='keep')", integration_id)
            self.removed.append((integration_id, 0))
            return
        async with self._lock:
            removed = await anyio.to_thread.run_sync(remove_integration, self.pipeline, integration_id)
        self.removed.append((integration_id, removed))
        logger.info("integration-deleted %s: %d rows removed", integration_id, removed)

    async def _drain(self, integration_id: str) -> None:
        try:
            while resources := self._pending.pop(integration_id, None):
                async with self._lock:
                    run = functools.partial(
                        self._sync,
                        [integration_id],
                        resources=sorted(resources),
                        keep_deleted=self.keep_deleted,
                        pipeline=self.pipeline,
                        client_options=self.client_options,
                    )
                    try:
                        report = await anyio.to_thread.run_sync(run)
                    except Exception as exc:  # logged; the next event tries again from the same state
                        logger.error("sync of %s failed: %s", integration_id, type(exc).__name__)
                        continue
                self.reports.append(report)
                for failed in report.errors:
                    logger.error("sync of %s %s failed: %s", integration_id, failed.resource, failed.error)
        finally:
            self._running.discard(integration_id)


def create_app(service: SyncService, *, secret: str | None = None, path: str = c.SYNC_WEBHOOK_PATH) -> Any:
    """A FastAPI app receiving Kombo's webhooks at ``path`` for ``service`` (needs the ``fastapi`` extra)."""
    from fastapi import FastAPI

    from ..fastapi import webhook_router

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with service.running():
            yield

    app = FastAPI(title="kombo-ats serve", lifespan=lifespan)
    app.include_router(webhook_router(service.handlers, secret=secret, path=path))

    @app.get("/healthz")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "syncs": len(service.reports), "pending": len(service._pending)}

    return app
