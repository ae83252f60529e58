"""kombo_ats.sync against the sandbox, into DuckDB: what Kombo documents for keeping a copy in sync.

The next ``updated_after`` is when the previous successful fetch started (not the largest ``changed_at``),
incremental fetches see deletion markers, a full fetch removes what vanished without one, and integrations
never mix. Each test syncs one small list of a fresh sandbox into its own DuckDB file.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from kombo_ats.sync import SyncProgress
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState

from tests.sync_support import DuckTarget


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=7, jobs=6, candidates=40)


@pytest.fixture
def target(tmp_path: Path, kombo_sandbox_server: SandboxServer, kombo_sandbox_api_key: str) -> DuckTarget:
    return DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)


def test_first_run_stores_every_live_record_then_only_changes(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    first = target.sync([iid])
    assert first.ok
    assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))
    assert first.outcomes[("candidates", iid)].mode == "full"

    changed = kombo_sandbox.ids(iid, "candidates")[3]
    kombo_sandbox.update(iid, "candidates", changed, title="Chief Sync Officer")
    second = target.sync([iid])
    outcome = second.outcomes[("candidates", iid)]
    assert second.ok and outcome.mode == "incremental"
    assert outcome.records == 1  # only what changed since the first run started
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", changed) == [("Chief Sync Officer",)]
    assert target.rows("SELECT count(*), count(DISTINCT id) FROM ats.candidates") == [
        (len(target.ids("candidates", iid)),) * 2
    ]


def test_a_record_changed_while_the_walk_is_between_pages_arrives_in_the_next_run(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    early = kombo_sandbox.ids(iid, "candidates")[0]  # on the first page, already read when it changes
    changes: list[int] = []

    def change_after_first_page(event: SyncProgress) -> None:
        if event.pages == 1 and not event.done and not changes:
            kombo_sandbox.update(iid, "candidates", early, title="Changed mid-walk")
            changes.append(event.records)

    report = target.sync([iid], page_size=10, progress=change_after_first_page)
    assert report.ok and changes == [10]
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", early) != [("Changed mid-walk",)]

    # Its changed_at is older than records read on later pages: a max(changed_at) checkpoint would skip it.
    target.sync([iid], page_size=10)
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", early) == [("Changed mid-walk",)]


def test_a_deletion_marker_deletes_the_row_unless_deleted_rows_are_kept(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    target.sync([iid])
    gone = kombo_sandbox.ids(iid, "candidates")[5]
    kombo_sandbox.delete(iid, "candidates", gone)
    report = target.sync([iid])
    assert report.outcomes[("candidates", iid)].deleted == 1
    assert gone not in target.ids("candidates", iid)
    assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))

    kept = kombo_sandbox.ids(iid, "candidates")[6]
    kombo_sandbox.delete(iid, "candidates", kept)
    target.sync([iid], keep_deleted=True)
    [(deleted_at,)] = target.rows("SELECT remote_deleted_at FROM ats.candidates WHERE id = ?", kept)
    assert deleted_at is not None


def test_full_removes_rows_whose_records_vanished_without_a_marker(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    target.sync([iid])
    with duckdb.connect(str(target.path)) as db:  # a record the ATS lost without telling Kombo
        db.execute(
            "INSERT INTO ats.candidates (integration_id, id, first_name, synced_at) "
            "VALUES (?, 'vanished', 'Ghost', now())",
            [iid],
        )
    target.sync([iid])  # an incremental run cannot know
    assert "vanished" in target.ids("candidates", iid)

    report = target.sync([iid], full=True)
    assert report.ok and report.outcomes[("candidates", iid)].vanished == 1
    assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))


def test_integrations_stay_separate(target: DuckTarget, kombo_sandbox: SandboxState) -> None:
    first, second = list(kombo_sandbox.integrations)[:2]
    report = target.sync([first, second], resources=["candidates", "tags"])
    assert report.ok
    for iid in (first, second):
        assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))
        assert target.ids("tags", iid) == sorted(kombo_sandbox.ids(iid, "tags"))

    kombo_sandbox.delete(first, "candidates", kombo_sandbox.ids(first, "candidates")[0])
    kombo_sandbox.update(second, "candidates", kombo_sandbox.ids(second, "candidates")[0], title="Only here")
    again = target.sync([first, second], resources=["candidates", "tags"], full=True)
    assert again.ok
    for iid in (first, second):
        assert target.ids("candidates", iid) == sorted(kombo_sandbox.ids(iid, "candidates"))
    assert target.rows("SELECT integration_id FROM ats.candidates WHERE title = 'Only here'") == [(second,)]


def test_a_failing_integration_is_reported_and_does_not_stop_the_others(
    target: DuckTarget, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    report = target.sync([iid, "nope:unknown"])
    assert not report.ok and report.loaded
    assert report.outcomes[("candidates", iid)].error is None
    error = report.outcomes[("candidates", "nope:unknown")].error
    assert error is not None and "INTEGRATION_NOT_FOUND" in error
    assert target.ids("candidates", iid)
    # The failed walk's state did not advance: its next run is a full one again.
    assert target.sync(["nope:unknown"]).outcomes[("candidates", "nope:unknown")].mode == "full"
