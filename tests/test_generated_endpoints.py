"""The generated endpoint functions put the right request on the wire.

Checked on an ``httpx.MockTransport``: method, path, auth and integration headers, the query
string (one comma-separated value for list filters, never repeated keys), the JSON body of
create-application, and that the 200 answer parses into the generated envelope.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.api.ats import create_application, get_applications, get_candidates, get_jobs, get_offers
from kombo_ats_client.models import (
    ApplicationOutcome,
    CreateApplicationRequest,
    CreateApplicationResponse,
    GetCandidatesResponse,
    JobStatus,
)
from tests.spec_support import load_seed_example

BASE_URL = "https://api.kombo.dev/v1"
Handler = Callable[[httpx.Request], httpx.Response]


def _recording_client(answer: Any, sent: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    return AuthenticatedClient(
        base_url=BASE_URL, token="sk-test", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def _query(request: httpx.Request) -> list[tuple[str, str]]:
    return list(request.url.params.multi_items())


@pytest.mark.anyio
async def test_get_candidates_request_and_parsed_page() -> None:
    sent: list[httpx.Request] = []
    client = _recording_client(load_seed_example("candidates_response"), sent)
    async with client:
        response = await get_candidates.asyncio_detailed(
            client=client,
            x_integration_id="workday:HWUTwvyx2wLoSUHphiWVrp28",
            page_size=250,
            ids="222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3",
            email="John.Doe@example.com",
            job_ids="H5daSm8e85Dmvmne3wLeCPhX",
            updated_after="2024-01-31T09:30:00.000Z",
            include_deleted=True,
        )
    (request,) = sent
    assert request.method == "GET"
    assert request.url.path == "/v1/ats/candidates"
    assert request.headers["Authorization"] == "Bearer sk-test"
    assert request.headers["X-Integration-Id"] == "workday:HWUTwvyx2wLoSUHphiWVrp28"
    query = _query(request)
    assert ("ids", "222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3") in query
    assert [k for k, _ in query].count("ids") == 1, "list filters must be one comma-separated value"
    assert ("page_size", "250") in query
    assert ("email", "John.Doe@example.com") in query
    assert ("updated_after", "2024-01-31T09:30:00.000Z") in query
    assert ("include_deleted", "true") in query
    assert isinstance(response.parsed, GetCandidatesResponse)
    assert response.parsed.data.results[0].first_name == "John"


@pytest.mark.anyio
async def test_get_jobs_sends_every_job_filter() -> None:
    sent: list[httpx.Request] = []
    client = _recording_client(load_seed_example("jobs_response"), sent)
    async with client:
        await get_jobs.asyncio_detailed(
            client=client,
            x_integration_id="greenhouse:8sdaDTyTFBx4",
            statuses="OPEN,DRAFT",
            employment_types="FULL_TIME,PART_TIME",
            visibilities="PUBLIC",
            job_codes="BE-1,BE-2",
            post_url="https://jobs.example.com/post/1",
            name_contains="Engineer",
            remote_created_after="2024-01-01T00:00:00.000Z",
            status=JobStatus.OPEN,
            remote_ids="32,33",
            cursor="abc",
        )
    (request,) = sent
    assert request.url.path == "/v1/ats/jobs"
    query = dict(_query(request))
    assert query["statuses"] == "OPEN,DRAFT"
    assert query["employment_types"] == "FULL_TIME,PART_TIME"
    assert query["visibilities"] == "PUBLIC"
    assert query["job_codes"] == "BE-1,BE-2"
    assert query["post_url"] == "https://jobs.example.com/post/1"
    assert query["name_contains"] == "Engineer"
    assert query["remote_created_after"] == "2024-01-01T00:00:00.000Z"
    assert query["status"] == "OPEN"
    assert query["remote_ids"] == "32,33"
    assert query["cursor"] == "abc"


@pytest.mark.anyio
async def test_get_applications_and_offers_paths_and_filters() -> None:
    sent: list[httpx.Request] = []
    client = _recording_client(load_seed_example("applications_response"), sent)
    async with client:
        await get_applications.asyncio_detailed(
            client=client,
            x_integration_id="i1",
            outcomes="PENDING,HIRED",
            outcome=ApplicationOutcome.HIRED,
            job_ids="a,b",
            job_remote_ids="r1,r2",
            current_stage_ids="s1",
        )
    query = dict(_query(sent[0]))
    assert sent[0].url.path == "/v1/ats/applications"
    assert query["outcomes"] == "PENDING,HIRED"
    assert query["outcome"] == "HIRED"
    assert query["job_ids"] == "a,b"
    assert query["job_remote_ids"] == "r1,r2"
    assert query["current_stage_ids"] == "s1"

    sent.clear()
    client = _recording_client(load_seed_example("offers_response"), sent)
    async with client:
        response = await get_offers.asyncio_detailed(
            client=client, x_integration_id="i2", ignore_unsupported_filters=True
        )
    assert sent[0].url.path == "/v1/ats/offers"
    assert dict(_query(sent[0]))["ignore_unsupported_filters"] == "true"
    assert sent[0].headers["X-Integration-Id"] == "i2"
    assert response.parsed is not None


@pytest.mark.anyio
async def test_unset_filters_are_not_sent() -> None:
    sent: list[httpx.Request] = []
    client = _recording_client(load_seed_example("offers_response"), sent)
    async with client:
        await get_offers.asyncio_detailed(client=client, x_integration_id="i")
    keys = {k for k, _ in _query(sent[0])}
    assert keys <= {"page_size", "include_deleted", "ignore_unsupported_filters"}
    assert "cursor" not in keys and "ids" not in keys


@pytest.mark.anyio
async def test_create_application_posts_the_body_to_the_job_path() -> None:
    sent: list[httpx.Request] = []
    client = _recording_client(load_seed_example("create_application_response"), sent)
    body = load_seed_example("create_application_request")
    async with client:
        response = await create_application.asyncio_detailed(
            job_id="remote:32/a b",
            client=client,
            x_integration_id="teamtailor:1",
            body=CreateApplicationRequest.from_dict(body),
        )
    (request,) = sent
    assert request.method == "POST"
    assert request.url.raw_path == b"/v1/ats/jobs/remote%3A32%2Fa%20b/applications"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == body
    assert isinstance(response.parsed, CreateApplicationResponse)
    assert isinstance(response.parsed.warnings, list)
    assert [w.message for w in response.parsed.warnings] == ["<string>"]
