"""The sandbox sends signed webhooks like Kombo: data-changed after writes (coalesced, Kombo's model names),
sync-finished after a forced sync, integration-deleted, bounded retries, a delivery log; and end to end over
loopback sockets, a sandbox *process* delivering to a uvicorn FastAPI receiver (duplicate handled once, a
raising handler not blocking the next event, a receiver that was down getting the event on a retry)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from kombo_ats_sandbox import DEFAULT_API_KEY, SandboxConfig, SandboxServer, WebhookSettings

from tests.webhook_support import SECRET, RecordingReceiver, ThreadedUvicorn, wait_until

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
AUTH = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


def settings(url: str, **options: Any) -> WebhookSettings:
    return WebhookSettings(
        **{"urls": [url], "secret": SECRET, "coalesce_seconds": 0.2, "backoff_seconds": 0.1, **options}
    )


@pytest.fixture
def receiver() -> Iterator[tuple[RecordingReceiver, str]]:
    recording = RecordingReceiver()
    with ThreadedUvicorn(recording.app) as server:
        yield recording, f"{server.url}/hooks"


def types(recording: RecordingReceiver) -> list[str]:
    return [event.type for event in recording.events]


def test_a_burst_of_writes_is_a_few_data_changed_events(receiver: tuple[RecordingReceiver, str]) -> None:
    recording, url = receiver
    with SandboxServer(SandboxConfig(jobs=5, candidates=30, webhooks=settings(url))) as server:
        ids = server.state.ids(GREENHOUSE, "candidates")
        started = time.monotonic()
        for i in range(100):
            server.state.update(GREENHOUSE, "candidates", ids[i % len(ids)], title=f"Title {i}")
        writes = time.monotonic() - started
        assert server.webhooks.wait_idle(20)
        delivered = len(server.webhooks.log())
    assert wait_until(lambda: len(recording.events) == delivered)
    changed = [e for e in recording.events if e.type == "data-changed"]
    assert 1 <= len(changed) <= int(writes / 2.0) + 2, (len(changed), writes)  # coalesce_max_seconds: 2 s
    assert all(e.data.integration_id == GREENHOUSE for e in changed)
    names = {str(m.name) for e in changed for m in e.data.changed_models}
    assert "ats_candidates" in names and all(n.startswith("ats_") for n in names)
    assert len({e.id for e in changed}) == len(changed)


def test_api_writes_name_kombo_s_models_and_never_wait_for_delivery() -> None:
    slow = RecordingReceiver(handler_delay=0.0)
    import anyio
    from starlette.applications import Starlette
    from starlette.routing import Mount

    async def slow_answer(scope: Any, receive: Any, send: Any) -> None:  # a receiver that takes 2 s to answer
        await anyio.sleep(2)
        await slow.app(scope, receive, send)

    app = Starlette(routes=[Mount("/", app=slow_answer)])
    with ThreadedUvicorn(app) as hook, SandboxServer(SandboxConfig(jobs=5, candidates=30)) as server:
        server.webhooks.configure(settings(f"{hook.url}/hooks", timeout_seconds=5))
        candidate = server.state.ids(GREENHOUSE, "candidates")[0]
        headers = {**AUTH, "X-Integration-Id": GREENHOUSE}
        started = time.monotonic()
        response = httpx.post(
            f"{server.base_url}/ats/candidates/{candidate}/tags",
            json={"tag": {"name": "webhook-test"}},
            headers=headers,
        )
        took = time.monotonic() - started
        assert response.status_code == 200, response.text
        assert took < 1.0, f"the API answered after {took:.2f}s: it waited for a delivery"
        assert server.webhooks.wait_idle(20)
    assert wait_until(lambda: len(slow.events) == 1)
    names = {str(m.name) for e in slow.events for m in e.data.changed_models}
    assert {"ats_candidates", "ats_join_candidates_tags"} <= names


def sync_finished(recording: RecordingReceiver, sync_id: str) -> bool:
    """Whether the receiver handled the ``sync-finished`` of ``sync_id``."""
    return any(e.type == "sync-finished" and e.data.sync_id == sync_id for e in list(recording.events))


def test_force_sync_delete_and_connect_send_their_events(receiver: tuple[RecordingReceiver, str]) -> None:
    recording, url = receiver
    with SandboxServer(SandboxConfig(jobs=5, candidates=30, webhooks=settings(url, sync_seconds=0.05))) as server:
        headers = {**AUTH, "X-Integration-Id": GREENHOUSE}
        first = httpx.post(f"{server.base_url}/force-sync", json={}, headers=headers)
        assert first.status_code == 200 and first.json()["data"]["already_queued"] is False
        # wait for the sync's own event (sent once the sandbox marked it finished), not for its timer
        assert wait_until(lambda: sync_finished(recording, first.json()["data"]["sync_id"]))
        failing = httpx.put(f"{server.url}/_sandbox/webhooks", json={"sync_outcome": "FAILED"}, headers=AUTH)
        assert failing.status_code == 200 and failing.json()["settings"]["sync_outcome"] == "FAILED"
        second = httpx.post(f"{server.base_url}/force-sync", json={}, headers=headers)
        assert second.json()["data"]["already_queued"] is False  # the first one finished
        assert wait_until(lambda: sync_finished(recording, second.json()["data"]["sync_id"]))
        other = "workday:HWUTwvyx2wLoSUHphiWVrp28"
        deleted = httpx.request("DELETE", f"{server.base_url}/integrations/{other}", json={}, headers=AUTH)
        assert deleted.status_code == 200, deleted.text
        disabled = httpx.put(
            f"{server.base_url}/integrations/{GREENHOUSE}/enabled", json={"value": False}, headers=AUTH
        )
        assert disabled.status_code == 200, disabled.text
        link = httpx.post(
            f"{server.base_url}/connect/create-link",
            json={
                "end_user_email": "it@acme.example",
                "end_user_organization_name": "Acme",
                "integration_category": "ATS",
            },
            headers=AUTH,
        )
        token = parse_qs(urlsplit(link.json()["data"]["link"]).query)["token"][0]
        connected = httpx.get(f"{server.base_url}/connect/integration-by-token/{token}", headers=AUTH)
        assert connected.status_code == 200, connected.text
        assert server.webhooks.wait_idle(10)
        assert wait_until(lambda: len(recording.events) == len(server.webhooks.log()))
    syncs = [e for e in recording.events if e.type == "sync-finished"]
    assert [e.data.sync_state for e in syncs] == ["SUCCEEDED", "FAILED"]
    assert syncs[0].data.sync_id == first.json()["data"]["sync_id"] and syncs[0].data.integration_id == GREENHOUSE
    assert syncs[0].data.sync_ended_at >= syncs[0].data.sync_started_at
    gone = [e for e in recording.events if e.type == "integration-deleted"]
    assert [e.data.id for e in gone] == [other]
    [state_changed] = [e for e in recording.events if e.type == "integration-state-changed"]
    assert (state_changed.data.integration_id, state_changed.data.state) == (GREENHOUSE, "INACTIVE")
    [created] = [e for e in recording.events if e.type == "integration-created"]
    assert created.data.id == connected.json()["data"]["id"] and created.data.end_user.organization_name == "Acme"


def test_the_admin_api_shows_the_log_and_never_the_secret(receiver: tuple[RecordingReceiver, str]) -> None:
    recording, url = receiver
    with SandboxServer(SandboxConfig(jobs=5, candidates=30)) as server:
        off = httpx.get(f"{server.url}/_sandbox/webhooks", headers=AUTH).json()
        assert off["settings"]["urls"] == [] and off["deliveries"] == []
        bad = httpx.put(f"{server.url}/_sandbox/webhooks", json={"urls": [url]}, headers=AUTH)
        assert bad.status_code == 400 and bad.json()["status"] == "error"  # the API's error envelope
        assert bad.json()["error"]["code"] == "PLATFORM.INPUT_INVALID" and "secret" in bad.json()["error"]["message"]
        unknown = httpx.put(f"{server.url}/_sandbox/webhooks", json={"colour": 1}, headers=AUTH)
        assert unknown.status_code == 400 and "colour" in unknown.json()["error"]["message"]
        not_object = httpx.put(f"{server.url}/_sandbox/webhooks", json=[url], headers=AUTH)
        assert not_object.status_code == 400 and "JSON object" in not_object.json()["error"]["message"]
        assert httpx.get(f"{server.url}/_sandbox/webhooks").status_code == 401
        on = httpx.put(f"{server.url}/_sandbox/webhooks", json={"urls": [url], "secret": SECRET}, headers=AUTH)
        assert on.status_code == 200 and on.json()["settings"]["secret_set"] is True
        server.state.update(GREENHOUSE, "jobs", server.state.ids(GREENHOUSE, "jobs")[0], name="Renamed")
        assert server.webhooks.wait_idle(10)
        assert wait_until(lambda: len(recording.events) == 1)
        shown = httpx.get(f"{server.url}/_sandbox/webhooks", headers=AUTH)
    assert SECRET not in shown.text and SECRET not in repr(server.webhooks.settings)
    assert SECRET not in repr(server.state.config) and SECRET not in str(server.webhooks.settings.to_dict())
    [delivery] = shown.json()["deliveries"]
    assert delivery["type"] == "data-changed" and delivery["url"] == url
    assert (delivery["attempts"], delivery["last_status"], delivery["state"]) == (1, 200, "delivered")
    assert delivery["event_id"] == recording.events[0].id


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_end_to_end_a_sandbox_process_delivers_to_a_uvicorn_fastapi_receiver() -> None:
    """Over real sockets: the receiver is down at first (the event arrives on a retry), every event is sent
    twice (the same URL configured twice, as a redelivery) and handled once, and the first handler call
    raises without stopping the next event."""
    recording = RecordingReceiver()
    recording.fail_first = True
    receiver = ThreadedUvicorn(recording.app)
    receiver.port = _free_port()
    url = f"http://127.0.0.1:{receiver.port}/hooks"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kombo_ats_sandbox", "--port", "0", "--candidates", "20", "--jobs", "4",
         "--log-level", "warning", "--webhook-url", url, "--webhook-url", url],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "KOMBO_WEBHOOK_SECRET": SECRET},
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        base = None
        deadline = time.monotonic() + 60
        while base is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line, "the sandbox exited early"
            assert SECRET not in line
            found = re.search(r"base_url: (\S+)", line)
            base = found.group(1) if found else None
        assert base is not None
        root = base.removesuffix("/v1")
        assert wait_until(lambda: _ready(root), timeout=30)
        job = httpx.get(f"{root}/_sandbox/integrations/{GREENHOUSE}/jobs", headers=AUTH).json()["ids"][0]
        patched = httpx.patch(f"{root}/_sandbox/integrations/{GREENHOUSE}/jobs/{job}", json={"name": "A"}, headers=AUTH)
        assert patched.status_code == 200
        assert wait_until(lambda: _attempts(root) >= 2, timeout=10), "no retry while the receiver was down"
        assert recording.handled == []
        with receiver:  # the receiver comes up: the next retry gets through
            assert wait_until(lambda: len(recording.handled) == 1, timeout=15)
            first_id = recording.handled[0][0]
            httpx.patch(f"{root}/_sandbox/integrations/{GREENHOUSE}/jobs/{job}", json={"name": "B"}, headers=AUTH)
            assert wait_until(lambda: len(recording.handled) == 2, timeout=15)
            assert wait_until(lambda: all(d["state"] == "delivered" for d in _log(root)), timeout=15)
            time.sleep(0.3)  # let any (wrong) duplicate handling happen before counting
        log = _log(root)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()
    assert recording.failed == [first_id], "the first handler call raised on purpose"
    assert [t for _, t in recording.handled] == ["data-changed", "data-changed"]
    assert len({i for i, _ in recording.handled}) == 2, "each event handled once although delivered twice"
    assert len(log) == 4 and {d["event_id"] for d in log} == {i for i, _ in recording.handled}
    retried = [d for d in log if d["event_id"] == first_id]
    assert all(d["attempts"] >= 2 and d["last_status"] == 200 for d in retried), retried


def _ready(root: str) -> bool:
    try:
        return httpx.get(f"{root}/_sandbox/health").status_code == 200
    except httpx.HTTPError:
        return False


def _log(root: str) -> list[dict[str, Any]]:
    deliveries: list[dict[str, Any]] = httpx.get(f"{root}/_sandbox/webhooks", headers=AUTH).json()["deliveries"]
    return deliveries


def _attempts(root: str) -> int:
    return max((d["attempts"] for d in _log(root)), default=0)


class Flaky:
    """A receiver answering with the given statuses in turn (then 200), or sleeping ``delay`` s first."""

    def __init__(self, statuses: list[int], delay: float = 0.0) -> None:
        self.statuses = list(statuses)
        self.delay = delay
        self.calls: list[str | None] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        import anyio

        headers = dict(scope["headers"])
        self.calls.append(headers.get(b"x-kombo-signature", b"").decode() or None)
        if self.delay:
            await anyio.sleep(self.delay)
        status = self.statuses.pop(0) if self.statuses else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})


@pytest.mark.parametrize(
    ("flaky", "options", "expected"),
    [
        (Flaky([500, 502]), {}, (3, 200, "delivered")),
        (Flaky([500] * 10), {"max_attempts": 3}, (3, 500, "failed")),
        (Flaky([], delay=1.0), {"max_attempts": 2, "timeout_seconds": 0.2}, (2, "timeout", "failed")),
    ],
    ids=["5xx-then-ok", "always-5xx", "timeouts"],
)
def test_non_2xx_and_timeouts_are_retried_a_bounded_number_of_times(
    flaky: Flaky, options: dict[str, Any], expected: tuple[Any, ...], kombo_sandbox_webhooks: Any
) -> None:
    with ThreadedUvicorn(flaky) as hook:
        kombo_sandbox_webhooks.configure(settings(f"{hook.url}/hooks", **options))
        state = kombo_sandbox_webhooks.state
        state.update(GREENHOUSE, "users", state.ids(GREENHOUSE, "users")[0], first_name="Renamed")
        assert kombo_sandbox_webhooks.wait_idle(20)
        [delivery] = kombo_sandbox_webhooks.log()
    assert (delivery["attempts"], delivery["last_status"], delivery["state"]) == expected
    assert len(flaky.calls) == expected[0] and len(set(flaky.calls)) == 1 and flaky.calls[0]  # same signed body


def test_a_sandbox_state_is_not_kept_alive_by_its_webhook_hub() -> None:
    """Every app subscribes a hub to its state; a test suite builds thousands of states, each with seed data."""
    import gc
    import weakref

    from kombo_ats_sandbox import SandboxState, create_app

    state = SandboxState(SandboxConfig(jobs=2, candidates=3))
    app = create_app(state)
    gone = weakref.ref(state)
    del state, app
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--webhook-url", "http://127.0.0.1:9/hooks"], "no secret: pass --webhook-secret"),
        (["--webhook-url", "ftp://example.com/x", "--webhook-secret", "s"], "must be an absolute http(s) URL"),
    ],
)
def test_the_command_line_refuses_webhook_settings_that_cannot_work(args: list[str], expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KOMBO_WEBHOOK_SECRET"}
    result = subprocess.run(
        [sys.executable, "-m", "kombo_ats_sandbox", "--port", "0", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and expected in result.stderr, result.stderr


def test_steady_writes_are_one_event_until_quiet_or_the_maximum_window(receiver: tuple[RecordingReceiver, str]) -> None:
    recording, url = receiver
    config = SandboxConfig(
        jobs=5, candidates=30, webhooks=settings(url, coalesce_seconds=0.5, coalesce_max_seconds=1.5)
    )
    with SandboxServer(config) as server:
        jobs = server.state.ids(GREENHOUSE, "jobs")

        def write_for(seconds: float) -> int:
            """Steady writes, 0.05 s apart (never quiet for 0.5 s); how many events they made."""
            before, end = len(server.webhooks.log()), time.monotonic() + seconds
            while time.monotonic() < end:
                server.state.update(GREENHOUSE, "jobs", jobs[0], name=f"Job {time.monotonic()}")
                time.sleep(0.05)
            assert server.webhooks.wait_idle(10)
            return len(server.webhooks.log()) - before

        assert write_for(1.0) == 1  # a fixed 0.5 s window would have made two
        assert 2 <= write_for(2.5) <= 3  # the 1.5 s maximum: no single event for a write stream of 2.5 s
        delivered = len(server.webhooks.log())
    assert wait_until(lambda: len(recording.events) == delivered)
