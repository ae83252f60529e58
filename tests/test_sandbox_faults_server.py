"""Fault injection, determinism, scale, the real-socket server, the admin API and the CLI options."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from kombo_ats_sandbox import KINDS, Faults, SandboxConfig, SandboxServer, SandboxState, create_app
from kombo_ats_sandbox.__main__ import build_parser, config_from_args
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from kombo_ats_client.models.get_applications_response import GetApplicationsResponse
from kombo_ats_client.models.get_jobs_response import GetJobsResponse

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
async def api(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract, kombo_sandbox_api_key: str
) -> AsyncIterator[httpx.AsyncClient]:
    transport = ContractTransport(kombo_sandbox_transport, contract)
    headers = {"Authorization": f"Bearer {kombo_sandbox_api_key}", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as client:
        yield client


# ---------------------------------------------------------------------------------------------- faults
@pytest.mark.anyio
async def test_scripted_rate_limit_answers_429_with_retry_after(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.set_faults(script=["429"], retry_after=3)
    limited = await api.get("/ats/jobs")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "3"
    assert limited.json()["error"]["code"] == "PLATFORM.RATE_LIMIT_EXCEEDED"
    assert (await api.get("/ats/jobs")).status_code == 200


@pytest.mark.anyio
async def test_rate_limit_comes_after_authentication(api: httpx.AsyncClient, kombo_sandbox: SandboxState) -> None:
    kombo_sandbox.set_faults(rate_limit_ratio=1.0)
    assert (await api.get("/ats/jobs", headers={"Authorization": "Bearer nope"})).status_code == 401
    assert (await api.get("/ats/jobs")).status_code == 429


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("item", "content_type", "body_start"),
    [
        ("500", "text/plain", b"Internal Server Error"),
        ("502", "text/html", b"<html>"),
        ("503", "text/plain", b""),
        ("504", "application/json", b"<html>"),  # a wrong content type, as load balancers do
    ],
)
async def test_scripted_load_balancer_errors_are_not_the_envelope(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState, item: str, content_type: str, body_start: bytes
) -> None:
    kombo_sandbox.set_faults(script=[item])
    response = await api.get("/ats/candidates")
    assert response.status_code == int(item)
    assert response.headers["content-type"].startswith(content_type)
    assert response.content.startswith(body_start)
    if not body_start:
        assert response.content == b""


@pytest.mark.anyio
async def test_error_ratio_one_fails_every_request_and_zero_none(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.set_faults(error_ratio=1.0)
    statuses = {(await api.get("/ats/offers")).status_code for _ in range(20)}
    assert statuses <= {500, 502, 503, 504} and len(statuses) > 1
    kombo_sandbox.set_faults(error_ratio=0.0, latency_ms=1)
    assert (await api.get("/ats/offers")).status_code == 200


@pytest.mark.anyio
async def test_odd_enums_and_extra_fields_still_match_the_spec_and_parse(
    api: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.set_faults(odd_enum_ratio=1.0, extra_fields=True)
    raw = (await api.get("/ats/jobs")).json()  # the ContractTransport validated it against openapi.yaml
    job = raw["data"]["results"][0]
    assert job["status"] == "ON_HOLD" and job["employment_type"] == "APPRENTICESHIP"
    assert job["video_url"].startswith("https://") and "sandbox_extension" in job
    parsed = GetJobsResponse.from_dict(raw)
    first = parsed.data.results[0]
    assert first.status == "ON_HOLD"
    assert "video_url" in first.additional_properties
    apps = GetApplicationsResponse.from_dict((await api.get("/ats/applications")).json())
    assert apps.data.results[0].outcome == "WITHDRAWN"
    kombo_sandbox.set_faults()
    assert (await api.get("/ats/jobs")).json()["data"]["results"][0]["status"] != "ON_HOLD"


def test_fault_options_are_validated() -> None:
    with pytest.raises(ValueError, match="error_ratio"):
        Faults.from_dict({"error_ratio": 2})
    with pytest.raises(ValueError, match="unknown"):
        Faults.from_dict({"flakiness": 1})
    with pytest.raises(ValueError, match="script"):
        Faults.from_dict({"script": ["418"]})


# ---------------------------------------------------------------------------------------------- data
def _first_page(state: SandboxState, kind: str) -> bytes:
    return state.integrations[GREENHOUSE].list_page(kind, {"page_size": ["50"]})


def test_same_seed_same_data_other_seed_other_data() -> None:
    a = SandboxState(SandboxConfig(seed=1, candidates=40))
    b = SandboxState(SandboxConfig(seed=1, candidates=40))
    c = SandboxState(SandboxConfig(seed=2, candidates=40))
    forward = {kind: _first_page(a, kind) for kind in KINDS}
    backward = {kind: _first_page(b, kind) for kind in reversed(KINDS)}  # when a kind is seeded does not matter
    for kind in KINDS:
        assert forward[kind] == backward[kind], kind
        assert forward[kind] != _first_page(c, kind), kind


def test_data_is_varied_and_linked() -> None:
    state = SandboxState(SandboxConfig(seed=3, candidates=300))
    store = state.integrations[GREENHOUSE]
    jobs = [store.doc("jobs", j) for j in store.jobs]
    assert {j["status"] for j in jobs} == {"OPEN", "CLOSED", "DRAFT", "ARCHIVED"}
    assert all(j["stages"] and j["hiring_team"] for j in jobs)
    assert any(j["screening_questions"] for j in jobs) and any(j["job_postings"] for j in jobs)
    apps = [store.doc("applications", a) for a in store.applications]
    assert {a["outcome"] for a in apps} == {"PENDING", "HIRED", "DECLINED"}
    assert any(a["interviews"] for a in apps)
    job_ids = {j["id"] for j in jobs}
    assert all(a["job_id"] in job_ids for a in apps)
    stage_ids = {s["id"] for j in jobs for s in j["stages"]}
    assert all(a["current_stage_id"] in stage_ids for a in apps)
    offers = [store.doc("offers", o) for o in store.offers]
    app_ids = {a["id"] for a in apps}
    assert offers and all(o["application_id"] in app_ids for o in offers)


def test_a_hundred_thousand_candidates_are_generated_lazily() -> None:
    state = SandboxState(SandboxConfig(candidates=100_000, integrations=(GREENHOUSE,)))
    store = state.integrations[GREENHOUSE]
    assert len(store.candidates) == 100_000
    page = json.loads(store.list_page("candidates", {"page_size": ["250"]}))
    assert len(page["data"]["results"]) == 250
    assert sum(1 for c in store.candidates if c.body is not None) == 250 + sum(
        1 for c in store.candidates[:260] if c.deleted_ms is not None and c.body is not None
    )
    last = store.candidates[-1]
    # a list call scans at most max_scan records: a selective filter may answer empty pages with a `next`
    found: list[str] = []
    pages = 0
    params: dict[str, list[str]] = {"email": [last.emails[0]]}
    while True:
        page = json.loads(store.list_page("candidates", params))
        found += [r["id"] for r in page["data"]["results"]]
        pages += 1
        if page["data"]["next"] is None:
            break
        params = {"cursor": [page["data"]["next"]]}
    assert found == ([last.id] if last.deleted_ms is None else [])
    assert pages == 2


# ---------------------------------------------------------------------------------------------- server + admin
@pytest.mark.anyio
async def test_real_socket_server_serves_the_api(
    kombo_sandbox_server: SandboxServer, contract: OpenAPIContract
) -> None:
    assert kombo_sandbox_server.base_url.startswith("http://127.0.0.1:")
    headers = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": GREENHOUSE}
    transport = ContractTransport(httpx.AsyncHTTPTransport(), contract)
    async with httpx.AsyncClient(base_url=kombo_sandbox_server.base_url, headers=headers, transport=transport) as c:
        response = await c.get("/ats/candidates", params={"page_size": 5})
        assert response.status_code == 200
        assert len(response.json()["data"]["results"]) == 5


@pytest.mark.anyio
async def test_admin_api_mutates_and_reports(kombo_sandbox_server: SandboxServer) -> None:
    headers = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": GREENHOUSE}
    auth = {"Authorization": "Bearer sandbox-api-key"}  # the admin API takes the API's key
    async with httpx.AsyncClient(base_url=kombo_sandbox_server.url, headers=auth) as admin:
        assert (await admin.get("/_sandbox/health")).json() == {"status": "ok"}
        listing = await admin.get("/_sandbox/integrations")
        counts = listing.json()["integrations"]
        assert set(counts) == set(kombo_sandbox_server.state.integrations)
        assert "sandbox-api-key" not in listing.text  # never handed out, not even to its owner
        cid = (await admin.get(f"/_sandbox/integrations/{GREENHOUSE}/candidates")).json()["ids"][0]
        patched = await admin.patch(f"/_sandbox/integrations/{GREENHOUSE}/candidates/{cid}", json={"title": "CTO"})
        assert patched.status_code == 200 and patched.json()["title"] == "CTO"
        bad = await admin.patch(f"/_sandbox/integrations/{GREENHOUSE}/candidates/{cid}", json={"nope": 1})
        assert bad.status_code == 400
        for name in ("integration_id", "kind", "record_id"):  # names of the update call's own parameters
            odd = await admin.patch(f"/_sandbox/integrations/{GREENHOUSE}/candidates/{cid}", json={name: "x"})
            assert odd.status_code == 400 and name in odd.json()["error"]["message"]
        missing = await admin.delete(f"/_sandbox/integrations/{GREENHOUSE}/candidates/xyz")
        assert missing.status_code == 404
        deleted = await admin.delete(f"/_sandbox/integrations/{GREENHOUSE}/candidates/{cid}")
        assert deleted.json()["remote_deleted_at"] is not None
        api = await admin.get("/v1/ats/candidates", params={"ids": cid, "include_deleted": "true"}, headers=headers)
        assert api.json()["data"]["results"][0]["title"] == "CTO"
        assert (await admin.get("/v1/ats/candidates", params={"ids": cid}, headers=headers)).json()["data"][
            "results"
        ] == []
        faults = await admin.put("/_sandbox/faults", json={"script": ["503"]})
        assert faults.json()["script"] == ["503"]
        assert (await admin.get("/v1/ats/jobs", headers=headers)).status_code == 503
        assert (await admin.put("/_sandbox/faults", json={"error_ratio": 5})).status_code == 400
        assert (await admin.post("/_sandbox/reset")).status_code == 200
        api = await admin.get("/v1/ats/candidates", params={"ids": cid}, headers=headers)
        assert api.json()["data"]["results"][0]["title"] != "CTO"


def test_server_stops_and_frees_its_port() -> None:
    server = SandboxServer(SandboxConfig(candidates=5)).start()
    url = server.url
    assert httpx.get(f"{url}/_sandbox/health").status_code == 200
    server.stop()
    server.stop()  # idempotent
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/health")


def test_cli_options_build_the_config() -> None:
    args = build_parser().parse_args(
        ["--port", "0", "--seed", "9", "--candidates", "10", "--jobs", "3", "--api-key", "k", "--integrations",
         "a:1,b:2", "--error-ratio", "0.1", "--rate-limit-ratio", "0.2", "--retry-after", "0", "--latency-ms", "5",
         "--odd-enum-ratio", "0.3", "--extra-fields"]
    )  # fmt: skip
    config = config_from_args(args)
    assert (config.seed, config.candidates, config.jobs, config.api_key) == ("9", 10, 3, "k")
    assert tuple(config.integrations) == ("a:1", "b:2")
    assert config.faults == Faults(
        rate_limit_ratio=0.2, retry_after=0, error_ratio=0.1, latency_ms=5, odd_enum_ratio=0.3, extra_fields=True
    )
    state = SandboxState(config)
    assert set(state.integrations) == {"a:1", "b:2"}
    assert create_app(state).state.sandbox is state


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/_sandbox/integrations"),
        ("GET", "/_sandbox/faults"),
        ("PUT", "/_sandbox/faults"),
        ("POST", "/_sandbox/reset"),
        ("GET", f"/_sandbox/integrations/{GREENHOUSE}/candidates"),
        ("DELETE", f"/_sandbox/integrations/{GREENHOUSE}/candidates/x"),
    ],
)
async def test_admin_api_requires_the_api_key(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox: SandboxState, method: str, path: str
) -> None:
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url="http://sandbox") as admin:
        for headers in ({}, {"Authorization": "Bearer wrong-key"}):
            response = await admin.request(method, path, headers=headers, json={"script": ["503"]})
            assert response.status_code == 401, (method, path, response.text)
            assert response.json()["error"]["code"] == "PLATFORM.AUTHENTICATION_INVALID"
    assert kombo_sandbox.faults.script == []  # nothing changed


@pytest.mark.anyio
async def test_authentication_comes_before_fault_injection(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox: SandboxState
) -> None:
    kombo_sandbox.set_faults(error_ratio=1.0)
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url="http://sandbox/v1") as api:
        response = await api.get("/ats/candidates", headers={"X-Integration-Id": GREENHOUSE})
        assert response.status_code == 401
        with_key = await api.get(
            "/ats/candidates", headers={"X-Integration-Id": GREENHOUSE, "Authorization": "Bearer sandbox-api-key"}
        )
        assert with_key.status_code >= 500  # the fault still applies to authenticated calls
