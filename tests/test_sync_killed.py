"""A sync process killed with SIGKILL in the middle of a walk loses nothing and duplicates nothing.

The state that decides the next ``updated_after`` is committed by dlt together with the rows it covers, so
a process killed between pages leaves it where the last complete run put it: the next run asks again for
everything since, and rows that arrive twice merge on their key.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState

from tests.sync_support import DuckTarget

CHILD = textwrap.dedent(
    """
    import sys
    from kombo_ats.sync import sync

    def say(event):
        print(f"page {event.pages} done={event.done}", flush=True)

    destination, pipelines_dir, base_url, api_key, iid = sys.argv[1:]
    sync([iid], destination=destination, pipelines_dir=pipelines_dir, resources=["candidates"], page_size=5,
         progress=say, client_options={"api_key": api_key, "base_url": base_url})
    print("finished", flush=True)
    """
)


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=11, jobs=6, candidates=40)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_run_killed_mid_walk_loses_and_duplicates_nothing(
    tmp_path: Path,
    kombo_sandbox_server: SandboxServer,
    kombo_sandbox: SandboxState,
    kombo_sandbox_api_key: str,
    kombo_sandbox_integration_id: str,
) -> None:
    iid = kombo_sandbox_integration_id
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    assert target.sync([iid]).ok
    changed = kombo_sandbox.ids(iid, "candidates")[:20]  # four pages of five for the next run
    for number, record_id in enumerate(changed):
        kombo_sandbox.update(iid, "candidates", record_id, title=f"Changed {number}")
    kombo_sandbox.set_faults(latency_ms=150)  # slow pages, so the kill lands between them

    args = [target.destination, str(target.pipelines_dir), kombo_sandbox_server.base_url, kombo_sandbox_api_key, iid]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("page 2 "):
                os.kill(child.pid, signal.SIGKILL)
                break
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    kombo_sandbox.set_faults(latency_ms=0)
    later = kombo_sandbox.ids(iid, "candidates")[-1]
    kombo_sandbox.update(iid, "candidates", later, title="Changed after the kill")

    report = target.sync([iid], page_size=5)
    assert report.ok
    outcome = report.outcomes[("candidates", iid)]
    assert outcome.mode == "incremental" and outcome.records == 21  # everything since the last complete run
    titles = dict(target.rows("SELECT id, title FROM ats.candidates WHERE integration_id = ?", iid))
    assert [titles[record_id] for record_id in changed] == [f"Changed {n}" for n in range(20)]
    assert titles[later] == "Changed after the kill"
    assert sorted(titles) == sorted(kombo_sandbox.ids(iid, "candidates"))
    assert target.rows("SELECT count(*) - count(DISTINCT id) FROM ats.candidates") == [(0,)]
