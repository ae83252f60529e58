"""The FastAPI example, run in-process (httpx.ASGITransport) against the in-process sandbox.

Covers what FastAPI users rely on: the lifespan opens and closes the one SDK client, routes get
it through a dependency, the integration id comes from the request, SDK errors become sensible
HTTP answers, and the NDJSON endpoint streams every candidate exactly once.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from kombo_ats import make_client
from kombo_ats_sandbox import SandboxConfig, SandboxState
from openapi_spec_validator import validate

from examples.fastapi_app.app import create_app
from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.models import Job
from tests.spec_support import load_spec

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
ADA = {"first_name": "Ada", "last_name": "L", "email_address": "a@b.co"}


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    """Enough candidates for the stream to span several 250-record pages."""
    return SandboxConfig(seed=11, jobs=12, candidates=600)


@asynccontextmanager
async def running(
    sandbox: SandboxState, transport: httpx.ASGITransport, api_key: str
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient, list[AuthenticatedClient]]]:
    made: list[AuthenticatedClient] = []

    def factory() -> AuthenticatedClient:
        client = make_client(api_key, base_url="http://sandbox/v1", max_retries=0, httpx_args={"transport": transport})
        made.append(client)
        return client

    app = create_app(factory)
    transport_to_app = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport_to_app, base_url="http://app") as http,
    ):
        yield app, http, made


def _open_job_id(sandbox: SandboxState, integration_id: str) -> str:
    for job_id in sandbox.ids(integration_id, "jobs"):
        if sandbox.get(integration_id, "jobs", job_id)["status"] == "OPEN":
            return job_id
    raise AssertionError("the sandbox data set has no open job")


@pytest.mark.anyio
async def test_lifespan_opens_one_client_and_closes_it(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (app, http, made):
        assert len(made) == 1
        assert app.state.kombo is made[0]
        integration = next(iter(kombo_sandbox.integrations))
        await http.get(f"/integrations/{integration}/jobs")
        await http.get(f"/integrations/{integration}/jobs")
        assert len(made) == 1, "routes must share the lifespan's client"
    assert made[0].get_async_httpx_client().is_closed


@pytest.mark.anyio
async def test_ndjson_streams_every_candidate_once(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    expected = set(kombo_sandbox.ids(integration, "candidates"))
    assert len(expected) > 250, "the data set must span several pages for this test to mean anything"
    url = f"/integrations/{integration}/candidates.ndjson"
    async with (
        running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made),
        http.stream("GET", url) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        rows = [json.loads(line) async for line in response.aiter_lines() if line]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    assert all("error" not in row for row in rows)


@pytest.mark.anyio
async def test_two_tenants_get_their_own_data(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    first, second = list(kombo_sandbox.integrations)[:2]
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        a = (await http.get(f"/integrations/{first}/jobs", params={"limit": 500})).json()
        b = (await http.get(f"/integrations/{second}/jobs", params={"limit": 500})).json()
    open_a = {j for j in kombo_sandbox.ids(first, "jobs") if kombo_sandbox.get(first, "jobs", j)["status"] == "OPEN"}
    assert {job["id"] for job in a} == open_a
    assert all(job["status"] == "OPEN" for job in a + b)
    assert not {job["id"] for job in a} & {job["id"] for job in b}


@pytest.mark.anyio
async def test_unknown_integration_is_a_404_before_streaming(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        response = await http.get("/integrations/nope:123/candidates.ndjson")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "PLATFORM.INTEGRATION_NOT_FOUND"


@pytest.mark.anyio
async def test_rejected_api_key_is_our_502_not_their_401(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    async with running(kombo_sandbox, kombo_sandbox_transport, "wrong-key") as (_, http, _made):
        response = await http.get(f"/integrations/{integration}/jobs")
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "PLATFORM.AUTHENTICATION_INVALID"
    assert "wrong-key" not in response.text


@pytest.mark.anyio
async def test_naive_updated_after_is_a_400(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        response = await http.get(
            f"/integrations/{integration}/candidates.ndjson", params={"updated_after": "2024-01-01T00:00:00"}
        )
    assert response.status_code == 400
    assert "updated_after" in response.text


@pytest.mark.anyio
async def test_create_application_then_duplicate_is_rejected(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    job_id = _open_job_id(kombo_sandbox, integration)
    body: dict[str, Any] = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        created = await http.post(f"/integrations/{integration}/jobs/{job_id}/applications", json=body)
        again = await http.post(f"/integrations/{integration}/jobs/{job_id}/applications", json=body)
        emails = [
            json.loads(line)
            async for line in (
                await http.get(f"/integrations/{integration}/candidates.ndjson", params={"email": "ADA@example.com"})
            ).aiter_lines()
            if line
        ]
    assert created.status_code == 201, created.text
    assert created.json()["warnings"] == []
    assert created.json()["application"]["candidate_id"] in {row["id"] for row in emails}
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "ATS.APPLICATION_ALREADY_EXISTS"


@pytest.mark.anyio
async def test_jobs_are_the_sdks_models_and_documented_as_kombos(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        jobs = (await http.get(f"/integrations/{integration}/jobs", params={"limit": 500})).json()
        openapi = (await http.get("/openapi.json")).json()
    assert jobs == [Job.from_dict(kombo_sandbox.get(integration, "jobs", job["id"])).to_dict() for job in jobs]
    assert openapi["components"]["schemas"]["Job"] == load_spec()["components"]["schemas"]["Job"]
    validate(openapi)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("integration", "job", "body", "loc"),
    [
        (GREENHOUSE, "job1", {"first_name": "Ada", "last_name": "L"}, ["body", "email_address"]),
        (GREENHOUSE, "job1", {**ADA, "phone": "1"}, ["body", "phone"]),
        ("gr\u00fcnhouse:1", "job1", ADA, ["path", "integration_id"]),
        (GREENHOUSE, "%2E%2E", ADA, ["path", "job_id"]),
        (GREENHOUSE, "a%00b", ADA, ["path", "job_id"]),
        (GREENHOUSE, "remote:", ADA, ["path", "job_id"]),
    ],
)
async def test_bad_input_is_a_422_naming_the_field(
    integration: str,
    job: str,
    body: dict[str, Any],
    loc: list[str],
    kombo_sandbox: SandboxState,
    kombo_sandbox_transport: httpx.ASGITransport,
    kombo_sandbox_api_key: str,
) -> None:
    async with running(kombo_sandbox, kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http, _made):
        response = await http.post(f"/integrations/{integration}/jobs/{job}/applications", json=body)
    assert response.status_code == 422, response.text
    assert [error["loc"] for error in response.json()["detail"]] == [loc]


class _FailNthCandidatesPage(httpx.AsyncBaseTransport):
    """Lets every request through to the sandbox, except that the ``n``-th candidates page answers 503."""

    def __init__(self, inner: httpx.AsyncBaseTransport, n: int) -> None:
        self.inner = inner
        self.n = n
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/ats/candidates"):
            self.seen += 1
            if self.seen == self.n:
                return httpx.Response(503, text="Service Unavailable")
        return await self.inner.handle_async_request(request)


async def _ndjson(http: httpx.AsyncClient, url: str, **params: str) -> list[dict[str, Any]]:
    async with http.stream("GET", url, params=params) as response:
        assert response.status_code == 200
        return [json.loads(line) async for line in response.aiter_lines() if line]


@pytest.mark.anyio
async def test_a_stream_that_breaks_off_resumes_exactly_from_its_error_line(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    url = f"/integrations/{integration}/candidates.ndjson"
    flaky = _FailNthCandidatesPage(kombo_sandbox_transport, n=2)  # the second page of the first stream fails
    async with running(kombo_sandbox, flaky, kombo_sandbox_api_key) as (_, http, _made):  # type: ignore[arg-type]
        first = await _ndjson(http, url)
        *records, error = first
        assert "error" in error and all("error" not in r for r in records)
        assert error["resume_cursor"], "the error line must say where to resume"
        assert "@" not in json.dumps(error)  # no personal data in the error line
        rest = await _ndjson(http, url, cursor=error["resume_cursor"])
        full = await _ndjson(http, url)
    assert all("error" not in r for r in rest + full)
    resumed = [r["id"] for r in records + rest]
    assert resumed == [r["id"] for r in full], "resuming must give exactly the full stream: nothing lost or repeated"
    assert len(records) == 250 and len(full) > 500
