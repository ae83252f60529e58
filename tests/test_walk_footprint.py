"""What a long walk leaves behind per page: nothing that grows with the pages, and a turn for every other task.

A walk's memory must not grow with the number of pages or the length of their cursors (issue 17's memory target:
a 100,000-record walk peaks within 10 % of a 10,000-record one). Two things used to grow: every attempt's deadline
is an event-loop timer, and asyncio drops cancelled timers only when its loop runs, which a walk over a transport
that answers at once (in-memory, ASGI) never let it do; and the cursor-cycle guard kept every cursor string.
The fix for the first, a checkpoint before every request, is tested for what it promises besides memory too:
other tasks run during such a walk, and a cancelled caller sends nothing.
"""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from kombo_ats import WalkProgress, check_api_key, iter_pages

from tests.kombo_fake import FakeKombo, json_response, never_called, page_body, record

pytestmark = pytest.mark.anyio


def numbered_pages(count: int, *, cursor_chars: int = 0) -> Any:
    """A handler serving ``count`` pages of one record each; cursor n is ``n`` padded to ``cursor_chars``."""

    def cursor(n: int) -> str:
        return str(n).rjust(cursor_chars, "c")

    def handle(request: httpx.Request) -> httpx.Response:
        given = request.url.params.get("cursor")
        n = int(given.lstrip("c")) if given else 0
        next_cursor = cursor(n + 1) if n + 1 < count else None
        return json_response(200, page_body([record(n + 1)], next_cursor))

    return handle


async def test_a_walk_over_an_instant_transport_lets_other_tasks_run() -> None:
    """Every request is a checkpoint: a walk whose transport never waits still yields between pages."""
    pages = 50
    fake = FakeKombo(numbered_pages(pages))
    turns = 0
    walked = 0
    async with fake.client() as client, anyio.create_task_group() as group:

        async def other_task() -> None:
            nonlocal turns
            while True:
                turns += 1
                await anyio.lowlevel.checkpoint()

        group.start_soon(other_task)
        await anyio.lowlevel.checkpoint()  # let it start
        turns = 0
        async for page in iter_pages(client, "candidates", integration_id="acme:1"):
            walked += len(page.results)
        group.cancel_scope.cancel()
    assert walked == pages
    assert turns >= pages - 1, f"the other task ran {turns} times during a {pages}-page walk"


async def test_a_cancelled_caller_sends_nothing() -> None:
    """The checkpoint comes before the request: a call made in a cancelled scope never reaches the server."""
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with anyio.CancelScope() as scope:
            scope.cancel()
            await check_api_key(client)
    assert scope.cancelled_caught
    assert fake.requests == []


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_attempt_deadlines_leave_no_timers_behind_on_asyncio() -> None:
    """Each attempt's deadline is a timer in the loop's heap; a 1,000-page walk must not leave 1,000 dead ones.

    ``loop._scheduled`` is CPython's timer heap (private, but the only place the leak shows before memory does).
    """
    loop = asyncio.get_running_loop()
    timers = getattr(loop, "_scheduled", None)
    if not isinstance(timers, list):
        pytest.skip("this event loop keeps its timers elsewhere")
    pages = 1_000
    fake = FakeKombo(numbered_pages(pages))
    heap_sizes: list[int] = []

    def after_page(progress: WalkProgress) -> None:
        heap_sizes.append(len(timers))

    async with fake.client(timeout=60) as client:
        async for _ in iter_pages(client, "candidates", integration_id="acme:1", progress=after_page):
            pass
    assert len(heap_sizes) == pages
    assert max(heap_sizes) <= 5, f"timer heap grew to {max(heap_sizes)} during a {pages}-page walk"


@pytest.mark.parametrize("read_ahead", [False, True])
async def test_the_cycle_guard_keeps_fixed_size_digests_not_cursors(read_ahead: bool) -> None:
    """40 pages with 50,000-character cursors: the walker holds a few bytes per page, not the 2 MB of cursors."""
    pages, cursor_chars = 40, 50_000
    fake = FakeKombo(numbered_pages(pages, cursor_chars=cursor_chars))
    tracemalloc.start()  # traces only what is allocated from now on, so before the walk
    try:
        async with fake.client() as client:
            walker = iter_pages(client, "candidates", integration_id="acme:1", read_ahead=read_ahead)
            walked = 0
            async for page in walker:
                walked += len(page.results)
            del page
            fake.requests.clear()  # the transport's record of the requests holds every cursor too
            gc.collect()
            with_walker = tracemalloc.get_traced_memory()[0]
            del walker
            gc.collect()
            held = with_walker - tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert walked == pages
    cursors_total = (pages - 1) * cursor_chars
    # The last cursor itself (the walker's resume point) is one of them; every other one is a 16-byte digest.
    assert held < 2 * cursor_chars, f"the finished walker holds {held:,} bytes for {cursors_total:,} of cursors"
