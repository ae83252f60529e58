"""The Dagster definitions: two integration partitions materialised in process, against the sandbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from kombo_ats.sync.dagster_assets import INTEGRATIONS, kombo_definitions
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState

from tests.sync_support import DuckTarget


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=13, jobs=4, candidates=15)


def test_two_partitions_materialise_their_integrations(
    tmp_path: Path, kombo_sandbox_server: SandboxServer, kombo_sandbox: SandboxState, kombo_sandbox_api_key: str
) -> None:
    first, second = list(kombo_sandbox.integrations)[:2]
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    defs = kombo_definitions(
        target.destination,
        resources=["candidates", "tags"],
        client_options=target.client_options(),
        pipelines_dir=str(target.pipelines_dir),
    )
    with dg.instance_for_test() as instance:  # a real (temporary) instance: schedules need one
        instance.add_dynamic_partitions(INTEGRATIONS, [first, second])
        assets = [a for a in defs.assets or [] if isinstance(a, dg.AssetsDefinition)]
        resources = {"dlt": defs.resources["dlt"]} if defs.resources else {}
        for iid in (first, second):
            result = dg.materialize(assets, partition_key=iid, instance=instance, resources=resources)
            assert result.success
            keys = {m.asset_key.to_user_string() for m in result.asset_materializations_for_node("kombo_ats")}
            assert any(k.endswith("candidates") for k in keys) and any(k.endswith("tags") for k in keys)
        for iid in (first, second):
            assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))
            assert target.ids("tags", iid) == sorted(kombo_sandbox.ids(iid, "tags"))

        with duckdb.connect(str(target.path)) as db:  # a record the ATS lost without telling Kombo
            db.execute(
                "INSERT INTO ats.candidates (integration_id, id, synced_at) VALUES (?, 'vanished', now())", [first]
            )
        job = defs.resolve_job_def("kombo_ats_full_refresh")
        assert job.execute_in_process(partition_key=first, instance=instance).success  # config: full
        assert target.ids("candidates", first) == sorted(kombo_sandbox.ids(first, "candidates"))

        schedule = defs.resolve_schedule_def("kombo_ats_weekly_full_refresh")
        sunday = dt.datetime(2026, 12, 6, 3, tzinfo=dt.UTC)
        context = dg.build_schedule_context(instance=instance, scheduled_execution_time=sunday)
        requests = schedule(context)
        assert isinstance(requests, list)
        assert sorted(str(r.partition_key) for r in requests) == sorted([first, second])
        assert all(r.job_name in (None, "kombo_ats_full_refresh") for r in requests)


def test_a_partition_with_a_failed_list_fails(
    tmp_path: Path, kombo_sandbox_server: SandboxServer, kombo_sandbox: SandboxState, kombo_sandbox_api_key: str
) -> None:
    iid = next(iter(kombo_sandbox.integrations))
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    defs = kombo_definitions(
        target.destination,
        resources=["tags", "roles"],
        client_options=target.client_options(max_retries=0),
        pipelines_dir=str(target.pipelines_dir),
    )
    assets = [a for a in defs.assets or [] if isinstance(a, dg.AssetsDefinition)]
    resources = {"dlt": defs.resources["dlt"]} if defs.resources else {}
    kombo_sandbox.set_faults(script=["500"])  # the first request fails: one list fails, the other loads
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(INTEGRATIONS, [iid])
        result = dg.materialize(assets, partition_key=iid, instance=instance, resources=resources, raise_on_error=False)
    assert not result.success
