"""The incremental-sync round trip of examples/sync_to_sqlite.py against the sandbox, and the demo itself.

A record changed or deleted in the sandbox shows up in the next incremental run; nothing else does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from kombo_ats import make_client
from kombo_ats_sandbox import SandboxServer, SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from examples import demo
from examples.sync_to_sqlite import MODELS, SyncDatabase, SyncStats, sync_integration
from kombo_ats_client import AuthenticatedClient

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
WORKDAY = "workday:HWUTwvyx2wLoSUHphiWVrp28"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SyncDatabase]:
    database = SyncDatabase(tmp_path / "sync.sqlite3")
    yield database
    database.close()


@pytest.fixture
async def client(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> AsyncIterator[AuthenticatedClient]:
    transport = ContractTransport(kombo_sandbox_transport, OpenAPIContract())
    async with make_client(
        api_key=kombo_sandbox_api_key, base_url=ASGI_BASE_URL, httpx_args={"transport": transport}
    ) as c:
        yield c


def changed(run: SyncStats) -> dict[str, set[str]]:
    return {model: set(k.changed_ids) for model, k in run.kinds.items() if k.changed_ids}


@pytest.mark.anyio
async def test_full_sync_copies_every_live_record(
    client: AuthenticatedClient, db: SyncDatabase, kombo_sandbox: SandboxState
) -> None:
    runs = [await sync_integration(client, db, iid) for iid in (GREENHOUSE, WORKDAY)]
    assert all(run.mode == "full" for run in runs)
    for iid in (GREENHOUSE, WORKDAY):
        for model in MODELS:
            assert sorted(db.ids(model, iid)) == sorted(kombo_sandbox.ids(iid, model))
            assert db.checkpoint(iid, model) is not None
    assert runs[0].kinds["candidates"].inserted == len(kombo_sandbox.ids(GREENHOUSE, "candidates"))


@pytest.mark.anyio
async def test_incremental_sync_picks_up_exactly_the_changes(
    client: AuthenticatedClient, db: SyncDatabase, kombo_sandbox: SandboxState
) -> None:
    await sync_integration(client, db, GREENHOUSE)
    await sync_integration(client, db, WORKDAY)

    nothing = await sync_integration(client, db, GREENHOUSE)
    assert nothing.mode == "incremental" and nothing.changes == 0 and changed(nothing) == {}

    cand_id = kombo_sandbox.ids(GREENHOUSE, "candidates")[5]
    offer_id = kombo_sandbox.ids(GREENHOUSE, "offers")[2]
    job_id = kombo_sandbox.ids(GREENHOUSE, "jobs")[1]
    kombo_sandbox.update(GREENHOUSE, "candidates", cand_id, title="Head of Sandboxes")
    kombo_sandbox.delete(GREENHOUSE, "offers", offer_id)
    kombo_sandbox.update(GREENHOUSE, "jobs", job_id, department="Research")

    run = await sync_integration(client, db, GREENHOUSE)
    assert changed(run) == {"candidates": {cand_id}, "offers": {offer_id}, "jobs": {job_id}}
    assert run.kinds["candidates"].updated == 1 and run.kinds["offers"].deleted == 1
    stored = db.record("candidates", GREENHOUSE, cand_id)
    assert stored is not None and stored["title"] == "Head of Sandboxes"
    assert offer_id not in db.ids("offers", GREENHOUSE)
    assert offer_id in db.ids("offers", GREENHOUSE, live_only=False)

    other = await sync_integration(client, db, WORKDAY)
    assert changed(other) == {}, "changes in one integration never leak into another"
    again = await sync_integration(client, db, GREENHOUSE)
    assert changed(again) == {}


@pytest.mark.anyio
async def test_cascading_delete_and_new_application_reach_the_next_run(
    client: AuthenticatedClient, db: SyncDatabase, kombo_sandbox: SandboxState
) -> None:
    await sync_integration(client, db, GREENHOUSE)
    store = kombo_sandbox.integrations[GREENHOUSE]
    cand = next(c for c in store.candidates if c.deleted_ms is None and c.apps)
    app_ids = {store.applications[a].id for a in cand.apps if store.applications[a].deleted_ms is None}
    offer_ids = {store.offers[o].id for a in cand.apps for o in store.applications[a].offers}
    offer_ids = {o for o in offer_ids if o in db.ids("offers", GREENHOUSE)}
    files = [kombo_sandbox.get(GREENHOUSE, "attachments", a) for a in kombo_sandbox.ids(GREENHOUSE, "attachments")]
    file_ids = {f["id"] for f in files if f["candidate_id"] == cand.id}  # the candidate's files go with it
    kombo_sandbox.delete(GREENHOUSE, "candidates", cand.id)

    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None)
    response = await client.get_async_httpx_client().post(
        f"/ats/jobs/{job.id}/applications",
        headers={"X-Integration-Id": GREENHOUSE},
        json={"candidate": {"first_name": "Kim", "last_name": "Lee", "email_address": "kim.lee@example.com"}},
    )
    assert response.status_code == 200, response.text
    new = response.json()["data"]

    run = await sync_integration(client, db, GREENHOUSE)
    expected = {"candidates": {cand.id, new["candidate_id"]}, "applications": app_ids | {new["id"]}}
    if offer_ids:
        expected["offers"] = offer_ids
    if file_ids:
        expected["attachments"] = file_ids
    assert changed(run) == expected
    assert run.kinds["candidates"].deleted == 1 and run.kinds["candidates"].inserted == 1
    assert cand.id not in db.ids("candidates", GREENHOUSE)


def test_demo_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = demo.main(["--candidates", "80", "--jobs", "12", "--db", str(tmp_path / "demo.duckdb")])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "picked up exactly the 8 changes" in out
    for step in ("applied", "moved to stage", "note + result link", "tagged", "rejected"):
        assert step in out
    assert "sandbox stopped" in out
    assert (tmp_path / "demo.duckdb").exists()
    assert "open applications per stage" in out and "candidates per job" in out


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
