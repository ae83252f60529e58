"""Drift guard: ``openapi.yaml`` against the facts of Kombo's own SDK (``kombo==1.4.0``).

``tests/fixtures/kombo_reference_facts.json`` holds the facts only (names, JSON paths, locations,
required, list-ness, JSON types, enum values; no descriptions), extracted from
``../shared/kombo-reference/operations.json`` by ``tests/fixtures/extract_kombo_reference_facts.py``,
so this runs on a clean clone without ``../shared``. For every reference operation the spec must have:

* the operation (same method and path);
* every path/query parameter, with the same location, required-ness and list-ness, lists sent as
  one comma-separated value (``explode: false``);
* in the request body and the success response, at every depth (through ``$ref``, ``anyOf``/``oneOf``,
  arrays ``[]`` and maps ``{}``), every property Kombo has, at the same JSON path, of a compatible
  JSON type;
* in requests, the same required properties in every object (the spec may demand neither more nor
  less), and every enum value Kombo accepts;
* in responses, no required property Kombo does not require, ``null`` allowed wherever Kombo allows
  it, and every value of Kombo's enums in the documented enum (response enums stay open in the spec,
  ``anyOf: [enum, string]``; that is no error).

The other way round, the spec may have more than the reference: Kombo adds fields and filters before
its own SDK catches up (a new field must not need a second file edited), so extra properties,
parameters and enum values are no error. The known deliberate differences are listed with a one-line
reason each -- ``SPEC_ONLY`` (the spec has it, Kombo's SDK does not), ``FREE_FORM`` (the spec takes
any keys where Kombo's SDK spells them out), ``REQUIRED_IN_SPEC`` (a response field only the spec
requires) and ``UNDOCUMENTED_ENUM`` (an enum of Kombo's the spec leaves a free string) -- and those
lists are kept honest: an entry that is no longer a difference fails.

A failure names the operation, the side and the JSON path, and says what to do, e.g.
``createApplication request: candidate.additional_email_addresses[].email_address missing from the
spec (Kombo: string); add it to #/components/schemas/AdditionalEmailAddress as an optional property``.
Fix the spec (a response field: optional, nullable if in doubt); only a deliberate, debatable
difference goes into an allow-list, with its reason. Each check is proven against a deliberately
broken copy of the spec (``BREAKAGES``, ``STALE``).
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.spec_support import load_spec

FACTS_PATH = Path(__file__).resolve().parent / "fixtures" / "kombo_reference_facts.json"

Key = tuple[str, str, str]  # (operationId, "parameter" | "request" | "response", name or JSON path)

_SEEDS = "the seeds (API docs) show it; the newer reference dropped it, so the spec keeps it (seeds win)"
_SHARED_ATTACHMENT = "FetchedAttachment is shared with getCandidateAttachments, whose records carry it"
# The spec has it although Kombo's SDK does not (only these are listed; any other extra is allowed too).
SPEC_ONLY: dict[Key, str] = {
    ("getJobs", "parameter", "status"): "deprecated single-value filter the seeds still document (use `statuses`)",
    ("getApplications", "parameter", "outcome"): "deprecated single-value filter the seeds still document (`outcomes`)",
    **{
        (op, "response", f"data.results[].{name}"): _SEEDS
        for op in ("getCandidates", "getJobs", "getApplications", "getOffers")
        for name in ("integration_fields", "remote_data")
    },
    **{
        (op, "response", f"data.{name}"): _SEEDS
        for op in ("createApplication", "createCandidate")
        for name in ("integration_fields", "remote_data")
    },
    ("getApplicationAttachments", "response", "data.results[].candidate_id"): _SHARED_ATTACHMENT,
    ("getApplicationAttachments", "response", "data.results[].application_id"): _SHARED_ATTACHMENT,
}

# The spec takes any keys here (no properties of its own) where Kombo's SDK names them: nothing below
# the path is compared. Each entry must stay a free-form object of the spec that Kombo's SDK spells out.
_PASS_THROUGH = (
    "per-ATS pass-through object (PassThroughFields): sent to that ATS unchanged, so the spec takes any "
    "keys instead of re-documenting each ATS's own fields"
)
_PASS_THROUGH_TOOLS = (
    "afas", "avature", "bullhorn", "covetorest", "dvinci", "greenhousev3", "guidecom", "hrworks", "jobylon",
    "lever", "personio", "piloga", "pinpoint", "recruitcrm", "recruitee", "rexx", "smartrecruiters",
    "successfactors", "talentadore", "talentsoft", "teamtailor", "umantis", "workday", "zohorecruit",
)  # fmt: skip
_ANSWER = (
    "SubmittedScreeningAnswer.answer is any JSON value as the ATS stored it (its description names the "
    "per-type keys); Kombo's SDK has a closed union of seven one-key objects"
)
FREE_FORM: dict[Key, str] = {
    **{
        (op, "request", f"remote_fields.{tool}"): _PASS_THROUGH
        for op in ("createApplication", "createCandidate")
        for tool in _PASS_THROUGH_TOOLS
    },
    ("getApplications", "response", "data.results[].screening_question_answers[].answer"): _ANSWER,
    ("createApplication", "response", "data.screening_question_answers[].answer"): _ANSWER,
}

# Response properties the spec requires although Kombo's SDK does not (the default is: make it optional).
_STATUS = "the API always sends it; Kombo's SDK makes it a constant with a default (docs/api-choices.md)"
REQUIRED_IN_SPEC: dict[Key, str] = {}  # filled below, once the operationIds are known

# Enums of Kombo's SDK the spec has no enum for (the default is: document them, in responses as an open enum).
UNDOCUMENTED_ENUM: dict[Key, str] = {
    ("getAttachments", "response", "data.results[].content_ref.type"): (
        "a one-value constant (`s3`) in Kombo's SDK; the spec keeps a free string and names `s3` in the description"
    ),
}


@functools.cache
def load_facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(FACTS_PATH.read_text(encoding="utf-8"))
    return facts


# ------------------------------------------------------------------------ the spec, normalised
@dataclass
class Node:
    """One place of the spec with every ``anyOf``/``oneOf`` alternative merged; children stay raw."""

    types: set[str] = field(default_factory=set)
    enum: list[Any] | None = None
    props: dict[str, list[Any]] = field(default_factory=dict)
    required: set[str] | None = None
    items: list[Any] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # component schemas on the way here
    open: bool = False  # an object that takes keys it does not name

    def merge(self, other: Node) -> None:
        self.types |= other.types
        if other.enum is not None:
            self.enum = (self.enum or []) + [v for v in other.enum if v not in (self.enum or [])]
        for name, schemas in other.props.items():
            self.props.setdefault(name, []).extend(schemas)
        if other.required is not None:
            self.required = set(other.required) if self.required is None else self.required & other.required
        self.items += other.items
        self.values += other.values
        self.names += [n for n in other.names if n not in self.names]
        self.open = self.open or other.open

    @property
    def free_form(self) -> bool:
        return not self.props and ("any" in self.types or ("object" in self.types and self.open))


def _norm(spec: dict[str, Any], schema: Any, depth: int = 0) -> Node:
    node = Node()
    if depth > 40 or not isinstance(schema, dict) or not set(schema) - {"description", "deprecated", "example"}:
        node.types.add("any")
        return node
    if "$ref" in schema:
        kind, name = str(schema["$ref"]).removeprefix("#/components/").split("/", 1)
        node = _norm(spec, spec["components"][kind][name], depth + 1)
        node.names.insert(0, name)
        return node
    options = schema.get("anyOf", schema.get("oneOf"))
    if options is not None:
        for option in options:
            node.merge(_norm(spec, option, depth + 1))
        return node
    if "allOf" in schema:
        required: set[str] = set()
        for part in schema["allOf"]:
            sub = _norm(spec, part, depth + 1)
            required |= sub.required or set()
            node.merge(sub)
        node.required = required
        return node
    declared = schema.get("type")
    kinds = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if not kinds:
        kinds = (
            {"object"} if "properties" in schema else {"string"} if "enum" in schema or "const" in schema else {"any"}
        )
    if schema.get("nullable"):
        kinds.add("null")
    node.types = kinds
    values = schema.get("enum", [schema["const"]] if "const" in schema else None)
    if values is not None:
        node.enum = [v for v in values if v is not None]
    if "object" in kinds:
        node.props = {name: [sub] for name, sub in schema.get("properties", {}).items()}
        node.required = set(schema.get("required", []))
        extra = schema.get("additionalProperties", True)
        node.open = extra is not False
        if isinstance(extra, dict):
            node.values = [extra]
    if "array" in kinds:
        node.items = [schema.get("items", {})]
    return node


def _norm_all(spec: dict[str, Any], schemas: list[Any]) -> Node | None:
    if not schemas:
        return None
    node = Node()
    for schema in schemas:
        node.merge(_norm(spec, schema))
    return node


def _types(kinds: set[str]) -> str:
    order = ["object", "array", "string", "number", "integer", "boolean", "null"]
    return "any" if "any" in kinds else "|".join(t for t in order if t in kinds)


def _compatible(ref: str, spec: set[str]) -> bool:
    """Do the JSON types overlap (``integer`` counting as a ``number``)? ``any`` fits everything."""
    mine = set(ref.split("|"))
    if "any" in mine or "any" in spec:
        return True
    widen = {"integer": "number"}
    mine = {widen.get(t, t) for t in mine - {"null"}}
    theirs = {widen.get(t, t) for t in spec - {"null"}}
    return not mine or not theirs or bool(mine & theirs)


# ------------------------------------------------------------------------ the comparison
_SEGMENT = re.compile(r"\[\]|\{\}|\.?[^.\[{]+")


def _places(facts: dict[str, Any]) -> set[str]:
    """Every JSON path of the reference's facts and all its ancestors."""
    places = {""}
    for path in [*facts["objects"], *facts["enums"]]:
        prefix = ""
        for segment in _SEGMENT.findall(path):
            prefix += segment
            places.add(prefix)
    return places


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _where(node: Node) -> str:
    return f"#/components/schemas/{node.names[-1]}" if node.names else "the inline schema there"


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    extras: set[Key] = field(default_factory=set)  # spec-only properties (SPEC_ONLY keys)
    free_form: set[Key] = field(default_factory=set)  # free-form spec places Kombo spells out
    required: set[Key] = field(default_factory=set)  # response properties only the spec requires
    undocumented: set[Key] = field(default_factory=set)  # Kombo's enums the spec has no enum for


def _compare_tree(spec: dict[str, Any], name: str, side: str, root: Any, facts: dict[str, Any], out: Findings) -> None:
    """Walk the reference's facts of one request body or success response alongside the spec's schema."""
    objects, enums, places = facts["objects"], facts["enums"], _places(facts)
    request = side == "request"
    label = f"{name} {side}"

    def visit(path: str, node: Node) -> None:
        shown = path or ("the body" if request else "the envelope")
        if path in enums:
            want = enums[path]
            if node.enum is None:
                out.undocumented.add((name, side, path))
                if "any" in node.types or (name, side, path) in UNDOCUMENTED_ENUM:
                    pass
                elif request:
                    out.problems.append(f"{label}: {shown} takes only {want} in Kombo's API; give it that `enum`")
                else:
                    out.problems.append(
                        f"{label}: {shown} has the values {want} in Kombo's API; document them as an open enum "
                        "(`anyOf: [{$ref: <enum>}, {type: string}]`)"
                    )
            else:
                lacking = [v for v in want if v not in node.enum]
                if lacking:
                    fix = "add them to its enum" if request else "add them to its documented enum (keep it open)"
                    out.problems.append(f"{label}: {shown} lacks Kombo's enum values {lacking}; {fix}")
        ref = objects.get(path)
        if ref is not None:
            key = (name, side, path)
            if node.free_form and ref["properties"]:
                out.free_form.add(key)
                if key in FREE_FORM:
                    return
            visit_object(path, node, ref)
        for suffix, children in (("[]", node.items), ("{}", node.values)):
            if path + suffix in places:
                child = _norm_all(spec, children)
                if child is None:
                    kind = "a list" if suffix == "[]" else "a map"
                    out.problems.append(
                        f"{label}: {shown} is {kind} in Kombo's API ({path}{suffix}); the spec's is not"
                    )
                else:
                    visit(path + suffix, child)

    def visit_object(path: str, node: Node, ref: dict[str, Any]) -> None:
        where = _where(node)
        for prop, ref_types in ref["properties"].items():
            sub = _join(path, prop)
            if prop not in node.props:
                fix = (
                    f"add it to {where} as an optional property (required only if Kombo requires it)"
                    if request
                    else f"add it to {where}, optional and nullable if in doubt"
                )
                out.problems.append(f"{label}: {sub} missing from the spec (Kombo: {ref_types}); {fix}")
                continue
            child = _norm_all(spec, node.props[prop])
            assert child is not None
            if not _compatible(ref_types, child.types):
                out.problems.append(
                    f"{label}: {sub} is {ref_types} in Kombo's API but {_types(child.types)} in the spec; fix its type"
                )
            if not request and "null" in ref_types and "null" not in child.types and "any" not in child.types:
                out.problems.append(f"{label}: {sub} may be null in Kombo's API; allow `null` in the spec")
            if sub in places:
                visit(sub, child)
        spec_required = node.required or set()
        ref_required = set(ref["required"])
        for prop in sorted(spec_required - ref_required):
            sub = _join(path, prop)
            if request:
                out.problems.append(f"{label}: {sub} is optional in Kombo's API; drop it from `required` in {where}")
            else:
                out.required.add((name, side, sub))
                if (name, side, sub) not in REQUIRED_IN_SPEC:
                    out.problems.append(
                        f"{label}: {sub} is required in the spec but not in Kombo's API; "
                        f"drop it from `required` in {where} (responses stay lenient)"
                    )
        if request:
            for prop in [p for p in ref["required"] if p not in spec_required and p in node.props]:
                out.problems.append(
                    f"{label}: {_join(path, prop)} is required by Kombo; list it in `required` in {where}"
                )
        out.extras |= {(name, side, _join(path, prop)) for prop in node.props if prop not in ref["properties"]}

    top = _norm(spec, root)
    if "" in objects and "object" not in top.types and "any" not in top.types:
        out.problems.append(f"{label}: Kombo's is a JSON object; the spec's is {_types(top.types)}")
        return
    visit("", top)


def operation_findings(spec: dict[str, Any], ref: dict[str, Any]) -> Findings:
    """What the spec lacks for one reference operation, and its known kinds of difference."""
    out = Findings()
    method, path = ref["method"], ref["path"]
    op = spec.get("paths", {}).get(path, {}).get(method)
    if op is None:
        out.problems.append(
            f"{ref['sdk_method']} ({method.upper()} {path}): Kombo's operation is missing from openapi.yaml; add it"
        )
        return out
    name = str(op.get("operationId"))
    label = f"{name} ({method.upper()} {path})"

    # parameters
    params = [_resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]]
    by_key = {(p.get("name"), p.get("in")): p for p in params}
    for rp in ref["parameters"]:
        p = by_key.get((rp["name"], rp["in"]))
        where = f"{label}: {rp['in']} parameter {rp['name']!r}"
        if p is None:
            out.problems.append(f"{where} is missing; add it")
            continue
        if rp["required"] and not p.get("required"):
            out.problems.append(f"{where} is required by Kombo; set `required: true`")
        if not rp["required"] and p.get("required"):
            out.problems.append(f"{where} is optional in Kombo's API; drop `required: true`")
        is_array = "array" in _norm(spec, p.get("schema", {})).types
        if rp["array"] and not is_array:
            out.problems.append(f"{where} is a list in Kombo's API; make it `type: array` with `items`")
        if rp["array"] and (p.get("explode") is not False or p.get("style") != "form"):
            out.problems.append(f"{where} is sent as one comma-separated value; set `style: form, explode: false`")
        if not rp["array"] and is_array:
            out.problems.append(f"{where} takes one value in Kombo's API, not a list")
    ref_keys = {(rp["name"], rp["in"]) for rp in ref["parameters"]}
    out.extras |= {
        (name, "parameter", str(k[0]))
        for k, p in by_key.items()
        if p.get("in") in ("path", "query") and k not in ref_keys
    }

    # request body
    body = op.get("requestBody")
    if ref["body"] is not None:
        schema = _resolve(spec, body or {}).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            out.problems.append(f"{label}: Kombo's operation takes a JSON body; add the requestBody")
        else:
            _compare_tree(spec, name, "request", schema, ref["body"], out)
    elif body is not None:
        out.problems.append(f"{label}: Kombo's operation takes no request body; remove it")

    # success response
    ok = _resolve(spec, op.get("responses", {}).get("200", {}))
    schema = ok.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        out.problems.append(f'{label}: no "200" application/json response; add it')
    else:
        _compare_tree(spec, name, "response", schema, ref["response"], out)
    return out


def _resolve(spec: dict[str, Any], obj: Any) -> Any:
    while isinstance(obj, dict) and "$ref" in obj:
        kind, name = str(obj["$ref"]).removeprefix("#/components/").split("/", 1)
        obj = spec["components"][kind][name]
    return obj


def all_findings(spec: dict[str, Any]) -> Findings:
    total = Findings()
    for ref in load_facts()["operations"]:
        found = operation_findings(spec, ref)
        total.problems += found.problems
        total.extras |= found.extras
        total.free_form |= found.free_form
        total.required |= found.required
        total.undocumented |= found.undocumented
    return total


@functools.cache
def findings_of_the_spec() -> Findings:
    """:func:`all_findings` of ``openapi.yaml`` itself, computed once."""
    return all_findings(load_spec())


def stale_allowances(spec: dict[str, Any] | None = None) -> list[str]:
    """Entries of the allow-lists that are no longer differences between the spec and the reference."""
    found = findings_of_the_spec() if spec is None else all_findings(spec)
    stale = [f"SPEC_ONLY {key}: the spec no longer has it, or Kombo's SDK has it now; remove the entry"
             for key in sorted(SPEC_ONLY.keys() - found.extras)]  # fmt: skip
    stale += [f"FREE_FORM {key}: the spec names its properties now, or Kombo's SDK does not; remove the entry"
              for key in sorted(FREE_FORM.keys() - found.free_form)]  # fmt: skip
    stale += [f"REQUIRED_IN_SPEC {key}: the spec no longer requires it, or Kombo's SDK does; remove the entry"
              for key in sorted(REQUIRED_IN_SPEC.keys() - found.required)]  # fmt: skip
    stale += [f"UNDOCUMENTED_ENUM {key}: the spec documents the enum now, or Kombo's SDK has none; remove the entry"
              for key in sorted(UNDOCUMENTED_ENUM.keys() - found.undocumented)]  # fmt: skip
    return stale


def _operation_ids() -> list[str]:
    paths = load_spec().get("paths", {})
    return [
        str(paths[op["path"]][op["method"]]["operationId"])
        for op in load_facts()["operations"]
        if op["method"] in paths.get(op["path"], {})
    ]


REQUIRED_IN_SPEC.update({(name, "response", "status"): _STATUS for name in _operation_ids()})


# ------------------------------------------------------------------------------------ tests
def _ids() -> list[str]:
    return [str(op["sdk_method"]) for op in load_facts()["operations"]]


def test_the_fixture_covers_all_42_operations() -> None:
    operations = load_facts()["operations"]
    assert len(operations) == 42
    assert len({(op["method"], op["path"]) for op in operations}) == 42


@pytest.mark.parametrize("ref", load_facts()["operations"], ids=_ids())
def test_the_spec_has_everything_kombo_has(ref: dict[str, Any]) -> None:
    problems = operation_findings(load_spec(), ref).problems
    assert not problems, "\n".join(problems)


def test_the_deliberate_differences_are_still_differences() -> None:
    stale = stale_allowances()
    assert not stale, "\n".join(stale)


def test_the_fixture_holds_facts_only() -> None:
    """No descriptions, titles, defaults or schemas: names, paths, required, list-ness, types, enum values."""
    allowed = {
        "operation": {"sdk_method", "operation_id", "method", "path", "parameters", "body", "response"},
        "parameter": {"name", "in", "required", "array", "explode"},
        "part": {"objects", "enums"},
        "object": {"properties", "required"},
    }
    assert set(load_facts()) == {"source", "note", "operations"}
    for op in load_facts()["operations"]:
        assert set(op) == allowed["operation"], op["path"]
        assert all(set(p) == allowed["parameter"] for p in op["parameters"]), op["path"]
        for part in (op["body"], op["response"]):
            if part is None:
                continue
            assert set(part) == allowed["part"], op["path"]
            for path, obj in part["objects"].items():
                assert set(obj) == allowed["object"], (op["path"], path)
                assert all(isinstance(t, str) and re.fullmatch(r"[a-z|]+", t) for t in obj["properties"].values())
                assert set(obj["required"]) <= set(obj["properties"]), (op["path"], path)
            for path, values in part["enums"].items():
                assert values and all(isinstance(v, (str, int, float)) for v in values), (op["path"], path)


def test_the_fixture_is_what_the_extraction_script_makes_of_the_reference() -> None:
    """Where the reference is at hand (``../shared`` or ``$KOMBO_REFERENCE``), the fixture must be fresh."""
    script = FACTS_PATH.parent / "extract_kombo_reference_facts.py"
    spec_ = importlib.util.spec_from_file_location("extract_kombo_reference_facts", script)
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[spec_.name] = module  # dataclasses look their module up while the class is built
    try:
        spec_.loader.exec_module(module)
    finally:
        del sys.modules[spec_.name]
    source = Path(os.environ.get("KOMBO_REFERENCE") or module.DEFAULT_SOURCE)
    if not source.is_file():
        pytest.skip(f"Kombo's reference is not at {source} (set KOMBO_REFERENCE to check the fixture)")
    fresh = module.render(module.extract(source))
    assert fresh == FACTS_PATH.read_text(encoding="utf-8"), (
        f"{FACTS_PATH.name} is stale: run `.venv/bin/python {script.relative_to(FACTS_PATH.parents[2])} {source}`, "
        "review the diff and commit it"
    )


# Each check must notice a deliberately broken copy of the spec: (how to break it, expected text).
def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _drop_remote_url(spec: dict[str, Any]) -> None:
    del _schemas(spec)["Candidate"]["properties"]["remote_url"]


def _explode_job_ids(spec: dict[str, Any]) -> None:
    spec["components"]["parameters"]["JobIds"]["explode"] = True


def _drop_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/ats/scorecards"]


def _drop_body_property(spec: dict[str, Any]) -> None:
    del _schemas(spec)["RejectApplicationRequest"]["properties"]["note"]


def _require_response_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["Candidate"]["required"] = ["id", "changed_at", "phone_numbers"]


def _rename_email_address(spec: dict[str, Any]) -> None:
    schema = _schemas(spec)["AdditionalEmailAddress"]
    schema["properties"]["value"] = schema["properties"].pop("email_address")
    schema["required"] = ["value" if name == "email_address" else name for name in schema["required"]]


def _drop_job_roles(spec: dict[str, Any]) -> None:
    del _schemas(spec)["HiringTeamMember"]["properties"]["job_roles"]


def _drop_social_link_fields(spec: dict[str, Any]) -> None:
    del _schemas(spec)["SocialLink"]["properties"]


def _drop_request_enum_value(spec: dict[str, Any]) -> None:
    _schemas(spec)["ContactType"]["enum"].remove("OTHER")


def _drop_request_enum(spec: dict[str, Any]) -> None:
    _schemas(spec)["ContactType"] = {"type": "string"}


def _require_more_in_request(spec: dict[str, Any]) -> None:
    _schemas(spec)["CreateApplicationLocation"]["required"].append("city")


def _require_less_in_request(spec: dict[str, Any]) -> None:
    _schemas(spec)["AdditionalEmailAddress"]["required"] = ["type"]


def _require_nested_response_field(spec: dict[str, Any]) -> None:
    _schemas(spec)["HiringTeamMember"]["required"] = ["email"]  # Kombo's SDK requires the others


def _drop_response_enum_value(spec: dict[str, Any]) -> None:
    _schemas(spec)["RoleScope"]["enum"].remove("JOB")


def _drop_response_enum(spec: dict[str, Any]) -> None:
    _schemas(spec)["Role"]["properties"]["scope"] = {"type": ["string", "null"]}


def _object_for_list(spec: dict[str, Any]) -> None:
    _schemas(spec)["CreateApplicationCandidate"]["properties"]["social_links"] = {
        "$ref": "#/components/schemas/SocialLink"
    }


def _not_nullable(spec: dict[str, Any]) -> None:
    _schemas(spec)["HiringTeamMember"]["properties"]["email"] = {"type": "string"}


BREAKAGES: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (_drop_remote_url, "getCandidates response: data.results[].remote_url missing from the spec"),
    (_explode_job_ids, "getInterviews (GET /ats/interviews): query parameter 'job_ids' is sent as one"),
    (_drop_operation, "get_ats_scorecards (GET /ats/scorecards): Kombo's operation is missing"),
    (_drop_body_property, "rejectApplication request: note missing from the spec"),
    (_require_response_field, "getCandidates response: data.results[].phone_numbers is required in the spec"),
    (
        _rename_email_address,
        "createApplication request: candidate.additional_email_addresses[].email_address missing from the spec",
    ),
    (_drop_job_roles, "getJobs response: data.results[].hiring_team[].job_roles missing from the spec"),
    (_drop_social_link_fields, "createCandidate request: candidate.social_links[].url missing from the spec"),
    (
        _drop_request_enum_value,
        "createApplication request: candidate.additional_phone_numbers[].type lacks Kombo's enum values ['OTHER']",
    ),
    (_drop_request_enum, "createCandidate request: candidate.additional_email_addresses[].type takes only"),
    (_require_more_in_request, "createApplication request: candidate.location.city is optional in Kombo's API"),
    (
        _require_less_in_request,
        "createApplication request: candidate.additional_email_addresses[].email_address is required by Kombo",
    ),
    (
        _require_nested_response_field,
        "getJobs response: data.results[].hiring_team[].email is required in the spec",
    ),
    (_drop_response_enum_value, "getRoles response: data.results[].scope lacks Kombo's enum values ['JOB']"),
    (_drop_response_enum, "getRoles response: data.results[].scope has the values ['SYSTEM', 'JOB']"),
    (_object_for_list, "createApplication request: candidate.social_links is array|null in Kombo's API but object"),
    (_not_nullable, "getJobs response: data.results[].hiring_team[].email may be null in Kombo's API"),
]


@pytest.mark.parametrize(("change", "expected"), BREAKAGES, ids=[b[0].__name__.lstrip("_") for b in BREAKAGES])
def test_the_guard_catches_drift(change: Callable[[dict[str, Any]], None], expected: str) -> None:
    assert not any(expected in p for p in findings_of_the_spec().problems), "the unbroken spec must pass"
    spec = copy.deepcopy(load_spec())
    change(spec)
    problems = all_findings(spec).problems
    assert any(expected in p for p in problems), f"the guard did not report {expected!r}; it reported: {problems}"


# Each allow-list must notice an entry that is no longer a difference.
def _type_successfactors(spec: dict[str, Any]) -> None:
    props: dict[str, Any] = {
        name: {}
        for name in ("Candidate", "JobApplication", "copyJobApplicationAttachments", "update_existing_candidate")
    }
    _schemas(spec)["RemoteFields"]["properties"]["successfactors"] = {"type": "object", "properties": props}


def _drop_seed_field(spec: dict[str, Any]) -> None:
    del _schemas(spec)["Offer"]["properties"]["remote_data"]


def _optional_status(spec: dict[str, Any]) -> None:
    _schemas(spec)["GetTagsResponse"]["required"].remove("status")


def _document_storage_kind(spec: dict[str, Any]) -> None:
    _schemas(spec)["ContentRef"]["properties"]["type"] = {"anyOf": [{"enum": ["s3"]}, {"type": "string"}]}


STALE: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (_type_successfactors, "FREE_FORM ('createApplication', 'request', 'remote_fields.successfactors')"),
    (_drop_seed_field, "SPEC_ONLY ('getOffers', 'response', 'data.results[].remote_data')"),
    (_optional_status, "REQUIRED_IN_SPEC ('getTags', 'response', 'status')"),
    (_document_storage_kind, "UNDOCUMENTED_ENUM ('getAttachments', 'response', 'data.results[].content_ref.type')"),
]


@pytest.mark.parametrize(("change", "expected"), STALE, ids=[b[0].__name__.lstrip("_") for b in STALE])
def test_the_allow_lists_notice_stale_entries(change: Callable[[dict[str, Any]], None], expected: str) -> None:
    spec = copy.deepcopy(load_spec())
    change(spec)
    stale = stale_allowances(spec)
    assert any(p.startswith(expected) for p in stale), f"no stale entry {expected!r}; found: {stale}"


# ------------------------------------------------------------------------------------ webhooks
# Kombo's webhook events (``../shared/kombo-reference/webhooks.json`` -> ``kombo_webhook_facts.json``): the
# spec's ``webhooks:`` must have every event, declare its signature header, and its payload is compared
# like a success response (every property at every depth, compatible types, null where Kombo allows it,
# Kombo's enum values documented; the spec may require less, never more).
WEBHOOK_FACTS_PATH = FACTS_PATH.parent / "kombo_webhook_facts.json"


@functools.cache
def load_webhook_facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(WEBHOOK_FACTS_PATH.read_text(encoding="utf-8"))
    return facts


def webhook_findings(spec: dict[str, Any]) -> Findings:
    out = Findings()
    for event_type, ref in load_webhook_facts()["webhooks"].items():
        op = (spec.get("webhooks") or {}).get(event_type, {}).get("post")
        label = f"webhook {event_type}"
        if op is None:
            out.problems.append(f"{label}: Kombo sends this event; add it to openapi.yaml's `webhooks:` as a `post`")
            continue
        headers = {
            str(p.get("name")) for p in (_resolve(spec, p) for p in op.get("parameters", [])) if p.get("in") == "header"
        }
        if ref["header"] not in headers:
            out.problems.append(
                f"{label}: declare the {ref['header']} header (`$ref: #/components/parameters/KomboSignature`)"
            )
        schema = _resolve(spec, op.get("requestBody", {})).get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            out.problems.append(f"{label}: no application/json request body; add the payload component")
            continue
        found = Findings()
        _compare_tree(spec, label, "payload", schema, ref["payload"], found)
        out.problems += found.problems
        out.problems += [f"{label} payload: {key[2]} is required in the spec but not by Kombo; drop it from `required`"
                         for key in sorted(found.required)]  # fmt: skip
    return out


def test_the_spec_has_every_webhook_kombo_sends() -> None:
    assert len(load_webhook_facts()["webhooks"]) == 7
    problems = webhook_findings(load_spec()).problems
    assert not problems, "\n".join(problems)


def test_the_webhook_fixture_is_what_the_extraction_script_makes_of_the_reference() -> None:
    script = FACTS_PATH.parent / "extract_kombo_reference_facts.py"
    spec_ = importlib.util.spec_from_file_location("extract_kombo_reference_facts", script)
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[spec_.name] = module
    try:
        spec_.loader.exec_module(module)
    finally:
        del sys.modules[spec_.name]
    source = Path(os.environ.get("KOMBO_REFERENCE") or module.DEFAULT_SOURCE).with_name("webhooks.json")
    if not source.is_file():
        pytest.skip(f"Kombo's webhook reference is not at {source}")
    assert module.render_webhooks(module.extract_webhooks(source)) == WEBHOOK_FACTS_PATH.read_text(encoding="utf-8"), (
        f"{WEBHOOK_FACTS_PATH.name} is stale: re-run {script.name} and commit the diff"
    )


def _drop_webhook(spec: dict[str, Any]) -> None:
    del spec["webhooks"]["issue-status-changed"]


def _drop_webhook_header(spec: dict[str, Any]) -> None:
    spec["webhooks"]["data-changed"]["post"]["parameters"] = []


def _drop_changed_models(spec: dict[str, Any]) -> None:
    del _schemas(spec)["DataChangedWebhookData"]["properties"]["changed_models"]


def _require_log_url(spec: dict[str, Any]) -> None:
    _schemas(spec)["ConnectionFlowFailedWebhookData"]["required"] = ["log_url", "extra_required"]


def _drop_qa_status_value(spec: dict[str, Any]) -> None:
    _schemas(spec)["QaStatus"]["enum"].remove("PASSED")


def _creator_email_not_null(spec: dict[str, Any]) -> None:
    _schemas(spec)["EndUser"]["properties"]["creator_email"] = {"type": "string"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_drop_webhook, "webhook issue-status-changed: Kombo sends this event"),
        (_drop_webhook_header, "webhook data-changed: declare the X-Kombo-Signature header"),
        (_drop_changed_models, "webhook data-changed payload: data.changed_models missing from the spec"),
        (_require_log_url, "webhook connection-flow-failed payload: data.extra_required is required in the spec"),
        (_drop_qa_status_value, "data.qa_status lacks Kombo's enum values ['PASSED']"),
        (_creator_email_not_null, "data.end_user.creator_email may be null in Kombo's API"),
    ],
)
def test_the_webhook_guard_catches_drift(change: Callable[[dict[str, Any]], None], expected: str) -> None:
    spec = copy.deepcopy(load_spec())
    assert not any(expected in p for p in webhook_findings(spec).problems)
    change(spec)
    problems = webhook_findings(spec).problems
    assert any(expected in p for p in problems), problems
