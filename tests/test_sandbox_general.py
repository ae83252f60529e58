"""The general and Connect operations of the sandbox, through the SDK's typed calls (checked against the spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from kombo_ats import (
    InvalidInputError,
    KomboAPIError,
    NotFoundError,
    check_api_key,
    create_connection_link,
    create_reconnection_link,
    create_setup_link,
    delete_integration,
    get_integration_by_token,
    get_integration_details,
    get_tools,
    iter_candidates,
    iter_custom_fields,
    iter_integration_fields,
    iter_interviews,
    iter_users,
    make_client,
    send_passthrough_request,
    set_integration_enabled,
    trigger_sync,
    update_custom_field_mapping,
    update_integration_field,
)
from kombo_ats_sandbox import SandboxServer, SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from kombo_ats_client import AuthenticatedClient

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
WORKDAY = "workday:HWUTwvyx2wLoSUHphiWVrp28"
PERSONIO = "personio:Qd6v1Ljv3GqQ3XGSaDcYp8aM"
SINCE = datetime(2025, 6, 2, tzinfo=UTC)  # after all generated history


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
async def client(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract, kombo_sandbox_api_key: str
) -> AsyncIterator[AuthenticatedClient]:
    transport = ContractTransport(kombo_sandbox_transport, contract)
    async with make_client(
        api_key=kombo_sandbox_api_key, base_url=ASGI_BASE_URL, max_retries=0, httpx_args={"transport": transport}
    ) as c:
        yield c


async def test_check_api_key_names_the_environment(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    result = await check_api_key(client)
    assert result.data.environment_id == kombo_sandbox.environment_id and len(result.data.environment_id) == 24


async def test_integration_details_disable_enable_and_syncs(client: AuthenticatedClient) -> None:
    details = (await get_integration_details(client, integration_id=GREENHOUSE)).data.to_dict()
    assert (details["id"], details["tool"]["id"], details["category"]) == (GREENHOUSE, "greenhouse", "ATS")
    assert details["status"] == "ACTIVE"
    models = {m["id"]: m for m in details["read_models"]}
    assert set(models) >= {"ats_candidates", "ats_users", "ats_scorecards"}
    assert "remote_url" in {f["id"] for f in models["ats_candidates"]["fields"]}
    assert "ats_move_application_to_stage" in {a["id"] for a in details["write_actions"]}

    first = (await trigger_sync(client, integration_id=GREENHOUSE, type="DELTA")).data
    again = (await trigger_sync(client, integration_id=GREENHOUSE, type="DELTA")).data
    assert (first.already_queued, again.already_queued, again.sync_id) == (False, True, first.sync_id)

    await set_integration_enabled(client, integration_id=GREENHOUSE, value=False)
    assert (await get_integration_details(client, integration_id=GREENHOUSE)).data.status == "INACTIVE"
    with pytest.raises(InvalidInputError, match="disabled"):
        await trigger_sync(client, integration_id=GREENHOUSE)
    await set_integration_enabled(client, integration_id=GREENHOUSE, value=True)
    resumed = (await trigger_sync(client, integration_id=GREENHOUSE, type="DELTA")).data
    assert resumed.already_queued is False and resumed.sync_id != first.sync_id, "disabling cancelled the sync"
    # Workday has no delta syncs: a full one runs instead
    assert (await trigger_sync(client, integration_id=WORKDAY, type="DELTA")).data.type_ == "FULL"


async def test_a_deleted_integration_is_gone_until_reset(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    await delete_integration(client, integration_id=WORKDAY)
    with pytest.raises(KomboAPIError) as gone:
        [c async for c in iter_candidates(client, integration_id=WORKDAY)]
    assert (gone.value.status_code, gone.value.code) == (404, "PLATFORM.INTEGRATION_NOT_FOUND")
    with pytest.raises(KomboAPIError):
        await get_integration_details(client, integration_id=WORKDAY)
    assert [c.id async for c in iter_candidates(client, integration_id=GREENHOUSE, page_size=5)][:1]
    kombo_sandbox.reset()
    assert (await get_integration_details(client, integration_id=WORKDAY)).data.id == WORKDAY


async def test_field_settings_change_and_are_listed(client: AuthenticatedClient) -> None:
    fields = [f async for f in iter_integration_fields(client, integration_id=GREENHOUSE)]
    off = next(f for f in fields if not f.is_passthrough_enabled)
    updated = await update_integration_field(
        client, integration_id=GREENHOUSE, integration_field_id=off.id, enable_passthrough=True
    )
    assert updated.data.is_passthrough_enabled is True
    listed = {f.id: f for f in [f async for f in iter_integration_fields(client, integration_id=GREENHOUSE)]}
    assert listed[off.id].is_passthrough_enabled is True

    customs = [c async for c in iter_custom_fields(client, integration_id=GREENHOUSE)]
    custom = next(c for c in customs if c.model == "jobs")
    target = next(f for f in fields if f.model == "jobs" and f.key == "hiring_budget")
    mapped = await update_custom_field_mapping(
        client, integration_id=GREENHOUSE, custom_field_id=custom.id, integration_field_id=target.id
    )
    assert mapped.data.to_dict()["integration_field"]["id"] == target.id
    other_model = next(f for f in fields if f.model != "jobs")
    with pytest.raises(InvalidInputError, match="integration_field_id"):
        await update_custom_field_mapping(
            client, integration_id=GREENHOUSE, custom_field_id=custom.id, integration_field_id=other_model.id
        )
    with pytest.raises(NotFoundError, match="custom_field_id"):
        await update_custom_field_mapping(
            client, integration_id=GREENHOUSE, custom_field_id="nope", integration_field_id=target.id
        )


async def test_links(client: AuthenticatedClient) -> None:
    setup = (await create_setup_link(client, integration_id=GREENHOUSE, link_type="MAGIC_LINK")).data.link
    assert setup.startswith("https://connect.kombo.dev/") and "MAGIC_LINK" in setup
    with pytest.raises(InvalidInputError, match="no setup step"):
        await create_setup_link(client, integration_id=PERSONIO, link_type="EMBEDDED")
    relink = (await create_reconnection_link(client, integration_id=WORKDAY, language="de")).data.link
    assert parse_qs(urlsplit(relink).query)["language"] == ["de"]


async def test_passthrough_echoes_the_request(client: AuthenticatedClient) -> None:
    result = await send_passthrough_request(
        client,
        integration_id=GREENHOUSE,
        tool="greenhouse",
        api="v1",
        method="POST",
        path="/candidates",
        params={"page": "2"},
        headers={"X-Secret": "do not echo"},
        data={"first_name": "Ada"},
    )
    remote = result.data.to_dict()
    assert (remote["status"], remote["url"]) == (200, "https://api.greenhouse.example.com/v1/candidates?page=2")
    assert remote["data"]["data"] == {"first_name": "Ada"} and remote["data"]["headers"] == ["X-Secret"]
    assert "do not echo" not in str(remote)
    assert result.warnings and "not sent" in result.warnings[0]
    with pytest.raises(InvalidInputError, match="tool"):
        await send_passthrough_request(
            client, integration_id=GREENHOUSE, tool="personio", api="v1", method="GET", path="/x"
        )


async def test_tools_per_category(client: AuthenticatedClient, kombo_sandbox_transport: httpx.ASGITransport) -> None:
    tools = (await get_tools(client, category="ats")).data.tools
    by_id = {t.id: t.to_dict() for t in tools}
    assert {"greenhouse", "workday", "personio"} <= set(by_id)
    assert by_id["greenhouse"]["coverage"]["read_models"]

    def job_field(tool: str, name: str) -> str:
        jobs = next(m for m in by_id[tool]["coverage"]["read_models"] if m["id"] == "ats_jobs")
        return str(next(f for f in jobs["fields"] if f["id"] == name)["coverage_status"])

    assert (job_field("greenhouse", "post_url"), job_field("workday", "post_url")) == ("SUPPORTED", "UNSUPPORTED")
    assert {t.id for t in (await get_tools(client, category="hris")).data.tools} >= {"personio"}
    headers = {"Authorization": "Bearer sandbox-api-key"}
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url=ASGI_BASE_URL) as raw:
        response = await raw.get("/tools/crm", headers=headers)
    assert response.status_code == 400 and response.json()["error"]["message"].startswith("category:")


async def test_a_connection_link_token_resolves_to_a_new_integration(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    link = await create_connection_link(
        client,
        end_user_email="it@customer.example.com",
        end_user_organization_name="Customer GmbH",
        end_user_origin_id="cust-42",
        integration_category="ATS",
        integration_tool="personio",
        enable_static_ips=True,
    )
    assert link.data.static_ips
    token = parse_qs(urlsplit(link.data.link).query)["token"][0]
    connected = (await get_integration_by_token(client, token=token)).data
    assert connected.id.startswith("personio:") and connected.id in kombo_sandbox.integrations
    assert (connected.end_user_origin_id, connected.end_user_organization_name) == ("cust-42", "Customer GmbH")
    assert (await get_integration_by_token(client, token=token)).data.id == connected.id, "the same one each time"
    assert [c async for c in iter_candidates(client, integration_id=connected.id, page_size=10)]
    details = (await get_integration_details(client, integration_id=connected.id)).data
    assert details.to_dict()["end_user"]["origin_id"] == "cust-42"
    with pytest.raises(NotFoundError, match="token"):
        await get_integration_by_token(client, token="nosuchtoken")


async def test_a_user_renamed_through_the_admin_api_restamps_what_embeds_the_user(
    client: AuthenticatedClient, kombo_sandbox_server: SandboxServer
) -> None:
    state = kombo_sandbox_server.state
    interview = state.get(GREENHOUSE, "interviews", state.ids(GREENHOUSE, "interviews")[0])
    user_id = interview["users"][0]["id"]
    async with httpx.AsyncClient(
        base_url=kombo_sandbox_server.url, headers={"Authorization": "Bearer sandbox-api-key"}
    ) as admin:
        assert user_id in (await admin.get(f"/_sandbox/integrations/{GREENHOUSE}/users")).json()["ids"]
        patched = await admin.patch(
            f"/_sandbox/integrations/{GREENHOUSE}/users/{user_id}", json={"last_name": "Renamed"}
        )
        assert patched.status_code == 200 and patched.json()["last_name"] == "Renamed"
        assert (
            await admin.patch(f"/_sandbox/integrations/{GREENHOUSE}/users/{user_id}", json={"id": "x"})
        ).status_code == 400
        counts = (await admin.get("/_sandbox/integrations")).json()["integrations"][GREENHOUSE]
        assert set(counts) >= {"users", "interviews", "scorecards", "custom_fields"}
    changed = [iv async for iv in iter_interviews(client, integration_id=GREENHOUSE, updated_after=SINCE)]
    assert changed and all(any(u.last_name == "Renamed" for u in iv.users or []) for iv in changed)
    expected = {
        iv
        for iv in state.ids(GREENHOUSE, "interviews")
        if user_id in {u["id"] for u in state.get(GREENHOUSE, "interviews", iv)["users"]}
    }
    assert {iv.id for iv in changed} == expected
    assert [u.id async for u in iter_users(client, integration_id=GREENHOUSE, updated_after=SINCE)] == [user_id]


async def test_a_deleted_tag_leaves_its_candidates(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    tags = {c.id: list(c.tags) async for c in iter_candidates(client, integration_id=GREENHOUSE) if c.tags}
    tag = next(iter(tags.values()))[0]
    holders = {cid for cid, held in tags.items() if any(t.id == tag.id for t in held)}
    kombo_sandbox.delete(GREENHOUSE, "tags", str(tag.id))
    changed = [c async for c in iter_candidates(client, integration_id=GREENHOUSE, updated_after=SINCE)]
    assert {c.id for c in changed} == holders
    assert all(tag.id not in {t.id for t in c.tags or []} for c in changed)
