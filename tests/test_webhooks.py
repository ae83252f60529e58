"""kombo_ats.webhooks: signatures checked against vectors computed here from the documented algorithm
(HMAC-SHA256 over the raw bytes, base64url without padding; not with the SDK's own signer), typed events,
unknown types, malformed and oversized bodies; and the receiver core (duplicates, failing handlers) on
asyncio and trio."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from typing import Any

import pytest
from kombo_ats import KomboError
from kombo_ats.webhooks import (
    DataChangedEvent,
    IssueStatusChangedEvent,
    SyncFinishedEvent,
    UnknownWebhookEvent,
    WebhookEvent,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
    lists_to_fetch,
    parse_webhook,
    sign_webhook,
    verify_signature,
)
from kombo_ats.webhooks_receiver import InMemorySeenEventIds, WebhookHandlers

SECRET = "whsec_test-Secret-123"

DATA_CHANGED: dict[str, Any] = {
    "id": "evt_1",
    "type": "data-changed",
    "data": {
        "integration_id": "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p",
        "integration_tool": "greenhouse",
        "integration_category": "ATS",
        "changed_models": [{"name": "ats_candidates"}, {"name": "ats_join_candidates_tags"}],
    },
}


def reference_signature(body: bytes, secret: str = SECRET, *, padded: bool = False) -> str:
    """The documented algorithm, written out independently of the SDK."""
    encoded = base64.urlsafe_b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
    return encoded if padded else encoded.rstrip("=")


def body_of(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


# ------------------------------------------------------------------------------ signatures
def test_a_known_vector() -> None:
    # Fixed vector, computed once outside Python:
    # printf %s BODY | openssl dgst -sha256 -hmac SECRET -binary | basenc --base64url
    body = b'{"id":"e","type":"x","data":{}}'
    assert reference_signature(body) == "E6pkyq9ysFudXSQVN0LzC4fLltHYJy7PkhNJI8rQ3eA"
    assert sign_webhook(body, SECRET) == "E6pkyq9ysFudXSQVN0LzC4fLltHYJy7PkhNJI8rQ3eA"
    verify_signature(body, "E6pkyq9ysFudXSQVN0LzC4fLltHYJy7PkhNJI8rQ3eA", SECRET)


@pytest.mark.parametrize("padded", [False, True], ids=["unpadded", "padded"])
def test_kombo_s_signature_verifies_padded_or_not(padded: bool) -> None:
    body = body_of(DATA_CHANGED)
    signature = reference_signature(body, padded=padded)
    assert signature.endswith("=") is padded
    verify_signature(body, signature, SECRET)
    assert parse_webhook(body, signature=signature, secret=SECRET).id == "evt_1"


def test_non_ascii_bodies_are_signed_as_bytes() -> None:
    document = {**DATA_CHANGED, "data": {**DATA_CHANGED["data"], "integration_tool": "Jöbs 求人 ✓"}}
    body = body_of(document)
    assert not body.isascii()
    event = parse_webhook(body, signature=reference_signature(body), secret=SECRET)
    assert event.data.integration_tool == "Jöbs 求人 ✓"
    with pytest.raises(WebhookSignatureError):  # the same text in another encoding is other bytes
        verify_signature(json.dumps(document).encode(), reference_signature(body), SECRET)


def test_a_whitespace_change_in_the_json_fails() -> None:
    compact = json.dumps(DATA_CHANGED, separators=(",", ":")).encode()
    spaced = json.dumps(DATA_CHANGED).encode()
    assert json.loads(compact) == json.loads(spaced)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(spaced, reference_signature(compact), SECRET)


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda b, s, k: (b.replace(b"evt_1", b"evt_2"), s, k), id="body"),
        pytest.param(lambda b, s, k: (b + b" ", s, k), id="trailing-space"),
        pytest.param(lambda b, s, k: (b, ("B" if s[0] == "A" else "A") + s[1:], k), id="header"),
        pytest.param(lambda b, s, k: (b, s, k + "x"), id="secret"),
        pytest.param(lambda b, s, k: (b, s, k.upper()), id="secret-case"),
    ],
)
def test_tampering_fails(tamper: Any) -> None:
    body = body_of(DATA_CHANGED)
    tampered_body, signature, secret = tamper(body, reference_signature(body), SECRET)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(tampered_body, signature, secret)
    with pytest.raises(WebhookSignatureError):
        parse_webhook(tampered_body, signature=signature, secret=secret)


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        (None, "missing"),
        ("", "missing"),
        ("   ", "missing"),
        ("not a signature", "malformed"),
        ("abc", "malformed"),
        ("+" * 43, "malformed"),  # standard base64 alphabet, not base64url
        ("A" * 44, "malformed"),
        ("sha256=" + "A" * 43, "malformed"),
    ],
)
def test_missing_or_malformed_signatures(signature: str | None, expected: str) -> None:
    with pytest.raises(WebhookSignatureError, match=expected):
        verify_signature(body_of(DATA_CHANGED), signature, SECRET)


def test_an_empty_secret_is_refused_even_with_a_matching_signature() -> None:
    body = body_of(DATA_CHANGED)
    with pytest.raises(WebhookSignatureError, match="no webhook secret"):
        verify_signature(body, reference_signature(body, ""), "")


def test_errors_never_show_the_secret_or_the_expected_signature() -> None:
    body = body_of(DATA_CHANGED)
    expected = reference_signature(body)
    wrong = ("B" if expected[0] == "A" else "A") + expected[1:]
    with pytest.raises(WebhookSignatureError) as caught:
        verify_signature(body, wrong, SECRET)
    shown = f"{caught.value!s} {caught.value!r} {caught.value.args}"
    assert SECRET not in shown and expected not in shown and expected[:12] not in shown
    assert isinstance(caught.value, KomboError)


def test_the_body_must_be_bytes() -> None:
    text = body_of(DATA_CHANGED).decode()
    with pytest.raises(WebhookPayloadError, match="raw request bytes") as caught:
        verify_signature(text, reference_signature(text.encode()), SECRET)  # type: ignore[arg-type]
    assert caught.value.field == "body"


# ------------------------------------------------------------------------------ typed events
def signed(document: Any) -> tuple[bytes, str]:
    body = document if isinstance(document, bytes) else body_of(document)
    return body, reference_signature(body)


def test_data_changed_is_typed() -> None:
    body, signature = signed(DATA_CHANGED)
    event = parse_webhook(body, signature=signature, secret=SECRET)
    assert isinstance(event, DataChangedEvent)
    assert (event.id, event.type) == ("evt_1", "data-changed")
    assert event.data.integration_id == "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
    assert [m.name for m in event.data.changed_models] == ["ats_candidates", "ats_join_candidates_tags"]


def test_sync_finished_with_an_unknown_state_and_a_fractional_duration() -> None:
    body, signature = signed(
        {
            "id": "evt_2",
            "type": "sync-finished",
            "data": {
                "sync_id": "s1",
                "sync_state": "SOMETHING_NEW",
                "sync_started_at": "2024-05-01T10:00:00.000Z",
                "sync_ended_at": "2024-05-01T10:00:12.500Z",
                "sync_duration_seconds": 12.5,
                "integration_id": "i1",
                "end_user": {"organization_name": "Acme", "creator_email": None, "origin_id": None},
                "some_future_field": 1,
            },
        }
    )
    event = parse_webhook(body, signature=signature, secret=SECRET)
    assert isinstance(event, SyncFinishedEvent)
    assert event.data.sync_state == "SOMETHING_NEW"
    assert event.data.sync_duration_seconds == 12.5
    assert event.data.sync_ended_at.microsecond == 500000  # type: ignore[union-attr]
    assert event.data.additional_properties == {"some_future_field": 1}


def test_issue_status_changed_without_integration() -> None:
    body, signature = signed(
        {
            "id": "e3",
            "type": "issue-status-changed",
            "data": {"change": "raised", "issue": {"id": "iss"}, "integration": None},
        }
    )
    event = parse_webhook(body, signature=signature, secret=SECRET)
    assert isinstance(event, IssueStatusChangedEvent)
    assert event.data.integration is None and event.data.issue.id == "iss"


def test_an_unknown_type_keeps_id_type_and_raw_data() -> None:
    raw = {"whatever": [1, {"nested": True}]}
    body, signature = signed({"id": "e9", "type": "candidate-teleported", "data": raw})
    event = parse_webhook(body, signature=signature, secret=SECRET)
    assert type(event) is UnknownWebhookEvent
    assert (event.id, event.type, event.data) == ("e9", "candidate-teleported", raw)


def test_an_unknown_type_is_still_verified() -> None:
    body = body_of({"id": "e9", "type": "candidate-teleported", "data": {}})
    with pytest.raises(WebhookSignatureError):
        parse_webhook(body, signature=reference_signature(body + b" "), secret=SECRET)


# ------------------------------------------------------------------------------ bad bodies
@pytest.mark.parametrize(
    ("document", "field", "message"),
    [
        (b"not json at all", "body", "not JSON"),
        (b"\xff\xfe{", "body", "not JSON"),
        (b"[" * 5000, "body", "not JSON"),
        (b"[1, 2]", "body", "JSON object"),
        ({"type": "data-changed", "data": {}}, "id", "'id'"),
        ({"id": 5, "type": "data-changed", "data": {}}, "id", "got a number"),
        ({"id": "e", "data": {}}, "type", "'type'"),
        ({"id": "e", "type": "data-changed"}, "data", "'data'"),
        ({"id": "e", "type": "data-changed", "data": []}, None, "DataChangedWebhookData"),
        ({"id": "e", "type": "data-changed", "data": {"changed_models": []}}, "integration_id", "integration_id"),
        (
            {"id": "e", "type": "data-changed", "data": {"integration_id": "i", "changed_models": {"name": "x"}}},
            "changed_models",
            "expected a JSON array",
        ),
        (
            {"id": "e", "type": "sync-finished", "data": {"sync_id": "s", "sync_state": "FAILED", "integration_id": "i",
                                                          "sync_started_at": "yesterday"}},
            "sync_started_at",
            "date-time",
        ),
    ],
)  # fmt: skip
def test_a_signed_body_that_is_no_event_names_the_field(document: Any, field: str | None, message: str) -> None:
    body, signature = signed(document)
    with pytest.raises(WebhookPayloadError, match=message) as caught:
        parse_webhook(body, signature=signature, secret=SECRET)
    assert caught.value.field == field
    assert type(caught.value) is WebhookPayloadError


def test_payload_errors_do_not_quote_personal_data() -> None:
    body, signature = signed(
        {"id": "e", "type": "sync-finished", "data": {"sync_id": "s", "sync_state": "X", "integration_id": "i",
                                                      "sync_started_at": "jane.doe@example.com"}}
    )  # fmt: skip
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(body, signature=signature, secret=SECRET)
    assert "jane" not in str(caught.value)


def test_an_oversized_body_is_refused_before_the_signature_is_checked() -> None:
    body = b"{" + b" " * 2000 + b"}"
    with pytest.raises(WebhookPayloadTooLargeError, match="2002 bytes, over the limit of 1000"):
        parse_webhook(body, signature=None, secret=SECRET, max_bytes=1000)  # no signature: size comes first
    event_body, signature = signed(DATA_CHANGED)
    assert parse_webhook(event_body, signature=signature, secret=SECRET, max_bytes=len(event_body)).id == "evt_1"


def test_the_default_limit_refuses_a_huge_body() -> None:
    body = b'{"id":"e","type":"x","data":"' + b"a" * (2 * 1024 * 1024) + b'"}'
    with pytest.raises(WebhookPayloadTooLargeError):
        parse_webhook(body, signature=reference_signature(body), secret=SECRET)


# ------------------------------------------------------------------------------ receiver core
@pytest.mark.anyio
async def test_accept_answers_per_problem_and_drops_duplicates() -> None:
    handlers = WebhookHandlers()
    body, signature = signed(DATA_CHANGED)
    first = await handlers.accept(body, signature, secret=SECRET)
    again = await handlers.accept(body, signature, secret=SECRET)
    assert (first.status, first.duplicate, isinstance(first.event, DataChangedEvent)) == (200, False, True)
    assert (again.status, again.duplicate) == (200, True)
    assert (await handlers.accept(body, "A" * 43, secret=SECRET)).status == 401
    assert (await handlers.accept(body, signature, secret=SECRET, max_bytes=10)).status == 413
    bad, bad_signature = signed(b"nope")
    assert (await handlers.accept(bad, bad_signature, secret=SECRET)).status == 400


@pytest.mark.anyio
async def test_dispatch_runs_matching_handlers_and_survives_a_raising_one(caplog: pytest.LogCaptureFixture) -> None:
    handlers = WebhookHandlers()
    seen: list[str] = []

    @handlers.on(DataChangedEvent)
    async def boom(event: DataChangedEvent) -> None:
        email = "jane.doe" + "@example.com"  # personal data in the message, as real handlers' errors carry
        raise RuntimeError(f"{email} broke it")

    @handlers.on(DataChangedEvent, SyncFinishedEvent)
    async def record(event: DataChangedEvent | SyncFinishedEvent) -> None:
        seen.append(f"typed {event.id}")

    @handlers.on(WebhookEvent)
    def every(event: WebhookEvent[Any]) -> None:  # a plain function runs in a worker thread
        seen.append(f"any {event.type}")

    body, signature = signed(DATA_CHANGED)
    receipt = await handlers.accept(body, signature, secret=SECRET)
    assert receipt.event is not None
    with caplog.at_level(logging.ERROR, logger="kombo_ats.webhooks"):
        await handlers.dispatch(receipt.event)
    assert seen == ["typed evt_1", "any data-changed"]
    assert "RuntimeError" in caplog.text and "evt_1" in caplog.text and "boom" in caplog.text
    assert "jane" not in caplog.text

    unknown, unknown_signature = signed({"id": "e2", "type": "brand-new", "data": {}})
    receipt = await handlers.accept(unknown, unknown_signature, secret=SECRET)
    assert receipt.event is not None
    await handlers.dispatch(receipt.event)
    assert seen[-1] == "any brand-new"


@pytest.mark.anyio
async def test_the_in_memory_store_forgets_the_oldest_ids() -> None:
    store = InMemorySeenEventIds(capacity=2)
    assert [await store.first_time(i) for i in ("a", "b", "a", "c", "a")] == [True, True, False, True, True]


def test_on_refuses_what_is_not_an_event_class() -> None:
    with pytest.raises(TypeError, match="event classes"):
        WebhookHandlers().on("data-changed")  # type: ignore[call-overload]


# ------------------------------------------------------------------------------ what to fetch
@pytest.mark.parametrize(
    ("models", "lists"),
    [  # Kombo's table (kombo-api-facts: "Keeping a copy in sync"), written out here independently of the spec
        (["ats_offers"], {"applications", "offers"}),
        (["ats_jobs"], {"applications", "candidates", "interviews", "jobs", "offers"}),
        (["ats_join_candidates_tags"], {"applications", "candidates"}),
        (["ats_users"], {"interviews", "jobs", "users"}),
        (["ats_screening_questions"], {"jobs"}),
        (["ats_notes", "ats_rejection_reasons"], {"notes", "rejection_reasons"}),
        (["hris_employees", "something_new"], set()),
    ],
)
def test_lists_to_fetch_follows_kombo_s_table(models: list[str], lists: set[str]) -> None:
    assert set(lists_to_fetch(models)) == lists


def test_lists_to_fetch_takes_the_event_s_changed_models() -> None:
    body, signature = signed(DATA_CHANGED)
    event = parse_webhook(body, signature=signature, secret=SECRET)
    assert isinstance(event, DataChangedEvent)
    assert lists_to_fetch(event.data.changed_models) == ["candidates", "applications", "offers", "interviews"]


def test_the_library_part_needs_no_web_framework() -> None:
    """kombo_ats.webhooks and webhooks_receiver run on the runtime dependencies alone (no FastAPI, Starlette)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for name in ('fastapi', 'starlette', 'pydantic', 'uvicorn'):\n"
        "    sys.modules[name] = None  # importing it now fails\n"
        "import kombo_ats.webhooks, kombo_ats.webhooks_receiver\n"
        'body = b\'{"id": "e", "type": "data-changed", "data": {"integration_id": "i", "changed_models": []}}\'\n'
        "from kombo_ats.webhooks import parse_webhook, sign_webhook\n"
        "event = parse_webhook(body, signature=sign_webhook(body, 's'), secret='s')\n"
        "print(type(event).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "DataChangedEvent", result.stderr
