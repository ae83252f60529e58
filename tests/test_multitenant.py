"""One client, many integrations: concurrent walks never send or receive each other's integration id."""

from __future__ import annotations

import anyio
import anyio.lowlevel
import httpx
import pytest
from kombo_ats import create_application, iter_candidates, iter_pages

from .kombo_fake import FakeKombo, json_response, kombo_id, page_body, record

TENANTS = ["workday:HWUTwvyx2wLoSUHphiWVrp28", "greenhouse:8sdaDTyTFBx4"]


async def tenant_handler(request: httpx.Request) -> httpx.Response:
    """Pages whose cursors and records name the tenant that asked; yields so walks interleave."""
    tenant = request.headers["X-Integration-Id"]
    cursor = request.url.params.get("cursor")
    if cursor is not None:
        assert cursor.startswith(tenant + "|"), f"{tenant} was sent another tenant's cursor {cursor}"
    n = 0 if cursor is None else int(cursor.rsplit("|", 1)[1])
    for _ in range(3):
        await anyio.lowlevel.checkpoint()
    results = [record(f"{n}{i}", remote_id=f"{tenant}/{n}/{i}") for i in range(2)]
    return json_response(200, page_body(results, f"{tenant}|{n + 1}" if n < 4 else None))


@pytest.mark.anyio
@pytest.mark.parametrize("read_ahead", [False, True])
async def test_concurrent_walks_for_two_integrations_through_one_client(read_ahead: bool) -> None:
    fake = FakeKombo(tenant_handler)
    seen: dict[str, list[str]] = {t: [] for t in TENANTS}

    async with fake.client() as client:

        async def walk(tenant: str) -> None:
            async for candidate in iter_candidates(client, integration_id=tenant, read_ahead=read_ahead):
                seen[tenant].append(str(candidate.remote_id))
                await anyio.lowlevel.checkpoint()

        async with anyio.create_task_group() as tg:
            for tenant in TENANTS:
                tg.start_soon(walk, tenant)
        shared = client.get_async_httpx_client().headers
        assert "X-Integration-Id" not in shared  # nothing was written into the shared client

    for tenant in TENANTS:
        assert len(seen[tenant]) == 10
        assert all(remote_id.startswith(tenant + "/") for remote_id in seen[tenant])
    headers = [r.headers["X-Integration-Id"] for r in fake.requests]
    assert sorted(headers) == sorted(TENANTS * 5)
    # the walks really overlapped (otherwise this test would prove nothing)
    assert headers != sorted(headers) and headers != sorted(headers, reverse=True)


@pytest.mark.anyio
async def test_page_walk_and_create_for_different_tenants_in_parallel() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            assert request.headers["X-Integration-Id"] == TENANTS[1]
            return json_response(
                200, {"status": "success", "data": {"id": kombo_id(9), "changed_at": "2024-01-01T00:00:00Z"}}
            )
        assert request.headers["X-Integration-Id"] == TENANTS[0]
        return json_response(200, page_body([record(1)], None))

    fake = FakeKombo(handler)
    async with fake.client() as client, anyio.create_task_group() as tg:

        async def walk() -> None:
            async for _ in iter_pages(client, "jobs", integration_id=TENANTS[0]):
                pass

        async def create() -> None:
            candidate = {"first_name": "A", "last_name": "B", "email_address": "a@b.c"}
            await create_application(client, integration_id=TENANTS[1], job_id="remote:1", candidate=candidate)

        tg.start_soon(walk)
        tg.start_soon(create)
    assert len(fake.requests) == 2
