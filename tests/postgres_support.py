"""A real PostgreSQL server for the tests: its own data folder, a free loopback port, stopped afterwards.

``initdb`` refuses to run as root, so as root (CI runs as root) the server runs as the unprivileged
``nobody`` through ``runuser``. On CI (``CI=true``) a missing PostgreSQL fails the tests, since ``.ci/run``
installs it; elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["postgres_url"]


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """``postgresql://kombo:kombo@127.0.0.1:<port>/postgres`` of a fresh server (trust authentication)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        message = "PostgreSQL is not installed (no initdb); .ci/run installs Debian's postgresql package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="kombo-pg-"))
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "nobody", "--"]
        shutil.chown(folder, user="nobody")
    data, port = folder / "data", _free_port()
    subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "kombo", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*pg_ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://kombo:kombo@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
