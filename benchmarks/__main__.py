"""``python -m benchmarks`` (``make bench``): the measurements of issues 5 and 11, on the same bytes.

Sections 1-5 read the same pre-rendered pages of 250 realistic candidates (``benchmarks.data``) from an in-process
httpx transport, so what is measured is the client: HTTP plumbing, JSON decoding, model building and paging.
Section 6 is end to end over a real socket (``benchmarks.socket_run``). Each figure is the median of several
runs. Results go to the terminal (tables), ``benchmarks/results.json``, ``docs/benchmarks.png`` and the results
block of ``docs/benchmarks.md``. The modules: ``walkers`` (the clients and consumers), ``sections`` (what is
measured), ``socket_run`` (section 6), ``report`` (tables, verdicts, chart, docs).

``--quick`` runs everything small and once (a smoke test of the harness, not a measurement).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

from benchmarks import socket_run, sync_run
from benchmarks.data import PAGE_SIZE, PageSet, render_page_set
from benchmarks.fastapi_response import bench_fastapi_response
from benchmarks.report import (
    CHART_PATH,
    DOC_PATH,
    RESULTS_PATH,
    ROOT,
    chart,
    table,
    targets_table,
    update_doc,
    verdicts,
)
from benchmarks.sections import (
    Settings,
    bench_fan_out,
    bench_memory,
    bench_parsing,
    bench_read_ahead,
    bench_walks,
    run_walk,
)
from benchmarks.walkers import VARIANTS, WALKERS

DISTINCT_PAGES = 8  # 2,000 distinct records, cycled through for longer walks


def bench_socket(settings: Settings, pages: PageSet) -> dict[str, Any]:
    return socket_run.run(settings.socket_candidates, settings.socket_runs)


def bench_sync(settings: Settings, pages: PageSet) -> dict[str, Any]:
    return sync_run.run(50 if settings.quick else 500)


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
            "orjson": version("orjson"),
            "page_bytes": len(pages.first),
            "page_size": PAGE_SIZE,
        }
    }
    # Warm up (imports, pydantic schema building, first-call caches), then freeze what exists now: the
    # harness's heap (the official SDK alone adds ~55,000 objects) must not make every full garbage
    # collection during a walk slower for whichever method allocates most, as it otherwise would.
    for method in WALKERS:
        for variant in VARIANTS:
            run_walk(method, pages, 4 * PAGE_SIZE, variant)
    gc.collect()
    gc.freeze()
    sections: list[tuple[str, str, Callable[[Settings, PageSet], dict[str, Any]]]] = [
        ("walk", "1. walking candidates", bench_walks),
        ("parse", "2. parsing one record", bench_parsing),
        ("memory", "3. peak memory (tracemalloc)", bench_memory),
        ("read_ahead", "4. read-ahead", bench_read_ahead),
        ("fan_out", "5. fan-out", bench_fan_out),
        ("socket", "6. real socket: sandbox on loopback uvicorn -> SQLite", bench_socket),
        ("fastapi_response", "7. FastAPI response path", lambda s, p: bench_fastapi_response(s.quick, p)),
        ("sync", "8. sync 20 integrations of candidates into DuckDB (benchmarks/sync_run.py)", bench_sync),
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
