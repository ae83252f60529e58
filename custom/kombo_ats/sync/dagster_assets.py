"""Dagster definitions for the sync (the ``dagster`` extra: dagster + dagster-dlt).

One dlt asset per list of the spec (through dagster-dlt), partitioned by integration with a *dynamic*
partition per integration id, so an orchestrator spreads integrations over runs and machines. Each
partition syncs its integration with a dlt pipeline of its own (state per integration in the destination,
no shared working folder between parallel runs). A job with ``full: true`` re-fetches everything and removes
vanished rows; a weekly schedule runs it for every partition. In a code location::

    from kombo_ats.sync.dagster_assets import kombo_definitions

    defs = kombo_definitions(destination="postgresql://...")
    # then add partitions: instance.add_dynamic_partitions("kombo_integrations", ["greenhouse:...", ...])
"""

# No `from __future__ import annotations`: Dagster reads the asset function's annotations at runtime.
import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dlt import DagsterDltResource, dlt_assets

from .. import _constants as c
from ._report import SyncReport
from ._run import finish_pending_load, make_pipeline, remove_vanished
from .source import kombo_source

__all__ = ["INTEGRATIONS", "KomboSyncConfig", "kombo_definitions"]

INTEGRATIONS = "kombo_integrations"
"""The dynamic partitions definition's name: one partition per integration id."""
WEEKLY = "0 3 * * 0"


class KomboSyncConfig(dg.Config):
    full: bool = False
    """Fetch everything again and remove rows whose records vanished (the weekly refresh)."""
    keep_deleted: bool = False


def kombo_definitions(
    destination: str = c.SYNC_DESTINATION,
    *,
    dataset: str = c.SYNC_DATASET,
    resources: list[str] | None = None,
    client_options: Mapping[str, Any] | None = None,
    pipelines_dir: str | None = None,
    full_refresh_cron: str = WEEKLY,
) -> dg.Definitions:
    """Assets (one per list), the partitioned full-refresh job and its weekly schedule."""
    partitions = dg.DynamicPartitionsDefinition(name=INTEGRATIONS)
    options = dict(client_options or {})
    template = kombo_source(["integration"], resources=resources, client_options=options)

    @dlt_assets(
        dlt_source=template,
        dlt_pipeline=make_pipeline(destination, dataset=dataset, pipelines_dir=pipelines_dir),
        name="kombo_ats",
        group_name="kombo_ats",
        partitions_def=partitions,
    )
    def kombo_ats_assets(
        context: dg.AssetExecutionContext, dlt: DagsterDltResource, config: KomboSyncConfig
    ) -> Iterator[Any]:
        integration_id = context.partition_key
        report = SyncReport(synced_at=dt.datetime.now(dt.UTC))
        source = kombo_source(
            [integration_id],
            resources=resources,
            full=config.full,
            keep_deleted=config.keep_deleted,
            report=report,
            client_options=options,
        )
        pipeline = make_pipeline(destination, dataset=dataset, pipelines_dir=pipelines_dir, suffix=integration_id)
        finish_pending_load(pipeline)  # a killed run's load first, else dlt runs only that and skips the source
        # Run the load to the end before handing Dagster its events: Dagster stops pulling from the asset once it
        # has every output it expects, so anything after `yield from` would never run.
        events = list(dlt.run(context=context, dlt_source=source, dlt_pipeline=pipeline))
        report.loaded = True
        remove_vanished(pipeline, report)
        if report.errors:  # before the events, for the same reason: the partition fails and can be retried
            raise dg.Failure(
                description="; ".join(f"{o.resource}: {o.error}" for o in report.errors),
                allow_retries=True,
            )
        yield from events

    full_refresh = dg.define_asset_job(
        "kombo_ats_full_refresh",
        selection=[kombo_ats_assets],  # partitioned like the asset (Dagster infers it from the selection)
        config={"ops": {"kombo_ats": {"config": {"full": True}}}},
    )

    @dg.schedule(job=full_refresh, cron_schedule=full_refresh_cron, name="kombo_ats_weekly_full_refresh")
    def weekly_full_refresh(context: dg.ScheduleEvaluationContext) -> list[dg.RunRequest]:
        keys = context.instance.get_dynamic_partitions(INTEGRATIONS)
        stamp = context.scheduled_execution_time.isoformat()
        return [dg.RunRequest(run_key=f"{key}@{stamp}", partition_key=key) for key in keys]

    return dg.Definitions(
        assets=[kombo_ats_assets],
        resources={"dlt": DagsterDltResource()},
        jobs=[full_refresh],
        schedules=[weekly_full_refresh],
    )
