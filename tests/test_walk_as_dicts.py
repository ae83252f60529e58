"""``.as_dicts()`` on the walkers: every record as the dict Kombo sent, checked where a store depends on it.

Through the public API only: the sandbox (every list operation of the spec) and the in-memory fake for the
malformed bodies. Unknown fields and Kombo's own date-time text are kept; cursors, read-ahead, ``by_page()``,
progress and retries behave as in the typed walk; a body a store cannot rely on is a ``KomboAPIError`` naming
schema, record index and field, never a value or the API key.
"""

from __future__ import annotations

import gc
import json
import traceback
import warnings
from typing import Any

import anyio.lowlevel
import httpx
import pytest
from kombo_ats import KomboAPIError, WalkProgress, iter_candidates, iter_pages, iter_pages_dynamic, make_client
from kombo_ats.spec import Operation, api
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from .kombo_fake import API_KEY, FakeKombo, json_response, kombo_id, page_body, paged, record, recorded_sleeps

pytestmark = pytest.mark.anyio

LISTS = sorted(api().lists.values(), key=lambda op: op.resource)
PERSONAL = "Zelda Personal-Name"
"""A value that must never reach a message (records hold personal data)."""


class Recording(httpx.AsyncBaseTransport):
    """Passes requests to the sandbox and keeps every response body as the bytes it sent."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.bodies: list[bytes] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        self.bodies.append(content)
        return httpx.Response(response.status_code, headers=response.headers, content=content)


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.resource)
async def test_the_dicts_are_the_records_the_sandbox_sent_for_every_list(
    op: Operation, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_integration_id: str
) -> None:
    recording = Recording(kombo_sandbox_transport)
    async with make_client("sandbox-api-key", base_url=ASGI_BASE_URL, httpx_args={"transport": recording}) as client:
        size = 7 if any(p.name == "page_size" for p in op.params) else None  # several pages
        with warnings.catch_warnings():  # deprecated lists warn (tests/test_layer_drift.py checks that)
            warnings.simplefilter("ignore", DeprecationWarning)
            pages = iter_pages_dynamic(client, op.resource, integration_id=kombo_sandbox_integration_id, page_size=size)
        walked = [page async for page in pages.as_dicts()]
    sent = [json.loads(body)["data"] for body in recording.bodies]
    assert [page.results for page in walked] == [data["results"] for data in sent]
    assert [page.next_cursor for page in walked] == [data["next"] for data in sent]
    assert sum(len(page.results) for page in walked) > 0, "the sandbox serves records for every list"
    assert all(type(r) is dict for page in walked for r in page.results)


async def test_unknown_fields_and_kombos_own_date_time_text_are_kept() -> None:
    sent = record(1, brand_new_field={"nested": [1, 2.5, None]}, remote_created_at="2024-05-01T10:00:00+02:00")
    fake = FakeKombo(paged({None: ([sent], None)}))
    async with fake.client() as client:
        got = [r async for r in iter_candidates(client, integration_id="acme:1").as_dicts()]
    assert got == [sent]
    assert got[0]["changed_at"] == "2024-01-01T00:00:00.000Z"  # as Kombo wrote it, not re-formatted


async def test_a_cursor_walk_across_pages() -> None:
    fake = FakeKombo(paged({None: ([record(1), record(2)], "c1"), "c1": ([], "c2"), "c2": ([record(3)], None)}))
    async with fake.client() as client:
        ids = [r["id"] async for r in iter_candidates(client, integration_id="acme:1", cursor=None).as_dicts()]
        resumed = [r["id"] async for r in iter_candidates(client, integration_id="acme:1", cursor="c1").as_dicts()]
    assert ids == [kombo_id(1), kombo_id(2), kombo_id(3)]
    assert resumed == [kombo_id(3)]
    assert fake.cursors() == [None, "c1", "c2", "c1", "c2"]


async def test_read_ahead_and_by_page_together() -> None:
    fake = FakeKombo(paged({None: ([record(1), record(2)], "c1"), "c1": ([record(3)], None)}))
    async with fake.client() as client:
        pages = iter_candidates(client, integration_id="acme:1", read_ahead=True).as_dicts().by_page()
        async with pages:
            first = await anext(pages)
            for _ in range(100):  # the prefetch of the second page runs while the caller holds the first
                if len(fake.requests) == 2:
                    break
                await anyio.lowlevel.checkpoint()
            assert len(fake.requests) == 2
            rest = [page async for page in pages]
    assert (first.cursor, first.next_cursor, [r["id"] for r in first.results]) == (
        None,
        "c1",
        [kombo_id(1), kombo_id(2)],
    )
    assert [(p.cursor, p.next_cursor, p.results) for p in rest] == [("c1", None, [record(3)])]


async def test_progress_and_retries_are_those_of_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([json_response(503, {}), json_response(200, page_body([record(1), record(2)], None))])
    fake = FakeKombo(lambda request: next(answers))
    seen: list[WalkProgress] = []
    with recorded_sleeps(monkeypatch) as sleeps:
        async with fake.client() as client:
            got = [r async for r in iter_candidates(client, integration_id="acme:1", progress=seen.append).as_dicts()]
    assert [r["id"] for r in got] == [kombo_id(1), kombo_id(2)]
    assert len(sleeps) == 1 and len(fake.requests) == 2
    assert [(p.records, p.pages) for p in seen] == [(2, 1)]


async def test_as_dicts_after_the_first_page_is_a_value_error() -> None:
    fake = FakeKombo(paged({None: ([record(1), record(2)], "c1"), "c1": ([record(3)], None)}))
    async with fake.client() as client:
        items = iter_candidates(client, integration_id="acme:1")
        await anext(items)
        with pytest.raises(ValueError, match=r"as_dicts\(\): this walk already fetched its first page"):
            items.as_dicts()
        pages = iter_pages(client, "candidates", integration_id="acme:1")
        await anext(pages)
        with pytest.raises(ValueError, match=r"as_dicts\(\): this walk already fetched its first page"):
            pages.as_dicts()
    assert len(fake.requests) == 2  # nothing was fetched again


def _page(*records: Any, next_cursor: Any = None) -> dict[str, Any]:
    return {"status": "success", "data": {"next": next_cursor, "results": list(records)}}


GOOD = record(1, last_name=PERSONAL)
CHANGED_AT = "(Candidate).changed_at: expected a timezone-aware ISO 8601 date-time string"
MALFORMED: dict[str, tuple[Any, str]] = {
    "not JSON": (b"<html>" + PERSONAL.encode(), "invalid JSON"),
    "not an object": ([GOOD], "GetCandidatesResponse: expected a JSON object, got array"),
    "no data": ({"status": "success"}, "GetCandidatesResponse.data: expected a JSON object"),
    "results not a list": (
        {"data": {"next": None, "results": {"id": PERSONAL}}},
        "GetCandidatesResponse.data.results: expected a list",
    ),
    "no next": ({"data": {"results": [GOOD]}}, "GetCandidatesResponse.data.next: missing"),
    "empty next": (_page(GOOD, next_cursor=""), "data.next: expected a non-empty string or null, got an empty string"),
    "number next": (_page(GOOD, next_cursor=5), "data.next: expected a non-empty string or null, got number"),
    "record not an object": (
        _page(GOOD, PERSONAL),
        r"data.results[1] (Candidate): expected a JSON object, got string",
    ),
    "id missing": (
        _page(GOOD, {"changed_at": GOOD["changed_at"], "last_name": PERSONAL}),
        "(Candidate).id: expected a non-empty string, missing",
    ),
    "id empty": (
        _page(GOOD, record("", last_name=PERSONAL) | {"id": ""}),
        "(Candidate).id: expected a non-empty string, got an empty string",
    ),
    "id a number": (_page(GOOD, {**GOOD, "id": 42}), "(Candidate).id: expected a non-empty string, got number"),
    "id null": (_page(GOOD, {**GOOD, "id": None}), "(Candidate).id: expected a non-empty string, got null"),
    "changed_at missing": (
        _page(GOOD, {"id": kombo_id(2), "last_name": PERSONAL}),
        f"{CHANGED_AT}, missing",
    ),
    "changed_at naive": (
        _page(GOOD, {**GOOD, "changed_at": "2024-01-01T00:00:00"}),
        f"{CHANGED_AT}, got a date-time without a timezone",
    ),
    "changed_at not a date": (
        _page(GOOD, {**GOOD, "changed_at": PERSONAL}),
        f"{CHANGED_AT}, got a string that is not ISO 8601",
    ),
    "an optional date-time naive": (
        _page(GOOD, {**GOOD, "remote_deleted_at": "2024-01-01T00:00:00"}),
        "(Candidate).remote_deleted_at: expected a timezone-aware ISO 8601 date-time string, got a date-time without",
    ),
    "an optional date-time a number": (
        _page(GOOD, {**GOOD, "remote_created_at": 5}),
        "(Candidate).remote_created_at: expected a timezone-aware ISO 8601 date-time string, got number",
    ),
    "changed_at a number": (
        _page(GOOD, {**GOOD, "changed_at": 1700000000}),
        f"{CHANGED_AT}, got number",
    ),
}


@pytest.mark.parametrize(("body", "expected"), MALFORMED.values(), ids=list(MALFORMED))
async def test_a_body_a_store_cannot_rely_on_names_the_field_never_the_value(body: Any, expected: str) -> None:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    content = content.replace(b"Zelda", b"Zelda " + API_KEY.encode())  # a server echoing the key back
    async with _serving(content).client() as client:
        with pytest.raises(KomboAPIError) as info:
            async for _ in iter_candidates(client, integration_id="acme:1").as_dicts():
                pass
    error = info.value
    message = str(error)
    assert message.startswith("HTTP 200: unexpected response body: ")
    assert expected in message
    if "results[1]" in expected or "(Candidate)" in expected:
        assert "GetCandidatesResponse.data.results[1] (Candidate)" in message
    assert PERSONAL not in message and API_KEY not in message and API_KEY not in repr(error)
    assert API_KEY not in (error.body_excerpt or "")
    assert error.__traceback__ is not None
    below_the_test = error.__traceback__.tb_next  # the test's own frame holds the body it served
    report = "".join(traceback.TracebackException(type(error), error, below_the_test, capture_locals=True).format())
    assert PERSONAL not in report and API_KEY not in report


def _serving(content: bytes) -> FakeKombo:
    return FakeKombo(lambda request: httpx.Response(200, content=content))


def _date_time_properties(op: Operation) -> list[str]:
    properties = api().component(str(op.item_schema))["properties"]
    return [name for name, prop in properties.items() if api().resolve(prop).get("format") == "date-time"]


def _smallest_record(op: Operation) -> dict[str, Any]:
    """The required properties of the list's record schema, each with a valid value (all are strings today)."""
    schema = api().component(str(op.item_schema))
    dates = _date_time_properties(op)
    return {name: "2024-01-01T00:00:00.000Z" if name in dates else kombo_id(1) for name in schema["required"]}


def _broken_records(op: Operation) -> list[tuple[dict[str, Any], str]]:
    """(a record, what the error must say) for each required property left out and each date-time made naive."""
    good = _smallest_record(op)
    cases = [({k: v for k, v in good.items() if k != name}, f"({op.item_schema}).{name}: expected") for name in good]
    for name in _date_time_properties(op):
        cases.append(({**good, name: "2024-01-01T00:00:00"}, f"({op.item_schema}).{name}: expected a timezone-aware"))
    return cases


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.resource)
async def test_what_is_checked_comes_from_the_spec_for_every_list(op: Operation) -> None:
    good = _smallest_record(op)
    optional_dates = {name: None for name in _date_time_properties(op) if name not in good}
    for broken, expected in [((good | optional_dates), ""), *_broken_records(op)]:
        async with _serving(json.dumps(_page(good, broken)).encode()).client() as client:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                pages = iter_pages_dynamic(client, op.resource, integration_id="acme:1").as_dicts()
            if not expected:  # required properties only, optional date-times null: a valid page
                assert [p.results async for p in pages] == [[good, broken]]
                continue
            with pytest.raises(KomboAPIError) as info:
                async for _ in pages:
                    pass
        assert f"{op.response_schema}.data.results[1] {expected}" in str(info.value)


async def test_the_typed_walk_names_an_unusable_next_cursor_too() -> None:
    fake = FakeKombo(lambda request: json_response(200, _page(record(1), next_cursor="")))
    async with fake.client() as client:
        with pytest.raises(KomboAPIError, match=r"GetCandidatesResponse\.data\.next: expected a non-empty string"):
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass


async def test_a_page_is_decoded_into_dicts_without_the_collector_running() -> None:
    started: list[int] = []

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    content = json.dumps(_page(*[record(n, tags=[{"id": str(n), "name": "x"}] * 5) for n in range(200)])).encode()
    fake = FakeKombo(lambda request: httpx.Response(200, content=content))
    thresholds = gc.get_threshold()
    gc.set_threshold(50, 10, 10)  # a page's thousands of objects would start dozens of collections
    gc.callbacks.append(count)
    try:
        async with fake.client() as client:
            assert len([r async for r in iter_candidates(client, integration_id="acme:1").as_dicts()]) == 200
            walker = iter_candidates(client, integration_id="acme:1").as_dicts()
            before = len(started)
            await anext(walker)  # one request, one page decoded
            during = len(started) - before
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*thresholds)
    assert during <= 8, f"{during} collections started while one page was fetched and decoded"
    assert gc.isenabled()
