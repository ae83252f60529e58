"""8. Sync 20 integrations of candidates from the loopback sandbox into DuckDB (``python -m benchmarks.sync_run``).

``kombo-ats sync``'s engine (``kombo_ats.sync.sync``: dlt, one Arrow table per page, merged on the key) against
a hand-written loop: httpx + ``json.loads`` + one multi-row ``INSERT OR REPLACE`` per page of the same rows (the spec's
columns, nested values as JSON text) into the same DuckDB. Also dlt's default path (record dicts through its
normaliser, nested lists as child tables), the alternative to JSON columns the sync chose against. The sandbox
serves from another process; each client runs in a fresh interpreter, measured from inside: records/s, CPU
seconds per 10,000 records, peak RSS. Target: the sync at >= 0.5x the hand-written loop's records/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

from benchmarks.socket_run import LIMIT, PAGE_SIZE, _in_process

METHODS = (
    "hand-written: httpx + json.loads + one INSERT per page",
    "kombo-ats sync: dlt + Arrow per page",
    "dlt default normaliser: dicts, child tables",
)
INTEGRATIONS = [f"greenhouse:benchSync{i:02d}Integration00000000" for i in range(20)]


def _serve(candidates: int, conn: Any) -> None:
    from kombo_ats_sandbox import SandboxConfig, SandboxServer

    with SandboxServer(SandboxConfig(candidates=candidates, integrations=INTEGRATIONS)) as server:
        conn.send((server.base_url, server.state.config.api_key))
        conn.recv()


def _hand_written(base_url: str, api_key: str, path: Path, integrations: list[str]) -> int:
    import duckdb
    from kombo_ats.sync import tables

    table = tables()["candidates"]
    names = [c.name for c in table.columns]
    nested = {c.name for c in table.columns if c.kind == "json"}
    kinds = {"json": "JSON", "timestamp": "TIMESTAMPTZ", "boolean": "BOOLEAN", "number": "DOUBLE"}
    columns = ", ".join(f"{c.name} {kinds.get(c.kind, 'VARCHAR')}" for c in table.columns)
    db = duckdb.connect(str(path))
    db.execute(f"CREATE TABLE candidates (integration_id VARCHAR, {columns}, PRIMARY KEY (integration_id, id))")
    row_marks = f"({', '.join('?' * (len(names) + 1))})"
    total = 0

    async def main() -> None:
        nonlocal total
        limiter = anyio.CapacityLimiter(LIMIT)
        async with httpx.AsyncClient(base_url=base_url, timeout=60) as http:

            async def one(integration: str) -> None:
                nonlocal total
                headers = {"Authorization": f"Bearer {api_key}", "X-Integration-Id": integration}
                cursor: str | None = None
                async with limiter:
                    while True:
                        params: dict[str, Any] = {"page_size": PAGE_SIZE, **({"cursor": cursor} if cursor else {})}
                        response = await http.get("/ats/candidates", params=params, headers=headers)
                        response.raise_for_status()
                        data = json.loads(response.content)["data"]
                        rows = [
                            [integration]
                            + [
                                json.dumps(r.get(n)) if n in nested and r.get(n) is not None else r.get(n)
                                for n in names
                            ]
                            for r in data["results"]
                        ]
                        if rows:  # one multi-row INSERT per page (executemany runs one statement per row)
                            marks = ", ".join([row_marks] * len(rows))
                            db.execute(
                                f"INSERT OR REPLACE INTO candidates VALUES {marks}", [v for r in rows for v in r]
                            )
                        total += len(rows)
                        cursor = data["next"]
                        if not cursor:
                            return

            async with anyio.create_task_group() as group:
                for integration in integrations:
                    group.start_soon(one, integration)

    asyncio.run(main())
    db.close()
    return total


def _kombo_sync(base_url: str, api_key: str, path: Path, integrations: list[str]) -> int:
    from kombo_ats.sync import sync

    report = sync(
        integrations,
        destination=f"duckdb:///{path}",
        resources=["candidates"],
        concurrency=LIMIT,
        pipelines_dir=path.parent / "dlt",
        client_options={"api_key": api_key, "base_url": base_url},
    )
    assert report.ok, report.errors
    return report.records


def _dlt_default(base_url: str, api_key: str, path: Path, integrations: list[str]) -> int:
    import dlt
    from kombo_ats import iter_pages_dynamic, make_client

    total = 0

    @dlt.resource(name="candidates", primary_key=["integration_id", "id"], write_disposition="merge")
    def candidates() -> Any:
        nonlocal total
        for integration in integrations:

            async def pages(iid: str = integration) -> list[list[dict[str, Any]]]:
                async with make_client(api_key, base_url=base_url) as client:
                    walk = iter_pages_dynamic(client, "candidates", integration_id=iid, page_size=PAGE_SIZE)
                    return [[{"integration_id": iid, **c.to_dict()} for c in page.results] async for page in walk]

            for page in anyio.run(pages):
                total += len(page)
                yield page

    pipeline = dlt.pipeline(
        "bench_default",
        destination=dlt.destinations.duckdb(str(path)),
        dataset_name="ats",
        pipelines_dir=str(path.parent / "dlt"),
    )
    pipeline.run(candidates())
    return total


CLIENTS = dict(zip(METHODS, (_hand_written, _kombo_sync, _dlt_default), strict=True))


def _client(method: str, base_url: str, api_key: str, integrations: int) -> dict[str, Any]:
    import duckdb  # noqa: F401  (imports count towards RSS, not towards the sync's CPU time)

    if method != METHODS[0]:
        import dlt  # noqa: F401
        import kombo_ats.sync  # noqa: F401
    with tempfile.TemporaryDirectory() as folder:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu_before = usage.ru_utime + usage.ru_stime
        started = time.perf_counter()
        records = CLIENTS[method](base_url, api_key, Path(folder) / "bench.duckdb", INTEGRATIONS[:integrations])
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    return {
        "records": records,
        "seconds": seconds,
        "records_per_second": records / seconds,
        "cpu_seconds_per_10k": cpu / records * 10_000,
        "peak_rss_mib": usage.ru_maxrss / 1024,
    }


def _warm_up(base_url: str, api_key: str) -> None:
    """Read every page once: the sandbox renders a record's JSON on first use, so no method pays for that."""
    with httpx.Client(base_url=base_url, timeout=120) as http:
        for integration in INTEGRATIONS:
            headers = {"Authorization": f"Bearer {api_key}", "X-Integration-Id": integration}
            cursor: str | None = None
            while True:
                params: dict[str, Any] = {"page_size": PAGE_SIZE, **({"cursor": cursor} if cursor else {})}
                cursor = http.get("/ats/candidates", params=params, headers=headers).json()["data"]["next"]
                if not cursor:
                    break


def run(candidates: int, methods: tuple[str, ...] = METHODS, default_integrations: int = 4) -> dict[str, Any]:
    """Serve 20 integrations of ``candidates`` each and sync them with every method (the dlt default path on
    ``default_integrations`` of them only: it is slow)."""
    import subprocess

    server, conn, _ = _in_process(_serve, candidates)
    results: dict[str, Any] = {"candidates_per_integration": candidates, "methods": {}}
    try:
        if not conn.poll(300):
            raise RuntimeError("sandbox server did not start")
        base_url, api_key = conn.recv()
        _warm_up(base_url, api_key)
        for method in methods:
            count = default_integrations if method == METHODS[2] else len(INTEGRATIONS)
            command = [sys.executable, "-m", "benchmarks.sync_run", "--client", method, base_url, api_key, str(count)]
            done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
            lines = done.stdout.strip().splitlines()
            result = json.loads(lines[-1]) if done.returncode == 0 and lines else {"error": done.stderr[-300:]}
            results["methods"][method] = {"integrations": count, **result}
            print(f"  {method} ({count} integrations): {result}", flush=True)
    finally:
        conn.send("stop")
        server.join(30)
    hand, ours = (results["methods"].get(m, {}) for m in METHODS[:2])
    if "records_per_second" in hand and "records_per_second" in ours:
        results["sync_vs_hand_written"] = ours["records_per_second"] / hand["records_per_second"]
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sync_run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=1000, help="candidates per integration (default 1000)")
    parser.add_argument("--client", nargs=4, metavar=("METHOD", "BASE_URL", "API_KEY", "INTEGRATIONS"))
    args = parser.parse_args(argv)
    if args.client:
        method, base_url, api_key, count = args.client
        print(json.dumps(_client(method, base_url, api_key, int(count))))
        return
    print(json.dumps(run(args.candidates), indent=2))


if __name__ == "__main__":
    main()
