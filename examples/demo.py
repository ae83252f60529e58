"""The SDK's main job, end to end, on a fresh machine: ``make demo`` (or ``python -m examples.demo``).

1. starts the bundled Kombo ATS sandbox on a free loopback port;
2. full sync of jobs, candidates, applications, offers, notes, attachments and tags of two integrations
   into SQLite;
3. a job board's workflow (``examples.job_board``): apply to an open job with a CV, move the application to
   the next stage, add a note and an assessment result link, tag the candidate, reject with a reason;
4. meanwhile "someone in the ATS" changes a candidate and deletes an offer (sandbox admin API);
5. the sandbox sends signed ``data-changed`` webhooks for those writes to the demo's receiver (a FastAPI app
   with ``kombo_ats.fastapi.webhook_router``); each event starts the incremental sync of its integration
   (``updated_after`` + ``include_deleted``, checkpoint from the database), and a check that it picked up
   exactly the workflow's and the ATS's changes, nothing else;
6. a summary with counts and timings; the sandbox stops cleanly even on Ctrl-C or an error.

Options: ``--candidates N`` / ``--jobs N`` (per integration), ``--db PATH`` (default
``build/demo.sqlite3``, recreated each run), ``--chaos`` (inject 429s and 5xx; the SDK retries).
"""

from __future__ import annotations

import argparse
import secrets
import sys
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import anyio
import httpx
from kombo_ats import KomboError, iter_attachments, iter_notes, iter_tags, make_client
from kombo_ats.webhooks import lists_to_fetch
from kombo_ats_sandbox import DEFAULT_API_KEY, Faults, SandboxConfig, SandboxServer, WebhookSettings

from examples.job_board import TAG, run_workflow
from examples.sync_to_sqlite import MODELS, KindStats, Model, SyncDatabase, SyncStats, sync_integration
from examples.webhook_receiver import DemoReceiver

INTEGRATIONS = ("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "workday:HWUTwvyx2wLoSUHphiWVrp28")


class Display:
    """A one-line live progress display on a terminal; plain lines otherwise."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stdout
        self.live = bool(getattr(stream, "isatty", lambda: False)())
        self._last = ""
        self._key: tuple[str, str] | None = None

    def progress(self, integration_id: str, stats: KindStats) -> None:
        key = (integration_id, stats.model)
        if self._key is not None and key != self._key:
            self.done()  # the previous model is complete: keep its line
        self._key = key
        name = integration_id.split(":")[0]
        line = (
            f"    {name:<10} {stats.model:<12} {stats.fetched:>7,} records {stats.pages:>4} pages {stats.seconds:6.2f}s"
        )
        if self.live:
            self.stream.write("\r" + line.ljust(len(self._last)))
            self.stream.flush()
        self._last = line

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
        "--db", type=Path, default=Path("build/demo.sqlite3"), help="SQLite file, recreated (default: %(default)s)"
    )
    p.add_argument("--chaos", action="store_true", help="inject rate limits and 5xx answers; the SDK retries")
    p.add_argument("--seed", default="42")
    return p.parse_args(argv)


async def _ids(records: AsyncIterator[Any]) -> set[str]:
    return {record.id async for record in records}


def _table(display: Display, runs: Sequence[SyncStats]) -> None:
    display.print(
        f"    {'integration':<11} {'model':<12} {'fetched':>8} {'new':>6} {'updated':>8} {'deleted':>8} {'same':>6}"
    )
    for run in runs:
        for k in run.kinds.values():
            display.print(
                f"    {run.integration_id.split(':')[0]:<11} {k.model:<12} {k.fetched:>8,} {k.inserted:>6,} "
                f"{k.updated:>8,} {k.deleted:>8,} {k.unchanged:>6,}"
            )


async def _synced_because_of_webhooks(receiver: DemoReceiver, display: Display) -> dict[str, list[Model]]:
    """What to sync: per integration (in the order their ``data-changed`` events arrived) the kept models that
    Kombo advises fetching again after the changed models (``lists_to_fetch``). Each event is printed."""
    plan: dict[str, list[Model]] = {}
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
    args: argparse.Namespace, server: SandboxServer, db: SyncDatabase, display: Display, receiver: DemoReceiver
) -> int:
    timings: dict[str, float] = {}
    async with make_client(api_key=DEFAULT_API_KEY, base_url=server.base_url, max_retries=4) as client:
        # ---------------------------------------------------------------- 2. full sync
        display.print("\n2) Full sync of two integrations into SQLite")
        started = time.perf_counter()
        full_runs = []
        for integration_id in INTEGRATIONS:
            run = await sync_integration(client, db, integration_id, progress=display.progress, full=True)
            display.done()
            full_runs.append(run)
        timings["full sync"] = time.perf_counter() - started
        total = sum(r.fetched for r in full_runs)
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
        inc_runs = []
        for integration_id, models in (await _synced_because_of_webhooks(receiver, display)).items():
            run = await sync_integration(client, db, integration_id, progress=display.progress, models=models)
            inc_runs.append(run)
            display.done()
        timings["incremental sync"] = time.perf_counter() - started
        _table(display, inc_runs)
        got = {
            (run.integration_id, model): set(k.changed_ids)
            for run in inc_runs
            for model, k in run.kinds.items()
            if k.changed_ids
        }
        # The workflow wrote one note and one result link (which the ATS keeps as a note) and one CV: the ids come
        # from the API, the counts from what the workflow did, so a write the ATS lost cannot pass unnoticed.
        exact = got == expected and len(expected[gh, "notes"]) == 2 and len(expected[gh, "attachments"]) == 1
        n = sum(len(v) for v in expected.values())
        if exact:
            display.print(f"    OK: the incremental sync picked up exactly the {n} changes, nothing else")
        else:
            display.print(f"    MISMATCH: expected {expected}, got {got}")

    # -------------------------------------------------------------------- 6. summary
    display.print("\n6) Summary")
    for integration_id in INTEGRATIONS:
        counts = ", ".join(f"{db.count(m, integration_id):,} {m}" for m in MODELS)
        display.print(f"    {integration_id}: {counts}")
    for name, seconds in timings.items():
        display.print(f"    {name:<20} {seconds:6.2f}s")
    display.print(f"    database: {db.path}")
    return 0 if exact else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    display = Display()
    db_path: Path = args.db
    for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)  # a fresh database: the first sync is a full one
    faults = Faults(rate_limit_ratio=0.05, error_ratio=0.05, retry_after=0) if args.chaos else Faults()
    config = SandboxConfig(
        seed=args.seed, jobs=args.jobs, candidates=args.candidates, integrations=INTEGRATIONS, faults=faults
    )
    display.print("1) Start the Kombo ATS sandbox, and a webhook receiver it sends signed events to")
    started = time.perf_counter()
    secret = secrets.token_urlsafe(24)  # shared by the sandbox (signs) and the receiver (verifies)
    receiver = DemoReceiver(secret)
    server: SandboxServer | None = None
    db: SyncDatabase | None = None
    try:
        receiver.server.start()
        config.webhooks = WebhookSettings(urls=[receiver.url], secret=secret)
        server = SandboxServer(config)
        server.start()
        display.print(f"    {server.base_url} ready in {time.perf_counter() - started:.2f}s")
        display.print(f"    webhooks -> {receiver.url}")
        db = SyncDatabase(db_path)
        return anyio.run(run_demo, args, server, db, display, receiver)
    except KeyboardInterrupt:
        display.print("\ninterrupted")
        return 130
    except KomboError as exc:
        display.print(f"\nSDK error: {exc}")
        return 1
    finally:
        if db is not None:
            db.close()
        if server is not None:
            server.stop()
        receiver.server.stop()
        display.print("    sandbox stopped")


if __name__ == "__main__":
    raise SystemExit(main())
