"""``kombo-ats serve``: Kombo's webhooks drive the sync — the lists a ``data-changed`` names are synced,
bursts coalesce, one sync at a time per integration, and ``integration-deleted`` removes its rows."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from kombo_ats.sync import SyncReport, make_pipeline
from kombo_ats.sync.serve import SyncService, create_app, lists_for
from kombo_ats.webhooks import sign_webhook
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState
from typer.testing import CliRunner

from tests.sync_support import DuckTarget

SECRET = "whsec-test-5b0e"


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=9, jobs=4, candidates=20)


def test_the_lists_a_data_change_syncs_come_from_the_spec() -> None:
    assert {"candidates", "applications", "interviews", "offers"} <= set(lists_for(["ats_candidates"]))
    assert set(lists_for(["ats_offers"])) == {"applications", "offers"}
    assert lists_for(["ats_rejection_reasons"]) == ["rejection_reasons"]
    assert lists_for(["hris_employees"]) == []


class _FakeSync:
    """Records each sync and holds the first one until released, as a slow sync would."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], list[str]]] = []
        self.release = threading.Event()
        self.active = 0
        self.most_active = 0

    def __call__(self, integration_ids: list[str], *, resources: list[str], **_: Any) -> SyncReport:
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        self.calls.append((integration_ids, resources))
        self.release.wait(10)
        self.active -= 1
        return SyncReport(synced_at=dt.datetime.now(dt.UTC), loaded=True)


async def _until(condition: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds * 100)):
        if condition():
            return
        await anyio.sleep(0.01)
    raise AssertionError("timed out")


@pytest.mark.anyio
async def test_bursts_coalesce_and_syncs_run_one_at_a_time(tmp_path: Path) -> None:
    fake = _FakeSync()
    pipeline = make_pipeline(f"duckdb:///{tmp_path / 'x.duckdb'}", pipelines_dir=tmp_path / "dlt")
    service = SyncService(pipeline, sync_function=fake)
    async with service.running():
        service.request("a", ["candidates"])
        await _until(lambda: bool(fake.calls))
        for resources in (["jobs"], ["tags", "jobs"]):  # while a's first sync runs: one more sync after it
            service.request("a", resources)
            await anyio.sleep(0.05)
        service.request("b", ["users"])
        fake.release.set()
        await _until(lambda: len(service.reports) >= 3)
        await anyio.sleep(0.2)  # a fourth sync would have started by now
    assert sorted(fake.calls) == [(["a"], ["candidates"]), (["a"], ["jobs", "tags"]), (["b"], ["users"])]
    assert fake.most_active == 1


async def _post(client: httpx.AsyncClient, payload: dict[str, Any], secret: str = SECRET) -> int:
    body = json.dumps(payload).encode()
    headers = {"X-Kombo-Signature": sign_webhook(body, secret), "Content-Type": "application/json"}
    return (await client.post("/webhooks/kombo", content=body, headers=headers)).status_code


@pytest.mark.anyio
async def test_webhooks_sync_the_changed_lists_and_remove_a_deleted_integration(
    tmp_path: Path, kombo_sandbox_server: SandboxServer, kombo_sandbox: SandboxState, kombo_sandbox_api_key: str
) -> None:
    iid = next(iter(kombo_sandbox.integrations))
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    pipeline = make_pipeline(target.destination, pipelines_dir=target.pipelines_dir)
    service = SyncService(pipeline, client_options=target.client_options())
    changed = {
        "id": "evt-1",
        "type": "data-changed",
        "data": {"integration_id": iid, "changed_models": [{"name": "ats_tags"}]},
    }
    app = create_app(service, secret=SECRET)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),  # the service's background work runs in the app's lifespan
        httpx.AsyncClient(transport=transport, base_url="http://serve") as client,
    ):
        assert await _post(client, changed, secret="not-the-secret") == 401
        assert await _post(client, changed) == 200
        assert await _post(client, changed) == 200  # a redelivery: answered, not synced again
        await _until(lambda: bool(service.reports), seconds=30)
        await anyio.sleep(0.2)
        assert len(service.reports) == 1 and service.reports[0].ok
        synced = {o.resource for o in service.reports[0].outcomes.values()}
        assert synced == set(lists_for(["ats_tags"])) and "tags" in synced  # Kombo's table, from the spec
        assert target.ids("tags", iid) == sorted(kombo_sandbox.ids(iid, "tags"))

        deleted = {"id": "evt-2", "type": "integration-deleted", "data": {"id": iid}}
        assert await _post(client, deleted) == 200
        await _until(lambda: bool(service.removed), seconds=30)
    assert service.removed and service.removed[0][0] == iid and service.removed[0][1] > 0
    assert target.ids("tags", iid) == []


def test_serve_needs_the_webhook_secret() -> None:
    from kombo_ats.cli._app import app

    result = CliRunner().invoke(app, ["serve"], env={"KOMBO_API_KEY": "k", "KOMBO_WEBHOOK_SECRET": ""})
    assert result.exit_code == 2 and "KOMBO_WEBHOOK_SECRET" in result.stderr


def test_kombo_ats_serve_in_a_real_process(
    tmp_path: Path, kombo_sandbox_server: SandboxServer, kombo_sandbox: SandboxState, kombo_sandbox_api_key: str
) -> None:
    iid = next(iter(kombo_sandbox.integrations))
    target = DuckTarget(tmp_path, kombo_sandbox_server, kombo_sandbox_api_key)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "KOMBO_API_KEY": kombo_sandbox_api_key,
        "KOMBO_BASE_URL": kombo_sandbox_server.base_url,
        "KOMBO_WEBHOOK_SECRET": SECRET,
    }
    command = [sys.executable, "-m", "kombo_ats", "serve", "-d", target.destination, "--port", str(port)]
    command += ["--pipelines-dir", str(target.pipelines_dir)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=5) as http:
            for _ in range(300):
                try:
                    if http.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            body = json.dumps(
                {
                    "id": "evt-9",
                    "type": "data-changed",
                    "data": {"integration_id": iid, "changed_models": [{"name": "ats_rejection_reasons"}]},
                }
            ).encode()
            answer = http.post(
                "/webhooks/kombo", content=body, headers={"X-Kombo-Signature": sign_webhook(body, SECRET)}
            )
            assert answer.status_code == 200
            for _ in range(300):
                if http.get("/healthz").json()["syncs"] == 1:
                    break
                time.sleep(0.1)
            assert http.get("/healthz").json() == {"status": "ok", "syncs": 1, "pending": 0}
    finally:
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=30)
    assert target.ids("rejection_reasons", iid) == sorted(kombo_sandbox.ids(iid, "rejection_reasons"))
    assert SECRET not in stderr and kombo_sandbox_api_key not in stderr
    assert "Traceback" not in stderr, stderr
