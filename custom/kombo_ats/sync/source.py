"""The dlt source: one resource per paginated list of the spec, merged on ``(integration_id, id)``.

Exact incremental syncs as Kombo documents them: the next ``updated_after`` of a list for an integration
is when its previous successful fetch *started* (minus ``OVERLAP``), never the largest ``changed_at``
seen, and incremental fetches pass ``include_deleted=true`` so deletion markers arrive. That moment is
kept in dlt's resource state, per integration, which dlt stores in the destination with the data: it only
advances when the load that holds the fetched rows succeeds, and any machine resumes from it. A walk
that fails (or a process killed mid-walk) leaves it where it was, so the next run asks again for
everything since; rows that come twice are merged on their key, never duplicated.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import dlt
import pyarrow as pa
from dlt.common.schema.typing import TColumnSchema
from dlt.extract.source import DltSource

from .. import _constants as c
from ._arrow import page_table
from ._report import Mode, Outcome, ProgressCallback, SyncProgress, SyncReport
from ._tables import Table, tables
from ._walk import ClientFactory, Done, Failed, PageOfRecords, Walk, default_client_factory, walk_many

__all__ = ["check_page_size", "kombo_source", "resolve_resources"]

_STATE_KEY = "since"


class _ExpectedHintNotice(logging.Filter):
    """dlt warns on every page that the declared JSON columns arrive as Arrow text and the key columns as
    nullable: that is the design (dlt stores them as the hints say), not something a user must act on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "several column hints were different" not in record.getMessage()


logging.getLogger("dlt").addFilter(_ExpectedHintNotice())


def resolve_resources(resources: Iterable[str] | None) -> list[Table]:
    """The tables to sync (all by default); an unknown name is a ``ValueError`` naming the known ones."""
    known = tables()
    if resources is None:
        return list(known.values())
    chosen = [resources] if isinstance(resources, str) else list(resources)
    unknown = [name for name in chosen if name not in known]
    if unknown or not chosen:
        raise ValueError(
            f"resources: unknown list {', '.join(map(repr, unknown)) or '(none given)'}; "
            f"choose from {', '.join(sorted(known))}"
        )
    return [known[name] for name in dict.fromkeys(chosen)]


def _check_integrations(integration_ids: Iterable[str] | str) -> list[str]:
    ids = [integration_ids] if isinstance(integration_ids, str) else list(integration_ids)
    if not ids:
        raise ValueError("integration_ids: give at least one integration id")
    for iid in ids:
        if not isinstance(iid, str) or not iid.strip():
            raise ValueError(f"integration_ids: expected non-empty strings, got {iid!r}")
    return list(dict.fromkeys(ids))


def check_page_size(page_size: int, chosen: Sequence[Table]) -> None:
    """Within every chosen list's bounds (the spec's ``page_size`` minimum and maximum), before any request."""
    if not isinstance(page_size, int) or isinstance(page_size, bool):
        raise ValueError(f"page_size: expected a whole number, got {page_size!r}")
    for table in chosen:
        if not table.takes_page_size:
            continue
        param = table.operation.param("page_size")
        low, high = param.minimum or 1, param.maximum
        if page_size < low or (high is not None and page_size > high):
            raise ValueError(f"page_size: {table.resource} takes {low:g} to {high:g} records per page, got {page_size}")


def _hints(table: Table, keep_deleted: bool) -> dict[str, TColumnSchema]:
    columns: dict[str, TColumnSchema] = {
        c.SYNC_INTEGRATION_COLUMN: {"data_type": "text", "nullable": False},
        "id": {"data_type": "text", "nullable": False},
    }
    for col in table.columns:
        if col.kind == "json":
            columns[col.name] = {"data_type": "json", "nullable": True}
    if table.deleted_column is not None:
        # Stated either way: dlt keeps a table's hints from run to run, so keeping deleted rows must undo it.
        columns[table.deleted_column] = {"data_type": "timestamp", "nullable": True, "hard_delete": not keep_deleted}
    if table.changed_column is not None:
        columns[table.changed_column] = {"data_type": "timestamp", "nullable": True, "dedup_sort": "desc"}
    return columns


def _parse_since(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _plan(
    table: Table,
    integration_ids: Sequence[str],
    since_by_integration: Mapping[str, Any],
    *,
    full: bool,
    keep_deleted: bool,
    overlap: dt.timedelta,
    report: SyncReport,
) -> list[Walk]:
    """Where each integration's walk starts (from the state), with its outcome entered in the report."""
    walks: list[Walk] = []
    for iid in integration_ids:
        since = None if full or not table.incremental else _parse_since(since_by_integration.get(iid))
        mode: Mode = "incremental" if since is not None else "full"
        # Full fetches skip deleted records (their rows are removed as vanished) unless they are kept.
        include = table.include_deleted and (since is not None or keep_deleted)
        walks.append(Walk(iid, since - overlap if since is not None else None, include))
        report.outcomes[(table.resource, iid)] = Outcome(table.resource, iid, mode, since=since)
    return walks


def _tell(progress: ProgressCallback | None, outcome: Outcome, started: float, *, done: bool = False) -> None:
    if progress is not None:
        elapsed = time.monotonic() - started
        progress(
            SyncProgress(
                outcome.resource,
                outcome.integration_id,
                outcome.mode,
                outcome.records,
                outcome.pages,
                elapsed,
                done=done,
                error=outcome.error,
            )
        )


def _records(
    table: Table,
    integration_ids: Sequence[str],
    *,
    full: bool,
    keep_deleted: bool,
    overlap: dt.timedelta,
    report: SyncReport,
    client_factory: ClientFactory,
    concurrency: int,
    page_size: int,
    progress: ProgressCallback | None,
) -> Iterator[Any]:
    """The resource's generator: walks, counts, batches pages into Arrow tables, advances the state on success."""
    state: dict[str, Any] = dlt.current.resource_state()
    since_by_integration: dict[str, Any] = state.setdefault(_STATE_KEY, {})
    walks = _plan(
        table,
        integration_ids,
        since_by_integration,
        full=full,
        keep_deleted=keep_deleted,
        overlap=overlap,
        report=report,
    )
    begun = {iid: time.monotonic() for iid in integration_ids}
    batch: list[pa.Table] = []
    batched = 0
    hinted: set[str] = set()  # unknown fields already declared JSON columns in this run
    for event in walk_many(table, walks, client_factory=client_factory, concurrency=concurrency, page_size=page_size):
        iid = event.walk.integration_id
        outcome = report.outcomes[(table.resource, iid)]
        if isinstance(event, PageOfRecords):
            outcome.pages += 1
            outcome.records += len(event.records)
            if table.deleted_column is not None:
                outcome.deleted += sum(1 for r in event.records if r.get(table.deleted_column) is not None)
            if event.records:
                batch.append(page_table(table, event.records, integration_id=iid, synced_at=report.synced_at))
                batched += len(event.records)
                if batched >= c.SYNC_BATCH_ROWS:
                    yield _json_hinted(table, _concat(batch), hinted)
                    batch, batched = [], 0
            _tell(progress, outcome, begun[iid])
            continue
        outcome.seconds = time.monotonic() - begun[iid]
        if isinstance(event, Done):
            outcome.complete = True
            if table.incremental:
                since_by_integration[iid] = event.started_at.isoformat()
        elif isinstance(event, Failed):
            outcome.error = event.error
        _tell(progress, outcome, begun[iid], done=True)
    if batch:
        yield _json_hinted(table, _concat(batch), hinted)


def _json_hinted(table: Table, data: pa.Table, hinted: set[str]) -> Any:
    """``data`` as is, or marked with JSON hints for the columns of fields the spec does not know that first
    appear in it, so they become JSON columns (DuckDB ``JSON``, PostgreSQL ``jsonb``) like the spec's nested
    values instead of text holding JSON."""
    known = table.column_names | {c.SYNC_INTEGRATION_COLUMN, c.SYNC_SYNCED_AT_COLUMN}
    new = [name for name in data.column_names if name not in known and name not in hinted]
    if not new:
        return data
    hinted.update(new)
    columns: dict[str, TColumnSchema] = {name: {"data_type": "json", "nullable": True} for name in new}
    return dlt.mark.with_hints(data, dlt.mark.make_hints(columns=columns))


def _concat(tables: list[pa.Table]) -> pa.Table:
    """Pages as one table for dlt (its cost is per item, not per row); pages of other integrations may carry
    other unknown fields, so missing columns are filled with nulls."""
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables, promote_options="default")


def kombo_source(
    integration_ids: Iterable[str] | str,
    *,
    resources: Iterable[str] | None = None,
    full: bool = False,
    keep_deleted: bool = False,
    overlap: dt.timedelta = c.SYNC_OVERLAP,
    concurrency: int = c.SYNC_CONCURRENCY,
    page_size: int = c.SYNC_PAGE_SIZE,
    progress: ProgressCallback | None = None,
    report: SyncReport | None = None,
    client_options: Mapping[str, Any] | None = None,
    client_factory: ClientFactory | None = None,
) -> DltSource:
    """A dlt source of Kombo's lists for ``integration_ids``: run it with any dlt pipeline.

    ``resources`` picks lists by name (default: every list of the spec). ``full`` fetches everything
    instead of what changed since the previous run. ``keep_deleted`` keeps records Kombo marks deleted
    (``remote_deleted_at`` set) instead of deleting their rows. ``overlap`` is subtracted from the previous
    start to absorb clock skew (records fetched twice merge). The client comes from ``make_client``
    with ``client_options`` (``api_key``, ``base_url``, ...; by default ``$KOMBO_API_KEY``), or from
    ``client_factory``. ``report`` (a :class:`SyncReport`) collects what each walk did; a walk that fails
    is recorded there and does not stop the others (without a report, the source raises at the end, so
    the run fails and nothing advances). :func:`kombo_ats.sync.sync` runs it and also removes vanished rows.
    """
    ids = _check_integrations(integration_ids)
    chosen = resolve_resources(resources)
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise ValueError(f"concurrency: expected a whole number >= 1, got {concurrency!r}")
    check_page_size(page_size, chosen)
    if not isinstance(overlap, dt.timedelta) or overlap < dt.timedelta(0):
        raise ValueError(f"overlap: expected a timedelta >= 0, got {overlap!r}")
    factory = client_factory or default_client_factory(dict(client_options or {}))
    raise_at_end = report is None
    run_report = report if report is not None else SyncReport(synced_at=dt.datetime.now(dt.UTC))

    def records(table: Table) -> Iterator[Any]:
        yield from _records(
            table,
            ids,
            full=full,
            keep_deleted=keep_deleted,
            overlap=overlap,
            report=run_report,
            client_factory=factory,
            concurrency=concurrency,
            page_size=page_size,
            progress=progress,
        )
        failed = [o for o in run_report.outcomes.values() if o.resource == table.resource and o.error]
        if raise_at_end and failed:
            raise RuntimeError("; ".join(f"{o.resource} of {o.integration_id}: {o.error}" for o in failed))

    @dlt.source(name="kombo", max_table_nesting=0)
    def kombo() -> Iterator[Any]:
        for table in chosen:
            yield dlt.resource(
                records(table),
                name=table.resource,
                write_disposition="merge",
                primary_key=[c.SYNC_INTEGRATION_COLUMN, "id"],
                columns=_hints(table, keep_deleted),
            )

    source: DltSource = kombo()
    return source
