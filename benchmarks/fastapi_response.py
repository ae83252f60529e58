"""Section 7 of ``make bench``: 10,000 candidates through FastAPI's response path.

One FastAPI app, one route per contender, each returning the same 10,000 candidates (built before the
clock starts) and declaring them as its ``response_model``; a request through httpx's ASGI transport
times what FastAPI does with them: validate against the response model, serialise, render the JSON
body. Contenders:

* this SDK's attrs models (``response_model=list[Candidate]``; pydantic's protocol from ``kombo_ats._pydantic``,
  serialised through ``to_dict()``);
* the official ``kombo`` SDK's pydantic models (``response_model=list[<its candidate>]``);
* plain dicts as decoded from the API, declared ``list[dict[str, Any]]``, and returned without any
  declaration (FastAPI's ``jsonable_encoder``), for reference.

Goal (issue 19): this SDK at least as fast as the official SDK's models. Run alone with
``python -m benchmarks.fastapi_response`` (``--quick``: a smoke test).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from itertools import cycle, islice
from typing import Any

import httpx
import orjson
from fastapi import FastAPI

from benchmarks.data import PageSet, render_page_set
from kombo_ats_client.models import Candidate

RECORDS = 10_000
QUICK_RECORDS = 1_000
OURS = "this SDK's models"
OFFICIAL = "official SDK's pydantic models"
DICTS = "plain dicts, list[dict[str, Any]]"
DICTS_UNDECLARED = "plain dicts, no response_model"
CONTENDERS = {OURS: "/ours", OFFICIAL: "/official", DICTS: "/dicts", DICTS_UNDECLARED: "/undeclared"}


def _app(records: list[dict[str, Any]]) -> FastAPI:
    from kombo.models import GetAtsCandidatesPositiveResponseResult as Official

    ours = [Candidate.from_dict(r) for r in records]
    theirs = [Official.model_validate(r) for r in records]
    app = FastAPI()

    @app.get("/ours", response_model=list[Candidate])
    async def sdk() -> Any:
        return ours

    @app.get("/official", response_model=list[Official])
    async def official() -> Any:
        return theirs

    @app.get("/dicts", response_model=list[dict[str, Any]])
    async def dicts() -> Any:
        return records

    @app.get("/undeclared")
    async def undeclared():  # type: ignore[no-untyped-def]  # FastAPI's jsonable_encoder path
        return records

    return app


async def _time(app: FastAPI, path: str, n: int) -> float:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        gc.collect()
        started = time.perf_counter()
        response = await http.get(path)
        seconds = time.perf_counter() - started
    response.raise_for_status()
    if len(orjson.loads(response.content)) != n:
        raise RuntimeError(f"{path}: answered a different number of records than {n}")
    return seconds


def bench_fastapi_response(quick: bool, pages: PageSet) -> dict[str, Any]:
    """Median seconds per contender (interleaved runs) and the ratios to this SDK."""
    n = QUICK_RECORDS if quick else RECORDS
    runs = 1 if quick else 5
    distinct = [r for body in pages.last for r in orjson.loads(body)["data"]["results"]]
    records = list(islice(cycle(distinct), n))
    app = _app(records)
    for path in CONTENDERS.values():  # warm up: schema building, first-call caches
        asyncio.run(_time(app, path, n))
    seconds: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    for _ in range(runs):
        for name, path in CONTENDERS.items():
            seconds[name].append(asyncio.run(_time(app, path, n)))
    results: dict[str, Any] = {"records": n, "runs": runs}
    for name, values in seconds.items():
        median = statistics.median(values)
        results[name] = {"seconds": median, "microseconds_per_record": median / n * 1e6}
    ours = results[OURS]["seconds"]
    results["official_vs_ours"] = results[OFFICIAL]["seconds"] / ours
    results["dicts_vs_ours"] = results[DICTS]["seconds"] / ours
    for name in CONTENDERS:
        figures = results[name]
        print(
            f"  {name:<36} {figures['seconds'] * 1000:8.1f} ms {figures['microseconds_per_record']:6.1f} us/record"
            f"  ({figures['seconds'] / ours:.2f}x this SDK's time)"
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fastapi_response", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_RECORDS} records, one run")
    args = parser.parse_args(argv)
    print(f"7. FastAPI response path ({QUICK_RECORDS if args.quick else RECORDS:,} candidates)")
    bench_fastapi_response(args.quick, render_page_set(8))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
