"""The spec and the generated models agree with the API docs and with the live API's habits.

Every JSON example of the docs (request and response) must validate against ``openapi.yaml``,
parse into the generated models, and come back unchanged from ``to_dict()``. The live API's
forward-compatible behaviour must survive too: unknown enum values, unknown fields and ``null``
in every nullable field.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any, Protocol

import pytest

from kombo_ats_client.models import (
    Application,
    Candidate,
    CreateApplicationRequest,
    CreateApplicationResponse,
    GetApplicationsResponse,
    GetCandidatesResponse,
    GetJobsResponse,
    GetOffersResponse,
    Job,
    JobStatus,
    Offer,
)
from tests.spec_support import (
    closed_schema_errors,
    load_seed_example,
    load_spec,
    normalise_timestamps,
    nullable_properties,
    schema_errors,
)


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class _ModelType(Protocol):
    def from_dict(self, src_dict: dict[str, Any], /) -> _Model: ...


# (seed example, schema it must satisfy, generated model class that parses it)
SEED_CASES: list[tuple[str, str, Any]] = [
    ("candidates_response", "GetCandidatesResponse", GetCandidatesResponse),
    ("jobs_response", "GetJobsResponse", GetJobsResponse),
    ("applications_response", "GetApplicationsResponse", GetApplicationsResponse),
    ("offers_response", "GetOffersResponse", GetOffersResponse),
    ("create_application_response", "CreateApplicationResponse", CreateApplicationResponse),
    ("create_application_request", "CreateApplicationRequest", CreateApplicationRequest),
]

# Top-level records with the schema that describes them, for the per-field checks below.
RECORD_CASES: list[tuple[str, str, Any]] = [
    ("candidates_response", "Candidate", Candidate),
    ("jobs_response", "Job", Job),
    ("applications_response", "Application", Application),
    ("offers_response", "Offer", Offer),
]


def _first_record(example: str) -> dict[str, Any]:
    record: dict[str, Any] = copy.deepcopy(load_seed_example(example)["data"]["results"][0])
    return record


@pytest.mark.parametrize(("example", "schema", "model"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_seed_example_satisfies_the_spec(example: str, schema: str, model: Any) -> None:
    assert schema_errors(schema, load_seed_example(example)) == []


@pytest.mark.parametrize(("example", "schema", "model"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_seed_example_has_only_keys_the_spec_lists(example: str, schema: str, model: Any) -> None:
    """The docs' examples carry no key the spec lacks (objects closed where the schema lists properties):
    a field renamed in the spec fails here, naming the fixture, instead of passing as an unknown field."""
    errors = closed_schema_errors({"$ref": f"#/components/schemas/{schema}"}, load_seed_example(example))
    assert errors == [], (
        f"tests/fixtures/seed_examples/{example}.json does not match openapi.yaml's {schema}; "
        f"follow the spec there (or the spec, if the docs are right): {errors[:5]}"
    )


@pytest.mark.parametrize(("example", "schema", "model"), SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_seed_example_round_trips_through_the_generated_model(example: str, schema: str, model: Any) -> None:
    original = load_seed_example(example)
    parsed = model.from_dict(copy.deepcopy(original))
    assert normalise_timestamps(parsed.to_dict()) == normalise_timestamps(original)


def test_spec_examples_satisfy_their_schemas() -> None:
    """The examples embedded in openapi.yaml are real instances of what they illustrate."""
    spec = load_spec()
    checked = 0
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            if "example" in body:
                assert schema_errors(body["schema"]["$ref"].rsplit("/", 1)[-1], body["example"]) == []
                checked += 1
            ok = operation["responses"]["200"]["content"]["application/json"]
            if "example" in ok:
                assert schema_errors(ok["schema"]["$ref"].rsplit("/", 1)[-1], ok["example"]) == []
                checked += 1
    assert checked == 5


def _pointer(parts: tuple[str, ...]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _examples(node: Any, at: tuple[str, ...] = (), *, names: bool = False) -> Iterator[tuple[str, Any, Any]]:
    """Every example of the spec as (JSON pointer, schema, example): a media type's, parameter's or header's
    ``example`` / ``examples`` against its ``schema``, and a schema's own ``example`` / ``examples`` against
    that schema. ``names``: ``node`` maps property names to schemas (a property may be called "example")."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _examples(item, (*at, str(i)))
        return
    if not isinstance(node, dict):
        return
    if not names:
        schema = node.get("schema", {k: v for k, v in node.items() if k not in ("example", "examples")})
        if "example" in node:
            yield _pointer((*at, "example")), schema, node["example"]
        examples = node.get("examples")
        if isinstance(examples, dict):  # an OpenAPI map of Example objects
            for name, example in examples.items():
                yield _pointer((*at, "examples", name, "value")), schema, example["value"]
        elif isinstance(examples, list):  # JSON Schema's list of examples
            for i, example in enumerate(examples):
                yield _pointer((*at, "examples", str(i))), schema, example
    for key, value in node.items():
        if not names and key in ("example", "examples"):
            continue
        yield from _examples(value, (*at, key), names=not names and key in ("properties", "patternProperties"))


SPEC_EXAMPLES = list(_examples(load_spec()))


def test_every_spec_example_is_found() -> None:
    """The walk below cannot pass by finding nothing: request, response, parameter and property examples."""
    where = [pointer for pointer, _, _ in SPEC_EXAMPLES]
    assert len(where) >= 60
    assert any("/requestBody/" in p for p in where) and any("/responses/200/" in p for p in where)
    assert any("/parameters/" in p for p in where) and any("/properties/" in p for p in where)
    assert any(p.startswith("#/paths/~1ats~1candidates/get/responses/200/") for p in where)


@pytest.mark.parametrize(("pointer", "schema", "example"), SPEC_EXAMPLES, ids=[c[0] for c in SPEC_EXAMPLES])
def test_every_spec_example_has_only_keys_its_schema_lists(pointer: str, schema: Any, example: Any) -> None:
    """Every example in openapi.yaml (request, response, parameter, property) is an instance of its schema,
    with objects closed where the schema lists properties and allows no more: after a rename of a field
    the example still carrying the old name fails here, naming where in openapi.yaml to change it."""
    errors = closed_schema_errors(schema, example)
    assert errors == [], f"openapi.yaml {pointer}: the example does not match its schema; change it there: {errors}"


def test_parsed_seed_values_are_typed() -> None:
    page = GetJobsResponse.from_dict(load_seed_example("jobs_response"))
    job = page.data.results[0]
    assert job.status == JobStatus.OPEN
    assert isinstance(job.status, JobStatus)
    assert job.changed_at.tzinfo is not None
    assert job.changed_at.microsecond == 196_000
    assert page.data.next_ is not None and page.data.next_.startswith("eyJ")


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (Job, "status", "ON_HOLD"),
        (Job, "employment_type", "Werkstudent"),
        (Job, "visibility", "PARTNERS_ONLY"),
        (Job, "remote_work_status", "FLEXIBLE"),
        (Job, "salary_period", "QUARTER"),
        (Application, "outcome", "WITHDRAWN"),
        (Offer, "status", "RESCINDED"),
    ],
)
def test_undocumented_enum_value_parses_and_round_trips(model: Any, field: str, value: str) -> None:
    example = {Job: "jobs_response", Application: "applications_response", Offer: "offers_response"}[model]
    record = _first_record(example)
    record[field] = value
    schema = model.__name__
    assert schema_errors(schema, record) == []
    parsed = model.from_dict(record)
    assert getattr(parsed, field) == value
    assert parsed.to_dict()[field] == value


def test_undocumented_enum_value_in_nested_objects_parses() -> None:
    record = _first_record("jobs_response")
    record["screening_questions"][0]["format"]["type"] = "VIDEO_ANSWER"
    record["job_postings"][0]["status"] = "PAUSED"
    record["hiring_team"][0]["hiring_team_roles"] = ["RECRUITER", "TALENT_SCOUT"]
    record["integration_fields"] = [{"id": "x", "key": "k", "type": "COMPUTED", "value": {"a": [1]}, "label": None}]
    assert schema_errors("Job", record) == []
    job = Job.from_dict(record)
    assert normalise_timestamps(job.to_dict()) == normalise_timestamps(record)


@pytest.mark.parametrize(("example", "schema", "model"), RECORD_CASES, ids=[c[1] for c in RECORD_CASES])
def test_unknown_fields_are_kept(example: str, schema: str, model: Any) -> None:
    record = _first_record(example)
    record["video_url"] = "https://ats.example.com/x/1"
    record["archived_reason"] = None
    record["brand_new_object"] = {"nested": [1, 2, {"deep": True}]}
    parsed = model.from_dict(record)
    assert parsed.additional_properties["video_url"] == "https://ats.example.com/x/1"
    assert parsed.additional_properties["archived_reason"] is None
    assert parsed.additional_properties["brand_new_object"] == {"nested": [1, 2, {"deep": True}]}
    assert normalise_timestamps(parsed.to_dict()) == normalise_timestamps(record)


def test_unknown_fields_in_nested_objects_are_kept() -> None:
    record = _first_record("candidates_response")
    record["location"]["geo"] = {"lat": 52.5, "lng": 13.4}
    record["applications"][0]["job"]["department"] = "Engineering"
    candidate = Candidate.from_dict(record)
    assert candidate.to_dict()["location"]["geo"] == {"lat": 52.5, "lng": 13.4}
    assert candidate.to_dict()["applications"][0]["job"]["department"] == "Engineering"


@pytest.mark.parametrize(("example", "schema", "model"), RECORD_CASES, ids=[c[1] for c in RECORD_CASES])
def test_null_in_every_nullable_field_parses(example: str, schema: str, model: Any) -> None:
    record = _first_record(example)
    nullable = nullable_properties(schema)
    assert "id" not in nullable and "changed_at" not in nullable
    assert len(nullable) >= 8
    for name in nullable:
        record[name] = None
    assert schema_errors(schema, record) == []
    parsed = model.from_dict(record)
    for name in nullable:
        assert getattr(parsed, name) is None, name
    assert normalise_timestamps(parsed.to_dict()) == normalise_timestamps(record)


def test_nulls_inside_nested_objects_parse() -> None:
    record = _first_record("jobs_response")
    for key in list(record["location"]):
        record["location"][key] = None
    record["stages"][0] = {"id": record["stages"][0]["id"], "remote_id": None, "name": None, "index": None}
    record["screening_questions"][0]["format"] = None
    record["screening_questions"][0]["precondition_options"] = [True, False]
    assert schema_errors("Job", record) == []
    job = Job.from_dict(record)
    assert normalise_timestamps(job.to_dict()) == normalise_timestamps(record)


def test_timestamps_without_milliseconds_parse() -> None:
    record = _first_record("offers_response")
    record["changed_at"] = "2023-11-07T05:31:56Z"
    offer = Offer.from_dict(record)
    assert offer.changed_at.isoformat() == "2023-11-07T05:31:56+00:00"
    assert offer.to_dict()["changed_at"] == "2023-11-07T05:31:56.000Z"


def test_missing_optional_fields_stay_absent() -> None:
    """A sparse record (only what is required) parses, and to_dict does not invent keys."""
    sparse = {"id": "26vafvWSRmbhNcxJYqjCzuJg", "changed_at": "2022-04-04T00:00:00.000Z"}
    assert Candidate.from_dict(sparse).to_dict() == sparse
