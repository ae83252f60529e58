"""Running the source: a dlt pipeline per destination, the load, and the removal of vanished rows."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dlt
from dlt.destinations.exceptions import DatabaseUndefinedRelation

from .. import _constants as c
from ._report import ProgressCallback, SyncReport
from ._tables import tables
from ._walk import ClientFactory
from .source import kombo_source

__all__ = [
    "destination_from_url",
    "finish_pending_load",
    "make_pipeline",
    "remove_integration",
    "remove_vanished",
    "sync",
]


def destination_from_url(url: str) -> tuple[Any, str]:
    """``duckdb:///path`` or ``postgresql://...`` (else the name of a dlt destination configured the dlt way,
    e.g. ``bigquery``) as a dlt destination, plus a stable text naming it (the password left out)."""
    if not isinstance(url, str) or not url.strip():
        raise ValueError(
            "destination: expected duckdb:///PATH, postgresql://USER:PASSWORD@HOST:PORT/DB or a dlt destination name"
        )
    parts = urlsplit(url)
    if parts.scheme == "duckdb":
        raw = (parts.netloc + parts.path) if parts.netloc else parts.path
        if not raw or raw == "/":
            raise ValueError(
                f"destination: {url!r} names no file; use duckdb:///kombo.duckdb or duckdb:////abs/path.duckdb"
            )
        path = Path(raw[1:] if raw.startswith("/") and not raw.startswith("//") else raw).expanduser().resolve()
        return dlt.destinations.duckdb(str(path)), f"duckdb:{path}"
    if parts.scheme in ("postgresql", "postgres"):
        if not parts.hostname:
            raise ValueError("destination: a PostgreSQL URL needs a host: postgresql://USER:PASSWORD@HOST:PORT/DB")
        named = f"postgres:{parts.hostname}:{parts.port or 5432}{parts.path}"
        return dlt.destinations.postgres(credentials=url.replace("postgres://", "postgresql://", 1)), named
    if "://" in url:
        raise ValueError(
            f"destination: unsupported scheme {parts.scheme!r}; use duckdb:///PATH or postgresql://..., "
            "or the name of a dlt destination configured through dlt's config (e.g. bigquery)"
        )
    return url, url


def make_pipeline(
    destination: str = c.SYNC_DESTINATION,
    *,
    dataset: str = c.SYNC_DATASET,
    pipelines_dir: str | Path | None = None,
    pipeline_name: str | None = None,
    suffix: str = "",
) -> dlt.Pipeline:
    """The dlt pipeline for one destination and dataset.

    Its name is derived from the destination (without password) and the dataset, so the same command on
    another machine finds the state dlt keeps in that destination and resumes from it.
    """
    target, named = destination_from_url(destination)
    if named.startswith("duckdb:") and Path(named.removeprefix("duckdb:")).stem == dataset:
        raise ValueError(
            f"dataset: {dataset!r} is also the name of the DuckDB file, which DuckDB cannot tell apart; "
            "choose another dataset or file name"
        )
    name = pipeline_name or f"{c.SYNC_PIPELINE}_{hashlib.sha256(f'{named}|{dataset}'.encode()).hexdigest()[:10]}"
    if suffix:  # a pipeline of its own (e.g. per integration, for runs in parallel processes)
        name += "_" + hashlib.sha256(suffix.encode()).hexdigest()[:10]
    if pipelines_dir is None:
        return dlt.pipeline(pipeline_name=name, destination=target, dataset_name=dataset)
    return dlt.pipeline(pipeline_name=name, destination=target, dataset_name=dataset, pipelines_dir=str(pipelines_dir))


def _qualified(pipeline: dlt.Pipeline, table: str) -> Any:
    return pipeline.sql_client().make_qualified_table_name(table)


def _delete(client: Any, table: str, where: str, *args: Any) -> int:
    """Delete the rows of ``table`` matching ``where``; how many. A table never loaded (no rows yet) has none.

    Asks the destination rather than the pipeline's schema: a pipeline run by an orchestrator's wrapper (dagster-dlt)
    may not carry the schema in this object.
    """
    name = client.make_qualified_table_name(table)
    try:
        rows = client.execute_sql(f"SELECT count(*) FROM {name} WHERE {where}", *args)
    except DatabaseUndefinedRelation:
        return 0
    count = int(rows[0][0]) if rows else 0
    if count:
        client.execute_sql(f"DELETE FROM {name} WHERE {where}", *args)
    return count


def remove_vanished(pipeline: dlt.Pipeline, report: SyncReport) -> None:
    """After a complete fetch of a list of an integration, its rows this run did not write are gone."""
    done = [o for o in report.outcomes.values() if o.complete and o.mode == "full"]
    if not done:
        return
    where = f"{c.SYNC_INTEGRATION_COLUMN} = %s AND {c.SYNC_SYNCED_AT_COLUMN} < %s"
    with pipeline.sql_client() as client:
        for outcome in done:
            outcome.vanished = _delete(client, outcome.resource, where, outcome.integration_id, report.synced_at)


def finish_pending_load(pipeline: dlt.Pipeline) -> None:
    """Finish the load a killed or failed run left in the pipeline's working folder, before fetching anew.

    That load holds rows and the state that covers them (the next ``updated_after``): dropping it would
    keep a state whose rows never arrived. dlt's ``run(source)`` would finish it too, but then returns
    without running the source at all, so the run would fetch nothing and look successful.
    """
    if pipeline.has_pending_data:
        pipeline.run()


def sync(
    integration_ids: Iterable[str] | str,
    *,
    destination: str = c.SYNC_DESTINATION,
    dataset: str = c.SYNC_DATASET,
    resources: Iterable[str] | None = None,
    full: bool = False,
    keep_deleted: bool = False,
    overlap: dt.timedelta = c.SYNC_OVERLAP,
    concurrency: int = c.SYNC_CONCURRENCY,
    page_size: int = c.SYNC_PAGE_SIZE,
    progress: ProgressCallback | None = None,
    pipelines_dir: str | Path | None = None,
    pipeline: dlt.Pipeline | None = None,
    client_options: Mapping[str, Any] | None = None,
    client_factory: ClientFactory | None = None,
) -> SyncReport:
    """Sync ``integration_ids`` into ``destination`` and return what happened (blocking; see the CLI).

    The first run of a list for an integration fetches everything, later runs what changed since the
    previous successful fetch started; ``full=True`` fetches everything again and also removes rows
    whose records vanished without a deletion marker. A failing walk is reported in the result (its
    state does not advance) while the others load.
    """
    report = SyncReport(synced_at=dt.datetime.now(dt.UTC))
    source = kombo_source(
        integration_ids,
        resources=resources,
        full=full,
        keep_deleted=keep_deleted,
        overlap=overlap,
        concurrency=concurrency,
        page_size=page_size,
        progress=progress,
        report=report,
        client_options=client_options,
        client_factory=client_factory,
    )
    target = pipeline or make_pipeline(destination, dataset=dataset, pipelines_dir=pipelines_dir)
    finish_pending_load(target)
    info = target.run(source)
    report.loaded = not info.has_failed_jobs
    if report.loaded:
        remove_vanished(target, report)
    return report


def remove_integration(pipeline: dlt.Pipeline, integration_id: str) -> int:
    """Delete every row of ``integration_id`` from every table (e.g. on Kombo's ``integration-deleted``)."""
    with pipeline.sql_client() as client:
        return sum(_delete(client, name, f"{c.SYNC_INTEGRATION_COLUMN} = %s", integration_id) for name in tables())
