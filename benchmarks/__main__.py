"""``python -m benchmarks`` (``make bench``): the five measurements of issue 5, on the same bytes.

Every walk reads the same pre-rendered pages of 250 realistic candidates (``benchmarks.data``) from an
in-process httpx transport, so what is measured is the client: HTTP plumbing, JSON decoding, model
building and paging. Each figure is the median of several runs. Results go to the terminal (a table),
``benchmarks/results.json``, ``docs/benchmarks.png`` and the results block of ``docs/benchmarks.md``.

``--quick`` runs everything small and once (a smoke test of the harness, not a measurement).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Coroutine
from importlib.metadata import version
from pathlib import Path
from typing import Any

import anyio
import httpx
from kombo_ats import iter_candidates, iter_pages, make_client

from benchmarks.data import BASE_URL, PAGE_SIZE, PageSet, render_page_set, transport
from kombo_ats_client.models import Candidate

ROOT = Path(__file__).resolve().parent.parent
RESULTS_PATH = ROOT / "benchmarks" / "results.json"
CHART_PATH = ROOT / "docs" / "benchmarks.png"
DOC_PATH = ROOT / "docs" / "benchmarks.md"
DOC_START, DOC_END = "<!-- results:start -->", "<!-- results:end -->"

INTEGRATION = "bench-integration"
DISTINCT_PAGES = 8  # 2,000 distinct records, cycled through for longer walks

TARGETS = {
    "sdk_vs_raw": 0.8,
    "sdk_vs_official": 1.5,
    "memory_100k_vs_10k": 1.10,
    "read_ahead_speedup": 1.6,
}


class Settings:
    def __init__(self, quick: bool) -> None:
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


# --------------------------------------------------------------------------------------------- walkers
# Each returns (records seen, seconds spent walking); clients are built before the clock starts.


# "Full access": the consumer reads every nested field of every record (the ones all three representations
# have), as code that stores or forwards whole records does. This SDK parses nested models on first access
# (lazy fields), so the plain walk alone would hide that cost; the raw walk has the dicts already.
NESTED_FIELDS = ("phone_numbers", "email_addresses", "social_media", "location", "custom_fields", "tags")


def touch_raw(record: dict[str, Any]) -> int:
    touched = sum(record.get(name) is not None for name in NESTED_FIELDS)
    for application in record.get("applications") or ():
        touched += (application.get("current_stage") is not None) + (application.get("job") is not None)
    return touched


def touch_model(record: Any) -> int:
    """Reads the same fields from a model of this SDK or of the official one (attribute names agree)."""
    touched = sum(getattr(record, name) is not None for name in NESTED_FIELDS)
    for application in record.applications or ():
        touched += (application.current_stage is not None) + (application.job is not None)
    return touched


async def walk_raw(pages: PageSet, n: int, full: bool = False) -> tuple[int, float]:
    """The floor: httpx + json.loads and a cursor loop, no models."""
    async with httpx.AsyncClient(base_url=BASE_URL, transport=transport(pages, n)) as http:
        headers = {"Authorization": "Bearer bench", "X-Integration-Id": INTEGRATION}
        seen = 0
        started = time.perf_counter()
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"page_size": PAGE_SIZE}
            if cursor is not None:
                params["cursor"] = cursor
            response = await http.get("/ats/candidates", params=params, headers=headers)
            response.raise_for_status()
            body = json.loads(response.content)
            for record in body["data"]["results"]:
                if full:
                    touch_raw(record)
                seen += 1
            cursor = body["data"]["next"]
            if not cursor:
                break
        return seen, time.perf_counter() - started


async def walk_sdk(pages: PageSet, n: int, full: bool = False) -> tuple[int, float]:
    """This SDK: ``iter_candidates`` yielding typed ``Candidate`` models."""
    client = make_client("bench", base_url=BASE_URL, httpx_args={"transport": transport(pages, n)})
    async with client:
        seen = 0
        started = time.perf_counter()
        async for candidate in iter_candidates(client, integration_id=INTEGRATION, page_size=PAGE_SIZE):
            assert candidate.id
            if full:
                touch_model(candidate)
            seen += 1
        return seen, time.perf_counter() - started


async def walk_official(pages: PageSet, n: int, full: bool = False) -> tuple[int, float]:
    """The official ``kombo`` SDK (pydantic models), paging with its own ``next()``."""
    from kombo import Kombo

    http = httpx.AsyncClient(transport=transport(pages, n), follow_redirects=True)
    async with http:
        sdk = Kombo(api_key="bench", integration_id=INTEGRATION, server_url=BASE_URL, async_client=http)
        seen = 0
        started = time.perf_counter()
        response = await sdk.ats.get_candidates_async(page_size=PAGE_SIZE)
        while response is not None:
            for candidate in response.result.data.results:
                assert candidate.id
                if full:
                    touch_model(candidate)
                seen += 1
            # next() is typed as returning a sync-or-async result; the async client's is awaitable.
            step: Any = response.next()
            response = await step
        return seen, time.perf_counter() - started


WALKERS: dict[str, Callable[[PageSet, int, bool], Coroutine[Any, Any, tuple[int, float]]]] = {
    "raw httpx + json.loads": walk_raw,
    "kombo_ats iter_candidates": walk_sdk,
    "official kombo SDK": walk_official,
}
# Each walk is measured twice: yielding records ("walk"), and reading every nested field of each ("full").
VARIANTS = {"walk": False, "full": True}


def run_walk(method: str, pages: PageSet, n: int, full: bool = False) -> float:
    """Seconds for one walk of ``n`` records (checked to see all of them)."""
    gc.collect()
    seen, seconds = asyncio.run(WALKERS[method](pages, n, full))
    if seen != n:
        raise RuntimeError(f"{method}: walked {seen} records, expected {n}")
    return seconds


# ------------------------------------------------------------------------------------ 1. walk throughput


def bench_walks(settings: Settings, pages: PageSet) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for n in settings.walk_sizes:
        times: dict[tuple[str, str], list[float]] = {(v, m): [] for v in VARIANTS for m in WALKERS}
        for _ in range(settings.walk_runs[n]):
            for variant, method in times:  # interleaved, so drift in machine load hits every method alike
                times[variant, method].append(run_walk(method, pages, n, VARIANTS[variant]))
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
            raw, sdk, official = (per_method[m]["records_per_second"] for m in WALKERS)
            prefix = "" if variant == "walk" else "full_"
            entry[f"{prefix}methods"] = per_method
            entry[f"{prefix}sdk_vs_raw"] = sdk / raw
            entry[f"{prefix}sdk_vs_official"] = sdk / official
            print(
                f"  {variant} {n:>7,}: "
                + ", ".join(f"{m} {per_method[m]['records_per_second']:,.0f}/s" for m in WALKERS)
            )
        results[str(n)] = entry
    return results


# ------------------------------------------------------------------------------------- 2. model parsing


def bench_parsing(settings: Settings, pages: PageSet) -> dict[str, Any]:
    from kombo.models import GetAtsCandidatesPositiveResponseResult

    records: list[dict[str, Any]] = json.loads(pages.first)["data"]["results"]
    contenders: dict[str, Callable[[], object]] = {
        "json.loads (page / 250, reference)": lambda: json.loads(pages.first),
        "kombo_ats_client Candidate.from_dict": lambda: [Candidate.from_dict(r) for r in records],
        "official kombo model_validate": lambda: [
            GetAtsCandidatesPositiveResponseResult.model_validate(r) for r in records
        ],
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
    ours = results["kombo_ats_client Candidate.from_dict"]["microseconds_per_record"]
    theirs = results["official kombo model_validate"]["microseconds_per_record"]
    results["official_vs_ours"] = theirs / ours
    print(f"  parse: from_dict {ours:.1f} us/record, official {theirs:.1f} us/record")
    return results


# ------------------------------------------------------------------------------------------ 3. memory


def bench_memory(settings: Settings, pages: PageSet) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for method in ("kombo_ats iter_candidates",):
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


# ---------------------------------------------------------------------------------------------- report


def verdicts(results: dict[str, Any]) -> dict[str, Any]:
    figures = {
        "sdk_vs_raw": min(w["sdk_vs_raw"] for w in results["walk"].values()),
        "sdk_vs_official": min(w["sdk_vs_official"] for w in results["walk"].values()),
        "memory_100k_vs_10k": results["memory"]["kombo_ats iter_candidates"]["large_vs_small"],
        "read_ahead_speedup": results["read_ahead"]["speedup"],
    }
    return {
        name: {
            "value": value,
            "target": TARGETS[name],
            "met": value <= TARGETS[name] if name.startswith("memory") else value >= TARGETS[name],
        }
        for name, value in figures.items()
    }


def table(results: dict[str, Any]) -> str:
    lines = ["| Measurement | Method | Result |", "|---|---|---|"]
    for n, walk in results["walk"].items():
        for prefix, what in (("", "walk"), ("full_", "walk + read every nested field of")):
            for method, figures in walk[f"{prefix}methods"].items():
                lines.append(
                    f"| 1. {what} {int(n):,} candidates | {method} | {figures['records_per_second']:,.0f} records/s "
                    f"({figures['seconds_median']:.2f} s) |"
                )
            lines.append(
                f"| 1. {what} {int(n):,} candidates | ratios | SDK / raw = {walk[f'{prefix}sdk_vs_raw']:.2f}x, "
                f"SDK / official = {walk[f'{prefix}sdk_vs_official']:.2f}x |"
            )
    for name, figures in results["parse"].items():
        if isinstance(figures, dict):
            lines.append(f"| 2. parse one record | {name} | {figures['microseconds_per_record']:.1f} us |")
    lines.append(f"| 2. parse one record | ratio | official / ours = {results['parse']['official_vs_ours']:.2f}x |")
    for method, memory in results["memory"].items():
        sizes = " / ".join(
            f"{int(n):,}: {figures['peak_bytes_median'] / 2**20:.1f} MiB" for n, figures in memory["sizes"].items()
        )
        lines.append(f"| 3. peak memory of a walk | {method} | {sizes} (ratio {memory['large_vs_small']:.2f}) |")
    ra = results["read_ahead"]
    setup = f"L = {ra['latency_seconds'] * 1000:.0f} ms, work/page = L, {ra['records']:,} records"
    for mode in ("sequential", "read_ahead"):
        lines.append(
            f"| 4. read-ahead ({setup}) | {mode.replace('_', '-')} | "
            f"{ra[mode]['records_per_second']:,.0f} records/s ({ra[mode]['seconds_median']:.2f} s) |"
        )
    lines.append(f"| 4. read-ahead | speedup | {ra['speedup']:.2f}x |")
    fo = results["fan_out"]
    setup = (
        f"{fo['integrations']} integrations x {fo['records_per_integration']:,}, "
        f"L = {fo['latency_seconds'] * 1000:.0f} ms, limit {fo['concurrency_limit']}"
    )
    for mode in ("sequential", "concurrent"):
        lines.append(
            f"| 5. fan-out ({setup}) | {mode} | "
            f"{fo[mode]['records_per_second']:,.0f} records/s ({fo[mode]['seconds_median']:.2f} s) |"
        )
    lines.append(f"| 5. fan-out | speedup | {fo['speedup']:.2f}x |")
    return "\n".join(lines)


def targets_table(results: dict[str, Any]) -> str:
    labels = {
        "sdk_vs_raw": "walk: SDK / raw httpx+json (worst size)",
        "sdk_vs_official": "walk: SDK / official SDK (worst size)",
        "memory_100k_vs_10k": "peak memory: 100k / 10k",
        "read_ahead_speedup": "read-ahead / sequential",
    }
    lines = ["| Target | Goal | Measured | Met |", "|---|---|---|---|"]
    for name, verdict in results["targets"].items():
        goal = f"<= {verdict['target']:.2f}" if name.startswith("memory") else f">= {verdict['target']:.2f}x"
        met = "yes" if verdict["met"] else "**no**"
        lines.append(f"| {labels[name]} | {goal} | {verdict['value']:.2f} | {met} |")
    return "\n".join(lines)


def chart(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (walks, latency) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [3, 2]})
    methods = list(WALKERS)
    groups = [(n, prefix) for n in results["walk"] for prefix in ("", "full_")]
    width = 0.8 / len(methods)
    for index, method in enumerate(methods):
        values = [results["walk"][n][f"{prefix}methods"][method]["records_per_second"] for n, prefix in groups]
        xs = [s + (index - (len(methods) - 1) / 2) * width for s in range(len(groups))]
        bars = walks.bar(xs, values, width, label=method)
        walks.bar_label(bars, labels=[f"{v / 1000:.0f}k" for v in values], fontsize=8)
    walks.set_xticks(
        range(len(groups)),
        [f"walk {int(n):,}" + ("\n+ read nested fields" if prefix else "") for n, prefix in groups],
        fontsize=8,
    )
    walks.set_ylabel("records / second (higher is better)")
    walks.set_title("1. Walking candidates through the same bytes")
    walks.legend(fontsize=8)

    ra, fo = results["read_ahead"], results["fan_out"]
    labels = ["sequential", "read-ahead", "one by one", f"concurrent\n(limit {fo['concurrency_limit']})"]
    values = [
        ra["sequential"]["records_per_second"],
        ra["read_ahead"]["records_per_second"],
        fo["sequential"]["records_per_second"],
        fo["concurrent"]["records_per_second"],
    ]
    bars = latency.bar(range(4), values, color=["#999999", "#2a7ab9", "#999999", "#2a7ab9"])
    latency.bar_label(bars, labels=[f"{v / 1000:.1f}k" for v in values], fontsize=8)
    latency.set_xticks(range(4), labels, fontsize=8)
    latency.set_title(
        f"4. read-ahead ({ra['speedup']:.2f}x) and 5. fan-out ({fo['speedup']:.2f}x)\nwith simulated latency",
        fontsize=10,
    )
    latency.set_ylabel("records / second")
    fig.tight_layout()
    CHART_PATH.parent.mkdir(exist_ok=True)
    fig.savefig(CHART_PATH, dpi=110)
    plt.close(fig)


def update_doc(results: dict[str, Any]) -> None:
    if not DOC_PATH.exists():
        return
    text = DOC_PATH.read_text(encoding="utf-8")
    if DOC_START not in text or DOC_END not in text:
        return
    env = results["environment"]
    block = "\n".join(
        [
            DOC_START,
            f"Measured {env['date']} on {env['platform']}, Python {env['python']}, {env['cpus']} CPUs; "
            f"kombo {env['kombo']}, pydantic {env['pydantic']}, httpx {env['httpx']}.",
            "",
            table(results),
            "",
            targets_table(results),
            "",
            "![records/s per method](benchmarks.png)",
            DOC_END,
        ]
    )
    head, rest = text.split(DOC_START, 1)
    tail = rest.split(DOC_END, 1)[1]
    DOC_PATH.write_text(head + block + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each; no files written")
    args = parser.parse_args(argv)
    settings = Settings(args.quick)
    started = time.perf_counter()
    print(f"rendering {DISTINCT_PAGES} pages of {PAGE_SIZE} candidates ...")
    pages = render_page_set(DISTINCT_PAGES)
    results: dict[str, Any] = {
        "environment": {
            "date": time.strftime("%Y-%m-%d"),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "kombo": version("kombo"),
            "pydantic": version("pydantic"),
            "httpx": version("httpx"),
            "page_bytes": len(pages.first),
            "page_size": PAGE_SIZE,
        }
    }
    # Warm up (imports, pydantic schema building, first-call caches), then freeze what exists now: the
    # harness's heap (the official SDK alone adds ~55,000 objects) must not make every full garbage
    # collection during a walk slower for whichever method allocates most, as it otherwise would.
    for method in WALKERS:
        for full in VARIANTS.values():
            run_walk(method, pages, 4 * PAGE_SIZE, full)
    gc.collect()
    gc.freeze()
    sections: list[tuple[str, str, Callable[[Settings, PageSet], dict[str, Any]]]] = [
        ("walk", "1. walking candidates", bench_walks),
        ("parse", "2. parsing one record", bench_parsing),
        ("memory", "3. peak memory (tracemalloc)", bench_memory),
        ("read_ahead", "4. read-ahead", bench_read_ahead),
        ("fan_out", "5. fan-out", bench_fan_out),
    ]
    section_seconds: dict[str, float] = {}
    for key, title, bench in sections:
        print(title)
        section_started = time.perf_counter()
        results[key] = bench(settings, pages)
        section_seconds[key] = time.perf_counter() - section_started
    results["environment"]["section_seconds"] = section_seconds
    results["targets"] = verdicts(results)
    results["environment"]["total_seconds"] = time.perf_counter() - started
    print()
    print(table(results))
    print()
    print(targets_table(results))
    if not args.quick:
        RESULTS_PATH.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        chart(results)
        update_doc(results)
        print(f"\nwrote {RESULTS_PATH.relative_to(ROOT)}, {CHART_PATH.relative_to(ROOT)}, {DOC_PATH.relative_to(ROOT)}")
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
