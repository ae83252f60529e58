"""``python -m kombo_ats_sandbox``: starts, serves on the port it prints, stops on Ctrl-C (SIGINT)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

import httpx


def test_cli_serves_and_stops_on_sigint() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kombo_ats_sandbox", "--port", "0", "--candidates", "20", "--jobs", "4",
         "--api-key", "cli-key", "--integrations", "lever:cli1", "--log-level", "warning"],
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        base_url = None
        deadline = time.monotonic() + 60  # guard against a hang only
        while base_url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            assert line, "the sandbox exited before printing its base_url"
            match = re.search(r"base_url: (\S+)", line)
            if match:
                base_url = match.group(1)
        assert base_url is not None and re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", base_url)
        assert not base_url.endswith(":0/v1")
        headers = {"Authorization": "Bearer cli-key", "X-Integration-Id": "lever:cli1"}
        for _ in range(200):  # the socket is bound before the banner; uvicorn may still be starting
            try:
                response = httpx.get(f"{base_url}/ats/candidates", params={"page_size": 250}, headers=headers)
                break
            except httpx.ConnectError:
                time.sleep(0.05)
        assert response.status_code == 200
        assert len(response.json()["data"]["results"]) > 0
        assert httpx.get(f"{base_url}/ats/jobs", headers={**headers, "Authorization": "Bearer x"}).status_code == 401
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
