"""Finished responses are freed by reference counting, not left for the cyclic garbage collector.

Without this, every page of a long walk survives until the next GC run, and peak memory depends
on when the collector happens to run (measured by `make bench`, benchmark 3).
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import httpx
import pytest
from kombo_ats import iter_pages

from tests.kombo_fake import FakeKombo, paged, record


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.anyio
async def test_page_responses_are_freed_without_the_cyclic_collector(
    no_cyclic_gc: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[weakref.ref[httpx.Response]] = []
    original = httpx.AsyncClient.send

    async def tracking_send(self: httpx.AsyncClient, *args: object, **kwargs: object) -> httpx.Response:
        response = await original(self, *args, **kwargs)  # type: ignore[arg-type]
        seen.append(weakref.ref(response))
        return response

    monkeypatch.setattr(httpx.AsyncClient, "send", tracking_send)
    pages = {None: ([record(1)], "c1"), "c1": ([record(2)], "c2"), "c2": ([record(3)], None)}
    fake = FakeKombo(paged(pages))
    async with fake.client() as client:
        ids = [r.id async for page in iter_pages(client, "candidates", integration_id="acme:1") for r in page.results]
        assert len(ids) == 3
        assert len(seen) == 3
        assert [ref() for ref in seen] == [None, None, None]
