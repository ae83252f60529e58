"""A misbehaving API must not trap a walker in an endless loop.

If a page answers with ``next`` equal to the cursor that fetched it, following it would request the
same page forever; the walker raises ``PaginationError`` instead, after yielding what it got.
"""

from __future__ import annotations

import pytest
from kombo_ats import KomboError, PaginationError, iter_candidates

from tests.kombo_fake import FakeKombo, paged, record


@pytest.mark.anyio
async def test_cursor_pointing_at_itself_stops_the_walk() -> None:
    fake = FakeKombo(paged({None: ([record(1)], "c1"), "c1": ([record(2)], "c1")}))
    seen: list[str] = []
    async with fake.client() as client:
        with pytest.raises(PaginationError, match="c1"):
            async for candidate in iter_candidates(client, integration_id="acme:1"):
                seen.append(candidate.id)
    assert seen == [record(1)["id"]]
    assert fake.cursors() == [None, "c1"]
    assert issubclass(PaginationError, KomboError)


@pytest.mark.anyio
async def test_changing_cursors_are_followed_to_the_end() -> None:
    fake = FakeKombo(paged({None: ([record(1)], "c1"), "c1": ([record(2)], "c2"), "c2": ([], None)}))
    async with fake.client() as client:
        ids = [c.id async for c in iter_candidates(client, integration_id="acme:1")]
    assert ids == [record(1)["id"], record(2)["id"]]
    assert fake.cursors() == [None, "c1", "c2"]
