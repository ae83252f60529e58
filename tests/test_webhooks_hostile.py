"""Hostile input into the webhook receiver and the sandbox's webhook admin API: always a 4xx, never a 500.

The receiver (``kombo_ats.fastapi.webhook_router``): signed bodies that are no event (lone surrogates, deep
nesting, NaN, numbers out of range, bytes that are no UTF-8), unsigned ones of any content type, and
headers no HTTP client would send (a ``Content-Length`` of "²" or of 5,000 digits) are each a 4xx, and the
receiver still handles the next real event. A signed event is accepted whatever its ``Content-Type`` says:
the signature proves it is Kombo's, and refusing it would only make Kombo deliver it again.

The sandbox's ``/_sandbox/webhooks``: URLs that cannot be delivered to (``http://[x``, ``file:///etc/passwd``,
ports out of range, spaces, 100,000 characters) and bodies refused at the door are a 400/413/415 in the
Kombo error envelope naming the problem; the settings stay as they were. A delivery that fails in an
unexpected way ends ``failed`` in the log, never ``pending`` for ever.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from kombo_ats.fastapi import webhook_router
from kombo_ats.webhooks import WebhookSignatureError, verify_signature
from kombo_ats.webhooks_receiver import WebhookHandlers
from kombo_ats_sandbox import SandboxConfig, WebhookSettings
from kombo_ats_sandbox.http.app import create_app
from kombo_ats_sandbox.webhooks.delivery import DeliveryWorker

from tests.test_webhooks_fastapi import client_for, data_changed, signed
from tests.webhook_support import SECRET, RecordingReceiver, wait_until

KEY = {"Authorization": "Bearer sandbox-api-key"}
DEEP = b"[" * 100_000 + b"]" * 100_000

SIGNED_NO_EVENTS = {
    "lone surrogate in id": b'{"id": "\\udc00", "type": "data-changed", "data": {}}',
    "lone surrogate in type": b'{"id": "e", "type": "\\ud800", "data": {}}',
    "lone surrogate in data": b'{"id": "e", "type": "new-event", "data": {"x": "\\udc00"}}',
    "deep data": b'{"id": "e", "type": "new-event", "data": ' + DEEP + b"}",
    "deep data of a known type": b'{"id": "e", "type": "data-changed", "data": ' + DEEP + b"}",
    "NaN": b'{"id": "e", "type": "new-event", "data": NaN}',
    "Infinity": b'{"id": "e", "type": "new-event", "data": Infinity}',
    "number out of range": b'{"id": "e", "type": "new-event", "data": 1e400}',
    "not UTF-8": b'{"id": "e\xff", "type": "new-event", "data": {}}',
    "deep array": DEEP,
    "empty": b"",
}


async def asgi_call(app: Any, method: str, path: str, headers: list[tuple[bytes, bytes]], body: bytes) -> int:
    """One request straight into the ASGI app, with raw header bytes an HTTP client would refuse to send."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    await app(scope, receive, send)
    [status] = statuses
    return status


@pytest.mark.anyio
@pytest.mark.parametrize("body", SIGNED_NO_EVENTS.values(), ids=SIGNED_NO_EVENTS.keys())
async def test_a_signed_body_that_is_no_event_is_a_400_and_the_next_event_is_handled(body: bytes) -> None:
    receiver = RecordingReceiver()
    async with client_for(receiver) as client:
        refused = await client.post("/hooks", content=body, headers=signed(body)[1])
        event, headers = signed(data_changed("evt_after"))
        accepted = await client.post("/hooks", content=event, headers=headers)
    assert refused.status_code == 400 and refused.json()["detail"].startswith("malformed payload")
    assert accepted.status_code == 200 and receiver.handled == [("evt_after", "data-changed")]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"id": "e", "type": "data-changed", "data": {}}', "text/plain"),
        (b"<xml/>", "application/xml"),
        (b"a=1&b=2", "application/x-www-form-urlencoded"),
        (DEEP, "application/json"),
        ('{"id": "\udc00"}'.encode("utf-8", "surrogatepass"), "application/json"),
    ],
    ids=["text-plain", "xml", "form", "deep", "surrogate-bytes"],
)
async def test_an_unsigned_body_of_any_type_is_a_401(body: bytes, content_type: str) -> None:
    receiver = RecordingReceiver()
    async with client_for(receiver) as client:
        response = await client.post("/hooks", content=body, headers={"Content-Type": content_type})
    assert (response.status_code, response.json()) == (401, {"detail": "invalid signature"})
    assert receiver.handled == []


@pytest.mark.anyio
async def test_a_signed_event_sent_as_text_plain_is_still_accepted() -> None:
    """Documented choice: the signature, not the Content-Type, says the event is Kombo's (a 4xx would only
    make Kombo deliver it again)."""
    receiver = RecordingReceiver()
    body, headers = signed(data_changed("evt_text"))
    async with client_for(receiver) as client:
        response = await client.post("/hooks", content=body, headers={**headers, "Content-Type": "text/plain"})
    assert response.status_code == 200 and receiver.handled == [("evt_text", "data-changed")]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ([(b"content-length", "²".encode("latin-1"))], 401),  # str.isdigit("²") is True, int("²") raises
        ([(b"content-length", b"9" * 5000)], 413),  # int() of 5,000 digits raises
        ([(b"x-kombo-signature", b"\xe9" * 43)], 401),
        ([(b"x-kombo-signature", b"a" * 100_000)], 401),
    ],
    ids=["content-length-superscript", "content-length-5000-digits", "signature-latin-1", "signature-huge"],
)
async def test_headers_no_client_would_send_are_a_4xx(headers: list[tuple[bytes, bytes]], status: int) -> None:
    receiver = RecordingReceiver()
    assert await asgi_call(receiver.app, "POST", "/hooks", headers, b"{}") == status
    assert receiver.handled == []


# ---------------------------------------------------------------------------------------------- the sandbox


@pytest.fixture
async def admin() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SandboxConfig(seed=7, jobs=3, candidates=5))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox", headers=KEY) as c:
        yield c


def refused(response: httpx.Response, status: int, naming: str) -> None:
    """A 4xx in the Kombo error envelope whose message names ``naming``."""
    assert response.status_code == status, response.text
    assert response.json()["status"] == "error"
    error = response.json()["error"]
    assert error["code"] == "PLATFORM.INPUT_INVALID" and naming in error["message"], error


BAD_URLS = {
    "http://[x": "is no valid URL",
    "file:///etc/passwd": "must be an absolute http(s) URL",
    "javascript:alert(1)": "must be an absolute http(s) URL",
    "ftp://example.com/hooks": "must be an absolute http(s) URL",
    "http://": "must be an absolute http(s) URL",
    "http:///hooks": "must be an absolute http(s) URL",
    "http://127.0.0.1:99999/hooks": "is no valid URL",
    "http://127.0.0.1:-1/hooks": "is no valid URL",
    "http://127.0.0.1:abc/hooks": "is no valid URL",
    "http://127.0.0.1:0/hooks": "port from 1 to 65535",
    "http://exa mple.com/hooks": "space or a control character",
    "http://example.com/hooks\n": "space or a control character",
    "http://example.com/" + "a" * 100_000: "longer than 2048 characters",
}


@pytest.mark.anyio
@pytest.mark.parametrize(("url", "problem"), BAD_URLS.items(), ids=[u[:40] for u in BAD_URLS])
async def test_a_webhook_url_that_cannot_be_delivered_to_is_a_400_naming_it(
    admin: httpx.AsyncClient, url: str, problem: str
) -> None:
    response = await admin.put("/_sandbox/webhooks", json={"urls": [url], "secret": SECRET})
    refused(response, 400, "webhook url")
    assert problem in response.json()["error"]["message"]
    assert len(response.text) < 1000  # a huge URL is not echoed whole
    assert (await admin.get("/_sandbox/webhooks")).json()["settings"]["urls"] == []


def test_the_python_config_refuses_the_same_urls() -> None:
    for url, problem in BAD_URLS.items():
        with pytest.raises(ValueError, match=re.escape(problem)):
            WebhookSettings(urls=[url], secret=SECRET)
    with pytest.raises(ValueError, match="not UTF-8"):  # a command line argument that was not UTF-8
        WebhookSettings(urls=["http://example.com/\udcff"], secret=SECRET)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("body", "content_type", "status", "naming"),
    [
        (b'{"urls": []}', "text/plain", 415, "Content-Type"),
        (b"a=1", "application/x-www-form-urlencoded", 415, "Content-Type"),
        (DEEP, "application/json", 400, "Nested deeper"),
        (b'{"secret": "\\udc00"}', "application/json", 400, "surrogate"),
        (b'{"urls": ["http://example.com/\\udc00"], "secret": "s"}', "application/json", 400, "surrogate"),
        (b'{"coalesce_seconds": NaN}', "application/json", 400, "NaN"),
        (b'{"max_attempts": 1e400}', "application/json", 400, "max_attempts"),
        (b'{"timeout_seconds": true}', "application/json", 400, "timeout_seconds"),
        (b'{"urls": "http://example.com/"}', "application/json", 400, "list of strings"),
        (json.dumps({"urls": ["http://example.com/"] * 100_000, "secret": "s"}).encode(), "application/json", 400,
         "at most 20"),
        (b'["http://example.com/"]', "application/json", 400, "JSON object"),
        (b'{"urls": [', "application/json", 400, "Malformed JSON"),
        (b'{"secret": "' + b"s" * 11_000_000 + b'"}', "application/json", 413, "Larger than"),
    ],
    ids=["text-plain", "form", "deep", "surrogate-secret", "surrogate-url", "nan", "1e400", "bool", "urls-str",
         "100000-urls", "array", "truncated", "huge"],
)  # fmt: skip
async def test_a_hostile_settings_body_is_a_4xx_envelope(
    admin: httpx.AsyncClient, body: bytes, content_type: str, status: int, naming: str
) -> None:
    response = await admin.put("/_sandbox/webhooks", content=body, headers={"Content-Type": content_type})
    refused(response, status, naming)
    after = await admin.get("/_sandbox/webhooks")
    assert after.status_code == 200 and after.json()["settings"]["urls"] == []


@pytest.mark.anyio
async def test_a_content_length_of_a_superscript_digit_is_no_500() -> None:
    app = create_app(SandboxConfig(seed=7, jobs=3, candidates=5))
    headers = [(b"authorization", KEY["Authorization"].encode()), (b"content-type", b"application/json")]
    odd = await asgi_call(
        app, "PUT", "/_sandbox/webhooks", [*headers, (b"content-length", "²".encode("latin-1"))], b"{}"
    )
    huge = await asgi_call(app, "PUT", "/_sandbox/webhooks", [*headers, (b"content-length", b"9" * 5000)], b"{}")
    assert (odd, huge) == (200, 413)  # "²" is no length: the body is read (and bounded) as it comes


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_delivery_that_breaks_unexpectedly_ends_failed_not_pending() -> None:
    """The secret removed while a retry is due (admin PUT ``{"secret": ""}``): that attempt cannot be signed.
    It used to raise inside the thread pool, which swallowed it: the delivery stayed ``pending`` for ever."""
    settings = WebhookSettings(
        urls=[f"http://127.0.0.1:{_closed_port()}/hooks"], secret=SECRET, backoff_seconds=0.2, max_attempts=3
    )
    worker = DeliveryWorker(settings)
    try:
        worker.send({"id": "evt_1", "type": "data-changed", "data": {}})
        assert wait_until(lambda: worker.log()[0]["attempts"] >= 1)
        worker.settings = WebhookSettings(urls=settings.urls, secret=SECRET, backoff_seconds=0.2, max_attempts=3)
        worker.settings.secret = ""
        assert worker.wait_idle(10)
        [delivery] = worker.log()
    finally:
        worker.close()
    assert delivery["state"] == "failed", delivery
    assert SECRET not in json.dumps(delivery)


def test_a_secret_that_is_not_utf8_text_is_a_clear_error_not_a_unicode_error() -> None:
    """A secret read from the environment in a non-UTF-8 locale holds lone surrogates: a typed error naming the
    fix (at start-up for the router and the sandbox settings), never a UnicodeEncodeError at every event."""
    secret = "whsec_\udcff"
    with pytest.raises(WebhookSignatureError, match="not valid UTF-8") as raised:
        verify_signature(b"{}", "a" * 43, secret)
    assert secret not in str(raised.value)
    with pytest.raises(WebhookSignatureError, match="not valid UTF-8"):
        webhook_router(WebhookHandlers(), secret=secret)
    with pytest.raises(ValueError, match="secret is not UTF-8") as refused_settings:
        WebhookSettings(urls=["http://127.0.0.1:8080/hooks"], secret=secret)
    assert secret not in str(refused_settings.value)
