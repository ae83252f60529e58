"""Drift between the spec and the sandbox, found from the spec: every operation of openapi.yaml is served.

Parametrised over ``kombo_ats.spec.api().operations`` (and its paginated lists), so an operation, a
filter or a record property added to the spec fails here, by name, until the sandbox serves it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from kombo_ats.spec import Operation, api
from kombo_ats_sandbox import KINDS, SandboxConfig, SandboxState, create_app
from kombo_ats_sandbox.data.schema import plan, props, references
from kombo_ats_sandbox.http.handlers import HANDLERS
from kombo_ats_sandbox.logic.filters import unresolved_filters
from starlette.routing import Route

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
OPERATIONS = sorted(api().operations.values(), key=lambda op: op.operation_id)
LISTS = [op for op in OPERATIONS if op.paginated]
HEADERS = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": GREENHOUSE}


def _url(op: Operation) -> str:
    return op.path.replace("{integration_id}", GREENHOUSE)


@pytest.fixture(scope="module")
def state() -> SandboxState:
    return SandboxState(SandboxConfig(seed=5, jobs=8, candidates=30))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_has_a_route_and_is_served(op: Operation, state: SandboxState) -> None:
    app = create_app(state)
    paths = {(route.path, method) for route in app.routes if isinstance(route, Route) for method in route.methods or ()}
    assert (f"/v1{op.path}", op.method) in paths, f"{op.operation_id}: no route {op.method} /v1{op.path}"
    store = state.integrations[GREENHOUSE]
    served = op.operation_id in HANDLERS or (op.paginated and op.resource in store.kinds())
    assert served, f"{op.operation_id}: neither a handler nor a list kind of the sandbox (it would answer 501)"


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.operation_id)
def test_every_list_is_a_kind_and_every_filter_resolves(op: Operation, state: SandboxState) -> None:
    assert op.resource in state.integrations[GREENHOUSE].kinds() == KINDS, f"{op.operation_id}: {op.resource}"
    assert unresolved_filters([op]) == [], f"{op.operation_id}: filters the sandbox cannot apply"


@pytest.fixture
async def client(state: SandboxState) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(state))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", headers=HEADERS) as raw:
        yield raw


@pytest.mark.anyio
@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.operation_id)
async def test_an_undeclared_query_parameter_is_a_400_naming_it(op: Operation, client: httpx.AsyncClient) -> None:
    response = await client.get(f"/v1{_url(op)}", params={"favourite_colour": "blue"})
    assert response.status_code == 400, f"{op.operation_id}: {response.status_code}"
    error = response.json()["error"]
    assert error["code"] == "PLATFORM.INPUT_INVALID"
    assert error["message"].startswith("favourite_colour:"), f"{op.operation_id}: {error['message']}"


async def _walk(client: httpx.AsyncClient, op: Operation) -> list[dict[str, Any]]:
    params: dict[str, str] = {"page_size": "250"}
    if any(p.name == "include_deleted" for p in op.params):
        params["include_deleted"] = "true"
    records: list[dict[str, Any]] = []
    while True:
        response = await client.get(f"/v1{_url(op)}", params=params)
        assert response.status_code == 200, f"{op.operation_id}: {response.text}"
        data = response.json()["data"]
        records += data["results"]
        if data["next"] is None:
            return records
        params = {"cursor": data["next"]}


@pytest.mark.anyio
@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.operation_id)
async def test_every_record_carries_every_property_of_its_schema(op: Operation, client: httpx.AsyncClient) -> None:
    records = await _walk(client, op)
    assert records, f"{op.operation_id}: the seed data has no records"
    wanted = set(props(op.item_schema or ""))
    for record in records:
        missing = sorted(wanted - set(record))
        assert not missing, f"{op.operation_id}: record {record['id']} lacks {missing}"
    for ref in references(op.item_schema or ""):
        embedded = [r[ref.name] for r in records if r.get(ref.name)]
        assert embedded, f"{op.operation_id}: no record embeds its {ref.name}"


@pytest.fixture
def new_field(request: pytest.FixtureRequest) -> Iterator[str]:
    """Add a nullable property to a record schema of the spec (in memory), as a spec change would."""
    schema_name = request.param
    properties = api().schemas[schema_name]["properties"]
    properties["sandbox_drift_probe"] = {"type": ["string", "null"], "description": "added by a test"}
    caches = (plan, props, references)
    for cached in caches:
        cached.cache_clear()
    yield schema_name
    del properties["sandbox_drift_probe"]
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize("new_field", [op.item_schema for op in LISTS], indirect=True)
def test_a_property_added_to_the_spec_appears_in_every_record(new_field: str) -> None:
    op = next(op for op in LISTS if op.item_schema == new_field)
    state = SandboxState(SandboxConfig(seed=5, jobs=4, candidates=10, integrations=(GREENHOUSE,)))
    page = json.loads(state.integrations[GREENHOUSE].list_page(op.resource, {}))
    results = page["data"]["results"]
    # null where the kind's seed data does not know the field; a generated value for kinds made from the spec
    assert results and all(isinstance(r.get("sandbox_drift_probe", 0), str | None) for r in results), op.operation_id
