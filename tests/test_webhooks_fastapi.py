"""kombo_ats.fastapi.webhook_router: status codes, duplicates, failing handlers (in-process, asyncio and
trio), and on a real uvicorn socket: the answer comes before the handler runs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import httpx
import pytest
from kombo_ats.fastapi import webhook_router
from kombo_ats.webhooks import WebhookEvent, WebhookSignatureError
from kombo_ats.webhooks_receiver import WebhookHandlers

from tests.webhook_support import SECRET, RecordingReceiver, ThreadedUvicorn, wait_until


def signed(document: Any, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return body, {"X-Kombo-Signature": base64.urlsafe_b64encode(digest).decode().rstrip("="),
                  "Content-Type": "application/json"}  # fmt: skip


def data_changed(event_id: str, integration: str = "acme:1") -> dict[str, Any]:
    return {
        "id": event_id,
        "type": "data-changed",
        "data": {"integration_id": integration, "changed_models": [{"name": "ats_candidates"}]},
    }


def client_for(receiver: RecordingReceiver) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver.app), base_url="http://receiver")


@pytest.mark.anyio
async def test_a_signed_event_is_answered_and_handled() -> None:
    receiver = RecordingReceiver()
    body, headers = signed(data_changed("evt_1"))
    async with client_for(receiver) as client:
        response = await client.post("/hooks", content=body, headers=headers)
    assert response.status_code == 200
    assert receiver.handled == [("evt_1", "data-changed")]
    assert receiver.events[0].data.changed_models[0].name == "ats_candidates"


@pytest.mark.anyio
async def test_bad_signatures_get_401_saying_nothing_useful() -> None:
    receiver = RecordingReceiver()
    body, headers = signed(data_changed("evt_1"), secret="another-secret")
    async with client_for(receiver) as client:
        wrong = await client.post("/hooks", content=body, headers=headers)
        missing = await client.post("/hooks", content=body)
        tampered = await client.post("/hooks", content=body + b" ", headers=signed(data_changed("evt_1"))[1])
    for response in (wrong, missing, tampered):
        assert response.status_code == 401
        assert response.json() == {"detail": "invalid signature"}
        assert SECRET not in response.text
    assert receiver.handled == []


@pytest.mark.anyio
async def test_a_malformed_signed_payload_gets_400_and_an_unknown_type_200() -> None:
    receiver = RecordingReceiver()
    bad, bad_headers = signed({"id": "e", "type": "data-changed", "data": {"integration_id": 1, "changed_models": []}})
    new, new_headers = signed({"id": "e2", "type": "brand-new-event", "data": {"x": 1}})
    async with client_for(receiver) as client:
        malformed = await client.post("/hooks", content=bad, headers=bad_headers)
        not_json = await client.post("/hooks", content=b"{", headers=signed(b"{")[1])
        unknown = await client.post("/hooks", content=new, headers=new_headers)
    assert (malformed.status_code, malformed.json()) == (400, {"detail": "malformed payload (integration_id)"})
    assert (not_json.status_code, not_json.json()) == (400, {"detail": "malformed payload (body)"})
    assert unknown.status_code == 200
    assert receiver.handled == [("e2", "brand-new-event")]


@pytest.mark.anyio
async def test_an_oversized_body_gets_413_unread() -> None:
    handlers = WebhookHandlers()
    app_router = webhook_router(handlers, secret=SECRET, path="/hooks", max_bytes=100)
    from fastapi import FastAPI

    app = FastAPI()
    app.include_router(app_router)
    body, headers = signed({"id": "e", "type": "x", "data": "a" * 200})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://r") as client:
        response = await client.post("/hooks", content=body, headers=headers)

        async def chunks() -> Any:  # no Content-Length: the stream is cut at the limit
            yield body[:80]
            yield body[80:]

        streamed = await client.post("/hooks", content=chunks(), headers=headers)
    assert response.status_code == 413 and streamed.status_code == 413


@pytest.mark.anyio
async def test_a_redelivered_event_is_handled_once() -> None:
    receiver = RecordingReceiver()
    body, headers = signed(data_changed("evt_dup"))
    async with client_for(receiver) as client:
        answers = [await client.post("/hooks", content=body, headers=headers) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert receiver.handled == [("evt_dup", "data-changed")]


@pytest.mark.anyio
async def test_a_raising_handler_does_not_stop_the_next_events() -> None:
    receiver = RecordingReceiver()
    receiver.fail_ids.add("evt_bad")
    async with client_for(receiver) as client:
        for event_id in ("evt_bad", "evt_next", "evt_last"):
            body, headers = signed(data_changed(event_id))
            assert (await client.post("/hooks", content=body, headers=headers)).status_code == 200
    assert [event_id for event_id, _ in receiver.handled] == ["evt_bad", "evt_next", "evt_last"]


def test_a_missing_secret_fails_when_the_router_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KOMBO_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookSignatureError, match="KOMBO_WEBHOOK_SECRET"):
        webhook_router(WebhookHandlers())
    monkeypatch.setenv("KOMBO_WEBHOOK_SECRET", "from-env")
    assert webhook_router(WebhookHandlers()).routes


def test_over_a_socket_the_answer_comes_before_the_slow_handler() -> None:
    receiver = RecordingReceiver(handler_delay=1.5)
    body, headers = signed(data_changed("evt_slow"))
    with ThreadedUvicorn(receiver.app) as server:
        started = time.monotonic()
        response = httpx.post(f"{server.url}/hooks", content=body, headers=headers, timeout=10)
        answered = time.monotonic() - started
        assert response.status_code == 200
        assert answered < 0.5, f"answered after {answered:.2f}s: the handler ran before the answer"
        assert receiver.handled == []
        assert wait_until(lambda: receiver.handled == [("evt_slow", "data-changed")], timeout=10)


@pytest.mark.anyio
async def test_the_fastapi_example_receives_webhooks_and_hands_out_the_changes() -> None:
    from examples.fastapi_app.app import create_app

    app = create_app(webhook_secret=SECRET)
    body, headers = signed(data_changed("evt_ex", integration="greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as client:
        forged = await client.post("/kombo/webhooks", content=body, headers={"X-Kombo-Signature": "A" * 43})
        assert forged.status_code == 401
        assert (await client.post("/kombo/webhooks", content=body, headers=headers)).status_code == 200
        changes = await client.get("/integrations/greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p/changes")
        again = await client.get("/integrations/greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p/changes")
    assert changes.json() == ["ats_candidates"] and again.json() == []


def test_the_fastapi_example_without_a_secret_has_no_webhook_route(monkeypatch: pytest.MonkeyPatch) -> None:
    from examples.fastapi_app.app import create_app

    monkeypatch.delenv("KOMBO_WEBHOOK_SECRET", raising=False)
    paths = {getattr(route, "path", None) for route in create_app().routes}
    assert "/kombo/webhooks" not in paths and "/integrations/{integration_id}/changes" in paths


@pytest.mark.anyio
async def test_under_the_app_lifespan_handlers_run_in_their_own_tasks() -> None:
    """With the lifespan running (as under uvicorn), the route only hands the event over: the request is over
    while the slow handler still runs, and shutting down waits for handlers already handed over."""
    import anyio

    receiver = RecordingReceiver(handler_delay=1.0)
    body, headers = signed(data_changed("evt_slow"))
    transport = httpx.ASGITransport(app=receiver.app)  # it waits for the whole request, background tasks included
    async with receiver.app.router.lifespan_context(receiver.app):
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            with anyio.fail_after(0.5):
                assert (await client.post("/hooks", content=body, headers=headers)).status_code == 200
        assert receiver.handled == []
    assert receiver.handled == [("evt_slow", "data-changed")]


@pytest.mark.anyio
async def test_running_limits_concurrency_and_submit_needs_it() -> None:
    import anyio

    handlers = WebhookHandlers()
    active, peak = 0, 0

    @handlers.on(WebhookEvent)
    async def slow(event: WebhookEvent[Any]) -> None:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await anyio.sleep(0.05)
        active -= 1

    event: WebhookEvent[dict[str, Any]] = WebhookEvent(id="e", type="x", data={})
    assert handlers.submit(event) is False  # not running: the caller falls back to its own background task
    async with handlers.running(concurrency=3):
        assert all(handlers.submit(WebhookEvent(id=str(i), type="x", data={})) for i in range(10))
    assert peak == 3 and active == 0


def test_the_route_documents_the_signature_header_and_the_event_envelope() -> None:
    schema = RecordingReceiver().app.openapi()["paths"]["/hooks"]["post"]
    assert {"name": "X-Kombo-Signature", "in": "header", "required": True, "schema": {"type": "string"}} in schema[
        "parameters"
    ]
    body = schema["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["id", "type", "data"] and "data-changed" in body["properties"]["type"]["examples"]
