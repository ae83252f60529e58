"""Lazy nested fields of the generated models (templates/model.py.jinja, templates/fast_from_dict.py.jinja).

``from_dict`` sets a record's own fields and keeps its payload; nullable nested models and lists of them
(``Candidate.applications``, ``.tags``, ``CandidateApplication.job``, ...) are parsed on first access, by the
same code an eager ``from_dict`` runs, and cached in their slot. Everything observable must be as if they had
been parsed up front: values, errors (none: such fields keep a value they cannot parse), ``==``, ``repr``,
``to_dict``, ``attrs.evolve``/``asdict``, pickling and copying, assignment, and the types mypy sees.
"""

from __future__ import annotations

import copy
import datetime
import gc
import json
import pickle
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from benchmarks.data import render_pages
from kombo_ats_client.errors import MissingFieldError, ModelParseError
from kombo_ats_client.models import (
    ApplicationOutcome,
    Candidate,
    CandidateApplication,
    CandidatesPage,
    CustomFields,
    EmailAddress,
    GetCandidatesResponse,
    GetJobsResponse,
    Job,
    JobReference,
    Location,
    PhoneNumber,
    SocialMedia,
    StageReference,
    Tag,
)
from kombo_ats_client.types import UNSET, Unset
from tests.spec_support import load_seed_example, normalise_timestamps

CANDIDATE_LAZY = [
    "phone_numbers",
    "email_addresses",
    "social_media",
    "location",
    "custom_fields",
    "integration_fields",
    "applications",
    "tags",
]


def realistic_candidates() -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = json.loads(render_pages(1)[0])["data"]["results"]
    return results


def record_with_everything() -> dict[str, Any]:
    """A realistic record whose nested lists are all non-empty."""
    for record in realistic_candidates():
        if record["phone_numbers"] and record["tags"] and record["location"] and len(record["applications"]) > 1:
            return record
    raise AssertionError("no rich record in the benchmark page")


@pytest.fixture
def from_dict_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts ``from_dict`` calls of the nested models (the top-level ``Candidate`` is not patched)."""
    calls: dict[str, int] = {}
    for model in (CandidateApplication, Tag, Location, EmailAddress, StageReference, JobReference, CustomFields):
        original = model.__dict__["from_dict"].__func__

        def counting(cls: Any, src_dict: Any, _original: Any = original, _name: str = model.__name__) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _original(cls, src_dict)

        monkeypatch.setattr(model, "from_dict", classmethod(counting))
    yield calls


# ------------------------------------------------------------------------------------- laziness itself


def test_nested_fields_are_properties_and_own_fields_are_slots() -> None:
    for name in CANDIDATE_LAZY:
        assert isinstance(Candidate.__dict__[name], property), name
    for name in ("id", "changed_at", "first_name", "remote_created_at", "remote_data", "additional_properties"):
        assert not isinstance(Candidate.__dict__[name], property), name
    assert isinstance(CandidateApplication.__dict__["current_stage"], property)
    assert not isinstance(CandidateApplication.__dict__["outcome"], property)  # an enum: eager
    # Non-nullable nested fields stay eager, so a broken payload still fails inside from_dict.
    assert not isinstance(CandidatesPage.__dict__["results"], property)
    assert not isinstance(GetCandidatesResponse.__dict__["data"], property)
    # The public shape is unchanged: same attrs fields, no private field among them.
    assert [f.name for f in attrs.fields(Candidate)][-3:] == ["applications", "tags", "additional_properties"]
    assert not any(f.name.startswith("_") for f in attrs.fields(Candidate))


def test_nested_models_are_built_on_first_access_only(from_dict_calls: dict[str, int]) -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    assert from_dict_calls == {}, "from_dict must not build nested models"
    assert candidate.first_name == record["first_name"]
    assert isinstance(candidate.changed_at, datetime.datetime)  # own fields are eager
    assert from_dict_calls == {}

    tags = candidate.tags
    assert from_dict_calls == {"Tag": len(record["tags"])}
    assert isinstance(tags, list) and all(isinstance(tag, Tag) for tag in tags)

    applications = candidate.applications
    assert isinstance(applications, list)
    assert from_dict_calls["CandidateApplication"] == len(record["applications"])
    assert "StageReference" not in from_dict_calls, "an application's own nested fields are lazy too"
    first = applications[0]
    if record["applications"][0]["current_stage"] is not None:
        assert isinstance(first.current_stage, StageReference)
        assert from_dict_calls["StageReference"] == 1


def test_a_field_is_parsed_once_and_cached(from_dict_calls: dict[str, int]) -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    first, location = candidate.applications, candidate.location
    calls = dict(from_dict_calls)
    assert candidate.applications is first and candidate.location is location
    assert candidate.to_dict() == candidate.to_dict()
    assert from_dict_calls["CandidateApplication"] == calls["CandidateApplication"]
    assert from_dict_calls["Location"] == calls["Location"] == 1


def test_lazy_values_equal_what_an_eager_parse_gives() -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    eager = Candidate(
        id=record["id"],
        changed_at=datetime.datetime.fromisoformat(record["changed_at"]),
        remote_id=record["remote_id"],
        first_name=record["first_name"],
        last_name=record["last_name"],
        company=record["company"],
        title=record["title"],
        confidential=record["confidential"],
        source=record["source"],
        phone_numbers=[PhoneNumber.from_dict(p) for p in record["phone_numbers"]],
        email_addresses=[EmailAddress.from_dict(e) for e in record["email_addresses"]],
        social_media=[SocialMedia.from_dict(s) for s in record["social_media"]],
        location=Location.from_dict(record["location"]),
        custom_fields=CustomFields.from_dict(record["custom_fields"]),
        integration_fields=[],
        remote_created_at=datetime.datetime.fromisoformat(record["remote_created_at"]),
        remote_updated_at=datetime.datetime.fromisoformat(record["remote_updated_at"]),
        remote_data=record["remote_data"],
        remote_deleted_at=record["remote_deleted_at"],
        applications=[CandidateApplication.from_dict(a) for a in record["applications"]],
        tags=[Tag(id=t["id"], name=t["name"], remote_id=t["remote_id"]) for t in record["tags"]],
    )
    eager.additional_properties = {
        k: v for k, v in record.items() if k not in {f.name for f in attrs.fields(Candidate)}
    }
    assert Candidate.from_dict(record) == eager  # compared before anything was read
    assert eager == Candidate.from_dict(record)
    assert candidate == eager
    assert repr(Candidate.from_dict(record)) == repr(eager)
    assert normalise_timestamps(Candidate.from_dict(record).to_dict()) == normalise_timestamps(record)


def test_assignment_before_first_access_wins(from_dict_calls: dict[str, int]) -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    mine = [Tag(id="mine", name="Mine")]
    candidate.tags = mine
    candidate.location = None
    assert candidate.tags is mine and candidate.location is None
    assert "Tag" not in from_dict_calls and "Location" not in from_dict_calls
    as_dict = candidate.to_dict()
    assert as_dict["tags"] == [{"id": "mine", "name": "Mine"}]
    assert as_dict["location"] is None
    assert len(as_dict["applications"]) == len(record["applications"])


def test_deleting_a_field_behaves_like_a_slot() -> None:
    candidate = Candidate.from_dict(record_with_everything())
    del candidate.tags
    with pytest.raises(AttributeError, match="tags"):
        _ = candidate.tags
    candidate.tags = None
    assert candidate.tags is None
    with pytest.raises(AttributeError):
        _ = candidate.no_such_field  # type: ignore[attr-defined]


def test_to_dict_sees_in_place_changes_of_materialised_values() -> None:
    record = record_with_everything()
    before = copy.deepcopy(record)
    candidate = Candidate.from_dict(record)
    tags = candidate.tags
    applications = candidate.applications
    assert isinstance(tags, list) and isinstance(applications, list)
    tags[0].name = "renamed"
    tags.append(Tag(id="new"))
    applications[0].outcome = ApplicationOutcome.HIRED
    applications[0].current_stage = None
    as_dict = candidate.to_dict()
    assert as_dict["tags"][0]["name"] == "renamed" and as_dict["tags"][-1] == {"id": "new"}
    assert as_dict["applications"][0]["outcome"] == "HIRED"
    assert as_dict["applications"][0]["current_stage"] is None
    assert record == before, "neither parsing nor changing the models touches the payload"
    assert candidate.to_dict()["tags"] is not record["tags"], "to_dict must not hand out the payload's lists"


def test_to_dict_of_an_untouched_record_is_a_fresh_structure() -> None:
    record = record_with_everything()
    as_dict = Candidate.from_dict(record).to_dict()
    as_dict["tags"].append("x")
    as_dict["location"]["city"] = "elsewhere"
    assert "x" not in record["tags"] and record["location"]["city"] != "elsewhere"


# ------------------------------------------------------------------------------ attrs, pickle and copy


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip_of_an_untouched_record(protocol: int) -> None:
    record = record_with_everything()
    restored = pickle.loads(pickle.dumps(Candidate.from_dict(record), protocol=protocol))
    assert restored == Candidate.from_dict(record)
    assert isinstance(restored.location, Location)
    assert all(isinstance(a, CandidateApplication) for a in restored.applications or [])
    assert normalise_timestamps(restored.to_dict()) == normalise_timestamps(record)


def test_copy_and_deepcopy_of_an_untouched_record() -> None:
    record = record_with_everything()
    shallow = copy.copy(Candidate.from_dict(record))
    deep = copy.deepcopy(Candidate.from_dict(record))
    assert shallow == deep == Candidate.from_dict(record)
    original = Candidate.from_dict(record)
    duplicate = copy.copy(original)
    assert duplicate.tags is original.tags, "a shallow copy shares nested values, as before"
    deep_tags, tags = copy.deepcopy(original).tags, original.tags
    assert isinstance(deep_tags, list) and isinstance(tags, list)
    assert deep_tags == tags and deep_tags[0] is not tags[0]


def test_attrs_evolve_asdict_and_fields() -> None:
    record = record_with_everything()
    evolved = attrs.evolve(Candidate.from_dict(record), first_name="Changed")
    assert evolved.first_name == "Changed"
    assert evolved.tags == Candidate.from_dict(record).tags
    assert isinstance(evolved.location, Location)
    as_dict = attrs.asdict(Candidate.from_dict(record))
    assert as_dict["location"] == attrs.asdict(Location.from_dict(record["location"]))
    assert len(as_dict["applications"]) == len(record["applications"])
    assert "_kombo_source" not in as_dict


def test_repr_shows_parsed_values() -> None:
    record = record_with_everything()
    text = repr(Candidate.from_dict(record))
    assert "tags=[Tag(" in text and "location=Location(" in text and "_LAZY" not in text and "object at" not in text


def test_init_and_from_dict_instances_compare_equal_both_ways() -> None:
    built = CandidateApplication(id="a", current_stage=StageReference(id="s", name="Screen"), job=None)
    parsed = CandidateApplication.from_dict({"id": "a", "current_stage": {"id": "s", "name": "Screen"}, "job": None})
    assert built == parsed and parsed == built
    assert CandidateApplication.from_dict({"id": "a"}) != built
    assert CandidateApplication.from_dict({"id": "a"}).current_stage is UNSET


# ---------------------------------------------------------------------------- forward compatibility


def test_unusable_nested_values_are_kept_raw_at_access_time() -> None:
    record = {
        "id": "c",
        "changed_at": "2024-05-01T12:00:00.000Z",
        "location": "Berlin",
        "applications": "n/a",
        "tags": [{"id": "t"}, "not-an-object"],
        "custom_fields": ["a"],
        "phone_numbers": None,
    }
    candidate: Any = Candidate.from_dict(record)  # Any: the raw values are outside the declared types
    assert candidate.location == "Berlin"
    assert candidate.applications == "n/a"
    assert candidate.tags == [{"id": "t"}, "not-an-object"]
    assert candidate.custom_fields == ["a"]
    assert candidate.phone_numbers is None
    assert candidate.email_addresses is UNSET
    assert candidate.to_dict() == record


def test_unknown_fields_and_enum_values_inside_lazy_fields() -> None:
    record = realistic_candidates()[0]
    record["applications"] = [
        {"id": "a1", "outcome": "WITHDRAWN", "current_stage": {"id": "s", "colour": "green"}, "score": 9}
    ]
    candidate = Candidate.from_dict(record)
    application = (candidate.applications or [])[0]
    assert application.outcome == "WITHDRAWN" and not isinstance(application.outcome, ApplicationOutcome)
    assert application.additional_properties == {"score": 9}
    assert isinstance(application.current_stage, StageReference)
    assert application.current_stage.additional_properties == {"colour": "green"}
    assert normalise_timestamps(candidate.to_dict()) == normalise_timestamps(record)


def test_errors_in_required_fields_still_come_from_from_dict() -> None:
    with pytest.raises(MissingFieldError, match=r"Candidate\.changed_at"):
        Candidate.from_dict({"id": "c", "tags": [{"id": "t"}]})
    with pytest.raises(ModelParseError, match=r"Candidate\.changed_at"):
        Candidate.from_dict({"id": "c", "changed_at": "soon", "tags": "broken"})
    # Records inside a page are parsed with the page (CandidatesPage.results is not nullable).
    with pytest.raises(MissingFieldError, match=r"Candidate\.id"):
        CandidatesPage.from_dict({"next": None, "results": [{"changed_at": "2024-05-01T12:00:00Z"}]})
    with pytest.raises(ModelParseError, match="expected a JSON object"):
        Candidate.from_dict(["id", "changed_at"])  # type: ignore[arg-type]


def test_jobs_nested_lists_are_lazy_and_round_trip() -> None:
    body = load_seed_example("jobs_response")
    page = GetJobsResponse.from_dict(copy.deepcopy(body))
    job = page.data.results[0]
    for name in ("stages", "screening_questions", "job_postings", "hiring_team", "location"):
        assert isinstance(Job.__dict__[name], property), name
    assert normalise_timestamps(page.to_dict()) == normalise_timestamps(body)
    assert job == Job.from_dict(body["data"]["results"][0])


# ------------------------------------------------------------------------------------------- memory


def test_a_record_keeps_only_its_own_payload_not_the_page() -> None:
    body = json.loads(render_pages(1)[0])
    results = body["data"]["results"]
    page = GetCandidatesResponse.from_dict(body)
    candidate = page.data.results[3]
    referents = gc.get_referents(candidate)
    assert any(r is results[3] for r in referents)
    assert not any(r is body or r is body["data"] or r is results for r in referents)
    assert not any(r is page or r is page.data for r in referents)
    # Once every lazy field was read, the record lets go of its payload too.
    candidate.to_dict()
    assert not any(r is results[3] for r in gc.get_referents(candidate))
    assert normalise_timestamps(candidate.to_dict()) == normalise_timestamps(results[3])


def test_the_payload_is_released_after_the_last_lazy_field_only() -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    for name in CANDIDATE_LAZY[:-1]:
        getattr(candidate, name)
        getattr(candidate, name)  # a second read is not counted again
        assert any(r is record for r in gc.get_referents(candidate)), name
    candidate.tags = []  # assigned, never parsed: the payload stays (harmless), values are right
    assert any(r is record for r in gc.get_referents(candidate))
    fresh = Candidate.from_dict(record)
    for name in CANDIDATE_LAZY:
        getattr(fresh, name)
    assert not any(r is record for r in gc.get_referents(fresh))
    assert fresh == Candidate.from_dict(record)
    assert normalise_timestamps(fresh.to_dict()) == normalise_timestamps(record)
    assert candidate.to_dict()["tags"] == []


def test_a_pickled_record_does_not_carry_its_payload() -> None:
    record = record_with_everything()
    record["huge_unused"] = None
    candidate = Candidate.from_dict(record)
    restored = pickle.loads(pickle.dumps(candidate))
    assert not any(isinstance(r, dict) and "huge_unused" in r and "id" in r for r in gc.get_referents(restored))


# ------------------------------------------------------------------------------------------- typing


def tag_names(candidate: Candidate) -> list[str]:
    """Consumer code, type-checked by ``mypy --strict`` in ``make lint``: lazy fields keep their declared types."""
    tags: list[Tag] | Unset | None = candidate.tags
    if not isinstance(tags, list):
        return []
    return [tag.name for tag in tags if isinstance(tag.name, str)]


def first_city(candidate: Candidate) -> str | None:
    location: Location | Unset | None = candidate.location
    if isinstance(location, Location) and isinstance(location.city, str):
        return location.city
    return None


def test_typed_consumer_code_works_on_lazy_records() -> None:
    record = record_with_everything()
    candidate = Candidate.from_dict(record)
    assert tag_names(candidate) == [t["name"] for t in record["tags"] if isinstance(t["name"], str)]
    assert first_city(Candidate.from_dict(record)) == record["location"]["city"]
