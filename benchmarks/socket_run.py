"""6. End to end over a real socket: the bundled sandbox on loopback uvicorn, 20 integrations synced into SQLite.

What a user would recognise: every client syncs all candidates of 20 integrations concurrently (at most
``LIMIT`` at a time) from a sandbox server in *another process*, writing each page into SQLite as JSON
(each client its fastest documented way to a store: this SDK walks with ``.as_dicts()``, records as Kombo sent them,
encoded by ``kombo_ats.records_to_json``; ``record.model_dump_json()`` for the official one; ``json.dumps`` of the
dict for raw httpx). Each client runs in a fresh process, so its figures are its own: records/s, CPU
seconds per 10,000 records (user + system time of the client process during the sync), and peak RSS of the process
(``ru_maxrss``, imports included) next to its RSS before the sync.

If a client cannot parse what the sandbox serves (the official SDK insists on fields the sandbox may not carry),
its row says so with the exception type and the first line of its message instead of crashing the run.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import anyio
import httpx

LIMIT = 8
PAGE_SIZE = 250
INTEGRATIONS = [f"greenhouse:benchSocket{i:02d}Integration0000" for i in range(20)]
METHODS = ("raw httpx + json.loads", "kombo_ats iter_pages", "official kombo SDK (cursor= by hand)")


def _serve(candidates: int, extra_fields: bool, conn: Connection) -> None:
    """Child process: run the sandbox (public API only) until the parent sends anything."""
    from kombo_ats_sandbox import Faults, SandboxConfig, SandboxServer

    faults = Faults(extra_fields=extra_fields)
    config = SandboxConfig(candidates=candidates, integrations=INTEGRATIONS, faults=faults)
    with SandboxServer(config) as server:
        conn.send((server.base_url, config.api_key))
        conn.recv()


def _open_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    db.execute(
        "CREATE TABLE IF NOT EXISTS candidates (integration TEXT, id TEXT, body TEXT, PRIMARY KEY (integration, id))"
    )
    return db


async def _sync_raw(base_url: str, api_key: str, db: sqlite3.Connection) -> int:
    total = 0
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:

        async def one(integration: str) -> None:
            nonlocal total
            headers = {"Authorization": f"Bearer {api_key}", "X-Integration-Id": integration}
            cursor: str | None = None
            while True:
                params: dict[str, Any] = {"page_size": PAGE_SIZE}
                if cursor:
                    params["cursor"] = cursor
                response = await http.get("/ats/candidates", params=params, headers=headers)
                response.raise_for_status()
                data = json.loads(response.content)["data"]
                rows = [(integration, r["id"], json.dumps(r)) for r in data["results"]]
                db.executemany("INSERT OR REPLACE INTO candidates VALUES (?, ?, ?)", rows)
                total += len(rows)
                cursor = data["next"]
                if not cursor:
                    return

        await _fan_out(one)
    return total


async def _sync_sdk(base_url: str, api_key: str, db: sqlite3.Connection) -> int:
    from kombo_ats import iter_pages, make_client, records_to_json

    total = 0
    async with make_client(api_key, base_url=base_url) as client:

        async def one(integration: str) -> None:
            nonlocal total
            pages = iter_pages(client, "candidates", integration_id=integration, page_size=PAGE_SIZE).as_dicts()
            async for page in pages:
                stored = records_to_json(page.results)
                rows = [(integration, r["id"], j) for r, j in zip(page.results, stored, strict=True)]
                db.executemany("INSERT OR REPLACE INTO candidates VALUES (?, ?, ?)", rows)
                total += len(rows)

        await _fan_out(one)
    return total


async def _sync_official(base_url: str, api_key: str, db: sqlite3.Connection) -> int:
    from kombo import Kombo

    total = 0
    async with httpx.AsyncClient(timeout=60, follow_redirects=True) as http:

        async def one(integration: str) -> None:
            nonlocal total
            sdk = Kombo(api_key=api_key, integration_id=integration, server_url=base_url, async_client=http)
            cursor: str | None = None
            while True:
                response = await sdk.ats.get_candidates_async(page_size=PAGE_SIZE, cursor=cursor)
                assert response is not None
                data = response.result.data
                rows = [(integration, c.id, c.model_dump_json()) for c in data.results]
                db.executemany("INSERT OR REPLACE INTO candidates VALUES (?, ?, ?)", rows)
                total += len(rows)
                cursor = data.next
                if not cursor:
                    return

        await _fan_out(one)
    return total


async def _fan_out(one: Any) -> None:
    limiter = anyio.CapacityLimiter(LIMIT)

    async def bounded(integration: str) -> None:
        async with limiter:
            await one(integration)

    async with anyio.create_task_group() as group:
        for integration in INTEGRATIONS:
            group.start_soon(bounded, integration)


SYNCS = {METHODS[0]: _sync_raw, METHODS[1]: _sync_sdk, METHODS[2]: _sync_official}


def _client(method: str, base_url: str, api_key: str) -> dict[str, Any]:
    """Child process (``python -m benchmarks.socket_run``): one sync with one client, measured from inside."""
    if method == METHODS[2]:
        import kombo  # noqa: F401  (imports count towards RSS, not towards the sync's CPU time)
    elif method == METHODS[1]:
        import kombo_ats  # noqa: F401
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    with tempfile.TemporaryDirectory() as folder:
        db = _open_db(Path(folder) / "sync.sqlite3")
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu_before = usage.ru_utime + usage.ru_stime
        started = time.perf_counter()
        try:
            records = asyncio.run(SYNCS[method](base_url, api_key, db))
            db.commit()
            stored = db.execute("SELECT count(*) FROM candidates").fetchone()[0]
        except Exception as raised:  # reported, not raised: e.g. the official SDK rejecting a sandbox record
            exc: BaseException = raised
            while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
                exc = exc.exceptions[0]
            lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
            text = re.sub(r"input_value=.*?, input_type", "input_type", " | ".join(lines[:3]))  # no record contents
            return {"error": f"{type(exc).__name__}: {text[:400]}"}
        finally:
            db.close()
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    return {
        "records": records,
        "stored": stored,
        "seconds": seconds,
        "records_per_second": records / seconds,
        "cpu_seconds": cpu,
        "cpu_seconds_per_10k": cpu / records * 10_000,
        "peak_rss_bytes": usage.ru_maxrss * 1024,
        "rss_before_sync_bytes": rss_before,
    }


def _in_process(target: Any, *args: Any) -> tuple[Any, Connection, Any]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=target, args=(*args, child), daemon=True)
    process.start()
    return process, parent, child


def _interleaved(
    methods: tuple[str, ...], runs: int, candidates_per_integration: int, extra_fields: bool
) -> dict[str, list[dict[str, Any]]]:
    """Serve the sandbox from one process and sync it with each client in turn, ``runs`` times: every run's figures
    per client (interleaved, so drift in machine load hits every client alike)."""
    server, conn, _ = _in_process(_serve, candidates_per_integration, extra_fields)
    try:
        if not conn.poll(300):
            raise RuntimeError("sandbox server did not start")
        base_url, api_key = conn.recv()
        measured: dict[str, list[dict[str, Any]]] = {m: [] for m in methods}
        for _ in range(runs):
            for method in methods:
                measured[method].append(result := _run_client(method, base_url, api_key))
                print(f"  socket {method}: {_describe(result)}")
    finally:
        conn.send("stop")
        server.join(30)
        if server.is_alive():
            server.kill()
    return measured


def run(candidates_per_integration: int, runs: int, *, extra_fields: bool = True) -> dict[str, Any]:
    """Serve the sandbox from one process and sync it with each client in turn, ``runs`` times (median kept).

    ``extra_fields=False`` serves only the fields the spec knows; with the default, as live records can, they carry
    fields the spec does not know (which this SDK's ``.as_dicts()`` keeps as they came).
    """
    measured = _interleaved(METHODS, runs, candidates_per_integration, extra_fields)
    results: dict[str, Any] = {
        "integrations": len(INTEGRATIONS),
        "records_per_integration": candidates_per_integration,
        "records": len(INTEGRATIONS) * candidates_per_integration,
        "concurrency_limit": LIMIT,
        "page_size": PAGE_SIZE,
        "methods": {},
    }
    for method, runs_of_method in measured.items():
        ok = [r for r in runs_of_method if "error" not in r]
        if not ok:
            results["methods"][method] = {"error": runs_of_method[0]["error"], "runs": runs_of_method}
            continue
        ok.sort(key=lambda r: r["seconds"])
        median = dict(ok[len(ok) // 2])
        median["runs"] = runs_of_method
        results["methods"][method] = median
    sdk, official = (results["methods"].get(m, {}) for m in METHODS[1:])
    if "records_per_second" in sdk and "records_per_second" in official:
        results["sdk_vs_official"] = sdk["records_per_second"] / official["records_per_second"]
        results["official_cpu_vs_sdk_cpu"] = official["cpu_seconds_per_10k"] / sdk["cpu_seconds_per_10k"]
    raw = results["methods"].get(METHODS[0], {})
    if "records_per_second" in sdk and "records_per_second" in raw:
        results["sdk_vs_raw"] = sdk["records_per_second"] / raw["records_per_second"]
    return results


def _run_client(method: str, base_url: str, api_key: str) -> dict[str, Any]:
    """A fresh interpreter per sync, importing only what that client needs (so its RSS is its own)."""
    command = [sys.executable, "-m", "benchmarks.socket_run", method, base_url, api_key]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    except subprocess.TimeoutExpired:
        return {"error": "timed out"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": f"client exited {done.returncode}: {done.stderr.strip()[-300:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _describe(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"FAILED ({result['error']})"
    return (
        f"{result['records_per_second']:,.0f} records/s, {result['cpu_seconds_per_10k']:.2f} CPU s / 10k, "
        f"peak RSS {result['peak_rss_bytes'] / 2**20:.0f} MiB"
    )


def compare(runs: int, candidates_per_integration: int = 500, *, extra_fields: bool = True) -> float:
    """Issue 17's socket target alone: raw httpx and this SDK (no official SDK), interleaved; the CPU ratio.

    ``python -m benchmarks.socket_run --compare [RUNS] [--spec-fields-only]`` prints each run and the ratio of
    the medians of SDK to raw CPU seconds per 10,000 records (the target: at most 1.0).
    """
    measured = _interleaved(METHODS[:2], runs, candidates_per_integration, extra_fields)
    cpu: dict[str, list[float]] = {}
    for method, results in measured.items():
        failed = [r["error"] for r in results if "error" in r]
        if failed:
            raise RuntimeError(f"{method}: {failed[0]}")
        cpu[method] = [r["cpu_seconds_per_10k"] for r in results]
    raw, sdk = (sorted(cpu[method])[len(cpu[method]) // 2] for method in METHODS[:2])
    print(f"median CPU s / 10k records: raw {raw:.3f}, SDK {sdk:.3f}; SDK / raw {sdk / raw:.3f}")
    return sdk / raw


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        numbers = [a for a in sys.argv[2:] if a.isdigit()]
        compare(int(numbers[0]) if numbers else 5, extra_fields="--spec-fields-only" not in sys.argv)
    else:
        print(json.dumps(_client(sys.argv[1], sys.argv[2], sys.argv[3])))
