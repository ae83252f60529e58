"""examples/basic_usage.py must keep working: run it end to end against an in-memory fake API."""

from __future__ import annotations

from typing import Any

import httpx
import kombo_ats
import pytest

from examples import basic_usage

from .kombo_fake import FakeKombo, json_response, kombo_id, page_body, record


def handler(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        body = {
            "status": "success",
            "data": {"id": kombo_id(7), "changed_at": "2024-01-01T00:00:00Z"},
            "warnings": [{"message": "w"}],
        }
        return json_response(200, body)
    if request.url.params.get("cursor") is None:
        return json_response(200, page_body([record(1, name="Engineer", status="OPEN")], "next"))
    return json_response(200, page_body([record(2)], None))


@pytest.mark.anyio
async def test_basic_usage_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeKombo(handler)

    def fake_make_client(*args: Any, **kwargs: Any) -> Any:
        kwargs["httpx_args"] = {"transport": httpx.MockTransport(fake._handle)}
        kwargs["base_url"] = "https://kombo.test/v1"
        return kombo_ats.make_client("key", **{k: v for k, v in kwargs.items() if k != "api_key"})

    monkeypatch.setattr(basic_usage, "make_client", fake_make_client)
    monkeypatch.setenv("KOMBO_INTEGRATION_ID", "acme:1")
    monkeypatch.setenv("KOMBO_CREATE_APPLICATION", "1")
    assert await basic_usage.main() == 0
    out = capsys.readouterr().out
    assert "created application" in out and "warning: w" in out
    assert {r.url.path for r in fake.requests} >= {"/v1/ats/candidates", "/v1/ats/jobs", "/v1/ats/applications"}
