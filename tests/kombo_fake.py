"""Test doubles for the Kombo API: an in-memory httpx transport that records every request.

Shared by the kombo_ats tests so each test states only the responses it needs.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import kombo_ats
import pytest
from kombo_ats import _http

from kombo_ats_client import AuthenticatedClient

API_KEY = "sk_test_SECRET_KEY_123"
BASE_URL = "https://kombo.test/v1"
Handler = Callable[[httpx.Request], Awaitable[httpx.Response] | httpx.Response]


def kombo_id(n: int | str) -> str:
    """A syntactically valid 24-character Kombo id."""
    return str(n).rjust(24, "0")


def record(n: int | str, **extra: Any) -> dict[str, Any]:
    """The smallest valid candidate/job/application/offer: only id and changed_at are required."""
    return {"id": kombo_id(n), "changed_at": "2024-01-01T00:00:00.000Z", **extra}


def page_body(results: Iterable[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    return {"status": "success", "data": {"next": next_cursor, "results": list(results)}}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


def error_body(
    code: str | None,
    message: str = "went wrong",
    title: str | None = "Title",
    log_url: str | None = "https://app.kombo.dev/logs/1",
) -> dict[str, Any]:
    return {"status": "error", "error": {"code": code, "title": title, "message": message, "log_url": log_url}}


class FakeKombo:
    """An httpx MockTransport around ``handler`` that keeps every request it received."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        result = self.handler(request)
        if isinstance(result, httpx.Response):
            return result
        return await result

    def client(self, **kwargs: Any) -> AuthenticatedClient:
        kwargs.setdefault("base_url", BASE_URL)
        return kombo_ats.make_client(API_KEY, httpx_args={"transport": httpx.MockTransport(self._handle)}, **kwargs)

    def cursors(self) -> list[str | None]:
        return [r.url.params.get("cursor") for r in self.requests]


def paged(pages: dict[str | None, tuple[list[dict[str, Any]], str | None]]) -> Handler:
    """A handler serving ``pages[cursor] = (results, next_cursor)``."""

    def handle(request: httpx.Request) -> httpx.Response:
        results, next_cursor = pages[request.url.params.get("cursor")]
        return json_response(200, page_body(results, next_cursor))

    return handle


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


@contextmanager
def recorded_sleeps(monkeypatch: pytest.MonkeyPatch, jitter: float = 0.5) -> Iterator[list[float]]:
    """Replace the retry sleep with a recorder (no real waiting) and fix the jitter."""
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(_http, "_sleep", fake_sleep)
    monkeypatch.setattr(_http, "_random", lambda: jitter)
    yield sleeps
