"""The sync into a real PostgreSQL server, driven through the ``kombo-ats`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from kombo_ats.sync import make_pipeline, remove_integration, sync
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState
from kombo_ats_sandbox.logic.decorate import decorate

from tests.postgres_support import postgres_url

__all__ = ["postgres_url"]


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=3, jobs=6, candidates=30)


def _kombo_ats(server: SandboxServer, api_key: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KOMBO_API_KEY": api_key, "KOMBO_BASE_URL": server.base_url}
    return subprocess.run(
        [sys.executable, "-m", "kombo_ats", *args], env=env, capture_output=True, text=True, timeout=120
    )


def _query(url: str, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with psycopg2.connect(url) as db, db.cursor() as cursor:
        cursor.execute(sql, args)
        return list(cursor.fetchall())


def test_sync_into_postgresql_then_incremental_with_a_deletion(
    postgres_url: str,
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
) -> None:
    first, second = list(kombo_sandbox.integrations)[:2]
    command = ["sync", "-i", f"{first},{second}", "-r", "candidates,jobs,tags", "-d", postgres_url, "--json"]
    command += ["--pipelines-dir", str(tmp_path / "dlt")]
    run = _kombo_ats(kombo_sandbox_server, kombo_sandbox_api_key, *command)
    assert run.returncode == 0, run.stderr
    assert "kombo:kombo@" not in run.stdout + run.stderr and kombo_sandbox_api_key not in run.stdout + run.stderr
    result = json.loads(run.stdout)
    assert result["ok"] and {o["mode"] for o in result["outcomes"]} == {"full"}
    for iid in (first, second):
        for table in ("candidates", "jobs"):
            stored = _query(postgres_url, f"SELECT id FROM ats.{table} WHERE integration_id = %s", iid)
            assert sorted(row[0] for row in stored) == sorted(kombo_sandbox.ids(iid, table))
    [(kind,)] = _query(
        postgres_url,
        "SELECT data_type FROM information_schema.columns "
        "WHERE table_schema = 'ats' AND table_name = 'candidates' AND column_name = 'tags'",
    )
    assert kind == "jsonb"

    gone = kombo_sandbox.ids(first, "candidates")[0]
    renamed = kombo_sandbox.ids(second, "jobs")[0]
    kombo_sandbox.delete(first, "candidates", gone)
    kombo_sandbox.update(second, "jobs", renamed, name="Sync Engineer")
    run = _kombo_ats(kombo_sandbox_server, kombo_sandbox_api_key, *command)
    assert run.returncode == 0, run.stderr
    assert {o["mode"] for o in json.loads(run.stdout)["outcomes"]} == {"incremental"}
    assert _query(postgres_url, "SELECT count(*) FROM ats.candidates WHERE id = %s", gone) == [(0,)]
    assert _query(postgres_url, "SELECT integration_id, name FROM ats.jobs WHERE id = %s", renamed) == [
        (second, "Sync Engineer")
    ]
    assert _query(postgres_url, "SELECT count(*) - count(DISTINCT (integration_id, id)) FROM ats.candidates") == [(0,)]

    # integration-deleted: every row of that integration goes, from every table (missing tables skipped)
    pipeline = make_pipeline(postgres_url, pipelines_dir=tmp_path / "dlt")
    removed = remove_integration(pipeline, first)
    assert removed == len(kombo_sandbox.ids(first, "candidates")) + len(kombo_sandbox.ids(first, "jobs")) + len(
        kombo_sandbox.ids(first, "tags")
    )
    for table in ("candidates", "jobs", "tags"):
        assert _query(postgres_url, f"SELECT count(*) FROM ats.{table} WHERE integration_id = %s", first) == [(0,)]
        assert _query(postgres_url, f"SELECT count(*) FROM ats.{table} WHERE integration_id = %s", second) != [(0,)]


def test_fields_the_spec_does_not_know_are_jsonb_columns(
    postgres_url: str,
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
) -> None:
    iid = next(iter(kombo_sandbox.integrations))
    kombo_sandbox.set_faults(extra_fields=True)  # every record carries video_url and sandbox_extension
    options = {"api_key": kombo_sandbox_api_key, "base_url": kombo_sandbox_server.base_url}
    report = sync(
        [iid],
        destination=postgres_url,
        dataset="unknown_fields",
        resources=["candidates"],
        pipelines_dir=tmp_path / "dlt",
        client_options=options,
    )
    assert report.ok
    types = dict(
        _query(
            postgres_url,
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'unknown_fields' AND table_name = 'candidates'",
        )
    )
    assert types["sandbox_extension"] == types["video_url"] == types["tags"] == "jsonb"
    record_id = kombo_sandbox.ids(iid, "candidates")[0]
    record = decorate("candidates", kombo_sandbox.get(iid, "candidates", record_id), kombo_sandbox.faults)  # as served
    rows = _query(
        postgres_url,
        "SELECT sandbox_extension->>'note', sandbox_extension->'values', video_url #>> '{}' "
        "FROM unknown_fields.candidates WHERE id = %s",
        record_id,
    )
    sandbox_extension = record["sandbox_extension"]
    assert rows == [(sandbox_extension["note"], sandbox_extension["values"], record["video_url"])]
