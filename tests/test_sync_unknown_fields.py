"""Fields a record carries that the spec does not know are synced as JSON columns, never dropped: queried
like the spec's nested values (DuckDB ``JSON``; PostgreSQL ``jsonb`` in tests/test_sync_postgres.py)."""

from __future__ import annotations

import json
from pathlib import Path

from kombo_ats_sandbox import SandboxServer, SandboxState
from kombo_ats_sandbox.logic.decorate import decorate

from tests.sync_support import DuckTarget


def test_fields_the_spec_does_not_know_are_json_columns_in_duckdb(
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
    kombo_sandbox_integration_id: str,
) -> None:
    iid = kombo_sandbox_integration_id
    kombo_sandbox.set_faults(extra_fields=True)  # every record carries video_url and sandbox_extension
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    assert target.sync([iid]).ok
    types = dict(
        target.rows(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'ats' AND table_name = 'candidates'"
        )
    )
    assert types["sandbox_extension"] == types["video_url"] == types["tags"] == "JSON"
    record_id = kombo_sandbox.ids(iid, "candidates")[0]
    record = decorate("candidates", kombo_sandbox.get(iid, "candidates", record_id), kombo_sandbox.faults)  # as served
    [(note, values, url)] = target.rows(
        "SELECT sandbox_extension->>'$.note', sandbox_extension->'$.values', video_url->>'$' "
        "FROM ats.candidates WHERE id = ?",
        record_id,
    )
    assert (note, json.loads(values), url) == (
        record["sandbox_extension"]["note"],
        record["sandbox_extension"]["values"],
        record["video_url"],
    )
