"""Hostile input never breaks the sandbox: each case is a 4xx Kombo error envelope naming the problem, never a
500, and never a poisoned integration (every list of it still answers afterwards).

Each case here answered 500 (or was accepted and broke later answers) before the sandbox read bodies and
cursors at the door (``kombo_ats_sandbox.http.body``, ``data.safe_json``, ``logic.cursors``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from kombo_ats.spec import api
from kombo_ats_sandbox import SandboxConfig, SandboxState
from kombo_ats_sandbox.data.config import MAX_BODY_BYTES, MAX_JSON_DEPTH
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

pytestmark = pytest.mark.anyio

KEY = {"Authorization": "Bearer sandbox-api-key"}
JSON = {"content-type": "application/json"}
DEEP = b"[" * 10_000 + b"]" * 10_000


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    """A smaller data set than the plugin's: every record is checked many times here."""
    return SandboxConfig(seed=7, jobs=6, candidates=25)


@pytest.fixture
def iid(kombo_sandbox_integration_id: str) -> str:
    return kombo_sandbox_integration_id


@pytest.fixture
async def http(kombo_sandbox_transport: httpx.ASGITransport, iid: str) -> AsyncIterator[httpx.AsyncClient]:
    headers = {**KEY, "X-Integration-Id": iid}
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url=ASGI_BASE_URL, headers=headers) as c:
        yield c


@pytest.fixture
async def admin(kombo_sandbox_transport: httpx.ASGITransport) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url="http://sandbox", headers=KEY) as c:
        yield c


def refused(response: httpx.Response, *, status: int = 400, naming: str) -> None:
    """A 4xx with the API's error envelope whose message names ``naming``."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "title", "message", "log_url"}
    assert naming in error["message"], error["message"]


async def walk_every_list(http: httpx.AsyncClient) -> None:
    """Every paginated list of the integration, page by page to the end: all 200s, valid JSON."""
    for op in api().lists.values():
        if "{" in op.path:
            continue
        url: str = op.path
        params: dict[str, Any] = {"page_size": 250}
        for _ in range(1000):
            response = await http.get(url, params=params)
            assert response.status_code == 200, f"{op.path}: {response.status_code} {response.text[:200]}"
            nxt = json.loads(response.content)["data"]["next"]
            if nxt is None:
                break
            params = {"cursor": nxt}


def ids(state: SandboxState, iid: str, kind: str) -> list[str]:
    return state.ids(iid, kind)


async def test_a_lone_surrogate_in_a_tag_is_refused_and_the_integration_stays_readable(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    cand = ids(kombo_sandbox, iid, "candidates")[0]
    answer = await http.post(f"/ats/candidates/{cand}/tags", content=b'{"tag": {"name": "Tag \\udc00"}}', headers=JSON)
    refused(answer, naming="tag.name: Invalid text")
    await walk_every_list(http)


async def test_a_lone_surrogate_in_a_note_or_a_passthrough_path_is_refused(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    app = ids(kombo_sandbox, iid, "applications")[0]
    note = b'{"content": "x \\ud800", "content_type": "PLAIN_TEXT"}'
    refused(await http.post(f"/ats/applications/{app}/notes", content=note, headers=JSON), naming="content:")
    tool = iid.split(":")[0]
    body = b'{"method": "GET", "path": "/x\\udc00"}'
    refused(await http.post(f"/passthrough/{tool}/default", content=body, headers=JSON), naming="path:")
    await walk_every_list(http)


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
async def test_nan_and_infinity_are_refused(http: httpx.AsyncClient, iid: str, constant: bytes) -> None:
    body = b'{"method": "GET", "path": "/x", "data": {"a": ' + constant + b"}}"
    answer = await http.post(f"/passthrough/{iid.split(':')[0]}/default", content=body, headers=JSON)
    refused(answer, naming="data.a" if constant == b"1e400" else "is not valid JSON")


async def test_deep_json_is_refused_on_writes_admin_patch_and_faults(
    http: httpx.AsyncClient, admin: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    app = ids(kombo_sandbox, iid, "applications")[0]
    refused(await http.post(f"/ats/applications/{app}/notes", content=DEEP, headers=JSON), naming="Nested deeper")
    shallow_enough = b'{"content": "x", "content_type": "PLAIN_TEXT", "remote_fields": ' + b"[" * 40 + b"]" * 40 + b"}"
    refused(
        await http.post(f"/ats/applications/{app}/notes", content=shallow_enough, headers=JSON), naming="remote_fields"
    )
    cand = ids(kombo_sandbox, iid, "candidates")[0]
    refused(
        await admin.patch(f"/_sandbox/integrations/{iid}/candidates/{cand}", content=DEEP, headers=JSON),
        naming="Nested",
    )
    refused(await admin.put("/_sandbox/faults", content=DEEP, headers=JSON), naming="Nested")
    assert MAX_JSON_DEPTH < 40


async def test_a_body_over_the_limit_is_a_413(http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str) -> None:
    app = ids(kombo_sandbox, iid, "applications")[0]
    big = b'{"content": "' + b"x" * (MAX_BODY_BYTES + 1) + b'", "content_type": "PLAIN_TEXT"}'
    refused(await http.post(f"/ats/applications/{app}/notes", content=big, headers=JSON), status=413, naming="body:")


async def test_a_json_body_sent_as_text_plain_is_refused(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    app = ids(kombo_sandbox, iid, "applications")[0]
    body = b'{"content": "x", "content_type": "PLAIN_TEXT"}'
    answer = await http.post(f"/ats/applications/{app}/notes", content=body, headers={"content-type": "text/plain"})
    refused(answer, status=415, naming="Content-Type")
    ok = await http.post(
        f"/ats/applications/{app}/notes", content=body, headers={"content-type": "application/json; charset=utf-8"}
    )
    assert ok.status_code == 200, ok.text


def forged(iid: str, position: str, filters: str = "{}") -> str:
    raw = f'{{"v":1,"i":"{iid}","k":"candidates","p":{position},"f":{filters}}}'.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "make",
    [
        lambda iid: forged(iid, "1e400"),
        lambda iid: forged(iid, "Infinity"),
        lambda iid: forged(iid, "NaN"),
        lambda iid: forged(iid, "1.5"),
        lambda iid: forged(iid, "true"),
        lambda iid: forged(iid, "-1"),
        lambda iid: forged(iid, "9" * 5000),
        lambda iid: forged(iid, "0", "[" * 1500 + "]" * 1500),
        lambda iid: forged(iid, "0", '{"first_name": ' + "[" * 1500 + "]" * 1500 + "}"),
        lambda iid: forged(iid, "0", '{"first_name": "\\udc00"}'),
        lambda iid: forged(iid, "0", '{"first_name": 5}'),
        lambda iid: "A" * 10_000,
        lambda iid: "%%%",
    ],
    ids=[
        "1e400",
        "Infinity",
        "NaN",
        "float",
        "bool",
        "negative",
        "5000-digits",
        "deep",
        "deep-filter",
        "surrogate",
        "number-filter",
        "huge",
        "not-base64",
    ],
)
async def test_forged_cursors_are_invalid_input(http: httpx.AsyncClient, iid: str, make: Any) -> None:
    refused(await http.get("/ats/candidates", params={"cursor": make(iid)}), naming="cursor: Invalid cursor")


async def test_a_social_link_with_an_unreadable_host_is_refused(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    job = next(j for j in kombo_sandbox.integrations[iid].jobs if j.status == "OPEN" and j.deleted_ms is None)
    body = {
        "candidate": {
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email_address": "ada@example.com",
            "social_links": [{"url": "http://[not-an-ipv6"}],
        }
    }
    refused(await http.post(f"/ats/jobs/{job.id}/applications", json=body), naming="social_links[0].url: Invalid url")
    await walk_every_list(http)


async def test_an_attachment_name_cannot_leave_its_folder_in_data_url(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    cand = ids(kombo_sandbox, iid, "candidates")[0]
    attachment = {
        "name": "../../other-tenant/secret.pdf",
        "type": "CV",
        "content_type": "application/pdf",
        "data": "aGVsbG8=",
    }
    answer = await http.post(f"/ats/candidates/{cand}/attachments", json={"attachment": attachment})
    assert answer.status_code == 200, answer.text
    files = (await http.get(f"/ats/candidates/{cand}/attachments")).json()["data"]["results"]
    mine = next(f for f in files if f["file_name"] == "../../other-tenant/secret.pdf")
    prefix = f"https://files.sandbox.example.com/{iid.split(':')[0]}/{mine['id']}/"
    assert mine["data_url"] == prefix + "secret.pdf"
    stored = kombo_sandbox.get(iid, "attachments", mine["id"])
    assert ".." not in stored["content_ref"]["key"] and "other-tenant" not in stored["content_ref"]["key"]


@pytest.mark.parametrize(
    ("changes", "naming"),
    [
        ({"email_addresses": "not-a-list"}, "email_addresses: Expected array"),
        ({"first_name": 123}, "first_name: Expected string"),
        ({"email_addresses": [{"email_address": "a@b.co", "kind": "WORK"}]}, "email_addresses[0].kind: Unknown field"),
        ({"tags": "vip"}, "tags: Expected a list of tag names"),
        ({"job_title_of_the_future": "x"}, "job_title_of_the_future: Unknown field"),
    ],
)
async def test_admin_patch_refuses_what_the_spec_does_not_allow(
    admin: httpx.AsyncClient,
    http: httpx.AsyncClient,
    kombo_sandbox: SandboxState,
    iid: str,
    changes: dict[str, Any],
    naming: str,
) -> None:
    cand = ids(kombo_sandbox, iid, "candidates")[1]
    refused(await admin.patch(f"/_sandbox/integrations/{iid}/candidates/{cand}", json=changes), naming=naming)
    await walk_every_list(http)


async def test_admin_patch_of_a_surrogate_and_job_stages_without_ids_are_refused(
    admin: httpx.AsyncClient, http: httpx.AsyncClient, kombo_sandbox: SandboxState, iid: str
) -> None:
    cand = ids(kombo_sandbox, iid, "candidates")[1]
    body = b'{"title": "CTO \\udc00"}'
    refused(
        await admin.patch(f"/_sandbox/integrations/{iid}/candidates/{cand}", content=body, headers=JSON), naming="title"
    )
    job = ids(kombo_sandbox, iid, "jobs")[0]
    stages = {"stages": [{"name": "Only stage"}]}
    refused(await admin.patch(f"/_sandbox/integrations/{iid}/jobs/{job}", json=stages), naming="stages[0].id")
    with pytest.raises(ValueError, match="title"):
        kombo_sandbox.update(iid, "candidates", cand, title="x\udc00")
    await walk_every_list(http)


async def test_admin_faults_refuse_wrong_types(admin: httpx.AsyncClient) -> None:
    for settings, naming in (
        ({"extra_fields": "yes"}, "extra_fields"),
        ({"retry_after": True}, "retry_after"),
        ({"latency_ms": 1e9}, "latency_ms"),
        ({"script": "429"}, "script"),
    ):
        refused(await admin.put("/_sandbox/faults", json=settings), naming=naming)


@pytest.mark.parametrize("value", ["²", "9" * 5000, "1" * 16])
async def test_a_number_query_parameter_takes_plain_digits_only(http: httpx.AsyncClient, value: str) -> None:
    refused(await http.get("/ats/candidates", params={"page_size": value}), naming="page_size: Expected number")
