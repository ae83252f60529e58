"""A sync process killed with SIGKILL loses nothing and duplicates nothing, wherever the kill lands.

Two places matter. Between pages of the walk (extraction): nothing of that run is committed, so the
next run asks again for everything since the last complete run. Inside dlt's load, after one table of
several is already merged into the destination but before the load is recorded: the rows are partly
written and dlt's state (the next ``updated_after``) is not. The next run on the same machine must first
finish that load, then fetch what changed since *its* start; a run on another machine (no dlt working
folder) resumes from the state of the last complete load and fetches everything since. Rows that arrive
twice merge on their key.

Breaking the code makes these fail (seen): ``write_disposition="append"`` duplicates rows; a sync that
runs the source without first finishing a pending load (dlt's ``run`` then only loads the old package and
extracts nothing) reports an empty run and misses the change made after the kill; a sync that deletes the
pending package but keeps dlt's local state (a checkpoint persisted before its rows are loaded) loses the
unmerged table's changes; one that aborts the package (dlt rewinds the state) fetches it all again.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState

from tests.sync_support import DuckTarget

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = textwrap.dedent(
    """
    import datetime as dt
    import os
    import signal
    import sys

    from dlt.load.load import Load
    from kombo_ats.sync import sync

    destination, pipelines_dir, base_url, api_key, iid, resources = sys.argv[1:]

    def say(event):
        print(f"{event.resource} page {event.pages} done={event.done} records={event.records}", flush=True)

    complete_jobs = Load.complete_jobs

    def complete_jobs_then_die(self, load_id, jobs, schema):
        # The kill inside the load: once the first table's merge into its final table has finished.
        remaining, finalized, failure = complete_jobs(self, load_id, jobs, schema)
        for job in finalized:
            info = job.job_file_info()
            if info.file_format == "sql" and not info.table_name.startswith("_dlt"):
                print(f"merged {info.table_name}", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
        return remaining, finalized, failure

    Load.complete_jobs = complete_jobs_then_die
    os.environ["LOAD__WORKERS"] = "1"  # one job at a time, so the other tables' merges have not run yet
    sync([iid], destination=destination, pipelines_dir=pipelines_dir, resources=resources.split(","), page_size=5,
         overlap=dt.timedelta(0), progress=say, client_options={"api_key": api_key, "base_url": base_url})
    print("finished", flush=True)
    """
)
NO_OVERLAP = dt.timedelta(0)


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=11, jobs=6, candidates=40)


def _run_and_kill(target: DuckTarget, iid: str, resources: str, kill_at: str) -> list[str]:
    """Run a sync in a child process and SIGKILL it when it prints a line starting with ``kill_at``; its lines."""
    server = target.server
    args = [target.destination, str(target.pipelines_dir), server.base_url, target.api_key, iid, resources]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    seen: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line.strip())
            if line.startswith(kill_at):
                os.kill(child.pid, signal.SIGKILL)
                break
        assert child.wait(timeout=60) == -signal.SIGKILL, seen
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return seen


def _change(sandbox: SandboxState, iid: str, kind: str, field: str, count: int) -> list[str]:
    changed = sandbox.ids(iid, kind)[:count]
    for number, record_id in enumerate(changed):
        sandbox.update(iid, kind, record_id, **{field: f"Changed {number}"})
    return changed


def test_killed_between_pages_the_next_run_fetches_everything_since_the_last_complete_run(
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
    kombo_sandbox_integration_id: str,
) -> None:
    iid = kombo_sandbox_integration_id
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    assert target.sync([iid], overlap=NO_OVERLAP).ok
    changed = _change(kombo_sandbox, iid, "candidates", "title", 20)  # four pages of five for the next run
    kombo_sandbox.set_faults(latency_ms=150)  # slow pages, so the kill lands between them
    _run_and_kill(target, iid, "candidates", kill_at="candidates page 2 ")
    kombo_sandbox.set_faults(latency_ms=0)
    later = kombo_sandbox.ids(iid, "candidates")[-1]
    kombo_sandbox.update(iid, "candidates", later, title="Changed after the kill")

    report = target.sync([iid], page_size=5, overlap=NO_OVERLAP)
    assert report.ok
    outcome = report.outcomes[("candidates", iid)]
    assert outcome.mode == "incremental" and outcome.records == 21  # everything since the last complete run
    titles = dict(target.rows("SELECT id, title FROM ats.candidates WHERE integration_id = ?", iid))
    assert [titles[record_id] for record_id in changed] == [f"Changed {n}" for n in range(20)]
    assert titles[later] == "Changed after the kill"
    assert sorted(titles) == sorted(kombo_sandbox.ids(iid, "candidates"))
    assert target.rows("SELECT count(*) - count(DISTINCT id) FROM ats.candidates") == [(0,)]


def _values(target: DuckTarget, table: str, field: str, iid: str) -> dict[str, str]:
    return dict(target.rows(f"SELECT id, {field} FROM ats.{table} WHERE integration_id = ?", iid))


def _changed_at(sandbox: SandboxState, iid: str, kind: str, record_id: str) -> dt.datetime:
    """When the sandbox last changed the record (``updated_after`` returns records changed strictly after)."""
    return dt.datetime.fromisoformat(sandbox.get(iid, kind, record_id)["changed_at"])


@pytest.mark.parametrize("machine", ["same", "another"])
def test_killed_inside_the_load_the_next_run_finishes_or_redoes_it(
    machine: str,
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
    kombo_sandbox_integration_id: str,
) -> None:
    iid = kombo_sandbox_integration_id
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    fields = {"candidates": "title", "jobs": "name"}
    assert target.sync([iid], resources=list(fields), overlap=NO_OVERLAP).ok
    changed = {name: _change(kombo_sandbox, iid, name, field, 6) for name, field in fields.items()}
    expected = {f"Changed {n}" for n in range(6)}
    lines = _run_and_kill(target, iid, ",".join(fields), kill_at="merged ")
    merged = lines[-1].split()[1]
    walked = {line.split()[0]: int(line.rsplit("records=", 1)[1]) for line in lines if " done=True " in line}
    # Part of the load is in: one table holds its changes, the other not, and no load is recorded (no new state).
    for name, field in fields.items():
        values = _values(target, name, field, iid)
        assert ({values[record_id] for record_id in changed[name]} == expected) == (name == merged), name
    assert target.rows("SELECT count(*) FROM ats._dlt_loads") == [(1,)]

    later = kombo_sandbox.ids(iid, "candidates")[-1]
    kombo_sandbox.update(iid, "candidates", later, title="Changed after the kill")
    if machine == "another":
        target.pipelines_dir = tmp_path / "another-machine"
    report = target.sync([iid], resources=list(fields), page_size=5, overlap=NO_OVERLAP)

    assert report.ok
    fetched = {name: report.outcomes[(name, iid)] for name in fields}
    assert {o.mode for o in fetched.values()} == {"incremental"}
    for name, outcome in fetched.items():
        since = outcome.since
        assert since is not None
        ids = kombo_sandbox.ids(iid, name)
        assert outcome.records == sum(_changed_at(kombo_sandbox, iid, name, i) > since for i in ids)
    if machine == "same":  # the killed run's load is finished first: only what changed since that run started
        assert (fetched["candidates"].records, fetched["jobs"].records) == (1, 0)
    else:  # the state of the last complete load: what the killed run fetched comes again
        assert fetched["candidates"].records >= walked["candidates"] and fetched["jobs"].records == walked["jobs"]
    for name, field in fields.items():
        values = _values(target, name, field, iid)
        assert {values[record_id] for record_id in changed[name]} == expected, name
        assert sorted(values) == sorted(kombo_sandbox.ids(iid, name))
        assert target.rows(f"SELECT count(*) - count(DISTINCT id) FROM ats.{name}") == [(0,)]
    assert _values(target, "candidates", "title", iid)[later] == "Changed after the kill"
