"""Helpers of the sync tests: a sync into a DuckDB file of the test's own, and reading it back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
from kombo_ats.sync import SyncReport, sync
from kombo_ats_sandbox import SandboxServer

__all__ = ["DuckTarget"]


class DuckTarget:
    """A DuckDB file and a dlt working folder under ``tmp``, synced from one sandbox server."""

    def __init__(self, tmp: Path, server: SandboxServer, api_key: str) -> None:
        self.path = tmp / "kombo.duckdb"
        self.destination = f"duckdb:///{self.path}"
        self.pipelines_dir = tmp / "dlt"
        self.server = server
        self.api_key = api_key

    def sync(self, integration_ids: Sequence[str], **options: Any) -> SyncReport:
        options.setdefault("resources", ["candidates"])
        if "client_factory" not in options:
            options["client_options"] = self.client_options()
        return sync(integration_ids, destination=self.destination, pipelines_dir=self.pipelines_dir, **options)

    def client_options(self, **more: Any) -> dict[str, Any]:
        return {"api_key": self.api_key, "base_url": self.server.base_url, **more}

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(self.path), read_only=True) as db:
            return db.execute(sql, list(args)).fetchall()

    def ids(self, table: str, integration_id: str) -> list[str]:
        rows = self.rows(f"SELECT id FROM ats.{table} WHERE integration_id = ? ORDER BY id", integration_id)
        return [row[0] for row in rows]
