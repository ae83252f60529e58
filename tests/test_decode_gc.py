"""Pages are decoded with the cyclic garbage collector paused (kombo_ats._gc_pause), and the collector's state is
always given back: on after a decode if it was on before, off if the program had switched it off, whatever the
body, and across threads decoding at once.

The pause is what makes a typed walk cheaper than ``json.loads`` into dicts once the collector is counted
(docs/benchmarks.md); the first test fails if a page's decode lets the collector run.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from kombo_ats import KomboAPIError, iter_candidates
from kombo_ats._gc_pause import gc_paused

from kombo_ats_client.models import Candidate
from tests.kombo_fake import FakeKombo, json_response, page_body
from tests.test_decode import spec_candidates


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """Counts the collections the GC starts (any generation) while the test runs, with a low threshold so that
    a page's allocations would start many of them."""
    started: list[int] = []

    def count(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(50, 10, 10)
    gc.callbacks.append(count)
    try:
        yield started
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*thresholds)
        if not was_enabled:
            gc.disable()


def fake_page(payloads: list[dict[str, Any]]) -> FakeKombo:
    """Serves one page; its bytes are built once, so serving it allocates next to nothing in the window measured."""
    body = json.dumps(page_body(payloads, None)).encode()
    return FakeKombo(lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"}))


async def walk_all(fake: FakeKombo) -> list[Candidate]:
    async with fake.client() as client:
        return [c async for c in iter_candidates(client, integration_id="acme:1")]


@pytest.mark.anyio
async def test_a_page_is_decoded_without_the_collector_running(collections: list[int]) -> None:
    payloads = spec_candidates(200)
    fake = fake_page(payloads)
    async with fake.client() as client:
        await walk_all(fake)  # the first walk builds the page decoder and compiles httpx's patterns: not measured
        walker = iter_candidates(client, integration_id="acme:1", page_size=200)
        before = len(collections)
        first = await walker.__anext__()  # one request, one page decoded
        during = len(collections) - before
        rest = [c async for c in walker]
    assert [first, *rest] == [Candidate.from_dict(p) for p in payloads]
    # 200 spec candidates are thousands of tracked objects: with a threshold of 50 an unpaused decode starts
    # dozens of collections (seen: 60 with the pause removed, 1 with it). What remains is the request's own objects.
    assert during <= 8, f"{during} collections started while one page was fetched and decoded"
    assert gc.isenabled()


@pytest.mark.anyio
async def test_the_collector_stays_off_when_the_program_switched_it_off() -> None:
    gc.disable()
    try:
        records = await walk_all(fake_page(spec_candidates(5)))
        assert len(records) == 5
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.anyio
async def test_a_body_that_fails_to_decode_gives_the_collector_back() -> None:
    assert gc.isenabled()
    broken = FakeKombo(lambda request: json_response(200, {"status": "success", "data": {"results": [{"id": 5}]}}))
    with pytest.raises(KomboAPIError, match="unexpected response body"):
        await walk_all(broken)
    assert gc.isenabled()


def test_pauses_nest_and_threads_share_one_pause() -> None:
    assert gc.isenabled()
    inside = threading.Event()
    release = threading.Event()
    seen_in_thread: list[bool] = []

    def other_decode() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)
            seen_in_thread.append(gc.isenabled())

    thread = threading.Thread(target=other_decode)
    thread.start()
    assert inside.wait(5)
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled(), "the other thread's decode is still running: the pause must hold"
    release.set()
    thread.join(5)
    assert seen_in_thread == [False]
    assert gc.isenabled()


@pytest.mark.anyio
async def test_concurrent_walks_leave_the_collector_on() -> None:
    payloads = spec_candidates(30)

    async def one() -> None:
        assert len(await walk_all(fake_page(payloads))) == 30

    async with anyio.create_task_group() as group:
        for _ in range(4):
            group.start_soon(one)
    await anyio.to_thread.run_sync(lambda: anyio.run(walk_all, fake_page(payloads)))
    assert gc.isenabled()
