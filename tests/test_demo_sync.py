"""The demo itself: it runs end to end (its incremental sync picks up exactly the workflow's and the ATS's
changes) and stops the sandbox however it ends. The sync's own semantics are tested in tests/test_sync_*.py."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from kombo_ats_sandbox import SandboxServer

from examples import demo


def test_demo_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = demo.main(["--candidates", "80", "--jobs", "12", "--db", str(tmp_path / "demo.duckdb")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "picked up exactly the 8 changes" in out
    # the incremental sync ran because of the sandbox's signed data-changed webhooks, one per integration at least
    # and fetched what Kombo's table says the changed models affect: an offer deleted -> applications and offers
    assert re.search(r"data-changed \w+ greenhouse: .*ats_candidates.*\n +-> incremental sync of candidates", out), out
    assert re.search(r"data-changed \w+ workday: ats_offers\n +-> incremental sync of applications, offers\n", out), out
    for step in ("applied", "moved to stage", "note + result link", "tagged", "rejected"):
        assert step in out
    assert "open applications per stage" in out and "candidates per job" in out
    assert "sandbox stopped" in out
    assert (tmp_path / "demo.duckdb").exists()


def test_demo_stops_the_sandbox_on_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stopped: list[bool] = []
    original_stop = SandboxServer.stop

    def spy_stop(self: SandboxServer, timeout: float = 10.0) -> None:
        stopped.append(True)
        original_stop(self, timeout)

    async def boom(*args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(SandboxServer, "stop", spy_stop)
    monkeypatch.setattr(demo, "run_demo", boom)
    with pytest.raises(RuntimeError, match="boom"):
        demo.main(["--candidates", "5", "--db", str(tmp_path / "x.sqlite3")])
    assert stopped == [True]


def test_demo_stops_the_sandbox_on_ctrl_c(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    servers: list[SandboxServer] = []
    original_start = SandboxServer.start

    def spy_start(self: SandboxServer, timeout: float = 10.0) -> SandboxServer:
        servers.append(self)
        return original_start(self, timeout)

    async def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(SandboxServer, "start", spy_start)
    monkeypatch.setattr(demo, "run_demo", interrupted)
    assert demo.main(["--candidates", "5", "--db", str(tmp_path / "x.sqlite3")]) == 130
    (server,) = servers
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/_sandbox/health")
