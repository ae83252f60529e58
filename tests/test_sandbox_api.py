"""The sandbox's API semantics over plain httpx (in-process ASGI), every answer checked against the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
WORKDAY = "workday:HWUTwvyx2wLoSUHphiWVrp28"
KINDS = ("jobs", "candidates", "applications", "offers")


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
async def api(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract, kombo_sandbox_api_key: str
) -> AsyncIterator[httpx.AsyncClient]:
    """A raw client whose responses are validated against openapi.yaml (requests too, except on purpose-bad ones)."""
    transport = ContractTransport(kombo_sandbox_transport, contract, validate_requests=False)
    headers = {"Authorization": f"Bearer {kombo_sandbox_api_key}", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as client:
        yield client


async def list_all(api: httpx.AsyncClient, kind: str, **params: Any) -> list[dict[str, Any]]:
    """Every result of a list endpoint, following cursors."""
    results: list[dict[str, Any]] = []
    query = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in params.items()}
    cursor: str | None = None
    for _ in range(10_000):
        page_query = dict(query, cursor=cursor) if cursor else query
        response = await api.get(f"/ats/{kind}", params=page_query)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "success"
        results.extend(body["data"]["results"])
        cursor = body["data"]["next"]
        if cursor is None:
            return results
    raise AssertionError("pagination did not end")


def ids(records: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in records]


def assert_error(response: httpx.Response, status: int, code: str, *, mentions: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == "error"
    assert set(body["error"]) == {"code", "title", "message", "log_url"}
    assert body["error"]["code"] == code
    if mentions is not None:
        assert mentions in body["error"]["message"]


# ---------------------------------------------------------------------------------------------- auth, integration
async def test_missing_or_wrong_bearer_is_authentication_invalid(api: httpx.AsyncClient) -> None:
    r1 = await api.get("/ats/jobs", headers={"Authorization": ""})
    assert_error(r1, 401, "PLATFORM.AUTHENTICATION_INVALID")
    r2 = await api.get("/ats/jobs", headers={"Authorization": "Bearer wrong"})
    assert_error(r2, 401, "PLATFORM.AUTHENTICATION_INVALID")
    r3 = await api.get("/ats/jobs", headers={"Authorization": "Basic c2FuZGJveA=="})
    assert_error(r3, 401, "PLATFORM.AUTHENTICATION_INVALID")


async def test_unknown_integration_is_not_found(api: httpx.AsyncClient) -> None:
    response = await api.get("/ats/candidates", headers={"X-Integration-Id": "bamboohr:doesnotexist"})
    assert_error(response, 404, "PLATFORM.INTEGRATION_NOT_FOUND", mentions="bamboohr:doesnotexist")


async def test_integrations_have_their_own_data(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    gh = ids(await list_all(api, "candidates", page_size=250))
    api.headers["X-Integration-Id"] = WORKDAY
    wd = ids(await list_all(api, "candidates", page_size=250))
    assert gh == kombo_sandbox.ids(GREENHOUSE, "candidates")
    assert wd == kombo_sandbox.ids(WORKDAY, "candidates")
    assert not set(gh) & set(wd)


# ---------------------------------------------------------------------------------------------- pagination
@pytest.mark.parametrize("kind", KINDS)
async def test_pages_cover_every_live_record_once_in_order(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState, kind: str
) -> None:
    got = ids(await list_all(api, kind, page_size=7))
    assert got == kombo_sandbox.ids(GREENHOUSE, kind)
    assert len(got) == len(set(got)) > 7


async def test_default_page_size_is_100_and_next_is_null_on_last_page(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.config.candidates = 150
    kombo_sandbox.reset()
    assert len(kombo_sandbox.ids(GREENHOUSE, "applications")) > 100
    first = (await api.get("/ats/applications")).json()["data"]
    assert len(first["results"]) == 100
    assert isinstance(first["next"], str)
    small = (await api.get("/ats/jobs", params={"page_size": 250})).json()["data"]
    assert small["next"] is None


@pytest.mark.parametrize(
    ("value", "message"),
    [("0", "greater than or equal to 1"), ("251", "less than or equal to 250"), ("ten", "Expected number")],
)
async def test_page_size_out_of_range_is_input_invalid(api: httpx.AsyncClient, value: str, message: str) -> None:
    response = await api.get("/ats/candidates", params={"page_size": value})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="page_size")
    assert message in response.json()["error"]["message"]


async def test_bad_cursors_are_input_invalid(api: httpx.AsyncClient) -> None:
    assert_error(
        await api.get("/ats/jobs", params={"cursor": "garbage!"}), 400, "PLATFORM.INPUT_INVALID", mentions="cursor"
    )
    other = (await api.get("/ats/candidates", params={"page_size": 1})).json()["data"]["next"]
    response = await api.get("/ats/jobs", params={"cursor": other})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="cursor")


async def test_cursor_keeps_the_query_filters(api: httpx.AsyncClient) -> None:
    everything = await list_all(api, "jobs", statuses="OPEN")
    first = (await api.get("/ats/jobs", params={"statuses": "OPEN", "page_size": 2})).json()["data"]
    # the cursor alone continues the filtered query; a cursor with other filters is refused
    rest = (await api.get("/ats/jobs", params={"cursor": first["next"], "page_size": 250})).json()["data"]
    assert ids(first["results"] + rest["results"]) == ids(everything)
    response = await api.get("/ats/jobs", params={"cursor": first["next"], "statuses": "CLOSED"})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="cursor")


async def test_records_created_while_paging_appear_at_the_end(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    first = (await api.get("/ats/candidates", params={"page_size": 5})).json()["data"]
    job = next(j for j in kombo_sandbox.integrations[GREENHOUSE].jobs if j.status == "OPEN" and j.deleted_ms is None)
    created = await api.post(
        f"/ats/jobs/{job.id}/applications",
        json={"candidate": {"first_name": "New", "last_name": "Comer", "email_address": "new.comer@example.com"}},
    )
    assert created.status_code == 200
    rest = await list_all(api, "candidates", cursor=first["next"], page_size=250)
    all_ids = ids(first["results"]) + ids(rest)
    assert all_ids[-1] == created.json()["data"]["candidate"]["id"]
    assert len(all_ids) == len(set(all_ids))


async def test_repeated_list_keys_are_refused(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    a, b = kombo_sandbox.ids(GREENHOUSE, "jobs")[:2]
    response = await api.get("/ats/jobs", params=[("ids", a), ("ids", b)])
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="comma-separated")


# ---------------------------------------------------------------------------------------------- filters
async def test_ids_filter_is_or_within_and_unknown_id_is_404(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    wanted = kombo_sandbox.ids(GREENHOUSE, "candidates")[3:6]
    got = await list_all(api, "candidates", ids=",".join(wanted))
    assert sorted(ids(got)) == sorted(wanted)
    response = await api.get("/ats/candidates", params={"ids": f"{wanted[0]},unknownunknownunknown000"})
    assert_error(response, 404, "PLATFORM.INPUT_INVALID", mentions="unknownunknownunknown000")


async def test_remote_ids_and_and_across_parameters(api: httpx.AsyncClient) -> None:
    jobs = await list_all(api, "jobs", include_deleted=True)
    some = jobs[:6]
    got = await list_all(api, "jobs", remote_ids=",".join(j["remote_id"] for j in some), include_deleted=True)
    assert ids(got) == ids(some)
    both = await list_all(api, "jobs", statuses="OPEN,DRAFT", employment_types="FULL_TIME")
    expected = [
        j["id"]
        for j in jobs
        if j["status"] in ("OPEN", "DRAFT") and j["employment_type"] == "FULL_TIME" and not j["remote_deleted_at"]
    ]
    assert ids(both) == expected and expected


async def test_job_filters_match_an_oracle(api: httpx.AsyncClient) -> None:
    jobs = await list_all(api, "jobs")
    assert {j["status"] for j in jobs} >= {"OPEN", "CLOSED"}

    async def check(params: dict[str, Any], keep: Any) -> None:
        got = ids(await list_all(api, "jobs", **params))
        assert got == [j["id"] for j in jobs if keep(j)], params

    await check({"statuses": "CLOSED,ARCHIVED"}, lambda j: j["status"] in ("CLOSED", "ARCHIVED"))
    await check({"status": "OPEN"}, lambda j: j["status"] == "OPEN")
    await check({"employment_types": "PART_TIME,CONTRACT"}, lambda j: j["employment_type"] in ("PART_TIME", "CONTRACT"))
    await check({"visibilities": "PUBLIC"}, lambda j: j["visibility"] == "PUBLIC")
    codes = [jobs[0]["job_code"], jobs[2]["job_code"]]
    await check({"job_codes": ",".join(codes)}, lambda j: j["job_code"] in codes)
    await check({"post_url": jobs[1]["post_url"]}, lambda j: j["post_url"] == jobs[1]["post_url"])
    word = jobs[0]["name"].split()[-1]
    await check({"name_contains": word.lower()}, lambda j: word.lower() in j["name"].lower())
    cut = sorted(j["remote_created_at"] for j in jobs)[len(jobs) // 2]
    day = cut[:10]
    await check({"remote_created_after": cut}, lambda j: j["remote_created_at"][:10] >= day)


async def test_unknown_enum_value_in_a_filter_is_input_invalid(api: httpx.AsyncClient) -> None:
    response = await api.get("/ats/jobs", params={"statuses": "OPEN,PAUSED"})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="PAUSED")
    response = await api.get("/ats/applications", params={"outcome": "MAYBE"})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="outcome")


async def test_candidate_filters_match_an_oracle(api: httpx.AsyncClient) -> None:
    cands = await list_all(api, "candidates")
    apps = await list_all(api, "applications")
    target = cands[4]
    email = target["email_addresses"][0]["email_address"]
    got = await list_all(api, "candidates", email=email.upper())
    assert ids(got) == [target["id"]]
    first = target["first_name"]
    got = await list_all(api, "candidates", first_name=first.lower())
    assert ids(got) == [c["id"] for c in cands if c["first_name"] == first]
    last = target["last_name"]
    got = await list_all(api, "candidates", last_name=last.upper(), first_name=first)
    assert ids(got) == [c["id"] for c in cands if c["first_name"] == first and c["last_name"] == last]
    job_ids = sorted({a["job_id"] for a in apps})[:2]
    applied = {a["candidate_id"] for a in apps if a["job_id"] in job_ids}
    got = await list_all(api, "candidates", job_ids=",".join(job_ids))
    assert ids(got) == [c["id"] for c in cands if c["id"] in applied] and applied


async def test_application_filters_match_an_oracle(api: httpx.AsyncClient) -> None:
    apps = await list_all(api, "applications")

    async def check(params: dict[str, Any], keep: Any) -> None:
        got = ids(await list_all(api, "applications", **params))
        assert got == [a["id"] for a in apps if keep(a)], params
        assert got, params

    await check({"outcomes": "HIRED,DECLINED"}, lambda a: a["outcome"] in ("HIRED", "DECLINED"))
    await check({"outcome": "PENDING"}, lambda a: a["outcome"] == "PENDING")
    job = apps[0]["job"]
    await check({"job_ids": job["id"]}, lambda a: a["job_id"] == job["id"])
    await check({"job_remote_ids": job["remote_id"]}, lambda a: a["job_id"] == job["id"])
    stages = sorted({a["current_stage_id"] for a in apps})[:3]
    await check({"current_stage_ids": ",".join(stages)}, lambda a: a["current_stage_id"] in stages)
    await check(
        {"job_ids": job["id"], "outcomes": "PENDING"}, lambda a: a["job_id"] == job["id"] and a["outcome"] == "PENDING"
    )
    cut = sorted(a["remote_created_at"] for a in apps)[len(apps) // 3]
    await check({"remote_created_after": cut}, lambda a: a["remote_created_at"][:10] >= cut[:10])


async def test_unsupported_filter_matches_nothing_unless_ignored(api: httpx.AsyncClient) -> None:
    api.headers["X-Integration-Id"] = WORKDAY
    assert await list_all(api, "jobs", name_contains="Engineer") == []
    everything = await list_all(api, "jobs")
    ignored = await list_all(api, "jobs", name_contains="Engineer", ignore_unsupported_filters=True)
    assert ids(ignored) == ids(everything)


async def test_malformed_timestamp_filter_is_input_invalid(api: httpx.AsyncClient) -> None:
    response = await api.get("/ats/candidates", params={"updated_after": "yesterday"})
    assert_error(response, 400, "PLATFORM.INPUT_INVALID", mentions="updated_after")


# ---------------------------------------------------------------------------------------------- deletion, updates
async def test_deleted_records_hidden_unless_include_deleted(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    live = await list_all(api, "candidates")
    with_deleted = await list_all(api, "candidates", include_deleted=True)
    deleted = [c for c in with_deleted if c["remote_deleted_at"]]
    assert deleted, "the seed data has deleted candidates"
    assert ids(live) == [c["id"] for c in with_deleted if not c["remote_deleted_at"]]
    assert set(ids(deleted)) == set(kombo_sandbox.ids(GREENHOUSE, "candidates", include_deleted=True)) - set(ids(live))


async def test_updated_after_sees_exactly_the_changed_records(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    cands = await list_all(api, "candidates")
    checkpoint = max(c["changed_at"] for c in await list_all(api, "candidates", include_deleted=True))
    assert await list_all(api, "candidates", updated_after=checkpoint, include_deleted=True) == []
    kombo_sandbox.update(GREENHOUSE, "candidates", cands[1]["id"], title="Chief Sandbox Officer")
    kombo_sandbox.delete(GREENHOUSE, "offers", kombo_sandbox.ids(GREENHOUSE, "offers")[0])
    changed = await list_all(api, "candidates", updated_after=checkpoint)
    assert ids(changed) == [cands[1]["id"]]
    assert changed[0]["title"] == "Chief Sandbox Officer" and changed[0]["changed_at"] > checkpoint
    offers = await list_all(api, "offers", updated_after=checkpoint)
    assert offers == [], "deleted records stay hidden without include_deleted"
    offers = await list_all(api, "offers", updated_after=checkpoint, include_deleted=True)
    assert len(offers) == 1 and offers[0]["remote_deleted_at"] is not None
    assert await list_all(api, "jobs", updated_after=checkpoint, include_deleted=True) == []


async def test_candidate_rename_restamps_embedding_records(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    store = kombo_sandbox.integrations[GREENHOUSE]
    cand = next(
        c for c in store.candidates if c.deleted_ms is None and any(store.applications[a].offers for a in c.apps)
    )
    before = (await api.get("/ats/candidates", params={"ids": cand.id})).json()["data"]["results"][0]["changed_at"]
    kombo_sandbox.update(GREENHOUSE, "candidates", cand.id, last_name="Renamed")
    after = (await api.get("/ats/candidates", params={"ids": cand.id})).json()["data"]["results"][0]
    assert after["last_name"] == "Renamed" and after["changed_at"] > before
    checkpoint = "2025-06-02T00:00:00.000Z"  # after all generated history: only live changes are newer
    apps = await list_all(api, "applications", updated_after=checkpoint)
    assert {a["id"] for a in apps} == {
        store.applications[a].id for a in cand.apps if store.applications[a].deleted_ms is None
    }
    assert all(a["candidate"]["last_name"] == "Renamed" for a in apps)
    offers = await list_all(api, "offers", updated_after=checkpoint)
    assert {o["application"]["candidate"]["id"] for o in offers} == {cand.id}


async def test_delete_candidate_cascades(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    store = kombo_sandbox.integrations[GREENHOUSE]
    cand = next(c for c in store.candidates if c.deleted_ms is None and len(c.apps) >= 1)
    kombo_sandbox.delete(GREENHOUSE, "candidates", cand.id)
    checkpoint = "2025-06-02T00:00:00.000Z"
    apps = await list_all(api, "applications", updated_after=checkpoint, include_deleted=True)
    assert {a["id"] for a in apps} == {store.applications[a].id for a in cand.apps}
    assert all(a["remote_deleted_at"] for a in apps)
    assert cand.id not in ids(await list_all(api, "candidates", page_size=250))


async def test_mutation_api_refuses_unknown_fields(kombo_sandbox: SandboxState) -> None:
    cid = kombo_sandbox.ids(GREENHOUSE, "candidates")[0]
    with pytest.raises(ValueError, match="favourite_colour"):
        kombo_sandbox.update(GREENHOUSE, "candidates", cid, favourite_colour="blue")
    with pytest.raises(KeyError):
        kombo_sandbox.update(GREENHOUSE, "candidates", "nope", title="x")
