"""Sync Kombo ATS data (jobs, candidates, applications, offers, notes, tags) into a local SQLite database.

What a real user of the SDK does, reusable as it is:

* a **full sync** walks every page of every model for an integration and upserts the records;
* an **incremental sync** asks only for what changed since the checkpoint stored in the database
  (``updated_after`` + ``include_deleted=True``), upserts changes and marks deletions;
* the checkpoint of each (integration, model) is the time the previous run *started* (minus a small
  overlap for clock skew), written in the same transaction as the last page, so a crash never skips
  a change; re-delivered records are recognised by their ``changed_at`` and counted as unchanged.

    async with make_client(api_key=..., base_url=...) as client:
        db = SyncDatabase("build/kombo.sqlite3")
        stats = await sync_integration(client, db, "workday:...")          # full the first time
        stats = await sync_integration(client, db, "workday:...")          # incremental afterwards
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol

from kombo_ats import iter_pages

from kombo_ats_client import AuthenticatedClient

__all__ = [
    "CHECKPOINT_OVERLAP",
    "MODELS",
    "KindStats",
    "Progress",
    "SyncDatabase",
    "SyncStats",
    "sync_integration",
]

Model = Literal["jobs", "candidates", "applications", "offers", "notes", "attachments", "tags"]
MODELS: tuple[Model, ...] = ("jobs", "candidates", "applications", "offers", "notes", "attachments", "tags")
CHECKPOINT_OVERLAP = timedelta(seconds=1)  # re-ask a little of the past: tolerates clock skew
PAGE_SIZE = 250

_SCHEMA = """
CREATE TABLE IF NOT EXISTS {table} (
    integration_id TEXT NOT NULL,
    id TEXT NOT NULL,
    remote_id TEXT,
    label TEXT,
    changed_at TEXT NOT NULL,
    deleted_at TEXT,
    data TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    PRIMARY KEY (integration_id, id)
);
"""
_STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_state (
    integration_id TEXT NOT NULL,
    model TEXT NOT NULL,
    checkpoint TEXT NOT NULL,
    last_run_kind TEXT NOT NULL,
    last_run_at TEXT NOT NULL,
    PRIMARY KEY (integration_id, model)
);
"""


class _Record(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _label(model: Model, data: dict[str, Any]) -> str:
    """A human-readable summary column (handy in ``sqlite3`` sessions)."""
    if model == "jobs":
        return f"{data.get('name')} [{data.get('status')}]"
    if model == "candidates":
        emails = data.get("email_addresses") or [{}]
        return f"{data.get('first_name')} {data.get('last_name')} <{emails[0].get('email_address')}>"
    if model == "applications":
        return f"{data.get('candidate_id')} -> {data.get('job_id')} [{data.get('outcome')}]"
    if model == "notes":
        return f"{data.get('application_id') or data.get('candidate_id')}: {data.get('title') or 'note'}"
    if model == "tags":
        return str(data.get("name"))
    return f"{data.get('application_id')} [{data.get('status')}]"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class KindStats:
    """What one run did to one model of one integration."""

    model: Model
    fetched: int = 0
    pages: int = 0
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    changed_ids: list[str] = field(default_factory=list)


@dataclass
class SyncStats:
    integration_id: str
    mode: Literal["full", "incremental"]
    kinds: dict[str, KindStats] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def fetched(self) -> int:
        return sum(k.fetched for k in self.kinds.values())

    @property
    def changes(self) -> int:
        return sum(k.inserted + k.updated + k.deleted for k in self.kinds.values())


Progress = Callable[[str, KindStats], None]


class SyncDatabase:
    """The local copy: one table per model plus ``sync_state`` with the checkpoints."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA journal_mode=WAL")
        for model in MODELS:
            self.conn.execute(_SCHEMA.format(table=model))
        self.conn.execute(_STATE_SCHEMA)
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def checkpoint(self, integration_id: str, model: Model) -> datetime | None:
        row = self.conn.execute(
            "SELECT checkpoint FROM sync_state WHERE integration_id = ? AND model = ?", (integration_id, model)
        ).fetchone()
        if row is None:
            return None
        return datetime.fromisoformat(str(row[0]).replace("Z", "+00:00"))

    def count(self, model: Model, integration_id: str | None = None, *, live_only: bool = True) -> int:
        sql = f"SELECT COUNT(*) FROM {model} WHERE 1=1"
        args: list[str] = []
        if integration_id is not None:
            sql += " AND integration_id = ?"
            args.append(integration_id)
        if live_only:
            sql += " AND deleted_at IS NULL"
        return int(self.conn.execute(sql, args).fetchone()[0])

    def ids(self, model: Model, integration_id: str, *, live_only: bool = True) -> list[str]:
        sql = f"SELECT id FROM {model} WHERE integration_id = ?"
        if live_only:
            sql += " AND deleted_at IS NULL"
        return [str(r[0]) for r in self.conn.execute(sql + " ORDER BY rowid", (integration_id,))]

    def record(self, model: Model, integration_id: str, record_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            f"SELECT data, deleted_at FROM {model} WHERE integration_id = ? AND id = ?", (integration_id, record_id)
        ).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = json.loads(row[0])
        return data

    def upsert_page(self, integration_id: str, model: Model, records: Sequence[_Record], stats: KindStats) -> None:
        """Write one page (inside the caller's transaction), counting what changed."""
        now = _iso(datetime.now(UTC))
        for rec in records:
            data = rec.to_dict()
            rid = str(data["id"])
            changed_at = str(data["changed_at"])
            deleted_at = data.get("remote_deleted_at")
            old = self.conn.execute(
                f"SELECT changed_at, deleted_at FROM {model} WHERE integration_id = ? AND id = ?",
                (integration_id, rid),
            ).fetchone()
            if old is not None and old[0] == changed_at:
                stats.unchanged += 1
                continue
            if deleted_at:
                if old is None or old[1] is None:
                    stats.deleted += 1
                    stats.changed_ids.append(rid)
                else:
                    stats.unchanged += 1
            elif old is None:
                stats.inserted += 1
                stats.changed_ids.append(rid)
            else:
                stats.updated += 1
                stats.changed_ids.append(rid)
            self.conn.execute(
                f"INSERT INTO {model} (integration_id, id, remote_id, label, changed_at, deleted_at, data, synced_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (integration_id, id) DO UPDATE SET "
                "remote_id = excluded.remote_id, label = excluded.label, changed_at = excluded.changed_at, "
                "deleted_at = excluded.deleted_at, data = excluded.data, synced_at = excluded.synced_at",
                (
                    integration_id,
                    rid,
                    data.get("remote_id"),
                    _label(model, data),
                    changed_at,
                    deleted_at,
                    json.dumps(data, separators=(",", ":"), default=str),
                    now,
                ),
            )

    def save_checkpoint(self, integration_id: str, model: Model, checkpoint: datetime, mode: str) -> None:
        self.conn.execute(
            "INSERT INTO sync_state (integration_id, model, checkpoint, last_run_kind, last_run_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (integration_id, model) DO UPDATE SET "
            "checkpoint = excluded.checkpoint, last_run_kind = excluded.last_run_kind, "
            "last_run_at = excluded.last_run_at",
            (integration_id, model, _iso(checkpoint), mode, _iso(datetime.now(UTC))),
        )


async def sync_model(
    client: AuthenticatedClient,
    db: SyncDatabase,
    integration_id: str,
    model: Model,
    *,
    full: bool = False,
    progress: Progress | None = None,
    page_size: int = PAGE_SIZE,
) -> KindStats:
    """Full (no checkpoint yet, or ``full=True``) or incremental sync of one model."""
    stats = KindStats(model)
    started = time.perf_counter()
    run_started_at = datetime.now(UTC)
    checkpoint = None if full else db.checkpoint(integration_id, model)
    filters: dict[str, Any] = {}
    if checkpoint is not None:
        filters = {"updated_after": checkpoint, "include_deleted": True}
    pages = iter_pages(client, model, integration_id=integration_id, page_size=page_size, **filters)
    async for page in pages:
        with db.conn:  # one transaction per page
            db.upsert_page(integration_id, model, page.results, stats)
            stats.pages += 1
            stats.fetched += len(page.results)
            if page.next_cursor is None:
                # the last page and the new checkpoint commit together
                db.save_checkpoint(
                    integration_id, model, run_started_at - CHECKPOINT_OVERLAP, "incremental" if checkpoint else "full"
                )
        stats.seconds = time.perf_counter() - started
        if progress is not None:
            progress(integration_id, stats)
    stats.seconds = time.perf_counter() - started
    return stats


async def sync_integration(
    client: AuthenticatedClient,
    db: SyncDatabase,
    integration_id: str,
    *,
    full: bool = False,
    progress: Progress | None = None,
    models: Sequence[Model] = MODELS,
) -> SyncStats:
    """Sync every model of one integration; incremental where a checkpoint exists."""
    started = time.perf_counter()
    has_checkpoints = all(db.checkpoint(integration_id, m) is not None for m in models)
    stats = SyncStats(integration_id, "incremental" if has_checkpoints and not full else "full")
    for model in models:
        stats.kinds[model] = await sync_model(client, db, integration_id, model, full=full, progress=progress)
    stats.seconds = time.perf_counter() - started
    return stats
