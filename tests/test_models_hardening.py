"""Model hardening (issue 8, items 5, 6, 8, 9 and part of 11), through the public APIs.

* 5: a 2xx body that contradicts the spec (a required field of the wrong JSON type, a date-time that is not
  timezone-aware ISO 8601, a page cursor that is neither string nor null) raises ``ModelParseError`` from the
  models and ``KomboAPIError`` from the SDK, naming model and field; forward compatibility (unknown fields, unknown
  enum values, odd values in optional fields) is unchanged;
* 11: those messages never contain record contents; the value and the body excerpt stay on attributes;
* 6: deeply nested JSON, in a 200 or an error body, gives a typed error, never a ``RecursionError``;
* 8: records read by many threads at once stay intact and give every thread the same objects;
* 9: pickle / copy / deepcopy of sparse records round-trip, with ``UNSET`` still the one singleton.

All records come from ``kombo_ats_sandbox.spec_data`` (the spec), not from hand-written or benchmark data.
"""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import random
import sys
import threading
import warnings
from collections.abc import AsyncIterator
from typing import Any

import attrs
import httpx
import pytest
from kombo_ats import KomboAPIError, ServerError, iter_candidates, iter_pages, iter_pages_dynamic
from kombo_ats import _json as kombo_json
from kombo_ats._decode import fast_decoder
from kombo_ats.errors import error_from_response
from kombo_ats.spec import api as spec_api
from kombo_ats_sandbox.spec_data import example

from kombo_ats_client.errors import MissingFieldError, ModelParseError
from kombo_ats_client.models import (
    ApplicationOutcome,
    Candidate,
    CandidateApplication,
    CandidatesPage,
    GetCandidatesResponse,
    GetJobsResponse,
    Job,
)
from kombo_ats_client.types import UNSET, Unset
from tests.kombo_fake import FakeKombo, json_response, page_body
from tests.spec_support import load_spec, normalise_timestamps

MODELS = importlib.import_module("kombo_ats_client.models")
SCHEMAS: list[str] = [
    name
    for name in load_spec()["components"]["schemas"]
    if attrs.has(getattr(MODELS, name, None) or object)  # the object schemas (enums are not attrs classes)
]
MODES = ("full", "sparse", "nulls")
PERSONAL = ("Ada", "Lovelace", "ada.lovelace@example.com")


def spec_record(name: str, seed: int = 1, mode: Any = "full") -> Any:
    return example(load_spec(), name, rng=random.Random(seed), mode=mode)


def personal_candidate(**changes: Any) -> dict[str, Any]:
    """A spec-generated candidate whose personal data comes first (so any body excerpt shows it)."""
    personal: dict[str, Any] = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email_addresses": [{"email_address": "ada.lovelace@example.com", "type": "PRIVATE"}],
    }
    record = {**personal, **{k: v for k, v in spec_record("Candidate", seed=3).items() if k not in personal}}
    record.update(changes)
    return record


# ------------------------------------------------------------------------------- every model, every mode


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", SCHEMAS)
def test_every_spec_instance_parses_and_round_trips(name: str, mode: Any) -> None:
    assert len(SCHEMAS) > 40
    for seed in range(3):
        payload = spec_record(name, seed, mode)
        model = getattr(MODELS, name).from_dict(copy.deepcopy(payload))
        assert normalise_timestamps(model.to_dict()) == normalise_timestamps(payload)
        json.dumps(model.to_dict())


# -------------------------------------------------------------------------- item 5: required field types


@pytest.mark.parametrize("bad", [None, 42, 1.5, True, {"first_name": "Ada"}, ["Ada"]])
def test_required_string_of_the_wrong_type_names_model_and_field(bad: Any) -> None:
    with pytest.raises(ModelParseError) as info:
        Candidate.from_dict(personal_candidate(id=bad))
    error = info.value
    assert (error.model, error.field) == ("Candidate", "id")
    assert str(error).startswith("Candidate.id: expected a string, got ")
    assert error.value == bad
    assert not any(word in str(error) for word in PERSONAL)


@pytest.mark.parametrize("bad", [5, 0, {"cursor": "x"}, ["x"], True])
def test_page_cursor_must_be_a_string_or_null(bad: Any) -> None:
    with pytest.raises(ModelParseError, match=r"^CandidatesPage\.next: expected a string or null, got "):
        CandidatesPage.from_dict({"next": bad, "results": []})
    assert CandidatesPage.from_dict({"next": None, "results": []}).next_ is None
    assert CandidatesPage.from_dict({"next": "abc", "results": []}).next_ == "abc"


def test_required_object_and_array_must_be_one() -> None:
    with pytest.raises(ModelParseError, match=r"^CandidatesPage\.results: expected a JSON array"):
        CandidatesPage.from_dict({"next": None, "results": {"0": {}}})
    with pytest.raises(ModelParseError, match=r"^CandidatesPage: expected a JSON object, got string"):
        GetCandidatesResponse.from_dict({"status": "success", "data": "Ada Lovelace"})
    with pytest.raises(ModelParseError, match=r"^GetCandidatesResponse\.status: expected a string, got number"):
        GetCandidatesResponse.from_dict({"status": 1, "data": {"next": None, "results": []}})


# ---------------------------------------------------------------------------- item 5: date-times


@pytest.mark.parametrize(
    "bad", ["2024-01-01", "2024-05-01T12:00:00", "2024-05-01T12:00:00.000", "yesterday", "", 1714564800, None]
)
def test_changed_at_must_be_a_timezone_aware_date_time(bad: Any) -> None:
    with pytest.raises(ModelParseError) as info:
        Candidate.from_dict(personal_candidate(changed_at=bad))
    assert (info.value.model, info.value.field) == ("Candidate", "changed_at")
    assert "timezone-aware ISO 8601 date-time" in str(info.value)
    assert info.value.value == bad


@pytest.mark.parametrize("bad", ["2024-01-01", "2024-05-01T12:00:00", "last tuesday"])
def test_optional_date_time_strings_must_be_timezone_aware_too(bad: Any) -> None:
    with pytest.raises(ModelParseError, match=r"^Candidate\.remote_created_at: expected a timezone-aware"):
        Candidate.from_dict(personal_candidate(remote_created_at=bad))
    with pytest.raises(ModelParseError, match=r"^Job\.opened_at: expected a timezone-aware"):
        Job.from_dict(dict(spec_record("Job"), opened_at=bad))


def test_aware_date_times_in_any_offset_parse() -> None:
    for text in ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.123+00:00", "2024-05-01T14:00:00.5+02:00"):
        candidate = Candidate.from_dict(personal_candidate(changed_at=text, remote_created_at=text))
        assert candidate.changed_at.utcoffset() is not None
        assert candidate.remote_created_at == candidate.changed_at


def test_forward_compatibility_is_unchanged() -> None:
    record = personal_candidate(brand_new_field={"nested": [1, None]}, remote_updated_at=1714564800)
    record["applications"] = [dict(spec_record("CandidateApplication"), outcome="WITHDRAWN", score=9)]
    candidate: Any = Candidate.from_dict(record)  # Any: the raw values are outside the declared types
    assert candidate.additional_properties["brand_new_field"] == {"nested": [1, None]}
    assert candidate.remote_updated_at == 1714564800  # optional, not a string: kept raw as before
    application = candidate.applications[0]
    assert application.outcome == "WITHDRAWN" and not isinstance(application.outcome, ApplicationOutcome)
    assert application.additional_properties == {"score": 9}
    assert normalise_timestamps(candidate.to_dict()) == normalise_timestamps(record)


def test_model_parse_errors_pickle() -> None:
    for error in (ModelParseError.invalid("Candidate", "id", 5, "a string"), MissingFieldError("Candidate", "id")):
        restored = pickle.loads(pickle.dumps(error))
        assert type(restored) is type(error) and str(restored) == str(error)
        assert (restored.model, restored.field) == (error.model, error.field)


# ------------------------------------------------------------- items 5 and 11 through the SDK (2xx bodies)


async def walk_error(body: bytes | dict[str, Any], status: int = 200) -> KomboAPIError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    fake = FakeKombo(lambda request: httpx.Response(status, content=content))
    async with fake.client(max_retries=0) as client:
        with pytest.raises(KomboAPIError) as info:
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass
    return info.value


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"id": None}, "Candidate.id"),
        ({"id": {"first_name": "Ada"}}, "Candidate.id"),
        ({"changed_at": "2024-01-01"}, "Candidate.changed_at"),
        ({"remote_deleted_at": "2024-05-01T12:00:00"}, "Candidate.remote_deleted_at"),
        # nested records are held to the same rules: never a list silently left as raw dicts
        (
            {"applications": [{"id": "a" * 24}, {"id": "b" * 24, "changed_at": "2024-01-01"}]},
            "CandidateApplication.changed_at",
        ),
        ({"tags": [{"id": "t" * 24, "name": "VIP", "changed_at": {"at": "noon"}}]}, "Tag.changed_at"),
        # ids of nested records are required (Kombo always sends them): a missing one is named
        ({"applications": [{"id": "a" * 24}, {"changed_at": "2024-01-01T00:00:00Z"}]}, "CandidateApplication.id"),
        ({"tags": [{"id": None, "name": "VIP"}]}, "Tag.id"),
        ({"location": {"city": "Berlin", "country": "DE", "changed_at": 5}}, None),  # unknown key: kept
    ],
)
async def test_a_malformed_record_is_an_api_error_naming_model_and_field(
    changes: dict[str, Any], where: str | None
) -> None:
    if where is None:  # not a contradiction of the spec: the record parses and keeps what it got
        fake = FakeKombo(lambda request: json_response(200, page_body([personal_candidate(**changes)], None)))
        async with fake.client(max_retries=0) as client:
            (record,) = [c async for c in iter_candidates(client, integration_id="acme:1")]
        assert record.to_dict()["location"] == changes["location"]
        return
    error = await walk_error(page_body([personal_candidate(**changes)], None))
    assert type(error) is KomboAPIError and error.status_code == 200
    assert where in str(error)
    assert not any(word in str(error) or word in repr(error) for word in PERSONAL)
    assert "Lovelace" in error.body_excerpt, "the excerpt stays available on the attribute"
    assert isinstance(error.__cause__, ModelParseError)


LIST_RECORDS = sorted((op.resource, str(op.item_schema)) for op in spec_api().lists.values())


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "schema"), LIST_RECORDS, ids=[r for r, _ in LIST_RECORDS])
async def test_every_list_record_needs_a_string_id(resource: str, schema: str) -> None:
    """A record of any list with a null id is the API's error, whatever the list (records are keyed by id)."""
    required = load_spec()["components"]["schemas"][schema].get("required", [])
    assert "id" in required, f"components.schemas.{schema}: a list record must require `id`"
    record = spec_record(schema) | {"id": None}
    fake = FakeKombo(lambda request: json_response(200, page_body([record], None)))
    async with fake.client(max_retries=0) as client:
        with warnings.catch_warnings(), pytest.raises(KomboAPIError, match=rf"{schema}\.id"):
            warnings.simplefilter("ignore", DeprecationWarning)  # deprecated lists still walk
            async for _ in iter_pages_dynamic(client, resource, integration_id="acme:1"):
                pass


@pytest.mark.anyio
@pytest.mark.parametrize("cursor", [7, {"page": 2}])
async def test_a_page_cursor_of_the_wrong_type_is_an_api_error(cursor: Any) -> None:
    error = await walk_error(page_body([personal_candidate()], None) | {"data": {"next": cursor, "results": []}})
    assert "CandidatesPage.next" in str(error)


@pytest.mark.anyio
async def test_a_valid_spec_page_walks_and_reads_like_the_payload() -> None:
    records = [spec_record("Candidate", seed, mode) for seed in range(4) for mode in MODES]
    fake = FakeKombo(lambda request: json_response(200, page_body(records, None)))
    async with fake.client(max_retries=0) as client:
        pages = [page async for page in iter_pages(client, "candidates", integration_id="acme:1")]
    seen = [c.to_dict() for c in pages[0].results]
    assert normalise_timestamps(seen) == normalise_timestamps(records)


# ------------------------------------------------------------------------------- item 6: deep nesting


DEEP = [b"[" * 100_000, b'{"a":' * 100_000, b"[" * 5_000 + b"]" * 5_000, b'{"status":"success","data":' + b"[" * 50_000]


@pytest.mark.parametrize("body", DEEP, ids=["open-arrays", "open-objects", "closed-5000", "inside-envelope"])
@pytest.mark.parametrize("decoder", ["default", "stdlib"])
def test_json_loads_turns_deep_nesting_into_value_error(
    body: bytes, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if decoder == "stdlib":
        monkeypatch.setattr(kombo_json, "_DECODER", None)
    with pytest.raises(ValueError):
        kombo_json.loads(body)
    with pytest.raises(ValueError):
        kombo_json.loads(b"<html>not json</html>")
    assert kombo_json.loads(b'{"a": [1, null]}') == {"a": [1, None]}


@pytest.mark.anyio
@pytest.mark.parametrize("body", DEEP, ids=["open-arrays", "open-objects", "closed-5000", "inside-envelope"])
async def test_a_deeply_nested_200_body_is_an_api_error(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kombo_json, "_DECODER", None)  # the stdlib decoder is the one that recurses
    error = await walk_error(body)
    assert type(error) is KomboAPIError and error.status_code == 200
    assert len(str(error)) < 400


@pytest.mark.parametrize("body", [*DEEP, b'{"error":' + b"[" * 100_000, b"\xff\xfe", b"", b"null", b"[]"])
@pytest.mark.parametrize("decoder", ["default", "stdlib"])
def test_error_from_response_never_raises(body: bytes, decoder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if decoder == "stdlib":
        monkeypatch.setattr(kombo_json, "_DECODER", None)
    error = error_from_response(httpx.Response(502, content=body))
    assert isinstance(error, ServerError) and error.status_code == 502 and error.code is None


async def _unread_stream() -> AsyncIterator[bytes]:
    yield b'{"error": {"message": "never read"}}'


def test_error_from_response_never_raises_on_an_unread_or_closed_stream() -> None:
    for response in (
        httpx.Response(503, stream=httpx.ByteStream(b"busy")),
        httpx.Response(503, content=_unread_stream()),
    ):
        error = error_from_response(response)
        assert isinstance(error, ServerError) and error.status_code == 503 and error.body_excerpt == ""


@pytest.mark.anyio
async def test_a_deeply_nested_error_body_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kombo_json, "_DECODER", None)
    error = await walk_error(b'{"error":' + b"[" * 100_000, status=503)
    assert type(error) is ServerError


# --------------------------------------------------------------------------------- item 8: threads


def read_in_threads(candidate: Candidate, threads: int) -> list[tuple[Any, ...]]:
    """What ``threads`` threads, released at once by a barrier, read from the same fresh record."""
    barrier = threading.Barrier(threads)
    seen: list[tuple[Any, ...]] = []
    failures: list[BaseException] = []

    def read() -> None:
        try:
            barrier.wait()
            values = (candidate.applications, candidate.tags, candidate.location, candidate.email_addresses)
            applications = candidate.applications
            stages = tuple(a.current_stage for a in applications) if isinstance(applications, list) else ()
            seen.append((*values, *stages))
        except BaseException as exc:  # reported below; a thread must not die silently
            failures.append(exc)

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not failures, failures
    return seen


def decoded(model: Any, payload: Any) -> Any:
    """``payload`` built into ``model`` by the msgspec path the walkers use (it must take the payload)."""
    fast = fast_decoder(model)
    assert fast is not None
    return fast(json.dumps(payload).encode())


# The two ways a record is built: from_dict, and the msgspec path walkers take for pages the spec describes.
BUILDERS: dict[str, Any] = {
    "from_dict": lambda model, payload: model.from_dict(copy.deepcopy(payload)),
    "msgspec": decoded,
}


@pytest.mark.parametrize("builder", BUILDERS)
def test_many_threads_reading_a_fresh_record_get_the_same_objects(builder: str) -> None:
    """Records cross threads (anyio.to_thread, sync FastAPI dependencies): first reads must not race."""
    threads = 24
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, so a race would show
    try:
        for seed in range(20):
            record = spec_record("Candidate", seed)
            candidate = BUILDERS[builder](Candidate, record)
            seen = read_in_threads(candidate, threads)
            assert len(seen) == threads
            for values in seen[1:]:
                assert all(a is b for a, b in zip(values, seen[0], strict=True)), "every thread gets the same objects"
            assert candidate == Candidate.from_dict(record)
            assert normalise_timestamps(candidate.to_dict()) == normalise_timestamps(record)
            assert candidate.applications is seen[0][0]
    finally:
        sys.setswitchinterval(old_interval)


# ------------------------------------------------------------------------ item 9: pickle and copies


def test_unset_is_one_falsy_singleton_through_pickle_and_copies() -> None:
    assert not UNSET and bool(UNSET) is False
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol=protocol)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
    assert isinstance(UNSET, Unset) and repr(UNSET) == "UNSET"


COPIES: dict[str, Any] = {
    **{f"pickle-{p}": (lambda m, p=p: pickle.loads(pickle.dumps(m, protocol=p))) for p in (0, 2, 5)},
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("name", "builder"),
    [
        *[(name, "from_dict") for name in ("Candidate", "Job", "Application", "Offer", "CreateApplicationRequest")],
        *[(name, "msgspec") for name in ("Candidate", "Job", "Application", "Offer")],  # response records
    ],
)
def test_copies_of_sparse_and_full_records_round_trip(name: str, mode: Any, how: str, builder: str) -> None:
    payload = spec_record(name, 5, mode)
    original = BUILDERS[builder](getattr(MODELS, name), payload)
    duplicate = COPIES[how](original)
    assert duplicate == original and original == duplicate
    assert duplicate.to_dict() == original.to_dict()
    assert normalise_timestamps(json.loads(json.dumps(duplicate.to_dict()))) == normalise_timestamps(payload)
    absent = [f.name for f in attrs.fields(type(original)) if getattr(original, f.name) is UNSET]
    assert mode != "sparse" or absent, "a sparse record must have absent fields to test"
    assert all(getattr(duplicate, name) is UNSET for name in absent)


def test_a_copied_page_keeps_its_records_sparse() -> None:
    body = {"status": "success", "data": {"next": None, "results": [spec_record("Job", 1, "sparse")]}}
    page = pickle.loads(pickle.dumps(GetJobsResponse.from_dict(copy.deepcopy(body))))
    assert page.to_dict() == body
    assert page.data.results[0].name is UNSET
    assert copy.deepcopy(CandidateApplication(id="a" * 24)).to_dict() == {"id": "a" * 24}
