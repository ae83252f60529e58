"""The SDK's main job, end to end, on a fresh machine: ``make demo`` (or ``python -m examples.demo``).

1. starts the bundled Kombo ATS sandbox on a free loopback port;
2. full sync of jobs, candidates, applications, offers, notes, attachments and tags of two integrations
   into DuckDB with ``kombo_ats.sync`` (what ``kombo-ats sync`` runs: dlt, merged on the key);
3. a job board's workflow (``examples.job_board``): apply to an open job with a CV, move the application to
   the next stage, add a note and an assessment result link, tag the candidate, reject with a reason;
4. meanwhile "someone in the ATS" changes a candidate and deletes an offer (sandbox admin API);
5. the sandbox sends signed ``data-changed`` webhooks for those writes to the demo's receiver (a FastAPI app
   with ``kombo_ats.fastapi.webhook_router``); each event starts the incremental sync of its integration
   (``updated_after`` = when the previous fetch started, ``include_deleted``; dlt's state in the database),
   and a check that it wrote exactly the workflow's and the ATS's changes and deleted the deleted offer's
   row, nothing else;
6. a summary: a few SQL answers from the database (open applications per stage, candidates per job), counts
   and timings; the sandbox stops cleanly even on Ctrl-C or an error.

Options: ``--candidates N`` / ``--jobs N`` (per integration), ``--db PATH`` (default
``build/demo.duckdb``, recreated each run), ``--chaos`` (inject 429s and 5xx; the SDK retries).
"""

from __future__ import annotations

import argparse
import functools
import secrets
import shutil
import sys
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import duckdb
import httpx
from kombo_ats import KomboError, iter_attachments, iter_notes, iter_tags, make_client
from kombo_ats.sync import SyncProgress, SyncReport, sync
from kombo_ats.webhooks import lists_to_fetch
from kombo_ats_sandbox import DEFAULT_API_KEY, Faults, SandboxConfig, SandboxServer, WebhookSettings

from examples.job_board import TAG, run_workflow
from examples.webhook_receiver import DemoReceiver

MODELS = ("jobs", "candidates", "applications", "offers", "notes", "attachments", "tags")

INTEGRATIONS = ("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "workday:HWUTwvyx2wLoSUHphiWVrp28")


class Display:
    """A one-line live progress display on a terminal; plain lines otherwise."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stdout
        self.live = bool(getattr(stream, "isatty", lambda: False)())
        self._last = ""
        self._key: tuple[str, str] | None = None

    def progress(self, event: SyncProgress) -> None:
        """The sync's progress callback (called from its thread): one line per finished walk."""
        if not event.done:
            return
        name = event.integration_id.split(":")[0]
        state = f"failed: {event.error}" if event.error else event.mode
        self.print(
            f"    {name:<10} {event.resource:<12} {event.records:>7,} records {event.pages:>4} pages "
            f"{event.elapsed:6.2f}s {state}"
        )

    def done(self) -> None:
        if self._last:
            self.stream.write(("\r" if self.live else "") + self._last + "\n")
            self.stream.flush()
        self._last = ""
        self._key = None

    def print(self, text: str = "") -> None:
        self.stream.write(text + "\n")
        self.stream.flush()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m examples.demo", description=__doc__.split("\n")[0] if __doc__ else "")
    p.add_argument("--candidates", type=int, default=2000, help="candidates per integration (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=60, help="jobs per integration (default: %(default)s)")
    p.add_argument(
        "--db", type=Path, default=Path("build/demo.duckdb"), help="DuckDB file, recreated (default: %(default)s)"
    )
    p.add_argument("--chaos", action="store_true", help="inject rate limits and 5xx answers; the SDK retries")
    p.add_argument("--seed", default="42")
    return p.parse_args(argv)


async def _ids(records: AsyncIterator[Any]) -> set[str]:
    return {record.id async for record in records}


class Store:
    """The demo's DuckDB file and dlt's working folder next to it; syncs run in a worker thread (dlt blocks)."""

    def __init__(self, path: Path, base_url: str) -> None:
        self.path = path
        self.pipelines = path.parent / f"{path.stem}-dlt"
        self.base_url = base_url

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)  # a fresh database: the first sync is a full one
        shutil.rmtree(self.pipelines, ignore_errors=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    async def sync(
        self, display: Display, integrations: Sequence[str], resources: Sequence[str], *, full: bool = False
    ) -> SyncReport:
        run = functools.partial(
            sync,
            integrations,
            destination=f"duckdb:///{self.path.resolve()}",
            resources=resources,
            full=full,
            progress=display.progress,
            pipelines_dir=self.pipelines,
            client_options={"api_key": DEFAULT_API_KEY, "base_url": self.base_url, "max_retries": 4},
        )
        return await anyio.to_thread.run_sync(run)

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(self.path), read_only=True) as db:
            return db.execute(sql, list(args)).fetchall()

    def ids(self, table: str, integration_id: str) -> list[str]:
        rows = self.query(f"SELECT id FROM ats.{table} WHERE integration_id = ? ORDER BY id", integration_id)
        return [row[0] for row in rows]

    def written(self, report: SyncReport) -> dict[tuple[str, str], set[str]]:
        """The rows the run wrote (their ``synced_at`` is the run's), per integration and list."""
        got: dict[tuple[str, str], set[str]] = {}
        for table in MODELS:
            sql = f"SELECT integration_id, id FROM ats.{table} WHERE synced_at = ?"
            for integration_id, record_id in self.query(sql, report.synced_at):
                got.setdefault((integration_id, table), set()).add(record_id)
        return got


def _table(display: Display, report: SyncReport) -> None:
    display.print(f"    {'integration':<11} {'list':<12} {'mode':<12} {'fetched':>8} {'deleted':>8}")
    for o in sorted(report.outcomes.values(), key=lambda o: (o.integration_id, o.resource)):
        display.print(
            f"    {o.integration_id.split(':')[0]:<11} {o.resource:<12} {o.mode:<12} {o.records:>8,} {o.deleted:>8,}"
        )


def _answers(display: Display, store: Store) -> None:
    """What the synced database answers in SQL (nested values are JSON columns)."""
    display.print("    open applications per stage (greenhouse):")
    stages = store.query(
        "SELECT current_stage->>'name' AS stage, count(*) FROM ats.applications "
        "WHERE integration_id = ? AND outcome = 'PENDING' GROUP BY stage ORDER BY count(*) DESC, stage LIMIT 5",
        INTEGRATIONS[0],
    )
    for stage, count in stages:
        display.print(f"      {count:>5}  {stage}")
    display.print("    candidates per job (greenhouse, top 3):")
    jobs = store.query(
        "SELECT j.name, count(DISTINCT a.candidate_id) FROM ats.applications a JOIN ats.jobs j "
        "ON j.id = a.job_id AND j.integration_id = a.integration_id WHERE a.integration_id = ? "
        "GROUP BY j.name ORDER BY 2 DESC, 1 LIMIT 3",
        INTEGRATIONS[0],
    )
    for name, count in jobs:
        display.print(f"      {count:>5}  {name}")


async def _synced_because_of_webhooks(receiver: DemoReceiver, display: Display) -> dict[str, list[str]]:
    """What to sync: per integration (in the order their ``data-changed`` events arrived) the kept models that
    Kombo advises fetching again after the changed models (``lists_to_fetch``). Each event is printed."""
    plan: dict[str, list[str]] = {}
    for event in await receiver.next_events():
        integration_id = event.data.integration_id
        fetch = [model for model in MODELS if model in lists_to_fetch(event.data.changed_models)]
        changed = ", ".join(sorted(str(model.name) for model in event.data.changed_models))
        first = integration_id not in plan
        planned = plan.setdefault(integration_id, [])
        planned += [model for model in fetch if model not in planned]
        action = "incremental sync of " if first else "also "
        display.print(
            f"    data-changed {event.id[:8]} {integration_id.split(':')[0]}: {changed}\n"
            f"        -> {action}{', '.join(fetch) or 'nothing we keep'}"
        )
    if not plan:
        display.print("    no data-changed webhook arrived")
    return {integration_id: [m for m in MODELS if m in models] for integration_id, models in plan.items()}


async def run_demo(
    args: argparse.Namespace, server: SandboxServer, db: Store, display: Display, receiver: DemoReceiver
) -> int:
    timings: dict[str, float] = {}
    async with make_client(api_key=DEFAULT_API_KEY, base_url=server.base_url, max_retries=4) as client:
        # ---------------------------------------------------------------- 2. full sync
        display.print("\n2) Full sync of two integrations into DuckDB (kombo_ats.sync: dlt, merged on the key)")
        started = time.perf_counter()
        full_run = await db.sync(display, INTEGRATIONS, MODELS, full=True)
        timings["full sync"] = time.perf_counter() - started
        total = full_run.records
        display.print(f"    {total:,} records in {timings['full sync']:.2f}s ({total / timings['full sync']:,.0f}/s)")

        # ---------------------------------------------------------------- 3. a job board's workflow
        display.print("\n3) A job board's workflow: apply, move on, note, result link, tag, reject")
        started = time.perf_counter()
        gh = INTEGRATIONS[0]
        outcome = await run_workflow(client, gh, say=display.print)
        timings["workflow"] = time.perf_counter() - started
        for warning in outcome.warnings:
            display.print(f"    warning: {warning}")

        # ---------------------------------------------------------------- 4. changes in the ATS
        display.print("\n4) Meanwhile in the ATS (sandbox admin API): a candidate changes, an offer is deleted")
        wd = INTEGRATIONS[1]
        candidate_id = db.ids("candidates", gh)[0]
        offer_id = db.ids("offers", wd)[0]
        admin_auth = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}  # the admin API takes the same key
        async with httpx.AsyncClient(base_url=server.url, headers=admin_auth) as admin:
            r1 = await admin.patch(f"/_sandbox/integrations/{gh}/candidates/{candidate_id}", json={"title": "CTO"})
            r2 = await admin.delete(f"/_sandbox/integrations/{wd}/offers/{offer_id}")
            r1.raise_for_status()
            r2.raise_for_status()
        display.print(f"    PATCH {gh.split(':')[0]} candidate {candidate_id}: title -> 'CTO'")
        display.print(f"    DELETE {wd.split(':')[0]} offer {offer_id}")
        expected: dict[tuple[str, str], set[str]] = {
            (gh, "candidates"): {outcome.candidate_id, candidate_id},
            (gh, "applications"): {outcome.application_id},
            (gh, "notes"): await _ids(iter_notes(client, integration_id=gh, application_ids=[outcome.application_id])),
            (gh, "attachments"): await _ids(
                iter_attachments(client, integration_id=gh, application_ids=[outcome.application_id])
            ),
            (gh, "tags"): {str(t.id) async for t in iter_tags(client, integration_id=gh) if t.name == TAG},
            (wd, "offers"): {offer_id},
        }

        # ---------------------------------------------------------------- 5. incremental sync
        display.print(
            "\n5) Kombo's data-changed webhooks arrive; each one starts an incremental sync of its integration"
        )
        started = time.perf_counter()
        got: dict[tuple[str, str], set[str]] = {}
        deleted: set[tuple[str, str]] = set()
        ok = True
        for integration_id, models in (await _synced_because_of_webhooks(receiver, display)).items():
            run = await db.sync(display, [integration_id], models)
            _table(display, run)
            got.update(db.written(run))
            deleted |= {(o.integration_id, o.resource) for o in run.outcomes.values() if o.deleted}
            ok = ok and run.ok
        timings["incremental sync"] = time.perf_counter() - started
        # The deleted offer arrives with its deletion marker and its row is deleted; every other change is a row
        # a run wrote. The workflow wrote one note and one result link (which the ATS keeps as a note) and one CV:
        # the ids come from the API, the counts from what the workflow did, so a lost write cannot pass unnoticed.
        exact = (
            ok
            and got == {key: ids for key, ids in expected.items() if key != (wd, "offers")}
            and deleted == {(wd, "offers")}
            and offer_id not in db.ids("offers", wd)
            and len(expected[gh, "notes"]) == 2
            and len(expected[gh, "attachments"]) == 1
        )
        n = sum(len(v) for v in expected.values())
        if exact:
            display.print(f"    OK: the incremental sync picked up exactly the {n} changes, nothing else")
        else:
            display.print(f"    MISMATCH: expected {expected}, got {got} (deletions {deleted})")

    # -------------------------------------------------------------------- 6. summary
    display.print("\n6) Summary, in SQL")
    _answers(display, db)
    for integration_id in INTEGRATIONS:
        counts = ", ".join(f"{len(db.ids(m, integration_id)):,} {m}" for m in MODELS)
        display.print(f"    {integration_id}: {counts}")
    for name, seconds in timings.items():
        display.print(f"    {name:<20} {seconds:6.2f}s")
    display.print(f"    database: {db.path}")
    return 0 if exact else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    display = Display()
    db_path: Path = args.db
    faults = Faults(rate_limit_ratio=0.05, error_ratio=0.05, retry_after=0) if args.chaos else Faults()
    config = SandboxConfig(
        seed=args.seed, jobs=args.jobs, candidates=args.candidates, integrations=INTEGRATIONS, faults=faults
    )
    display.print("1) Start the Kombo ATS sandbox, and a webhook receiver it sends signed events to")
    started = time.perf_counter()
    secret = secrets.token_urlsafe(24)  # shared by the sandbox (signs) and the receiver (verifies)
    receiver = DemoReceiver(secret)
    server: SandboxServer | None = None
    try:
        receiver.server.start()
        config.webhooks = WebhookSettings(urls=[receiver.url], secret=secret)
        server = SandboxServer(config)
        server.start()
        display.print(f"    {server.base_url} ready in {time.perf_counter() - started:.2f}s")
        display.print(f"    webhooks -> {receiver.url}")
        db = Store(db_path, server.base_url)
        db.reset()
        return anyio.run(run_demo, args, server, db, display, receiver)
    except KeyboardInterrupt:
        display.print("\ninterrupted")
        return 130
    except KomboError as exc:
        display.print(f"\nSDK error: {exc}")
        return 1
    finally:
        if server is not None:
            server.stop()
        receiver.server.stop()
        display.print("    sandbox stopped")


if __name__ == "__main__":
    raise SystemExit(main())
