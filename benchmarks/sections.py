"""The measurements of ``make bench`` (sections 1-5; section 6, the real-socket run, is ``benchmarks.socket_run``).

Each returns the part of ``results.json`` it owns; ``benchmarks.report`` turns them into tables and verdicts.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import anyio
import orjson
from kombo_ats import iter_candidates, iter_pages, make_client, record_to_json
from kombo_ats._decode import fast_decoder
from kombo_ats._gc_pause import gc_paused

from benchmarks.data import BASE_URL, PAGE_SIZE, PageSet, transport
from benchmarks.walkers import INTEGRATION, OFFICIAL, RAW, RAW_ORJSON, SDK, VARIANTS, WALKERS, touch_model
from kombo_ats_client.models import Candidate, GetCandidatesResponse


class Settings:
    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.walk_sizes = [2_500, 5_000] if quick else [10_000, 100_000]
        self.walk_runs = {2_500: 1, 5_000: 1} if quick else {10_000: 5, 100_000: 3}
        # tracemalloc makes a walk ~5x slower; the peak is deterministic to well under 1% between runs,
        # so the 100,000-record walk is traced once to keep `make bench` within a few minutes.
        self.memory_runs = {2_500: 1, 5_000: 1} if quick else {10_000: 3, 100_000: 1}
        self.parse_runs = 3 if quick else 15
        self.latency = 0.1
        self.read_ahead_pages = 4 if quick else 16
        self.latency_runs = 1 if quick else 3
        self.fan_out_integrations = 20
        self.fan_out_pages = 2 if quick else 4
        self.fan_out_latency = 0.02
        self.fan_out_limit = 8
        self.socket_candidates = 25 if quick else 500  # per integration, 20 integrations
        self.socket_runs = 1 if quick else 3


def run_walk(method: str, pages: PageSet, n: int, variant: str = "walk") -> float:
    """Seconds for one walk of ``n`` records (checked to see all of them)."""
    gc.collect()
    seen, seconds = asyncio.run(WALKERS[method](pages, n, variant))
    if seen != n:
        raise RuntimeError(f"{method}: walked {seen} records, expected {n}")
    return seconds


# ------------------------------------------------------------------------------------ 1. walk throughput


def bench_walks(settings: Settings, pages: PageSet) -> dict[str, Any]:
    """Every client x every consumer, interleaved, median of several runs per size.

    Keys per size: ``{prefix}methods`` (per client: seconds_median, records_per_second, runs) and the ratios
    ``{prefix}sdk_vs_raw`` (json.loads floor), ``{prefix}sdk_vs_orjson`` (orjson floor) and
    ``{prefix}sdk_vs_official``, with prefix "" (walk), "full_" and "sync_".
    """
    results: dict[str, Any] = {}
    for n in settings.walk_sizes:
        times: dict[tuple[str, str], list[float]] = {(v, m): [] for v in VARIANTS for m in WALKERS}
        for _ in range(settings.walk_runs[n]):
            for variant, method in times:  # interleaved, so drift in machine load hits every method alike
                times[variant, method].append(run_walk(method, pages, n, variant))
        entry: dict[str, Any] = {"records": n}
        for variant in VARIANTS:
            per_method: dict[str, dict[str, Any]] = {
                method: {
                    "seconds_median": statistics.median(times[variant, method]),
                    "records_per_second": n / statistics.median(times[variant, method]),
                    "runs": times[variant, method],
                }
                for method in WALKERS
            }
            rate = {m: per_method[m]["records_per_second"] for m in WALKERS}
            prefix = "" if variant == "walk" else f"{variant}_"
            entry[f"{prefix}methods"] = per_method
            entry[f"{prefix}sdk_vs_raw"] = rate[SDK] / rate[RAW]
            entry[f"{prefix}sdk_vs_orjson"] = rate[SDK] / rate[RAW_ORJSON]
            entry[f"{prefix}sdk_vs_official"] = rate[SDK] / rate[OFFICIAL]
            print(f"  {variant} {n:>7,}: " + ", ".join(f"{m} {rate[m]:,.0f}/s" for m in WALKERS))
        results[str(n)] = entry
    return results


# ------------------------------------------------------------------------------------- 2. model parsing

PARSE_OURS = "kombo_ats_client Candidate.from_dict (every nested model built)"
PARSE_OFFICIAL = "official kombo model_validate (every nested model built)"
PARSE_OURS_SYNC = "kombo_ats_client from_dict + to_dict()"
PARSE_OFFICIAL_SYNC = "official kombo model_validate + model_dump()"
PARSE_OURS_BYTES = "kombo_ats page bytes -> models (msgspec path, page / 250)"
PARSE_OFFICIAL_BYTES = "official kombo model_validate_json (page / 250)"
PARSE_OURS_STORE = "kombo_ats record_to_json (storage serialisation)"
PARSE_OFFICIAL_STORE = "official kombo model_dump_json()"


def _paused(decode: Callable[[bytes], object], content: bytes) -> object:
    with gc_paused():
        return decode(content)


def bench_parsing(settings: Settings, pages: PageSet) -> dict[str, Any]:
    """Per record, from the same decoded dicts: full construction on both sides (like with like).

    ``from_dict`` builds every nested model (this SDK no longer defers any), as ``model_validate`` does; the
    decoders and the construction + dump pairs are shown for reference.
    """
    from kombo.models import GetAtsCandidatesPositiveResponse as OfficialPage
    from kombo.models import GetAtsCandidatesPositiveResponseResult as Official

    records: list[dict[str, Any]] = json.loads(pages.first)["data"]["results"]
    decode_page = fast_decoder(GetCandidatesResponse)
    assert decode_page is not None, "the benchmark page's model has no msgspec decoder"
    ours_built = [Candidate.from_dict(r) for r in records]
    theirs_built = [Official.model_validate(r) for r in records]
    contenders: dict[str, Callable[[], object]] = {
        "json.loads (page / 250, reference)": lambda: json.loads(pages.first),
        "orjson.loads (page / 250, reference)": lambda: orjson.loads(pages.first),
        PARSE_OURS: lambda: [Candidate.from_dict(r) for r in records],
        PARSE_OFFICIAL: lambda: [Official.model_validate(r) for r in records],
        PARSE_OURS_SYNC: lambda: [Candidate.from_dict(r).to_dict() for r in records],
        PARSE_OFFICIAL_SYNC: lambda: [Official.model_validate(r).model_dump() for r in records],
        PARSE_OURS_BYTES: lambda: _paused(decode_page, pages.first),  # as decode_body runs it (see _gc_pause)
        PARSE_OFFICIAL_BYTES: lambda: OfficialPage.model_validate_json(pages.first),
        PARSE_OURS_STORE: lambda: [record_to_json(c) for c in ours_built],
        PARSE_OFFICIAL_STORE: lambda: [c.model_dump_json() for c in theirs_built],
    }
    results: dict[str, Any] = {}
    for name, parse in contenders.items():
        parse()  # warm up
        runs = []
        for _ in range(settings.parse_runs):
            started = time.perf_counter()
            parse()
            runs.append((time.perf_counter() - started) / len(records) * 1e6)
        results[name] = {"microseconds_per_record": statistics.median(runs)}
    ours, theirs = (results[k]["microseconds_per_record"] for k in (PARSE_OURS, PARSE_OFFICIAL))
    ours_sync, theirs_sync = (results[k]["microseconds_per_record"] for k in (PARSE_OURS_SYNC, PARSE_OFFICIAL_SYNC))
    results["official_vs_ours"] = theirs / ours
    results["sync_official_vs_ours"] = theirs_sync / ours_sync
    ours_bytes, theirs_bytes = (results[k]["microseconds_per_record"] for k in (PARSE_OURS_BYTES, PARSE_OFFICIAL_BYTES))
    results["bytes_official_vs_ours"] = theirs_bytes / ours_bytes
    print(f"  parse: from_dict {ours:.1f} us/record, official {theirs:.1f} us/record ({theirs / ours:.2f}x)")
    print(f"  bytes -> models: msgspec path {ours_bytes:.1f} us/record, official {theirs_bytes:.1f} us/record")
    return results


# ------------------------------------------------------------------------------------------ 3. memory


def bench_memory(settings: Settings, pages: PageSet) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for method in (SDK,):
        per_size: dict[str, Any] = {}
        for n in settings.walk_sizes:
            peaks = []
            for _ in range(settings.memory_runs[n]):
                gc.collect()
                tracemalloc.start()
                try:
                    run_walk(method, pages, n)
                    _, peak = tracemalloc.get_traced_memory()
                finally:
                    tracemalloc.stop()
                peaks.append(peak)
            per_size[str(n)] = {"peak_bytes_median": statistics.median(peaks), "runs": peaks}
        small, large = (per_size[str(n)]["peak_bytes_median"] for n in settings.walk_sizes)
        results[method] = {"sizes": per_size, "large_vs_small": large / small}
        print(f"  memory {method}: {small / 2**20:.1f} MiB -> {large / 2**20:.1f} MiB")
    return results


# -------------------------------------------------------------------------------------- 4. read-ahead


async def walk_with_consumer(pages: PageSet, n: int, latency: float, read_ahead: bool) -> float:
    """Walk page by page; the consumer spends ``latency`` on each page (e.g. writing it to a database)."""
    client = make_client("bench", base_url=BASE_URL, httpx_args={"transport": transport(pages, n, latency=latency)})
    async with client:
        started = time.perf_counter()
        seen = 0
        walker = iter_pages(
            client, "candidates", integration_id=INTEGRATION, page_size=PAGE_SIZE, read_ahead=read_ahead
        )
        async with walker:
            async for page in walker:
                seen += len(page.results)
                await anyio.sleep(latency)
        if seen != n:
            raise RuntimeError(f"read-ahead walk saw {seen} records, expected {n}")
        return time.perf_counter() - started


def bench_read_ahead(settings: Settings, pages: PageSet) -> dict[str, Any]:
    n = settings.read_ahead_pages * PAGE_SIZE
    times: dict[str, list[float]] = {"sequential": [], "read_ahead": []}
    for _ in range(settings.latency_runs):
        for mode in times:
            gc.collect()
            times[mode].append(asyncio.run(walk_with_consumer(pages, n, settings.latency, mode == "read_ahead")))
    sequential, ahead = (statistics.median(times[mode]) for mode in times)
    print(f"  read-ahead: sequential {sequential:.2f}s, read-ahead {ahead:.2f}s -> {sequential / ahead:.2f}x")
    return {
        "latency_seconds": settings.latency,
        "consumer_seconds_per_page": settings.latency,
        "pages": settings.read_ahead_pages,
        "records": n,
        "sequential": {"seconds_median": sequential, "records_per_second": n / sequential, "runs": times["sequential"]},
        "read_ahead": {"seconds_median": ahead, "records_per_second": n / ahead, "runs": times["read_ahead"]},
        "speedup": sequential / ahead,
    }


# ----------------------------------------------------------------------------------------- 5. fan-out


async def fan_out(pages: PageSet, settings: Settings, concurrent: bool) -> float:
    """Walk every integration through one client: all at once (at most ``fan_out_limit``) or in turn."""
    per_integration = settings.fan_out_pages * PAGE_SIZE
    mock = transport(pages, per_integration, latency=settings.fan_out_latency)
    client = make_client("bench", base_url=BASE_URL, httpx_args={"transport": mock})
    integrations = [f"integration-{i:02d}" for i in range(settings.fan_out_integrations)]
    counts: dict[str, int] = {}

    async def walk(integration_id: str) -> None:
        seen = 0
        async for _candidate in iter_candidates(client, integration_id=integration_id, page_size=PAGE_SIZE):
            seen += 1
        counts[integration_id] = seen

    async with client:
        started = time.perf_counter()
        if concurrent:
            limiter = anyio.CapacityLimiter(settings.fan_out_limit)

            async def bounded(integration_id: str) -> None:
                async with limiter:
                    await walk(integration_id)

            async with anyio.create_task_group() as group:
                for integration_id in integrations:
                    group.start_soon(bounded, integration_id)
        else:
            for integration_id in integrations:
                await walk(integration_id)
        elapsed = time.perf_counter() - started
    if counts != dict.fromkeys(integrations, per_integration):
        raise RuntimeError(f"fan-out walked {counts}")
    return elapsed


def bench_fan_out(settings: Settings, pages: PageSet) -> dict[str, Any]:
    n = settings.fan_out_integrations * settings.fan_out_pages * PAGE_SIZE
    times: dict[str, list[float]] = {"sequential": [], "concurrent": []}
    for _ in range(settings.latency_runs):
        for mode in times:
            gc.collect()
            times[mode].append(asyncio.run(fan_out(pages, settings, mode == "concurrent")))
    sequential, concurrent = (statistics.median(times[mode]) for mode in times)
    print(f"  fan-out: sequential {sequential:.2f}s, concurrent {concurrent:.2f}s -> {sequential / concurrent:.2f}x")
    return {
        "integrations": settings.fan_out_integrations,
        "records_per_integration": settings.fan_out_pages * PAGE_SIZE,
        "latency_seconds": settings.fan_out_latency,
        "concurrency_limit": settings.fan_out_limit,
        "records": n,
        "sequential": {"seconds_median": sequential, "records_per_second": n / sequential, "runs": times["sequential"]},
        "concurrent": {"seconds_median": concurrent, "records_per_second": n / concurrent, "runs": times["concurrent"]},
        "speedup": sequential / concurrent,
    }


__all__ = ["OFFICIAL", "Settings", "touch_model"]
