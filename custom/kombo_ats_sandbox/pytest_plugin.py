"""Pytest fixtures for testing code against the Kombo ATS sandbox.

Enable with ``pytest_plugins = ["kombo_ats_sandbox.pytest_plugin"]`` in a ``conftest.py``.

* ``kombo_sandbox_config`` - the :class:`SandboxConfig` (small data set; override the fixture to change it);
* ``kombo_sandbox`` - a fresh :class:`SandboxState` per test: read and mutate data, set faults;
* ``kombo_sandbox_app`` - the ASGI app serving that state;
* ``kombo_sandbox_transport`` - an ``httpx.ASGITransport`` to the app: fast, in-process, no socket;
* ``kombo_sandbox_server`` - the same state served by uvicorn on a free loopback port (a real socket,
  in a background thread, stopped after the test); ``.base_url`` is ``http://127.0.0.1:<port>/v1``;
* ``kombo_sandbox_integration_id`` / ``kombo_sandbox_api_key`` - credentials that work;
* ``kombo_sandbox_webhooks`` - the sandbox's webhook hub: ``.configure(WebhookSettings(urls=[...], secret=...))``
  to have it send signed events, ``.wait_idle()`` and ``.log()`` to check them (see docs/webhooks.md).

Clients on the ASGI transport use ``base_url="http://sandbox/v1"`` (any host).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette

from .data.config import SandboxConfig
from .http.app import create_app
from .logic.state import SandboxState
from .server import SandboxServer
from .webhooks import WebhookHub, hub_for

__all__ = [
    "ASGI_BASE_URL",
    "kombo_sandbox",
    "kombo_sandbox_api_key",
    "kombo_sandbox_app",
    "kombo_sandbox_config",
    "kombo_sandbox_integration_id",
    "kombo_sandbox_server",
    "kombo_sandbox_transport",
    "kombo_sandbox_webhooks",
]

ASGI_BASE_URL = "http://sandbox/v1"


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    """Small, fast data set; same seed every time."""
    return SandboxConfig(seed=7, jobs=12, candidates=60)


@pytest.fixture
def kombo_sandbox(kombo_sandbox_config: SandboxConfig) -> SandboxState:
    return SandboxState(kombo_sandbox_config)


@pytest.fixture
def kombo_sandbox_app(kombo_sandbox: SandboxState) -> Starlette:
    return create_app(kombo_sandbox)


@pytest.fixture
def kombo_sandbox_transport(kombo_sandbox_app: Starlette) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=kombo_sandbox_app)


@pytest.fixture
def kombo_sandbox_server(kombo_sandbox: SandboxState) -> Iterator[SandboxServer]:
    with SandboxServer(kombo_sandbox) as server:
        yield server


@pytest.fixture
def kombo_sandbox_integration_id(kombo_sandbox: SandboxState) -> str:
    return next(iter(kombo_sandbox.integrations))


@pytest.fixture
def kombo_sandbox_api_key(kombo_sandbox: SandboxState) -> str:
    return kombo_sandbox.config.api_key


@pytest.fixture
def kombo_sandbox_webhooks(kombo_sandbox: SandboxState) -> Iterator[WebhookHub]:
    """The webhook hub of ``kombo_sandbox`` (sends nothing until configured with URLs); closed after the test."""
    hub = hub_for(kombo_sandbox)
    yield hub
    hub.close()
