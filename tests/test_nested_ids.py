"""Ids of nested objects are ``str``, where Kombo's SDK requires them and every documented example has one.

``job.stages[1].id``, ``application.current_stage.id``, ``application.job.id``, ``candidate.tags[0].id``:
Kombo always sends them, so the spec types them ``string`` (required, not null) and
``move_application_to_stage(stage_id=job.stages[1].id)`` type-checks. Which ones is derived here, not
listed by hand: every nested object of a success response whose ``id`` Kombo's SDK marks required and
non-null (``tests/fixtures/kombo_reference_facts.json``), where every example of that response (the
spec's own and the seed examples from Kombo's docs) carries it. A response without one is a
``KomboAPIError`` naming the model and field (checked for each, through the SDK).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from kombo_ats import KomboAPIError
from kombo_ats._decode import decode_body
from kombo_ats.spec import api

import kombo_ats_client.models as models

from .spec_support import ROOT, load_seed_example, load_spec

SEEDS = {
    "get_jobs": "jobs_response",
    "get_applications": "applications_response",
    "get_candidates": "candidates_response",
    "get_offers": "offers_response",
    "create_application": "create_application_response",
}
SCHEMAS: dict[str, Any] = load_spec()["components"]["schemas"]


def _branches(schema: dict[str, Any], name: str | None = None) -> Iterator[tuple[str | None, dict[str, Any]]]:
    """The object schemas a schema can be (through $ref and anyOf/oneOf), with their component names."""
    if "$ref" in schema:
        ref = schema["$ref"].rsplit("/", 1)[1]
        yield from _branches(SCHEMAS[ref], ref)
        return
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        for branch in branches:
            yield from _branches(branch, name)
        return
    yield name, schema


def _at(schema: dict[str, Any], path: str) -> list[tuple[str | None, dict[str, Any]]]:
    nodes = list(_branches(schema))
    for part in filter(None, path.split(".")):
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        found = []
        for _, node in nodes:
            prop = node.get("properties", {}).get(name)
            if prop is None:
                continue
            if is_list:
                found += [b for _, array in _branches(prop) if "items" in array for b in _branches(array["items"])]
            else:
                found += list(_branches(prop))
        nodes = found
    return nodes


def _values_at(value: Any, path: str) -> list[Any]:
    values = [value]
    for part in filter(None, path.split(".")):
        name, is_list = part.removesuffix("[]"), part.endswith("[]")
        values = [v[name] for v in values if isinstance(v, dict) and v.get(name) is not None]
        if is_list:
            values = [item for v in values if isinstance(v, list) for item in v]
    return [v for v in values if isinstance(v, dict)]


def _examples(operation: Any) -> list[Any]:
    content = operation["responses"]["200"]["content"]["application/json"]
    found = [content["example"]] if "example" in content else []
    found += [e["value"] for e in (content.get("examples") or {}).values()]
    return found


def nested_ids() -> dict[str, list[str]]:
    """Component -> the reference paths where Kombo requires its id and every example carries one."""
    facts = json.loads((ROOT / "tests/fixtures/kombo_reference_facts.json").read_text(encoding="utf-8"))
    spec = load_spec()
    verdicts: dict[str, list[tuple[str, bool]]] = {}
    for ref in facts["operations"]:
        operation = spec["paths"].get(ref["path"], {}).get(ref["method"].lower())
        if operation is None:
            continue
        examples = _examples(operation)
        if ref["sdk_method"] in SEEDS:
            examples.append(load_seed_example(SEEDS[ref["sdk_method"]]))
        root = operation["responses"]["200"]["content"]["application/json"]["schema"]
        for path, obj in ref["response"]["objects"].items():
            if path in ("data", "data.results[]") or "id" not in obj["required"] or obj["properties"]["id"] != "string":
                continue
            shown = [item for example in examples for item in _values_at(example, path)]
            for name, _schema in _at(root, path):
                if name is not None and shown:
                    verdicts.setdefault(name, []).append((path, all(isinstance(i.get("id"), str) for i in shown)))
    return {name: [p for p, _ in rows] for name, rows in verdicts.items() if all(ok for _, ok in rows)}


NESTED = nested_ids()


def test_the_derivation_finds_the_ids_a_user_reaches_for() -> None:
    assert {"Stage", "StageReference", "JobReference", "Tag", "CandidateApplication"} <= set(NESTED)


@pytest.mark.parametrize("component", sorted(NESTED))
def test_the_nested_id_is_a_required_string(component: str) -> None:
    schema = SCHEMAS[component]
    assert "id" in schema.get("required", []), (
        f"{component}.id: make it required (Kombo sends it at {NESTED[component]})"
    )
    assert schema["properties"]["id"].get("type") == "string", f"{component}.id: type it string, not nullable"


@pytest.mark.parametrize("component", sorted(NESTED))
@pytest.mark.parametrize("missing", [{}, {"id": None}])
def test_a_nested_object_without_its_id_is_an_api_error_naming_it(component: str, missing: dict[str, Any]) -> None:
    model = getattr(models, component)
    payload = {"changed_at": "2024-01-01T00:00:00.000Z", **missing}  # a record's other required field
    response = httpx.Response(200, json=payload, request=httpx.Request("GET", "https://kombo.test/v1/x"))
    with pytest.raises(KomboAPIError, match=rf"{component}\.id: "):
        decode_body(response, model.from_dict)
    assert api().component(component)  # the packaged spec agrees


@pytest.mark.anyio
@pytest.mark.parametrize("stage", [{"name": "Screening"}, {"id": None, "name": "Screening"}])
async def test_a_walked_record_with_a_nested_object_missing_its_id_is_an_api_error(stage: dict[str, Any]) -> None:
    """Through a walker (whichever decoding path the page takes), a stage without its id names Stage.id."""
    from kombo_ats import iter_jobs

    from .kombo_fake import FakeKombo, json_response, page_body, record

    job = record(1, stages=[{"id": "s" * 24, "name": "Applied"}, stage])
    fake = FakeKombo(lambda request: json_response(200, page_body([job], None)))
    async with fake.client() as client:
        with pytest.raises(KomboAPIError, match=r"Stage\.id"):
            async for _ in iter_jobs(client, integration_id="acme:1"):
                pass
