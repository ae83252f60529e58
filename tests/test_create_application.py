"""create_application: body building from plain values, warnings, validation, and the no-duplicate retry rule."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from kombo_ats import (
    CreatedApplicationResult,
    KomboConnectionError,
    KomboTimeoutError,
    RateLimitError,
    ServerError,
    create_application,
)

from kombo_ats_client.models.create_application_candidate import CreateApplicationCandidate
from kombo_ats_client.models.created_application import CreatedApplication

from .kombo_fake import FakeKombo, error_body, json_response, kombo_id, never_called, recorded_sleeps

CANDIDATE = {"first_name": "Jane", "last_name": "Doe", "email_address": "jane@example.com"}
PDF = b"%PDF-1.7\n fake pdf bytes"


def created(warnings: list[dict[str, Any]] | None = None, **extra: Any) -> httpx.Response:
    body: dict[str, Any] = {
        "status": "success",
        "data": {"id": kombo_id("app"), "changed_at": "2024-05-01T10:00:00.000Z", "job_id": kombo_id("job"), **extra},
    }
    if warnings is not None:
        body["warnings"] = warnings
    return json_response(200, body)


def sent_body(request: httpx.Request) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(request.content)
    return body


@pytest.mark.anyio
async def test_creates_application_and_returns_warnings() -> None:
    fake = FakeKombo(
        lambda r: created([{"message": "Screening question q1 is not supported"}, {"message": "Gender dropped"}])
    )
    async with fake.client() as client:
        result = await create_application(client, integration_id="acme:1", job_id=kombo_id("job"), candidate=CANDIDATE)
    assert isinstance(result, CreatedApplicationResult)
    assert isinstance(result.application, CreatedApplication)
    assert result.application.id == kombo_id("app")
    assert result.warnings == ["Screening question q1 is not supported", "Gender dropped"]
    request = fake.requests[0]
    assert request.method == "POST"
    assert request.url.path == f"/v1/ats/jobs/{kombo_id('job')}/applications"
    assert request.headers["X-Integration-Id"] == "acme:1"
    assert sent_body(request) == {"candidate": CANDIDATE}


@pytest.mark.anyio
async def test_no_warnings_is_an_empty_list_and_unknown_fields_survive() -> None:
    fake = FakeKombo(lambda r: created(None, video_url="https://ats/app/1", outcome="SHORTLISTED"))
    async with fake.client() as client:
        result = await create_application(client, integration_id="a", job_id="remote:123", candidate=CANDIDATE)
    assert result.warnings == []
    assert result.application["video_url"] == "https://ats/app/1"
    assert result.application.outcome == "SHORTLISTED"
    assert fake.requests[0].url.path == "/v1/ats/jobs/remote:123/applications"


@pytest.mark.anyio
async def test_body_from_plain_python_values(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"Dear hiring team")
    fake = FakeKombo(lambda r: created([]))
    expires = dt.datetime(2026, 1, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    async with fake.client() as client:
        await create_application(
            client,
            integration_id="acme:1",
            job_id="remote:42",
            candidate={
                **CANDIDATE,
                "availability_date": dt.date(2025, 3, 1),
                "location": {"country": "DE", "city": "Berlin"},
                "gender": "FEMALE",
            },
            attachments=[
                PDF,
                letter,
                ("portfolio.zip", b"PK\x03\x04zip", "application/zip"),
                {"name": "cover.txt", "data": b"hello", "type": "COVER_LETTER"},
                {
                    "name": "remote.pdf",
                    "data_url": "https://files.example/cv.pdf",
                    "type": "OTHER",
                    "content_type": "application/pdf",
                },
            ],
            stage_id="stage-1",
            screening_question_answers=[
                {"question_id": "q-text", "answer": "yes"},
                {"question_id": "q-bool", "answer": True},
                {"question_id": "q-date", "answer": dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)},
                {"question_id": "q-multi", "answer": ["opt1", "opt2"]},
                {"question_id": "q-file", "answer": ("resume.pdf", PDF)},
            ],
            gdpr_consent={"given": True, "expires_at": expires},
            remote_fields={"greenhouse": {"candidate": {"tags": ["x"]}}, "newats": {"a": 1}},
            sourced_by="user-7",
        )
    body = sent_body(fake.requests[0])
    assert body["candidate"]["availability_date"] == "2025-03-01"
    assert body["candidate"]["location"] == {"country": "DE", "city": "Berlin"}
    a = body["attachments"]
    assert a[0] == {
        "name": "attachment.pdf",
        "type": "CV",
        "content_type": "application/pdf",
        "data": base64.b64encode(PDF).decode(),
    }
    assert a[1] == {
        "name": "letter.txt",
        "type": "OTHER",
        "content_type": "text/plain",
        "data": base64.b64encode(b"Dear hiring team").decode(),
    }
    assert a[2]["name"] == "portfolio.zip" and a[2]["content_type"] == "application/zip" and a[2]["type"] == "OTHER"
    assert a[3] == {
        "name": "cover.txt",
        "type": "COVER_LETTER",
        "content_type": "text/plain",
        "data": base64.b64encode(b"hello").decode(),
    }
    assert a[4] == {
        "name": "remote.pdf",
        "type": "OTHER",
        "content_type": "application/pdf",
        "data_url": "https://files.example/cv.pdf",
    }
    assert body["stage_id"] == "stage-1"
    answers = {x["question_id"]: x["answer"] for x in body["screening_question_answers"]}
    assert answers["q-text"] == "yes" and answers["q-bool"] is True and answers["q-multi"] == ["opt1", "opt2"]
    assert answers["q-date"] == "2025-01-02T03:04:05.000Z"
    assert answers["q-file"] == {
        "name": "resume.pdf",
        "content_type": "application/pdf",
        "data": base64.b64encode(PDF).decode(),
    }
    assert body["gdpr_consent"]["given"] is True
    assert body["gdpr_consent"]["expires_at"].startswith("2026-01-01T00:00:00")
    assert body["remote_fields"]["greenhouse"] == {"candidate": {"tags": ["x"]}}
    assert body["remote_fields"]["newats"] == {"a": 1}
    assert body["sourced_by"] == {"user_id": "user-7"}


@pytest.mark.anyio
async def test_accepts_generated_candidate_model_and_warns_on_deprecated_source() -> None:
    fake = FakeKombo(lambda r: created([]))
    candidate = CreateApplicationCandidate(first_name="A", last_name="B", email_address="a@b.c")
    async with fake.client() as client:
        with pytest.warns(DeprecationWarning, match="source"):
            await create_application(
                client, integration_id="i", job_id="remote:1", candidate=candidate, source="Job board"
            )
    body = sent_body(fake.requests[0])
    assert body["candidate"] == {"first_name": "A", "last_name": "B", "email_address": "a@b.c"}
    assert body["source"] == {"name": "Job board"}


INVALID: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"candidate": {"first_name": "J", "last_name": "D"}}, ValueError, "candidate.email_address"),
    ({"candidate": {**CANDIDATE, "first_name": ""}}, ValueError, "candidate.first_name"),
    ({"candidate": "Jane Doe"}, TypeError, "candidate"),
    ({"job_id": ""}, ValueError, "job_id"),
    ({"job_id": " remote:1"}, ValueError, "job_id"),
    ({"job_id": "remote:"}, ValueError, "job_id"),
    ({"job_id": 123}, TypeError, "job_id"),
    ({"integration_id": ""}, ValueError, "integration_id"),
    ({"attachments": PDF}, TypeError, "attachments"),
    ({"attachments": [42]}, TypeError, r"attachments\[0\]"),
    ({"attachments": [{"name": "x.pdf"}]}, ValueError, r"attachments\[0\]"),
    ({"attachments": [{"name": "x.pdf", "data": b"1", "type": "PHOTO"}]}, ValueError, r"attachments\[0\].type"),
    ({"attachments": [Path("/definitely/not/here.pdf")]}, ValueError, r"attachments\[0\]"),
    ({"screening_question_answers": [{"answer": "x"}]}, ValueError, r"screening_question_answers\[0\]"),
    ({"gdpr_consent": {"given": True, "expires_at": dt.datetime(2026, 1, 1)}}, ValueError, "gdpr_consent.expires_at"),
    ({"candidate": {**CANDIDATE, "location": {"city": "Berlin"}}}, ValueError, "invalid application"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("overrides", "error", "field"), INVALID)
async def test_invalid_input_fails_before_any_request(
    overrides: dict[str, Any], error: type[Exception], field: str
) -> None:
    fake = FakeKombo(never_called)
    kwargs: dict[str, Any] = {
        "integration_id": "acme:1",
        "job_id": kombo_id("job"),
        "candidate": CANDIDATE,
        **overrides,
    }
    async with fake.client() as client:
        with pytest.raises(error, match=field):
            await create_application(client, **kwargs)
    assert fake.requests == []


# --- the no-duplicate rule --------------------------------------------------------------------


def scripted(*steps: httpx.Response | Exception) -> FakeKombo:
    script = iter(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = next(script)
        if isinstance(step, Exception):
            raise step
        return step

    return FakeKombo(handler)


async def create(fake: FakeKombo) -> CreatedApplicationResult:
    async with fake.client(max_retries=3) as client:
        return await create_application(client, integration_id="acme:1", job_id="remote:1", candidate=CANDIDATE)


@pytest.mark.anyio
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_is_never_retried_on_5xx(status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(json_response(status, error_body("PLATFORM.UNKNOWN_ERROR")), created([]))
    with recorded_sleeps(monkeypatch), pytest.raises(ServerError):
        await create(fake)
    assert len(fake.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ReadTimeout("no answer"), KomboTimeoutError),
        (httpx.WriteTimeout("stalled"), KomboTimeoutError),
        (httpx.ReadError("reset"), KomboConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), KomboConnectionError),
    ],
)
async def test_post_is_never_retried_when_it_may_have_been_processed(
    exc: Exception, cls: type[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = scripted(exc, created([]))
    with recorded_sleeps(monkeypatch), pytest.raises(cls):
        await create(fake)
    assert len(fake.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    "first",
    [
        json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED"), {"Retry-After": "1"}),
        json_response(429, error_body("PLATFORM.CONCURRENCY_LIMIT_EXCEEDED")),
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("no connection"),
        httpx.PoolTimeout("no free connection"),
    ],
)
async def test_post_is_retried_when_provably_unprocessed(
    first: httpx.Response | Exception, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = scripted(first, created([{"message": "w"}]))
    with recorded_sleeps(monkeypatch) as sleeps:
        result = await create(fake)
    assert result.warnings == ["w"]
    assert len(fake.requests) == 2
    assert len(sleeps) == 1
    assert fake.requests[0].content == fake.requests[1].content


@pytest.mark.anyio
async def test_post_rate_limit_respects_max_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(*[json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED")) for _ in range(5)])
    with recorded_sleeps(monkeypatch), pytest.raises(RateLimitError):
        await create(fake)
    assert len(fake.requests) == 4
