"""Drift guard: ``openapi.yaml`` against the facts of Kombo's own SDK (``kombo==1.4.0``).

``tests/fixtures/kombo_reference_facts.json`` holds the facts only (names, locations, required,
list-ness; no descriptions), extracted from ``../shared/kombo-reference/operations.json`` by
``tests/fixtures/extract_kombo_reference_facts.py``, so this runs on a clean clone without
``../shared``. For every reference operation the spec must have:

* the operation (same method and path);
* every path/query parameter, with the same location, required-ness and list-ness, lists sent as
  one comma-separated value (``explode: false``);
* every request body property, and the same required ones (requests may not demand more or less);
* every property of the success envelope, of its ``data`` and of the records it lists; and it
  must not *require* a response field the reference does not (responses stay lenient).

The other way round, the spec may have more than the reference: Kombo adds fields and filters before
its own SDK catches up (a new field must not need a second file edited), so that is no error. The
known deliberate differences are listed in ``SPEC_ONLY`` with their reason, and that list is kept
honest: an entry the spec no longer has fails.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from tests.spec_support import load_spec

FACTS_PATH = Path(__file__).resolve().parent / "fixtures" / "kombo_reference_facts.json"

_SEEDS = "the seeds (API docs) show it; the newer reference dropped it, so the spec keeps it (seeds win)"
# (operationId, where, name) -> why the spec has it although the reference does not.
SPEC_ONLY: dict[tuple[str, str, str], str] = {
    ("getJobs", "parameter", "status"): "deprecated single-value filter the seeds still document (use `statuses`)",
    ("getApplications", "parameter", "outcome"): "deprecated single-value filter the seeds still document (`outcomes`)",
    **{
        (op, "record", name): _SEEDS
        for op in ("getCandidates", "getJobs", "getApplications", "getOffers")
        for name in ("integration_fields", "remote_data")
    },
    **{
        (op, "data", name): _SEEDS
        for op in ("createApplication", "createCandidate")
        for name in ("integration_fields", "remote_data")
    },
    ("getApplicationAttachments", "record", "candidate_id"): (
        "FetchedAttachment is shared with getCandidateAttachments, whose records carry it"
    ),
    ("getApplicationAttachments", "record", "application_id"): (
        "FetchedAttachment is shared with getCandidateAttachments, whose records carry it"
    ),
}


@functools.cache
def load_facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(FACTS_PATH.read_text(encoding="utf-8"))
    return facts


def _resolve(spec: dict[str, Any], obj: Any) -> Any:
    while isinstance(obj, dict) and "$ref" in obj:
        kind, name = str(obj["$ref"]).removeprefix("#/components/").split("/", 1)
        obj = spec["components"][kind][name]
    return obj


def _object(spec: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    """The object schema behind a ``$ref`` or a nullable ``anyOf``."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return None
    if "properties" in schema or schema.get("type") == "object":
        return schema
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, []):
            found = _object(spec, option)
            if found is not None:
                return found
    return None


def _is_array(spec: dict[str, Any], schema: Any) -> bool:
    schema = _resolve(spec, schema)
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _items(spec: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    schema = _resolve(spec, schema)
    if _is_array(spec, schema):
        return _object(spec, schema.get("items", {}))
    for option in schema.get("anyOf", []) if isinstance(schema, dict) else []:
        found = _items(spec, option)
        if found is not None:
            return found
    return None


def _props(schema: dict[str, Any] | None) -> set[str]:
    return set((schema or {}).get("properties", {}))


def _required(schema: dict[str, Any] | None) -> set[str]:
    return set((schema or {}).get("required", []))


def operation_problems(spec: dict[str, Any], ref: dict[str, Any]) -> tuple[list[str], set[tuple[str, str, str]]]:
    """What the spec lacks for one reference operation, and the spec-only extras it has (as SPEC_ONLY keys)."""
    method, path = ref["method"], ref["path"]
    label = f"{ref['sdk_method']} ({method.upper()} {path})"
    op = spec.get("paths", {}).get(path, {}).get(method)
    if op is None:
        return [f"{label}: Kombo's operation is missing from openapi.yaml; add it"], set()
    name = str(op.get("operationId"))
    label = f"{name} ({method.upper()} {path})"
    problems: list[str] = []
    extras: set[tuple[str, str, str]] = set()

    # parameters
    params = [_resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]]
    by_key = {(p.get("name"), p.get("in")): p for p in params}
    for rp in ref["parameters"]:
        p = by_key.get((rp["name"], rp["in"]))
        where = f"{label}: {rp['in']} parameter {rp['name']!r}"
        if p is None:
            problems.append(f"{where} is missing; add it")
            continue
        if rp["required"] and not p.get("required"):
            problems.append(f"{where} is required by Kombo; set `required: true`")
        if not rp["required"] and p.get("required"):
            problems.append(f"{where} is optional in Kombo's API; drop `required: true`")
        is_array = _is_array(spec, p.get("schema", {}))
        if rp["array"] and not is_array:
            problems.append(f"{where} is a list in Kombo's API; make it `type: array` with `items`")
        if rp["array"] and (p.get("explode") is not False or p.get("style") != "form"):
            problems.append(f"{where} is sent as one comma-separated value; set `style: form, explode: false`")
        if not rp["array"] and is_array:
            problems.append(f"{where} takes one value in Kombo's API, not a list")
    ref_keys = {(rp["name"], rp["in"]) for rp in ref["parameters"]}
    for key, p in by_key.items():
        if p.get("in") in ("path", "query") and key not in ref_keys:
            extras.add((name, "parameter", str(key[0])))

    # request body
    body_ref = ref["body"]
    body = op.get("requestBody")
    if body_ref is not None:
        schema = _object(spec, _resolve(spec, body or {}).get("content", {}).get("application/json", {}).get("schema"))
        if schema is None:
            problems.append(f"{label}: Kombo's operation takes a JSON body; add the requestBody")
        else:
            for prop in sorted(set(body_ref["properties"]) - _props(schema)):
                problems.append(f"{label}: request body property {prop!r} is missing; add it")
            for prop in sorted(set(body_ref["required"]) - _required(schema)):
                problems.append(f"{label}: request body property {prop!r} is required by Kombo; list it in `required`")
            for prop in sorted(_required(schema) - set(body_ref["required"])):
                problems.append(
                    f"{label}: request body property {prop!r} is optional in Kombo's API; drop it from `required`"
                )
            extras |= {(name, "body", prop) for prop in _props(schema) - set(body_ref["properties"])}
    elif body is not None:
        problems.append(f"{label}: Kombo's operation takes no request body; remove it")

    # success response
    ok = _resolve(spec, op.get("responses", {}).get("200", {}))
    envelope = _object(spec, ok.get("content", {}).get("application/json", {}).get("schema"))
    if envelope is None:
        return [*problems, f'{label}: no "200" application/json response; add it'], extras
    for prop in sorted(set(ref["response"]["envelope"]) - _props(envelope)):
        problems.append(f"{label}: response property {prop!r} is missing from the envelope; add it")
    data_ref = ref["response"]["data"]
    data = _object(spec, envelope.get("properties", {}).get("data"))
    if data_ref is not None:
        problems += _compare_object(label, "data", data, data_ref)
        extras |= {(name, "data", prop) for prop in _props(data) - set(data_ref["properties"])}
    record_ref = ref["response"]["record"]
    if record_ref is not None and data is not None:
        lists = {k: v for k, v in data.get("properties", {}).items() if _is_array(spec, v)}
        holder = "results" if "results" in lists else next(iter(lists), None)
        record = _items(spec, lists[holder]) if holder else None
        problems += _compare_object(label, "record", record, record_ref)
        extras |= {(name, "record", prop) for prop in _props(record) - set(record_ref["properties"])}
    return problems, extras


def _compare_object(label: str, where: str, schema: dict[str, Any] | None, ref: dict[str, Any]) -> list[str]:
    if schema is None:
        return [f"{label}: the response has no {where} object; Kombo's has {ref['properties']}"]
    problems = [f"{label}: {where} property {prop!r} is missing; add it (optional, nullable if in doubt)"
                for prop in ref["properties"] if prop not in _props(schema)]  # fmt: skip
    problems += [
        f"{label}: {where} property {prop!r} is required in the spec but not in Kombo's API; make it optional"
        for prop in sorted(_required(schema) - set(ref["required"]))
    ]
    return problems


def all_problems(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    extras: set[tuple[str, str, str]] = set()
    for ref in load_facts()["operations"]:
        found, more = operation_problems(spec, ref)
        problems += found
        extras |= more
    return problems


# ------------------------------------------------------------------------------------ tests
def _ids() -> list[str]:
    return [str(op["sdk_method"]) for op in load_facts()["operations"]]


def test_the_fixture_covers_all_42_operations() -> None:
    operations = load_facts()["operations"]
    assert len(operations) == 42
    assert len({(op["method"], op["path"]) for op in operations}) == 42


@pytest.mark.parametrize("ref", load_facts()["operations"], ids=_ids())
def test_the_spec_has_everything_kombo_has(ref: dict[str, Any]) -> None:
    problems, _ = operation_problems(load_spec(), ref)
    assert not problems, "\n".join(problems)


def test_the_deliberate_differences_are_still_differences() -> None:
    extras: set[tuple[str, str, str]] = set()
    for ref in load_facts()["operations"]:
        extras |= operation_problems(load_spec(), ref)[1]
    stale = sorted(SPEC_ONLY.keys() - extras)
    assert not stale, f"SPEC_ONLY lists differences the spec no longer has; remove them: {stale}"


def _spec_with(change: Any) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    change(spec)
    return spec


def _drop_remote_url(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["Candidate"]["properties"]["remote_url"]


def _explode_job_ids(spec: dict[str, Any]) -> None:
    spec["components"]["parameters"]["JobIds"]["explode"] = True


def _drop_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/ats/scorecards"]


def _drop_body_property(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["RejectApplicationRequest"]["properties"]["note"]


def _require_response_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Candidate"]["required"] = ["id", "changed_at", "phone_numbers"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_drop_remote_url, "getCandidates (GET /ats/candidates): record property 'remote_url' is missing"),
        (_explode_job_ids, "getInterviews (GET /ats/interviews): query parameter 'job_ids' is sent as one"),
        (_drop_operation, "get_ats_scorecards (GET /ats/scorecards): Kombo's operation is missing"),
        (_drop_body_property, "rejectApplication (POST /ats/applications/{application_id}/reject): request body"),
        (
            _require_response_field,
            "getCandidates (GET /ats/candidates): record property 'phone_numbers' is required in the spec",
        ),
    ],
    ids=["record-property", "explode", "operation", "body-property", "required-response-field"],
)
def test_the_guard_catches_drift(change: Any, expected: str) -> None:
    assert not any(expected in p for p in all_problems(load_spec()))
    problems = all_problems(_spec_with(change))
    assert any(expected in p for p in problems), problems
