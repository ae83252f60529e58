"""The state's change hook: every change of records, whatever made it, reaches the observers once.

``SandboxState.change_observers`` is what webhook delivery subscribes to; these tests pin what it is told.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

pytestmark = pytest.mark.anyio

Seen = list[tuple[str, frozenset[str]]]


@pytest.fixture
def seen(kombo_sandbox: SandboxState) -> Seen:
    calls: Seen = []
    kombo_sandbox.change_observers.append(lambda iid, kinds: calls.append((iid, kinds)))
    return calls


@pytest.fixture
async def http(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_integration_id: str
) -> AsyncIterator[httpx.AsyncClient]:
    headers = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": kombo_sandbox_integration_id}
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url=ASGI_BASE_URL, headers=headers) as c:
        yield c


async def test_an_api_write_tells_the_observers_what_it_changed(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str, seen: Seen
) -> None:
    cand_id = kombo_sandbox.ids(kombo_sandbox_integration_id, "candidates")[0]
    answer = await http.post(f"/ats/candidates/{cand_id}/tags", json={"tag": {"name": "Brand new tag"}})
    assert answer.status_code == 200, answer.text
    assert len(seen) == 1
    iid, kinds = seen[0]
    assert iid == kombo_sandbox_integration_id
    assert {"candidates", "tags", "applications"} <= kinds  # the new tag, its candidate, what embeds the candidate


async def test_a_read_tells_nobody(http: httpx.AsyncClient, seen: Seen) -> None:
    assert (await http.get("/ats/candidates")).status_code == 200
    assert seen == []


async def test_admin_and_python_changes_reach_the_observers_too(
    kombo_sandbox_transport: httpx.ASGITransport,
    kombo_sandbox: SandboxState,
    kombo_sandbox_integration_id: str,
    seen: Seen,
) -> None:
    iid = kombo_sandbox_integration_id
    offer_id = kombo_sandbox.ids(iid, "offers")[0]
    kombo_sandbox.delete(iid, "offers", offer_id)
    assert seen == [(iid, frozenset({"offers"}))]
    user_id = kombo_sandbox.ids(iid, "users")[0]
    headers = {"Authorization": "Bearer sandbox-api-key"}
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url="http://sandbox", headers=headers) as c:
        answer = await c.patch(f"/_sandbox/integrations/{iid}/users/{user_id}", json={"last_name": "Lee"})
    assert answer.status_code == 200, answer.text
    assert seen[-1][0] == iid and "users" in seen[-1][1]
