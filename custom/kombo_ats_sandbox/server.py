"""Run the sandbox on a real loopback socket, in a background thread (tests, demos, notebooks)."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn

from .data.config import SandboxConfig
from .http.app import create_app
from .logic.state import SandboxState
from .webhooks import WebhookHub, hub_for

__all__ = ["SandboxServer"]


class SandboxServer:
    """A uvicorn server for the sandbox on ``host`` (loopback) and a free (or given) port.

    Use as a context manager, or call :meth:`start` and :meth:`stop`::

        with SandboxServer(SandboxConfig(candidates=500)) as server:
            print(server.base_url)          # http://127.0.0.1:<port>/v1
            server.state.delete(...)        # mutate data while it serves
    """

    def __init__(
        self,
        config: SandboxConfig | SandboxState | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
    ) -> None:
        self.state = config if isinstance(config, SandboxState) else SandboxState(config)
        self.app = create_app(self.state)
        self.host = host
        self._requested_port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._error: BaseException | None = None
        self.port = port

    @property
    def url(self) -> str:
        """Root URL, e.g. ``http://127.0.0.1:53211`` (admin API under ``/_sandbox``)."""
        return f"http://{self.host}:{self.port}"

    @property
    def webhooks(self) -> WebhookHub:
        """The webhook hub of the served state: ``.wait_idle()``, ``.log()``, ``.configure(...)``."""
        return hub_for(self.state)

    @property
    def base_url(self) -> str:
        """The API base URL to give a client: ``http://127.0.0.1:<port>/v1``."""
        return f"{self.url}/v1"

    def start(self, timeout: float = 10.0) -> SandboxServer:
        if self._thread is not None:
            raise RuntimeError("server already started")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))
        sock.listen(128)
        sock.setblocking(False)
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level=self._log_level, access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        self._server = server

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # pragma: no cover - surfaced by start()
                self._error = exc

        self._thread = threading.Thread(target=run, name=f"kombo-sandbox-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if self._error is not None or not self._thread.is_alive():
                self.stop()
                raise RuntimeError(f"sandbox server failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("sandbox server did not start in time")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit, wait for the thread, close the socket. Safe to call twice."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._server is not None:  # pragma: no cover
                self._server.force_exit = True
                self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        hub_for(self.state).close()  # no deliveries from a stopped sandbox
        self._thread = None
        self._server = None
        self._socket = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
