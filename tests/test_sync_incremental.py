"""kombo_ats.sync against the sandbox, into DuckDB: what Kombo documents for keeping a copy in sync.

The next ``updated_after`` is when the previous successful fetch started (not the largest ``changed_at``),
incremental fetches see deletion markers, a full fetch removes what vanished without one, and integrations
never mix. Each test syncs one small list of a fresh sandbox into its own DuckDB file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dlt
import duckdb
import httpx
import pytest
from dlt.pipeline.exceptions import PipelineStepFailed
from kombo_ats import make_client
from kombo_ats.sync import kombo_source
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
    ids = kombo_sandbox.ids(iid, "candidates")
    early, late = ids[0], ids[-1]  # on the first page (already read when it changes) and on the last
    pages: list[str] = []

    async def change_after_first_page(response: httpx.Response) -> None:
        # A response hook runs before the walker sees the page, so before the next page is requested.
        if response.request.url.path.endswith("/ats/candidates"):
            pages.append(str(response.request.url))
            if len(pages) == 1:
                kombo_sandbox.update(iid, "candidates", early, title="Changed mid-walk")
                kombo_sandbox.update(iid, "candidates", late, title="Changed later")  # read with a newer changed_at

    options = target.client_options(httpx_args={"event_hooks": {"response": [change_after_first_page]}})
    # No overlap: it would hide the difference here, where the changes are microseconds apart.
    exact = {"page_size": 10, "overlap": dt.timedelta(0)}
    report = target.sync([iid], client_factory=lambda: make_client(**options), **exact)
    assert report.ok and len(pages) == 4
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", late) == [("Changed later",)]
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", early) != [("Changed mid-walk",)]

    # Its changed_at is older than that of a record read on a later page: a checkpoint at the largest
    # changed_at seen would skip it for good; one at when the walk started cannot.
    target.sync([iid], **exact)
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


def test_a_deleted_candidate_takes_its_applications_offers_and_files_with_it(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str
) -> None:
    iid = kombo_sandbox_integration_id
    lists = ["candidates", "applications", "offers", "attachments"]
    assert target.sync([iid], resources=lists).ok
    store = kombo_sandbox.integrations[iid]
    cand = next(c for c in store.candidates if c.deleted_ms is None and c.apps)
    app_ids = {store.applications[a].id for a in cand.apps if store.applications[a].deleted_ms is None}
    offer_ids = {store.offers[o].id for a in cand.apps for o in store.applications[a].offers} & set(
        target.ids("offers", iid)
    )
    files = [kombo_sandbox.get(iid, "attachments", a) for a in kombo_sandbox.ids(iid, "attachments")]
    file_ids = {f["id"] for f in files if f["candidate_id"] == cand.id}
    before = {name: set(target.ids(name, iid)) for name in lists}
    kombo_sandbox.delete(iid, "candidates", cand.id)  # the sandbox deletes what hangs off it, as the ATS does

    report = target.sync([iid], resources=lists)
    assert report.ok
    gone = {"candidates": {cand.id}, "applications": app_ids, "offers": offer_ids, "attachments": file_ids}
    for name in lists:
        assert set(target.ids(name, iid)) == before[name] - gone[name], name
        assert report.outcomes[(name, iid)].deleted == len(gone[name]), name


def test_another_machine_resumes_from_the_state_kept_in_the_destination(
    target: DuckTarget, kombo_sandbox: SandboxState, kombo_sandbox_integration_id: str, tmp_path: Path
) -> None:
    iid = kombo_sandbox_integration_id
    assert target.sync([iid]).ok
    changed = kombo_sandbox.ids(iid, "candidates")[2]
    kombo_sandbox.update(iid, "candidates", changed, title="Seen elsewhere")
    target.pipelines_dir = tmp_path / "another-machine"  # dlt's local working folder is gone: a fresh machine
    report = target.sync([iid])
    outcome = report.outcomes[("candidates", iid)]
    assert report.ok and outcome.mode == "incremental" and outcome.records == 1
    assert target.rows("SELECT title FROM ats.candidates WHERE id = ?", changed) == [("Seen elsewhere",)]


def test_the_source_runs_in_any_dlt_pipeline_and_fails_the_run_when_a_walk_fails(
    target: DuckTarget, kombo_sandbox_integration_id: str, tmp_path: Path
) -> None:
    iid = kombo_sandbox_integration_id
    pipeline = dlt.pipeline(
        "own_pipeline",
        destination=dlt.destinations.duckdb(str(tmp_path / "own.duckdb")),
        dataset_name="ats",
        pipelines_dir=str(tmp_path / "own-dlt"),
    )
    info = pipeline.run(kombo_source([iid], resources=["tags"], client_options=target.client_options()))
    assert not info.has_failed_jobs
    with duckdb.connect(str(tmp_path / "own.duckdb"), read_only=True) as db:
        [(count,)] = db.execute("SELECT count(*) FROM ats.tags").fetchall()
    assert count == len(target.server.state.ids(iid, "tags"))

    broken = kombo_source(["nope:unknown"], resources=["tags"], client_options=target.client_options())
    with pytest.raises(PipelineStepFailed, match="INTEGRATION_NOT_FOUND"):
        pipeline.run(broken)
    state = pipeline.state["sources"]["kombo"]["resources"]["tags"]["since"]
    assert set(state) == {iid}  # the failed walk left no state behind
