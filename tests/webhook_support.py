"""Test helpers for webhooks: a FastAPI receiver that records what its handlers saw, served by uvicorn
on a free loopback port in a background thread."""

from __future__ import annotations

import time
from typing import Any

from fastapi import FastAPI
from kombo_ats.fastapi import webhook_router
from kombo_ats.webhooks import DataChangedEvent, WebhookEvent
from kombo_ats.webhooks_receiver import WebhookHandlers

from examples.webhook_receiver import BackgroundUvicorn

SECRET = "whsec_e2e-secret"


class RecordingReceiver:
    """A FastAPI app receiving Kombo webhooks; ``handled`` lists (id, type) per handled event.

    Events whose ``data.integration_id`` is in ``fail_for`` make the data-changed handler raise (after
    recording ``("failed", id)``), to prove the next events are still handled.
    """

    def __init__(self, secret: str = SECRET, *, handler_delay: float = 0.0) -> None:
        self.handled: list[tuple[str, str]] = []
        self.events: list[WebhookEvent[Any]] = []
        self.fail_ids: set[str] = set()
        self.fail_first = False  # the first data-changed handled raises (after being recorded)
        self.failed: list[str] = []
        self.handler_delay = handler_delay
        handlers = WebhookHandlers()

        @handlers.on(WebhookEvent)
        async def record(event: WebhookEvent[Any]) -> None:
            if self.handler_delay:
                import anyio

                await anyio.sleep(self.handler_delay)
            self.events.append(event)
            self.handled.append((event.id, event.type))

        @handlers.on(DataChangedEvent)
        async def maybe_fail(event: DataChangedEvent) -> None:
            if event.id in self.fail_ids or (self.fail_first and not self.failed):
                self.failed.append(event.id)
                raise RuntimeError("handler failure on purpose")

        self.handlers = handlers
        self.app = FastAPI()
        self.app.include_router(webhook_router(handlers, secret=secret, path="/hooks"))


ThreadedUvicorn = BackgroundUvicorn  # the demo's server thread, reused


def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
