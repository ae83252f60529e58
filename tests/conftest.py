"""Shared pytest configuration: every async test runs on both asyncio and trio."""

from __future__ import annotations

import pytest

pytest_plugins = ["kombo_ats_sandbox.pytest_plugin"]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run each ``@pytest.mark.anyio`` test once per event loop the SDK supports."""
    return str(request.param)
