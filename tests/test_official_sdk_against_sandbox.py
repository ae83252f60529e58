"""A client nobody here wrote works against the sandbox: Kombo's official SDK (``kombo``, pydantic models).

It walks every list operation of the spec to the end (its models must parse every record) and calls every
other operation, in-process over httpx's ASGI transport. Every exchange is also checked against openapi.yaml.
Only on asyncio: the official SDK's async calls use ``asyncio.to_thread`` and cannot run on trio. Skipped,
with the reason, only where the ``kombo`` package (bench extra) is missing.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from kombo_ats.spec import api
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract

from .spec_support import operation_for

kombo = pytest.importorskip("kombo", reason="the official `kombo` package is not installed (pip install '.[bench]')")
kombo_version = importlib.metadata.version("kombo")

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
WORKDAY = "workday:HWUTwvyx2wLoSUHphiWVrp28"
LISTS = sorted(api().lists.values(), key=lambda op: op.resource)


@pytest.fixture
def anyio_backend() -> str:
    """The official SDK runs on asyncio only (``asyncio.to_thread`` in its async hooks)."""
    return "asyncio"


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
async def official(kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract) -> AsyncIterator[Any]:
    transport = ContractTransport(kombo_sandbox_transport, contract)
    async with httpx.AsyncClient(transport=transport) as http:
        yield kombo.Kombo(
            api_key="sandbox-api-key", integration_id=GREENHOUSE, server_url="http://sandbox/v1", async_client=http
        )


def _list_method(sdk: Any, resource: str) -> Any:
    """The official SDK's async method for a list of the spec (its names differ a little from operationIds)."""
    for group, name in (("ats", f"get_{resource}"), ("ats", f"get_ats_{resource}"), ("general", f"get_{resource}")):
        method = getattr(getattr(sdk, group), f"{name}_async", None)
        if method is not None:
            return method
    pytest.skip(f"kombo {kombo_version} has no method for {resource!r}: the spec has a list newer than Kombo's SDK")


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.resource)
async def test_the_official_sdk_walks_every_list(official: Any, kombo_sandbox: SandboxState, op: Any) -> None:
    method = _list_method(official, op.resource)
    kwargs: dict[str, Any] = {"page_size": 50}
    if "{integration_id}" in op.path:
        kwargs["integration_id"] = GREENHOUSE
    page = await method(**kwargs)
    got: list[str] = []
    while page is not None:
        got += [record.id for record in page.result.data.results]  # parsed by the official pydantic models
        page = await page.next()
    assert got == kombo_sandbox.ids(GREENHOUSE, op.resource), op.resource


async def test_the_official_sdk_calls_every_write(
    official: Any, kombo_sandbox: SandboxState, contract: OpenAPIContract
) -> None:
    state, ats, general, connect = kombo_sandbox, official.ats, official.general, official.connect
    store = state.integrations[GREENHOUSE]
    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None)
    person = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}
    cv = {"name": "cv.txt", "type": "CV", "content_type": "text/plain", "data": "SGk="}

    created = await ats.create_application_async(job_id=job.id, candidate=person, attachments=[cv])
    app_id, cand_id = created.data.id, created.data.candidate.id
    other = await ats.create_candidate_async(
        candidate={**person, "email_address": "grace@example.com", "first_name": "Grace"},
        application={"job_id": job.id},
    )
    assert other.data.first_name == "Grace"

    stage = state.get(GREENHOUSE, "jobs", job.id)["stages"][1]["id"]
    await ats.move_application_to_stage_async(application_id=app_id, stage_id=stage)
    await ats.add_application_note_async(application_id=app_id, content="Hello", content_type="PLAIN_TEXT")
    link = {"label": "Result", "url": "https://example.com/r/1"}
    await ats.add_application_result_link_async(application_id=app_id, **link)
    await ats.add_candidate_result_link_async(candidate_id=cand_id, **link)
    await ats.add_application_attachment_async(application_id=app_id, attachment=cv)
    await ats.add_candidate_attachment_async(candidate_id=cand_id, attachment=cv)
    files = await ats.get_application_attachments_async(application_id=app_id)
    assert len(files.data.results) == 3  # two on the application, one on its candidate
    assert len((await ats.get_candidate_attachments_async(candidate_id=cand_id)).data.results) == 3
    await ats.add_candidate_tag_async(candidate_id=cand_id, tag={"name": "Official"})
    await ats.remove_candidate_tag_async(candidate_id=cand_id, tag={"name": "Official"})
    reason = state.ids(GREENHOUSE, "rejection_reasons")[0]
    await ats.reject_application_async(application_id=app_id, rejection_reason_id=reason, note="No")
    app = state.get(GREENHOUSE, "applications", app_id)
    assert (app["current_stage_id"], app["outcome"]) == (stage, "DECLINED")
    tracked = await ats.import_tracked_application_async(
        tracked_at="2024-04-12T14:33:47.000Z", greenhouse={"application_id": app["remote_id"]}
    )
    assert tracked.data.id == app_id

    assert (await general.check_api_key_async()).data.environment_id == state.environment_id
    assert (await general.get_integration_details_async(integration_id=GREENHOUSE)).data.id == GREENHOUSE
    await general.trigger_sync_async(type_="FULL")
    echo = await general.send_passthrough_request_async(tool="greenhouse", api="v1", method="GET", path="/users")
    assert echo.data.status == 200
    await general.set_integration_enabled_async(integration_id=GREENHOUSE, value=True)
    assert (await general.create_reconnection_link_async(integration_id=GREENHOUSE)).data.link
    assert (await general.create_setup_link_async(integration_id=GREENHOUSE, link_type="EMBEDDED")).data.link
    field = state.ids(GREENHOUSE, "integration_fields")[1]
    await general.update_integration_field_async(
        integration_id=GREENHOUSE, integration_field_id=field, enable_passthrough=True
    )
    custom = state.ids(GREENHOUSE, "custom_fields")[0]
    await general.update_custom_field_mapping_async(
        integration_id=GREENHOUSE,
        custom_field_id=custom,
        integration_field_id=state.ids(GREENHOUSE, "integration_fields")[0],
    )
    assert (await general.get_tools_async(category="ats")).data.tools

    made = await connect.create_connection_link_async(
        end_user_email="it@customer.example.com", end_user_organization_name="Customer", integration_category="ATS"
    )
    token = parse_qs(urlsplit(made.data.link).query)["token"][0]
    connected = await connect.get_integration_by_token_async(token=token)
    assert connected.data.id in state.integrations

    await general.delete_integration_async(integration_id=WORKDAY, body={})
    assert WORKDAY not in state.integrations

    writes = {op.operation_id for op in api().operations.values() if not op.paginated}
    answered = {operation_for(m, p) for m, p, status in contract.checked if status == 200}
    assert writes <= answered, f"operations the official SDK never called here: {sorted(writes - answered)}"
