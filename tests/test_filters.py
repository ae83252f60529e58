"""Filters: the exact wire format of every filter, and every validation error (raised before any request)."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from kombo_ats import (
    ApplicationFilters,
    CandidateFilters,
    JobFilters,
    OfferFilters,
    PageIterator,
    Resource,
    iter_applications,
    iter_candidates,
    iter_jobs,
    iter_offers,
    iter_pages,
    iter_pages_dynamic,
)

from kombo_ats_client.models.application_outcome import ApplicationOutcome
from kombo_ats_client.models.employment_type import EmploymentType
from kombo_ats_client.models.job_status import JobStatus
from kombo_ats_client.models.job_visibility import JobVisibility

from .kombo_fake import FakeKombo, json_response, kombo_id, never_called, page_body

CET = dt.timezone(dt.timedelta(hours=1))
A, B = kombo_id("a"), kombo_id("b")


def empty(request: httpx.Request) -> httpx.Response:
    return json_response(200, page_body([], None))


async def first_query(resource: Resource, **filters: Any) -> httpx.Request:
    fake = FakeKombo(empty)
    async with fake.client() as client:
        async for _ in iter_pages(client, resource, integration_id="acme:1", **filters):
            pass
    assert len(fake.requests) == 1
    return fake.requests[0]


def raw_query(request: httpx.Request) -> str:
    return request.url.query.decode()


@pytest.mark.anyio
async def test_defaults_on_the_wire() -> None:
    request = await first_query("candidates")
    assert dict(request.url.params) == {
        "page_size": "100",
        "include_deleted": "false",
        "ignore_unsupported_filters": "false",
    }


WIRE_CASES: list[tuple[Resource, dict[str, Any], dict[str, str]]] = [
    # shared filters, on every endpoint
    *[
        (
            resource,
            {
                "updated_after": dt.datetime(2024, 1, 31, 10, 30, 0, 123456, tzinfo=CET),
                "include_deleted": True,
                "ignore_unsupported_filters": True,
                "ids": [A, B],
                "remote_ids": ["r1", "r2", "r3"],
                "page_size": 250,
            },
            {
                "updated_after": "2024-01-31T09:30:00.123Z",
                "include_deleted": "true",
                "ignore_unsupported_filters": "true",
                "ids": f"{A},{B}",
                "remote_ids": "r1,r2,r3",
                "page_size": "250",
            },
        )
        for resource in ("candidates", "jobs", "applications", "offers")
    ],
    (
        "candidates",
        {"email": "Jane@Example.com", "job_ids": ["j1", "j2"], "first_name": "Jane", "last_name": "Doe"},
        {"email": "Jane@Example.com", "job_ids": "j1,j2", "first_name": "Jane", "last_name": "Doe"},
    ),
    (
        "jobs",
        {
            "job_codes": ("X-1", "X-2"),
            "post_url": "https://jobs.example/1",
            "statuses": [JobStatus.OPEN, "DRAFT"],
            "employment_types": [EmploymentType.FULL_TIME, "PART_TIME"],
            "visibilities": ["PUBLIC", JobVisibility.INTERNAL],
            "remote_created_after": dt.datetime(2023, 12, 31, 23, 0, tzinfo=dt.UTC),
            "name_contains": "engineer",
        },
        {
            "job_codes": "X-1,X-2",
            "post_url": "https://jobs.example/1",
            "statuses": "OPEN,DRAFT",
            "employment_types": "FULL_TIME,PART_TIME",
            "visibilities": "PUBLIC,INTERNAL",
            "remote_created_after": "2023-12-31T23:00:00.000Z",
            "name_contains": "engineer",
        },
    ),
    (
        "applications",
        {
            "outcomes": [ApplicationOutcome.HIRED, "PENDING"],
            "job_ids": ["j1"],
            "job_remote_ids": ["rj1", "rj2"],
            "current_stage_ids": ["s1", "s2"],
            "remote_created_after": dt.datetime(2024, 2, 29, tzinfo=dt.UTC),
        },
        {
            "outcomes": "HIRED,PENDING",
            "job_ids": "j1",
            "job_remote_ids": "rj1,rj2",
            "current_stage_ids": "s1,s2",
            "remote_created_after": "2024-02-29T00:00:00.000Z",
        },
    ),
    ("jobs", {"statuses": "OPEN"}, {"statuses": "OPEN"}),  # a lone value is a one-item list
    ("candidates", {"job_ids": dict.fromkeys(["g1", "g2"]).keys()}, {"job_ids": "g1,g2"}),  # any iterable
]


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "filters", "expected"), WIRE_CASES)
async def test_filter_wire_format(resource: Resource, filters: dict[str, Any], expected: dict[str, str]) -> None:
    request = await first_query(resource, **filters)
    for name, value in expected.items():
        assert request.url.params.get_list(name) == [value], name  # one comma-joined value, never repeated keys
    if "ids" in expected:
        assert f"ids={A}%2C{B}" in raw_query(request) or f"ids={A},{B}" in raw_query(request)


@pytest.mark.anyio
async def test_typed_walker_keywords_match_iter_pages() -> None:
    fake = FakeKombo(empty)
    since = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    async with fake.client() as client:
        async for _ in iter_candidates(client, integration_id="i", email="a@b.c", updated_after=since, page_size=5):
            pass
        async for _ in iter_jobs(client, integration_id="i", statuses=["OPEN"], name_contains="x"):
            pass
        async for _ in iter_applications(client, integration_id="i", outcomes=["HIRED"]):
            pass
        async for _ in iter_offers(client, integration_id="i", remote_ids=["r"]):
            pass
    params = [dict(r.url.params) for r in fake.requests]
    assert params[0]["email"] == "a@b.c" and params[0]["updated_after"] == "2024-01-01T00:00:00.000Z"
    assert params[0]["page_size"] == "5"
    assert params[1]["statuses"] == "OPEN" and params[1]["name_contains"] == "x"
    assert params[2]["outcomes"] == "HIRED"
    assert params[3]["remote_ids"] == "r"


@pytest.mark.anyio
async def test_filters_object_is_reusable_and_keywords_override_it() -> None:
    base = CandidateFilters(email="a@b.c", include_deleted=True)
    fake = FakeKombo(empty)
    async with fake.client() as client:
        async for _ in iter_candidates(client, integration_id="i", filters=base):
            pass
        async for _ in iter_candidates(client, integration_id="i", filters=base, email="x@y.z"):
            pass
        async for _ in iter_pages(client, "candidates", integration_id="i", filters=base, first_name="Jo"):
            pass
    first, second, third = (dict(r.url.params) for r in fake.requests)
    assert first["email"] == "a@b.c" and first["include_deleted"] == "true"
    assert second["email"] == "x@y.z" and second["include_deleted"] == "true"
    assert third["first_name"] == "Jo" and third["email"] == "a@b.c"
    assert base.email == "a@b.c"  # frozen, untouched
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        base.email = "z"  # type: ignore[misc]


@pytest.mark.anyio
@pytest.mark.parametrize(("kwarg", "replacement", "value", "wire"), [("status", "statuses", "OPEN", "OPEN")])
async def test_deprecated_status_warns_and_still_works(kwarg: str, replacement: str, value: str, wire: str) -> None:
    fake = FakeKombo(empty)
    async with fake.client() as client:
        with pytest.warns(DeprecationWarning, match=replacement) as caught:
            walker = iter_jobs(client, integration_id="i", status=value)
        async for _ in walker:
            pass
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert fake.requests[0].url.params["status"] == wire


@pytest.mark.anyio
async def test_deprecated_outcome_warns_and_still_works() -> None:
    fake = FakeKombo(empty)
    async with fake.client() as client:
        with pytest.warns(DeprecationWarning, match="outcomes") as caught:
            walker = iter_pages(client, "applications", integration_id="i", outcome=ApplicationOutcome.DECLINED)
        async for _ in walker:
            pass
    assert caught[0].filename == __file__
    assert fake.requests[0].url.params["outcome"] == "DECLINED"


def test_non_deprecated_filters_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        JobFilters(statuses=["OPEN"])
        ApplicationFilters(outcomes=["HIRED"])


INVALID: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("candidates", {"page_size": 0}, ValueError, "page_size"),
    ("candidates", {"page_size": 251}, ValueError, "page_size"),
    ("candidates", {"page_size": "10"}, TypeError, "page_size"),
    ("candidates", {"page_size": True}, TypeError, "page_size"),
    ("candidates", {"ids": ["too-short"]}, ValueError, "ids"),
    ("offers", {"ids": [A, A + "x"]}, ValueError, "ids"),
    ("candidates", {"ids": []}, ValueError, "ids"),
    ("candidates", {"job_ids": []}, ValueError, "job_ids"),
    ("jobs", {"statuses": []}, ValueError, "statuses"),
    ("candidates", {"remote_ids": ["a,b"]}, ValueError, "remote_ids"),
    ("candidates", {"remote_ids": [""]}, ValueError, "remote_ids"),
    ("candidates", {"remote_ids": [1, 2]}, TypeError, "remote_ids"),
    ("candidates", {"remote_ids": 5}, TypeError, "remote_ids"),
    ("candidates", {"updated_after": dt.datetime(2024, 1, 1)}, ValueError, "updated_after"),
    ("jobs", {"remote_created_after": dt.datetime(2024, 1, 1)}, ValueError, "remote_created_after"),
    ("candidates", {"updated_after": "2024-01-01"}, TypeError, "updated_after"),
    ("candidates", {"updated_after": dt.date(2024, 1, 1)}, TypeError, "updated_after"),
    ("candidates", {"include_deleted": "yes"}, TypeError, "include_deleted"),
    ("candidates", {"email": ""}, ValueError, "email"),
    ("jobs", {"statuses": ["OPEN", "MAYBE"]}, ValueError, "statuses"),
    ("jobs", {"employment_types": [EmploymentType.FULL_TIME, JobStatus.OPEN]}, ValueError, "employment_types"),
    ("jobs", {"visibilities": [3]}, TypeError, "visibilities"),
    ("jobs", {"status": "NOPE"}, ValueError, "status"),
    ("applications", {"outcomes": ["WON"]}, ValueError, "outcomes"),
    ("candidates", {"statuses": ["OPEN"]}, TypeError, "statuses"),  # a jobs filter on candidates
    ("offers", {"email": "a@b.c"}, TypeError, "email"),
    ("candidates", {"emial": "a@b.c"}, TypeError, "emial"),
    ("candidates", {"cursor": ""}, TypeError, "cursor"),
    ("candidates", {"filters": JobFilters()}, TypeError, "filters"),
    ("candidates", {"integration_id": ""}, ValueError, "integration_id"),
    ("candidates", {"integration_id": "a\nb"}, ValueError, "integration_id"),
    ("candidates", {"integration_id": None}, TypeError, "integration_id"),
    ("nope", {}, ValueError, "nope"),
]
# iter_pages as an untyped caller reaches it (any str, any keywords): its overloads only exist for the type
# checker, so at runtime it checks exactly what iter_pages_dynamic checks.
UNTYPED_ITER_PAGES: Callable[..., PageIterator[Any]] = iter_pages


@pytest.mark.anyio
@pytest.mark.parametrize(("resource", "kwargs", "error", "field"), INVALID)
@pytest.mark.parametrize("entry", [UNTYPED_ITER_PAGES, iter_pages_dynamic], ids=["iter_pages", "iter_pages_dynamic"])
async def test_invalid_arguments_fail_before_any_request(
    entry: Callable[..., PageIterator[Any]], resource: str, kwargs: dict[str, Any], error: type[Exception], field: str
) -> None:
    fake = FakeKombo(never_called)
    kwargs = {"integration_id": "acme:1", **kwargs}
    async with fake.client() as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            with pytest.raises(error, match=field):
                entry(client, resource, **kwargs)
    assert fake.requests == []


@pytest.mark.anyio
async def test_typed_walkers_reject_unknown_keywords_and_bad_values_before_requests() -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(TypeError, match="emial"):
            iter_candidates(client, integration_id="i", emial="a@b.c")  # type: ignore[call-arg]
        with pytest.raises(ValueError, match="page_size"):
            iter_jobs(client, integration_id="i", page_size=1000)
        with pytest.raises(ValueError, match="ids"):
            iter_offers(client, integration_id="i", ids=["short"])
        with pytest.raises(ValueError, match="updated_after"):
            iter_applications(client, integration_id="i", updated_after=dt.datetime(2024, 1, 1))
        with pytest.raises(TypeError, match="client"):
            iter_candidates("sk_key", integration_id="i")  # type: ignore[arg-type]
    assert fake.requests == []


@pytest.mark.parametrize(
    ("cls", "kwargs", "field"),
    [
        (CandidateFilters, {"ids": ["x"]}, "ids"),
        (JobFilters, {"visibilities": ["SECRET"]}, "visibilities"),
        (ApplicationFilters, {"current_stage_ids": []}, "current_stage_ids"),
        (OfferFilters, {"updated_after": dt.datetime(2020, 1, 1)}, "updated_after"),
    ],
)
def test_filter_objects_validate_on_construction(cls: type[Any], kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises((ValueError, TypeError), match=field):
        cls(**kwargs)


def test_filter_objects_reject_unknown_names() -> None:
    with pytest.raises(TypeError):
        CandidateFilters(statuses=["OPEN"])  # type: ignore[call-arg]


@pytest.mark.anyio
async def test_one_shot_iterables_in_filter_objects_are_frozen_for_reuse() -> None:
    filters = CandidateFilters(job_ids=(f"j{i}" for i in range(2)))
    fake = FakeKombo(empty)
    async with fake.client() as client:
        for _ in range(2):
            async for _ in iter_candidates(client, integration_id="i", filters=filters):
                pass
    assert [r.url.params["job_ids"] for r in fake.requests] == ["j0,j1", "j0,j1"]
