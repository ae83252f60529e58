"""The sync stores each record as Kombo sent it (``.as_dicts()``): date-times arrive as Kombo's ISO 8601 text and
are typed by Arrow, or by Python where Arrow's parser stops; a value that fits its column in no way names the
column and the record, never the value; a record a store cannot rely on fails that integration's walk only.

Through ``kombo_ats.sync.sync`` into DuckDB, with the in-memory fake API as the client (``client_factory``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from dlt.pipeline.exceptions import PipelineStepFailed
from kombo_ats.sync import SyncReport, sync

from tests.kombo_fake import FakeKombo, kombo_id, page_body, record

PERSONAL = "Zelda Personal-Name"
"""A value that must never reach a message (records hold personal data)."""


def _serving(pages_by_integration: dict[str, list[dict[str, Any]]]) -> FakeKombo:
    """One page of candidates per integration (the ``X-Integration-Id`` header chooses)."""

    def handle(request: httpx.Request) -> httpx.Response:
        records = pages_by_integration[request.headers["X-Integration-Id"]]
        return httpx.Response(200, content=json.dumps(page_body(records, None)).encode())

    return FakeKombo(handle)


def _sync(tmp_path: Path, fake: FakeKombo, integrations: list[str]) -> SyncReport:
    return sync(
        integrations,
        destination=f"duckdb:///{tmp_path / 'kombo.duckdb'}",
        pipelines_dir=tmp_path / "dlt",
        resources=["candidates"],
        client_factory=fake.client,
    )


def _rows(tmp_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(tmp_path / "kombo.duckdb"), read_only=True) as db:
        return db.execute(sql).fetchall()


def test_date_times_arrow_cannot_parse_are_stored_as_the_models_read_them(tmp_path: Path) -> None:
    forms = {
        1: "2024-05-01T10:00:00.1234567Z",  # seven fraction digits
        2: "20240501T100000Z",  # the basic format
        3: "2024-05-01T12:00:00+02:00",  # an offset (Arrow takes this one)
    }
    records = [record(n, remote_created_at=text) for n, text in forms.items()]
    report = _sync(tmp_path, _serving({"acme:1": records}), ["acme:1"])
    assert report.ok, report.errors
    stored = dict(_rows(tmp_path, "SELECT id, remote_created_at FROM ats.candidates"))
    expected = {kombo_id(n): dt.datetime.fromisoformat(text) for n, text in forms.items()}
    assert {k: v.astimezone(dt.UTC) for k, v in stored.items()} == {
        k: v.astimezone(dt.UTC) for k, v in expected.items()
    }


def test_a_value_that_fits_its_column_in_no_way_names_column_and_record(tmp_path: Path) -> None:
    records = [record(1), record(2, confidential=PERSONAL)]  # `confidential` is a boolean column
    with pytest.raises(PipelineStepFailed) as info:
        _sync(tmp_path, _serving({"acme:1": records}), ["acme:1"])
    message = str(info.value)
    assert "candidates.confidential of record 1 of the page: expected a boolean, got a string" in message
    assert PERSONAL not in message


def test_a_record_a_store_cannot_rely_on_fails_its_integration_only(tmp_path: Path) -> None:
    broken = [record(1), record(2, remote_deleted_at="2024-05-01T10:00:00")]  # no zone: not an instant
    report = _sync(tmp_path, _serving({"acme:1": [record(3)], "acme:2": broken}), ["acme:1", "acme:2"])
    failed = {o.integration_id: o.error for o in report.errors}
    assert list(failed) == ["acme:2"]
    assert "GetCandidatesResponse.data.results[1] (Candidate).remote_deleted_at" in str(failed["acme:2"])
    assert _rows(tmp_path, "SELECT integration_id, id FROM ats.candidates") == [("acme:1", kombo_id(3))]
