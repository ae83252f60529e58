"""The walks ``make bench`` times (``benchmarks/walkers.py``) walk every record, whatever the client and variant:
a walker that stopped early or skipped a page would report a speed it did not earn."""

from __future__ import annotations

import anyio
import pytest

from benchmarks.data import PAGE_SIZE, render_page_set
from benchmarks.walkers import VARIANTS, WALKERS


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("method", list(WALKERS))
def test_every_benchmark_walk_sees_every_record(method: str, variant: str) -> None:
    n = 3 * PAGE_SIZE
    seen, seconds = anyio.run(WALKERS[method], render_page_set(2), n, variant)
    assert seen == n and seconds > 0
