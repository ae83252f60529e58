"""POST /ats/jobs/{job_id}/applications on the sandbox: validation, closed jobs, duplicates, warnings, visibility."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from kombo_ats_client.models.candidate import Candidate
from kombo_ats_client.models.create_application_response import CreateApplicationResponse
from kombo_ats_client.models.error_response import ErrorResponse
from kombo_ats_client.models.location import Location

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
QUESTIONS = [
    {"id": "qText00000000000000000000", "remote_id": "q0", "title": "Primary language?", "description": None,
     "format": {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}, "index": 0, "required": True,
     "precondition_question_id": None, "precondition_options": None},
    {"id": "qBool00000000000000000000", "remote_id": "q1", "title": "Work permit?", "description": None,
     "format": {"type": "BOOLEAN"}, "index": 1, "required": False,
     "precondition_question_id": None, "precondition_options": None},
    {"id": "qSingle000000000000000000", "remote_id": "q2", "title": "Notice period?", "description": None,
     "format": {"type": "SINGLE_SELECT", "options": [{"id": "optA", "remote_id": "a", "name": "None"},
                                                      {"id": "optB", "remote_id": "b", "name": "3 months"}]},
     "index": 2, "required": False, "precondition_question_id": None, "precondition_options": None},
    {"id": "qMulti0000000000000000000", "remote_id": "q3", "title": "Languages?", "description": None,
     "format": {"type": "MULTI_SELECT", "options": [{"id": "optEN", "remote_id": "en", "name": "English"},
                                                     {"id": "optDE", "remote_id": "de", "name": "German"}]},
     "index": 3, "required": False, "precondition_question_id": None, "precondition_options": None},
]  # fmt: skip


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
def open_job(kombo_sandbox: SandboxState) -> dict[str, Any]:
    store = kombo_sandbox.integrations[GREENHOUSE]
    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None)
    return kombo_sandbox.update(GREENHOUSE, "jobs", job.id, screening_questions=QUESTIONS)


@pytest.fixture
async def api(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract, kombo_sandbox_api_key: str
) -> AsyncIterator[httpx.AsyncClient]:
    transport = ContractTransport(kombo_sandbox_transport, contract, validate_requests=False)
    headers = {"Authorization": f"Bearer {kombo_sandbox_api_key}", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as client:
        yield client


def body(email: str = "frank.doe@example.com", **extra: Any) -> dict[str, Any]:
    return {"candidate": {"first_name": "Frank", "last_name": "Doe", "email_address": email}, **extra}


def assert_error(response: httpx.Response, status: int, code: str, mentions: str) -> None:
    assert response.status_code == status, response.text
    parsed = ErrorResponse.from_dict(response.json())
    assert parsed.error.code == code
    assert mentions in parsed.error.message, parsed.error.message


async def test_create_returns_the_application_and_candidate(api: httpx.AsyncClient, open_job: dict[str, Any]) -> None:
    payload = body(
        stage_id=open_job["stages"][1]["id"],
        attachments=[{"name": "cv.txt", "type": "CV", "content_type": "text/plain", "data": "SGk="}],
        screening_question_answers=[
            {"question_id": "qText00000000000000000000", "answer": "Python"},
            {"question_id": "qBool00000000000000000000", "answer": True},
            {"question_id": "qSingle000000000000000000", "answer": "optB"},
        ],
    )
    payload["candidate"] |= {"phone_number": "+49 30 1234567", "location": {"country": "DE", "city": "Berlin"}}
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert response.status_code == 200, response.text
    parsed = CreateApplicationResponse.from_dict(response.json())
    app = parsed.data
    assert app.job_id == open_job["id"] and app.current_stage_id == open_job["stages"][1]["id"]
    assert app.outcome == "PENDING"
    assert isinstance(app.candidate, Candidate) and app.candidate.first_name == "Frank"
    assert isinstance(app.candidate.location, Location) and app.candidate.location.city == "Berlin"
    assert response.json()["warnings"] == []
    assert len(response.json()["data"]["screening_question_answers"]) == 3


async def test_new_application_and_candidate_show_up_in_lists_with_fresh_changed_at(
    api: httpx.AsyncClient, open_job: dict[str, Any]
) -> None:
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=body("fresh@example.com"))
    data = response.json()["data"]
    since = "2025-06-02T00:00:00.000Z"
    cands = (await api.get("/ats/candidates", params={"updated_after": since})).json()["data"]["results"]
    apps = (await api.get("/ats/applications", params={"updated_after": since})).json()["data"]["results"]
    assert [c["id"] for c in cands] == [data["candidate"]["id"]]
    assert [a["id"] for a in apps] == [data["id"]]
    assert cands[0]["changed_at"] == data["candidate"]["changed_at"] > since
    assert cands[0]["applications"][0]["job"]["id"] == open_job["id"]
    found = await api.get("/ats/candidates", params={"email": "FRESH@example.com"})
    assert [c["id"] for c in found.json()["data"]["results"]] == [data["candidate"]["id"]]


async def test_remote_job_id_path(api: httpx.AsyncClient, open_job: dict[str, Any]) -> None:
    response = await api.post(f"/ats/jobs/remote:{open_job['remote_id']}/applications", json=body())
    assert response.status_code == 200, response.text
    assert response.json()["data"]["job_id"] == open_job["id"]


async def test_unknown_job_is_404(api: httpx.AsyncClient) -> None:
    response = await api.post("/ats/jobs/remote:nope/applications", json=body())
    assert_error(response, 404, "PLATFORM.INPUT_INVALID", "job_id")


async def test_closed_job_is_refused(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    store = kombo_sandbox.integrations[GREENHOUSE]
    job = next(j for j in store.jobs if j.status == "CLOSED" and j.deleted_ms is None)
    response = await api.post(f"/ats/jobs/{job.id}/applications", json=body())
    assert_error(response, 400, "ATS.JOB_CLOSED", job.name)


async def test_duplicate_application_is_refused(api: httpx.AsyncClient, open_job: dict[str, Any]) -> None:
    url = f"/ats/jobs/{open_job['id']}/applications"
    assert (await api.post(url, json=body("dup@example.com"))).status_code == 200
    again = await api.post(url, json=body("DUP@example.com"))
    assert_error(again, 400, "ATS.APPLICATION_ALREADY_EXISTS", open_job["name"])
    assert "dup@" not in again.text.lower(), "personal data stays out of error messages"


async def test_existing_candidate_applying_to_another_job_is_reused(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    store = kombo_sandbox.integrations[GREENHOUSE]
    open_jobs = [j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None]
    cand = next(
        c
        for c in store.candidates
        if c.deleted_ms is None and {store.applications[a].job for a in c.apps}.isdisjoint({open_jobs[0].seq})
    )
    response = await api.post(f"/ats/jobs/{open_jobs[0].id}/applications", json=body(cand.emails[0]))
    assert response.status_code == 200, response.text
    assert response.json()["data"]["candidate_id"] == cand.id


async def test_unsupported_screening_answers_come_back_as_warnings(
    api: httpx.AsyncClient, open_job: dict[str, Any]
) -> None:
    payload = body(
        screening_question_answers=[
            {"question_id": "qMulti0000000000000000000", "answer": ["optEN", "optDE"]},
            {"question_id": "qText00000000000000000000", "answer": {"name": "a.txt", "data": "SGk="}},
            {"question_id": "qBool00000000000000000000", "answer": False},
        ]
    )
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert response.status_code == 200, response.text
    parsed = CreateApplicationResponse.from_dict(response.json())
    messages = [str(w.message) for w in parsed.warnings or []]
    assert len(messages) == 2
    assert "Languages?" in messages[0] and "MULTI_SELECT" in messages[0]
    assert "file" in messages[1]
    assert len(response.json()["data"]["screening_question_answers"]) == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "candidate"),
        ({"candidate": {"first_name": "A", "last_name": "B"}}, "candidate.email_address"),
        (body("not-an-email"), "candidate.email_address"),
        ({"candidate": {"first_name": "", "last_name": "B", "email_address": "a@b.co"}}, "candidate.first_name"),
        (body(stage_id="nope"), "stage_id"),
        (body(attachments=[{"name": "x", "type": "PHOTO", "data": "SGk="}]), "attachments[0].type"),
        (body(attachments=[{"name": "x", "type": "CV"}]), "attachments[0]"),
        (body(attachments=[{"name": "x", "type": "CV", "data": "%%%"}]), "attachments[0].data"),
        (body(screening_question_answers=[{"question_id": "nope", "answer": "x"}]), "question_id"),
        (body(screening_question_answers=[{"question_id": "qBool00000000000000000000", "answer": "yes"}]), "answer"),
        (body(screening_question_answers=[{"question_id": "qSingle000000000000000000", "answer": "optX"}]), "answer"),
        (body(gdpr_consent={"given": "yes"}), "gdpr_consent.given"),
    ],
)
async def test_invalid_bodies_name_the_field(
    api: httpx.AsyncClient, open_job: dict[str, Any], payload: dict[str, Any], field: str
) -> None:
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", field)


@pytest.mark.parametrize(
    ("candidate_extra", "field"),
    [
        ({"location": {"country": "Germany"}}, "candidate.location.country"),
        ({"location": {"city": "Berlin"}}, "candidate.location.country"),
        ({"gender": "DIVERSE"}, "candidate.gender"),
        ({"availability_date": "next week"}, "candidate.availability_date"),
        ({"salary_expectations": {"period": "WEEK", "amount": 1}}, "candidate.salary_expectations.period"),
        ({"social_links": ["not a url"]}, "candidate.social_links[0]"),
        ({"additional_email_addresses": ["x"]}, "candidate.additional_email_addresses[0]"),
    ],
)
async def test_invalid_candidate_fields_name_the_field(
    api: httpx.AsyncClient, open_job: dict[str, Any], candidate_extra: dict[str, Any], field: str
) -> None:
    payload = body()
    payload["candidate"] |= candidate_extra
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", field)


async def test_malformed_json_is_input_invalid(api: httpx.AsyncClient, open_job: dict[str, Any]) -> None:
    response = await api.post(
        f"/ats/jobs/{open_job['id']}/applications", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", "body")


async def test_create_takes_the_corrected_body_shapes_and_shows_them_on_the_candidate(
    api: httpx.AsyncClient, open_job: dict[str, Any], kombo_sandbox: SandboxState
) -> None:
    user = kombo_sandbox.get(GREENHOUSE, "users", kombo_sandbox.ids(GREENHOUSE, "users")[0])
    payload = body(
        "ada@example.com",
        source={"unified_key": "example_board"},
        sourced_by={"user_id": user["id"]},
    )
    payload["candidate"] |= {
        "additional_email_addresses": [{"email_address": "ada@work.example.com", "type": "WORK"}],
        "additional_phone_numbers": [{"phone_number": "+44 20 7946 0000", "type": "WORK"}],
        "social_links": [{"url": "https://github.com/ada"}, {"url": "https://ada.example.com"}],
        "availability_date": "2026-03-01",
    }
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert response.status_code == 200, response.text
    cand = response.json()["data"]["candidate"]
    assert cand["email_addresses"] == [
        {"email_address": "ada@example.com", "type": "PERSONAL"},
        {"email_address": "ada@work.example.com", "type": "WORK"},
    ]
    assert cand["phone_numbers"] == [{"phone_number": "+44 20 7946 0000", "type": "WORK"}]
    assert [(s["link"], s["type"]) for s in cand["social_media"]] == [
        ("https://github.com/ada", "GITHUB"),
        ("https://ada.example.com", None),
    ]
    assert cand["source"] == "example_board"
    listed = (await api.get("/ats/candidates", params={"email": "ADA@work.example.com"})).json()["data"]["results"]
    assert [c["id"] for c in listed] == [cand["id"]]
    assert listed[0]["social_media"] == cand["social_media"]


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"additional_email_addresses": ["ada@work.example.com"]}, "candidate.additional_email_addresses[0]"),
        ({"additional_phone_numbers": ["+44 20 7946 0000"]}, "candidate.additional_phone_numbers[0]"),
        ({"social_links": [{"url": "https://x.example", "type": "X"}, {}]}, "candidate.social_links[1].url"),
        ({"availability_date": "2026-03-01T10:00:00"}, "candidate.availability_date"),  # a date-time needs its zone
    ],
)
async def test_the_old_body_shapes_are_refused_naming_the_field(
    api: httpx.AsyncClient, open_job: dict[str, Any], extra: dict[str, Any], field: str
) -> None:
    payload = body()
    payload["candidate"] |= extra
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=payload)
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", field)


async def test_sourced_by_names_an_existing_user(api: httpx.AsyncClient, open_job: dict[str, Any]) -> None:
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=body(sourced_by={"user_id": "x"}))
    assert_error(response, 404, "PLATFORM.INPUT_INVALID", "sourced_by.user_id")
    response = await api.post(f"/ats/jobs/{open_job['id']}/applications", json=body(sourced_by={}))
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", "sourced_by.user_id: Required")
