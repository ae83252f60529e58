"""A local Kombo ATS sandbox that serves ``openapi.yaml`` faithfully (like stripe-mock for Stripe).

Run it: ``python -m kombo_ats_sandbox --port 8000`` and point a client at ``http://127.0.0.1:8000/v1``.
In Python::

    from kombo_ats_sandbox import SandboxConfig, SandboxServer, create_app

    with SandboxServer(SandboxConfig(candidates=1000)) as server:   # real socket, background thread
        ...server.base_url, server.state.update(...), server.state.delete(...)

    app = create_app(SandboxConfig())                               # ASGI app for httpx.ASGITransport

Needs the ``sandbox`` extra (starlette, uvicorn). See docs/sandbox.md.
"""

from __future__ import annotations

from ._extra import INSTALL_HINT  # first: checks the sandbox extra is installed, naming it if not
from .app import create_app
from .config import DEFAULT_API_KEY, DEFAULT_INTEGRATIONS, SandboxConfig
from .errors import SandboxError
from .faults import Faults
from .server import SandboxServer
from .state import SandboxState
from .store import KINDS, IntegrationStore

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_INTEGRATIONS",
    "INSTALL_HINT",
    "KINDS",
    "Faults",
    "IntegrationStore",
    "SandboxConfig",
    "SandboxError",
    "SandboxServer",
    "SandboxState",
    "create_app",
]
