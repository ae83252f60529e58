"""The FastAPI example's documented run command works as written.

The two command lines are read from the example module's docstring (their single source) and run as
they are, except that the ports 8000 and 8080 become free ones: a sandbox, then the app pointed at it
through ``KOMBO_API_KEY``/``KOMBO_BASE_URL``. A wrong key, port clash or variable name fails here.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import httpx

import examples.fastapi_app.app as example

ROOT = Path(__file__).resolve().parents[1]
GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"


def _documented_commands() -> list[str]:
    doc = example.__doc__ or ""
    block = doc.split("::", 1)[1].split("\n\n", 2)[1].replace("\\\n", " ")  # shell line continuations
    return [" ".join(line.split()) for line in block.splitlines() if line.strip()]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(command: str) -> subprocess.Popen[bytes]:
    words = shlex.split(command)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    if words[0] == "python":
        words[0] = sys.executable
    return subprocess.Popen(words, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_the_documented_run_command_serves_the_app() -> None:
    sandbox_line, app_line = _documented_commands()
    assert "--port 8000" in sandbox_line and "127.0.0.1:8000/v1" in app_line and "--port 8080" in app_line
    sandbox_port, app_port = _free_port(), _free_port()
    processes = [
        _start(sandbox_line.replace("8000", str(sandbox_port))),
        _start(app_line.replace("8000", str(sandbox_port)).replace("8080", str(app_port))),
    ]
    try:
        deadline = time.monotonic() + 60  # a guard against a hang, not a performance bound
        response = None
        while time.monotonic() < deadline:
            try:
                response = httpx.get(f"http://127.0.0.1:{app_port}/integrations/{GREENHOUSE}/jobs", timeout=10)
                break
            except httpx.TransportError:
                assert all(p.poll() is None for p in processes), "a documented command exited"
                time.sleep(0.1)
        assert response is not None, "the app never answered"
        assert response.status_code == 200, response.text
        jobs = response.json()
        assert jobs and all(job["status"] == "OPEN" for job in jobs)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stderr is not None:
                process.stderr.close()


def test_the_documented_install_line_names_an_extra_that_brings_fastapi() -> None:
    doc = example.__doc__ or ""
    extras = re.search(r"pip install -e '\.\[([a-z,]+)\]'", doc)
    assert extras, "the example's docstring must say how to install what it needs"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["optional-dependencies"]
    requirements = [req for extra in extras.group(1).split(",") for req in declared[extra]]
    assert any(req.startswith("fastapi") for req in requirements), requirements
    assert any(req.startswith("uvicorn") for req in requirements), requirements
