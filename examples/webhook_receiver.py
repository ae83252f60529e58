"""A webhook receiver as a FastAPI backend runs one, for the demo: Kombo's events in, work queued.

``kombo_ats.fastapi.webhook_router`` verifies each event's signature, drops redeliveries and answers at
once; the handler here only queues each ``data-changed`` for the demo to act on (in a real backend:
enqueue a sync job). :class:`BackgroundUvicorn` serves any ASGI app on a free loopback port in a thread.
"""

from __future__ import annotations

import functools
import queue
import socket
import threading
import time
from types import TracebackType
from typing import Any

import anyio
import anyio.to_thread
import uvicorn
from fastapi import FastAPI
from kombo_ats.fastapi import WebhookHandlers, webhook_router
from kombo_ats.webhooks import DataChangedEvent

__all__ = ["BackgroundUvicorn", "DemoReceiver"]


class BackgroundUvicorn:
    """Serve an ASGI app on 127.0.0.1 and a free port in a background thread (``with`` it)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BackgroundUvicorn:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        sock.setblocking(False)
        self._socket, self.port = sock, sock.getsockname()[1]
        server = self._server = uvicorn.Server(
            uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="auto")
        )
        self._thread = threading.Thread(target=lambda: server.run(sockets=[sock]), daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self.stop()
                raise RuntimeError("the receiver did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> BackgroundUvicorn:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class DemoReceiver:
    """Receives Kombo's webhooks at ``url`` and queues every new ``data-changed``."""

    PATH = "/kombo/webhooks"

    def __init__(self, secret: str) -> None:
        self._queue: queue.Queue[DataChangedEvent] = queue.Queue()
        handlers = WebhookHandlers()

        @handlers.on(DataChangedEvent)
        async def queue_sync(event: DataChangedEvent) -> None:
            self._queue.put(event)

        self.app = FastAPI()
        self.app.include_router(webhook_router(handlers, secret=secret, path=self.PATH))
        self.server = BackgroundUvicorn(self.app)

    @property
    def url(self) -> str:
        return f"{self.server.url}{self.PATH}"

    async def next_events(self, *, first_within: float = 15.0, quiet_for: float = 0.6) -> list[DataChangedEvent]:
        """The next ``data-changed`` events: waits for one, then takes more until none came for ``quiet_for`` s."""
        events: list[DataChangedEvent] = []
        timeout = first_within
        while True:
            try:
                event = await anyio.to_thread.run_sync(functools.partial(self._queue.get, timeout=timeout))
            except queue.Empty:
                return events
            events.append(event)
            timeout = quiet_for
