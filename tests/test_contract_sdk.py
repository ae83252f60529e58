"""Contract: every request the SDK sends and every answer the sandbox gives is validated against openapi.yaml.

The SDK (``kombo_ats``), the generated client (``kombo_ats_client``) and the sandbox all derive from the
spec; wiring them together through :class:`ContractTransport` makes any drift fail here.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import kombo_ats as sdk
import pytest
from kombo_ats import (
    KomboAPIError,
    create_application,
    iter_applications,
    iter_candidates,
    iter_jobs,
    iter_offers,
    iter_pages,
    iter_pages_dynamic,
    make_client,
)
from kombo_ats.spec import api
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.api.ats import get_candidates, get_jobs
from kombo_ats_client.models.get_candidates_response import GetCandidatesResponse

from .spec_support import operation_for

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
WORKDAY = "workday:HWUTwvyx2wLoSUHphiWVrp28"
OPERATIONS = {
    ("GET", "/v1/ats/jobs"),
    ("GET", "/v1/ats/candidates"),
    ("GET", "/v1/ats/applications"),
    ("GET", "/v1/ats/offers"),
    ("POST", "/v1/ats/jobs/{job_id}/applications"),
}


@pytest.fixture
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
def transport(kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract) -> ContractTransport:
    return ContractTransport(kombo_sandbox_transport, contract)


@pytest.fixture
async def client(transport: ContractTransport, kombo_sandbox_api_key: str) -> AsyncIterator[AuthenticatedClient]:
    async with make_client(
        api_key=kombo_sandbox_api_key, base_url=ASGI_BASE_URL, max_retries=2, httpx_args={"transport": transport}
    ) as c:
        yield c


def _operation(method: str, path: str) -> tuple[str, str]:
    if method == "POST" and path.endswith("/applications"):
        return ("POST", "/v1/ats/jobs/{job_id}/applications")
    return (method, path)


async def test_sdk_walks_every_endpoint_with_filters_within_the_contract(
    client: AuthenticatedClient, kombo_sandbox: SandboxState, contract: OpenAPIContract
) -> None:
    jobs = [j async for j in iter_jobs(client, integration_id=GREENHOUSE, page_size=5)]
    assert [j.id for j in jobs] == kombo_sandbox.ids(GREENHOUSE, "jobs")
    cands = [c async for c in iter_candidates(client, integration_id=GREENHOUSE, page_size=25, include_deleted=True)]
    assert [c.id for c in cands] == kombo_sandbox.ids(GREENHOUSE, "candidates", include_deleted=True)
    apps = [a async for a in iter_applications(client, integration_id=GREENHOUSE, page_size=250)]
    assert [a.id for a in apps] == kombo_sandbox.ids(GREENHOUSE, "applications")
    offers = [o async for o in iter_offers(client, integration_id=GREENHOUSE)]
    assert [o.id for o in offers] == kombo_sandbox.ids(GREENHOUSE, "offers")

    # filters: csv lists, booleans, timestamps, deprecated ones - all as the spec says they travel
    open_jobs = [
        j
        async for j in iter_jobs(
            client,
            integration_id=GREENHOUSE,
            statuses=["OPEN", "DRAFT"],
            employment_types=["FULL_TIME", "PART_TIME"],
            remote_created_after=datetime(2020, 1, 1, tzinfo=UTC),
            ids=[j.id for j in jobs[:20]],
        )
    ]
    assert open_jobs and all(j.status in ("OPEN", "DRAFT") for j in open_jobs)
    some = [
        a
        async for a in iter_applications(
            client,
            integration_id=GREENHOUSE,
            outcomes=["PENDING", "HIRED"],
            job_ids=[jobs[0].id, jobs[1].id],
            updated_after=datetime(2020, 1, 1, tzinfo=UTC),
        )
    ]
    assert all(a.outcome in ("PENDING", "HIRED") and a.job_id in (jobs[0].id, jobs[1].id) for a in some)
    email = cands[0].email_addresses[0].email_address if isinstance(cands[0].email_addresses, list) else None
    assert isinstance(email, str)
    found = [c async for c in iter_candidates(client, integration_id=GREENHOUSE, email=email.upper())]
    assert [c.id for c in found] == [cands[0].id]

    pages = iter_pages(client, "offers", integration_id=GREENHOUSE, page_size=3)
    first = await pages.__anext__()
    assert len(first.results) == 3 and first.next_cursor

    job = next(j for j in kombo_sandbox.integrations[GREENHOUSE].jobs if j.status == "OPEN" and j.deleted_ms is None)
    created = await create_application(
        client,
        integration_id=GREENHOUSE,
        job_id=job.id,
        candidate={"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"},
        attachments=[{"name": "cv.txt", "type": "CV", "content_type": "text/plain", "data": "SGk="}],
    )
    assert created.application.job_id == job.id

    covered = {_operation(m, p) for m, p, _ in contract.checked}
    assert covered == OPERATIONS


async def test_every_operation_of_the_spec_is_exercised_within_the_contract(
    client: AuthenticatedClient, kombo_sandbox: SandboxState, contract: OpenAPIContract
) -> None:
    """Each list walked and each other operation called through the SDK, every exchange checked by openapi-core."""
    gh = GREENHOUSE
    for resource, op in api().lists.items():
        with warnings.catch_warnings():  # deprecated lists warn (tests/test_layer_drift.py checks that)
            warnings.simplefilter("ignore" if op.deprecated else "default", DeprecationWarning)
            # the names come from the spec at runtime (plain str): the dynamic entry point
            assert [r async for r in iter_pages_dynamic(client, resource, integration_id=gh, page_size=250)]
    state = kombo_sandbox
    job = next(j for j in state.integrations[gh].jobs if j.status == "OPEN" and j.deleted_ms is None)
    person = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}
    cv = {"name": "cv.txt", "type": "CV", "content_type": "text/plain", "data": "SGk="}
    app_id = (await create_application(client, integration_id=gh, job_id=job.id, candidate=person)).application.id
    app = state.get(gh, "applications", app_id)
    cand_id = app["candidate_id"]
    other = dict(person, email_address="grace@example.com")
    await sdk.create_candidate(client, integration_id=gh, candidate=other, application={"job_id": job.id})
    ids: dict[str, Any] = {"integration_id": gh, "application_id": app_id}
    await sdk.move_application_to_stage(client, **ids, stage_id=state.get(gh, "jobs", job.id)["stages"][1]["id"])
    await sdk.add_application_note(client, **ids, content="Hi", content_type="PLAIN_TEXT")
    await sdk.add_application_result_link(client, **ids, label="Result", url="https://example.com/r")
    await sdk.add_application_attachment(client, **ids, attachment=cv)
    await sdk.get_application_attachments(client, **ids)
    await sdk.reject_application(client, **ids, rejection_reason_id=state.ids(gh, "rejection_reasons")[0])
    cand: dict[str, Any] = {"integration_id": gh, "candidate_id": cand_id}
    await sdk.add_candidate_attachment(client, **cand, attachment=cv)
    await sdk.add_candidate_result_link(client, **cand, label="Result", url="https://example.com/r")
    await sdk.get_candidate_attachments(client, **cand)
    await sdk.add_candidate_tag(client, **cand, tag={"name": "Contract"})
    await sdk.remove_candidate_tag(client, **cand, tag={"name": "Contract"})
    tracked = {"application_id": app["remote_id"]}
    await sdk.import_tracked_application(
        client, integration_id=gh, tracked_at="2024-01-01T00:00:00.000Z", greenhouse=tracked
    )
    await sdk.check_api_key(client)
    await sdk.trigger_sync(client, integration_id=gh)
    await sdk.send_passthrough_request(client, integration_id=gh, tool="greenhouse", api="v1", method="GET", path="/x")
    await sdk.get_integration_details(client, integration_id=gh)
    await sdk.set_integration_enabled(client, integration_id=gh, value=True)
    await sdk.create_reconnection_link(client, integration_id=gh)
    await sdk.create_setup_link(client, integration_id=gh, link_type="EMBEDDED")
    field = state.ids(gh, "integration_fields")[0]
    await sdk.update_integration_field(client, integration_id=gh, integration_field_id=field, enable_passthrough=True)
    custom = state.ids(gh, "custom_fields")[0]
    await sdk.update_custom_field_mapping(client, integration_id=gh, custom_field_id=custom, integration_field_id=field)
    await sdk.get_tools(client, category="ats")
    link = await sdk.create_connection_link(client, end_user_email="a@example.com", end_user_organization_name="A")
    await sdk.get_integration_by_token(client, token=parse_qs(urlsplit(link.data.link).query)["token"][0])
    await sdk.delete_integration(client, integration_id=WORKDAY)

    covered = {operation_for(m, p) for m, p, status in contract.checked if status == 200}
    assert covered == set(api().operations), sorted(set(api().operations) - covered)


async def test_sdk_errors_are_envelopes_within_the_contract(
    client: AuthenticatedClient, kombo_sandbox: SandboxState, contract: OpenAPIContract
) -> None:
    with pytest.raises(KomboAPIError) as not_found:
        [c async for c in iter_candidates(client, integration_id="lever:unknown")]
    assert not_found.value.code == "PLATFORM.INTEGRATION_NOT_FOUND"
    with pytest.raises(KomboAPIError) as unknown_id:
        [c async for c in iter_candidates(client, integration_id=GREENHOUSE, ids=["x" * 24])]
    assert unknown_id.value.status_code == 404
    closed = next(j for j in kombo_sandbox.integrations[GREENHOUSE].jobs if j.status == "CLOSED")
    with pytest.raises(KomboAPIError) as job_closed:
        await create_application(
            client,
            integration_id=GREENHOUSE,
            job_id=f"remote:{closed.remote_id}",
            candidate={"first_name": "A", "last_name": "B", "email_address": "a@example.com"},
        )
    assert job_closed.value.code == "ATS.JOB_CLOSED"
    assert {status for _, _, status in contract.checked} >= {400, 404}


async def test_sdk_retries_through_injected_faults(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    kombo_sandbox.set_faults(script=["429", "502"], retry_after=0)
    jobs = [j async for j in iter_jobs(client, integration_id=GREENHOUSE, page_size=250)]
    assert [j.id for j in jobs] == kombo_sandbox.ids(GREENHOUSE, "jobs")
    assert kombo_sandbox.faults.script == []


async def test_sdk_parses_odd_enums_and_unknown_fields(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.set_faults(odd_enum_ratio=0.5, extra_fields=True)
    jobs = [j async for j in iter_jobs(client, integration_id=GREENHOUSE)]
    assert {j.status for j in jobs} >= {"ON_HOLD"}
    assert all("video_url" in j.additional_properties for j in jobs)
    offers = [o async for o in iter_offers(client, integration_id=GREENHOUSE)]
    assert "RESCINDED" in {o.status for o in offers}


async def test_create_application_warnings_reach_the_caller(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    store = kombo_sandbox.integrations[WORKDAY]
    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None)
    question = {
        "id": "qMulti0000000000000000000",
        "remote_id": "q9",
        "title": "Languages?",
        "description": None,
        "format": {"type": "MULTI_SELECT", "options": [{"id": "optEN", "remote_id": "en", "name": "English"}]},
        "index": 0,
        "required": False,
        "precondition_question_id": None,
        "precondition_options": None,
    }
    kombo_sandbox.update(WORKDAY, "jobs", job.id, screening_questions=[question])
    result = await create_application(
        client,
        integration_id=WORKDAY,
        job_id=job.id,
        candidate={"first_name": "Grace", "last_name": "Hopper", "email_address": "grace@example.com"},
        screening_question_answers=[{"question_id": question["id"], "answer": ["optEN"]}],
    )
    assert len(result.warnings) == 1 and "MULTI_SELECT" in result.warnings[0]


async def test_generated_client_requests_are_within_the_contract(
    transport: ContractTransport, kombo_sandbox_api_key: str, contract: OpenAPIContract
) -> None:
    async with AuthenticatedClient(
        base_url=ASGI_BASE_URL, token=kombo_sandbox_api_key, httpx_args={"transport": transport}
    ) as client:
        response = await get_candidates.asyncio_detailed(
            client=client, x_integration_id=GREENHOUSE, page_size=10, include_deleted=True, job_ids="a,b"
        )
        assert response.status_code == 200
        assert isinstance(response.parsed, GetCandidatesResponse)
        jobs = await get_jobs.asyncio_detailed(client=client, x_integration_id=GREENHOUSE, statuses="OPEN,CLOSED")
        assert jobs.status_code == 200
    assert len(contract.checked) == 2


async def test_contract_transport_catches_a_request_outside_the_spec(
    transport: ContractTransport, kombo_sandbox_api_key: str
) -> None:
    from kombo_ats_sandbox.contract import ContractViolation

    headers = {"Authorization": f"Bearer {kombo_sandbox_api_key}", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as raw:
        with pytest.raises(ContractViolation, match="repeated query keys"):
            await raw.get("/ats/jobs", params=[("ids", "a"), ("ids", "b")])
        with pytest.raises(ContractViolation, match="page_size"):
            await raw.get("/ats/jobs", params={"page_size": 1000})


async def test_contract_transport_catches_a_response_outside_the_spec() -> None:
    from kombo_ats_sandbox.contract import ContractViolation

    def drifted(request: httpx.Request) -> httpx.Response:
        # a candidate without its required `changed_at`, and a `next` of the wrong type
        return httpx.Response(200, json={"status": "success", "data": {"next": 5, "results": [{"id": "x"}]}})

    transport = ContractTransport(httpx.MockTransport(drifted), OpenAPIContract())
    headers = {"Authorization": "Bearer k", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as raw:
        with pytest.raises(ContractViolation, match="response 200"):
            await raw.get("/ats/candidates")
    lenient = ContractTransport(httpx.MockTransport(drifted), OpenAPIContract(), strict=False)
    async with httpx.AsyncClient(transport=lenient, base_url=ASGI_BASE_URL, headers=headers) as raw:
        assert (await raw.get("/ats/candidates")).status_code == 200
    assert len(lenient.violations) == 1
