"""Test helpers for webhooks: a FastAPI receiver that records what its handlers saw, served by uvicorn
on a free loopback port in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn
from fastapi import FastAPI
from kombo_ats.fastapi import webhook_router
from kombo_ats.webhooks import DataChangedEvent, WebhookEvent
from kombo_ats.webhooks_receiver import WebhookHandlers

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
            if event.id in self.fail_ids:
                raise RuntimeError("handler failure on purpose")

        self.handlers = handlers
        self.app = FastAPI()
        self.app.include_router(webhook_router(handlers, secret=secret, path="/hooks"))


class ThreadedUvicorn:
    """Serve an ASGI app on 127.0.0.1:<free port> in a thread; ``url`` once started."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadedUvicorn:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        sock.setblocking(False)
        self._socket, self.port = sock, sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="off"))
        server = self._server
        self._thread = threading.Thread(target=lambda: server.run(sockets=[sock]), daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self.__exit__(None, None, None)
                raise RuntimeError("receiver did not start")
            time.sleep(0.005)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None


def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
