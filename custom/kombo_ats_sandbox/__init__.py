"""A local Kombo ATS sandbox that serves ``openapi.yaml`` faithfully (like stripe-mock for Stripe).

Run it: ``python -m kombo_ats_sandbox --port 8000`` and point a client at ``http://127.0.0.1:8000/v1``.
In Python::

    from kombo_ats_sandbox import SandboxConfig, SandboxServer, create_app

    with SandboxServer(SandboxConfig(candidates=1000)) as server:   # real socket, background thread
        ...server.base_url, server.state.update(...), server.state.delete(...)

    app = create_app(SandboxConfig())                               # ASGI app for httpx.ASGITransport

Needs the ``sandbox`` extra (starlette, uvicorn). See docs/sandbox.md.

The package reads bottom-up, each layer importing only from the ones below it (:mod:`._layers` says the
order, ``tests/test_sandbox_layers.py`` enforces it):

* ``data/`` - records, seed data, the spec's record shapes, lookups and indexes of one integration;
* ``logic/`` - rendering, filtering, listing, request validation, changes and creates, the state;
* ``webhooks/`` - signed Kombo-style webhooks: change events coalesced into ``data-changed``, syncs,
  integrations; delivered with retries off the request path (docs/webhooks.md);
* ``http/`` - the Starlette app: auth, faults, the operation endpoints, handlers named after operation
  ids, the admin API;
* this folder - the server thread, the command line, the pytest plugin, the contract checker.
"""

from __future__ import annotations

from ._extra import INSTALL_HINT  # first: checks the sandbox extra is installed, naming it if not
from .data.config import DEFAULT_API_KEY, DEFAULT_INTEGRATIONS, Faults, SandboxConfig
from .data.errors import SandboxError
from .data.store import KINDS
from .data.webhook_settings import WebhookSettings
from .http.app import create_app
from .logic.integration import IntegrationStore
from .logic.state import SandboxState
from .server import SandboxServer

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
    "WebhookSettings",
    "create_app",
]
