"""Cursor walking through the public API: pages, cursors, early exit, resume, read-ahead."""

from __future__ import annotations

import gc

import anyio
import anyio.lowlevel
import httpx
import pytest
from kombo_ats import (
    NotFoundError,
    Page,
    Resource,
    iter_applications,
    iter_candidates,
    iter_jobs,
    iter_offers,
    iter_pages,
)

from .kombo_fake import FakeKombo, error_body, json_response, kombo_id, page_body, paged, record


async def wait_guarded(event: anyio.Event) -> None:
    """Wait for ``event``; a deadlock guard (not a timing assertion) so a broken read-ahead fails fast."""
    with anyio.fail_after(10):
        await event.wait()


THREE_PAGES = {
    None: ([record(1), record(2)], "c1"),
    "c1": ([], "c2"),  # an empty page in the middle still has a next cursor
    "c2": ([record(3)], None),
}


@pytest.mark.anyio
async def test_walks_all_pages_passing_cursors_and_stops_on_null_next() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        ids = [c.id async for c in iter_candidates(client, integration_id="acme:1")]
    assert ids == [kombo_id(1), kombo_id(2), kombo_id(3)]
    assert fake.cursors() == [None, "c1", "c2"]
    assert all(r.url.path == "/v1/ats/candidates" for r in fake.requests)


@pytest.mark.anyio
async def test_iter_pages_exposes_results_and_cursors() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        pages = [p async for p in iter_pages(client, "candidates", integration_id="acme:1")]
    assert [(p.cursor, p.next_cursor, len(p.results)) for p in pages] == [
        (None, "c1", 2),
        ("c1", "c2", 0),
        ("c2", None, 1),
    ]
    assert [p.is_last for p in pages] == [False, False, True]
    assert isinstance(pages[0], Page)


@pytest.mark.anyio
async def test_break_sends_no_further_request() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        async for candidate in iter_candidates(client, integration_id="acme:1"):
            assert candidate.id == kombo_id(1)
            break
        async for _page in iter_pages(client, "candidates", integration_id="acme:1"):
            break
        await anyio.lowlevel.checkpoint()
    assert fake.cursors() == [None, None]


@pytest.mark.anyio
async def test_items_of_a_page_do_not_trigger_next_request_until_needed() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        it = iter_candidates(client, integration_id="acme:1")
        await it.__anext__()
        await it.__anext__()  # last item of page 1: still no request for page 2
        assert fake.cursors() == [None]
        await it.aclose()


@pytest.mark.anyio
async def test_resume_from_checkpointed_cursor() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        first = await iter_pages(client, "candidates", integration_id="acme:1").__anext__()
        checkpoint = first.next_cursor
        resumed = [p async for p in iter_pages(client, "candidates", integration_id="acme:1", cursor=checkpoint)]
    assert fake.cursors() == [None, "c1", "c2"]
    assert [p.cursor for p in resumed] == ["c1", "c2"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("resource", "walker", "path"),
    [
        ("candidates", iter_candidates, "/v1/ats/candidates"),
        ("jobs", iter_jobs, "/v1/ats/jobs"),
        ("applications", iter_applications, "/v1/ats/applications"),
        ("offers", iter_offers, "/v1/ats/offers"),
    ],
)
async def test_each_endpoint_walks_its_path(resource: Resource, walker: object, path: str) -> None:
    fake = FakeKombo(paged({None: ([record(1)], "n"), "n": ([record(2)], None)}))
    async with fake.client() as client:
        items = [x.id async for x in walker(client, integration_id="acme:1")]  # type: ignore[operator]
        pages = [p async for p in iter_pages(client, resource, integration_id="acme:1")]
    assert items == [kombo_id(1), kombo_id(2)]
    assert sum(len(p.results) for p in pages) == 2
    assert {r.url.path for r in fake.requests} == {path}
    assert all(r.headers["X-Integration-Id"] == "acme:1" for r in fake.requests)


@pytest.mark.anyio
async def test_unknown_fields_and_enum_values_reach_the_caller() -> None:
    job = record(
        1,
        status="ON_HOLD_NEW_STATUS",
        employment_type="APPRENTICESHIP",
        video_url="https://ats.example/jobs/1/video",
        brand_new_field={"nested": [1, 2]},
    )
    fake = FakeKombo(lambda r: json_response(200, {**page_body([job], None), "extra_top_level": True}))
    async with fake.client() as client:
        jobs = [j async for j in iter_jobs(client, integration_id="acme:1")]
    assert jobs[0].status == "ON_HOLD_NEW_STATUS"
    assert jobs[0].employment_type == "APPRENTICESHIP"
    assert jobs[0]["video_url"] == "https://ats.example/jobs/1/video"
    assert jobs[0].additional_properties["brand_new_field"] == {"nested": [1, 2]}


@pytest.mark.anyio
async def test_walk_holds_one_page_not_all_records() -> None:
    # Each page is a fresh list object; the iterator must not keep earlier ones alive.
    pages = {None: ([record(i) for i in range(3)], "a"), "a": ([record(i) for i in range(3, 6)], None)}
    fake = FakeKombo(paged(pages))
    async with fake.client() as client:
        it = iter_pages(client, "candidates", integration_id="acme:1")
        import weakref

        first = await it.__anext__()
        ref = weakref.ref(first.results[0])
        del first
        second = await it.__anext__()
        gc.collect()
        assert ref() is None, "the walker still references the previous page's records"
        assert len(second.results) == 3


# --- read_ahead -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_read_ahead_fetches_next_page_while_caller_works() -> None:
    page2_started = anyio.Event()
    release_page2 = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor == "c1":
            page2_started.set()
            await release_page2.wait()
        results, nxt = {None: ([record(1)], "c1"), "c1": ([record(2)], None)}[cursor]
        return json_response(200, page_body(results, nxt))

    fake = FakeKombo(handler)
    async with fake.client() as client:
        seen = []
        async for page in iter_pages(client, "candidates", integration_id="acme:1", read_ahead=True):
            if page.cursor is None:
                # We are "processing" page 1: page 2's request must already be running.
                with anyio.fail_after(10):  # deadlock guard only; read_ahead=False would hang here
                    await page2_started.wait()
                release_page2.set()
            seen.append(page.cursor)
    assert seen == [None, "c1"]
    assert fake.cursors() == [None, "c1"]


@pytest.mark.anyio
async def test_read_ahead_keeps_only_one_page_in_flight() -> None:
    page2_done = anyio.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor == "c1":
            page2_done.set()
        return json_response(200, page_body([record(1)], {None: "c1", "c1": "c2", "c2": "c3", "c3": None}[cursor]))

    fake = FakeKombo(handler)
    async with fake.client() as client:
        pages = iter_pages(client, "candidates", integration_id="acme:1", read_ahead=True)
        async with pages:
            await pages.__anext__()
            with anyio.fail_after(10):
                await page2_done.wait()
            for _ in range(50):  # give an unbounded prefetcher every chance to run ahead
                await anyio.lowlevel.checkpoint()
            assert fake.cursors() == [None, "c1"]
            second = await pages.__anext__()
            assert second.cursor == "c1"
            for _ in range(50):
                await anyio.lowlevel.checkpoint()
            assert fake.cursors() == [None, "c1", "c2"]


@pytest.mark.anyio
@pytest.mark.parametrize("close", ["async_with", "break_and_drop", "exception"])
async def test_read_ahead_prefetch_is_cancelled_when_the_caller_stops(close: str) -> None:
    cancelled = anyio.Event()
    started = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "c1":
            started.set()
            try:
                await anyio.sleep_forever()
            finally:
                cancelled.set()
        return json_response(200, page_body([record(1)], "c1"))

    fake = FakeKombo(handler)
    async with fake.client() as client:
        if close == "async_with":
            async with iter_candidates(client, integration_id="acme:1", read_ahead=True) as items:
                async for _ in items:
                    await wait_guarded(started)
                    break
            assert cancelled.is_set()  # aclose() waits for the prefetch to finish
        elif close == "break_and_drop":
            async for _ in iter_candidates(client, integration_id="acme:1", read_ahead=True):
                await wait_guarded(started)
                break
            gc.collect()
            with anyio.fail_after(10):
                await cancelled.wait()
        else:
            with pytest.raises(RuntimeError, match="consumer failed"):
                async for _ in iter_candidates(client, integration_id="acme:1", read_ahead=True):
                    await wait_guarded(started)
                    raise RuntimeError("consumer failed")
            gc.collect()
            with anyio.fail_after(10):
                await cancelled.wait()
    assert fake.cursors() == [None, "c1"]


@pytest.mark.anyio
async def test_read_ahead_error_surfaces_when_that_page_is_requested() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "c1":
            return json_response(404, error_body("PLATFORM.INTEGRATION_NOT_FOUND", "gone"))
        return json_response(200, page_body([record(1)], "c1"))

    fake = FakeKombo(handler)
    async with fake.client() as client:
        seen = []
        with pytest.raises(NotFoundError) as info:
            async for c in iter_candidates(client, integration_id="acme:1", read_ahead=True):
                seen.append(c.id)
    assert seen == [kombo_id(1)]  # page 1 was delivered before page 2's error
    assert info.value.code == "PLATFORM.INTEGRATION_NOT_FOUND"


@pytest.mark.anyio
async def test_read_ahead_walks_everything_in_order() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        ids = [c.id async for c in iter_candidates(client, integration_id="acme:1", read_ahead=True)]
    assert ids == [kombo_id(1), kombo_id(2), kombo_id(3)]
    assert fake.cursors() == [None, "c1", "c2"]


@pytest.mark.anyio
async def test_by_page_hands_a_fresh_walker_over_as_whole_pages_with_their_cursors() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        walker = iter_candidates(client, integration_id="acme:1")
        pages = walker.by_page()
        assert fake.cursors() == []  # nothing fetched until asked
        first = await pages.__anext__()  # fetched now: its errors come before the caller commits to anything
        assert (first.cursor, first.next_cursor, [c.id for c in first.results]) == (
            None,
            "c1",
            [kombo_id(1), kombo_id(2)],
        )
        rest = [p async for p in pages]
    assert [(p.cursor, p.next_cursor, len(p.results)) for p in rest] == [("c1", "c2", 0), ("c2", None, 1)]
    assert fake.cursors() == [None, "c1", "c2"]


@pytest.mark.anyio
async def test_by_page_after_a_whole_page_of_records_goes_on_with_the_next_page() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        walker = iter_candidates(client, integration_id="acme:1")
        taken = [(await walker.__anext__()).id for _ in range(2)]  # the first page's two records
        rest = [p async for p in walker.by_page()]
    assert taken == [kombo_id(1), kombo_id(2)]
    assert [(p.cursor, [c.id for c in p.results]) for p in rest] == [("c1", []), ("c2", [kombo_id(3)])]


@pytest.mark.anyio
async def test_by_page_in_the_middle_of_a_page_refuses_to_skip_its_records() -> None:
    fake = FakeKombo(paged(THREE_PAGES))
    async with fake.client() as client:
        walker = iter_candidates(client, integration_id="acme:1")
        await walker.__anext__()
        with pytest.raises(ValueError, match=r"by_page\(\): 1 record\(s\) of the current page were not taken yet"):
            walker.by_page()
        assert (await walker.__anext__()).id == kombo_id(2)  # the walker is untouched and goes on
        await walker.aclose()
    assert fake.cursors() == [None]
