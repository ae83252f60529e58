"""The Makefile's first-run promises: `make demo` installs only what the demo needs, and says so.

Checked with `make -n` (print the commands, run nothing) against an empty virtual environment path,
so the test is fast and never touches the real `.venv`.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

from tests.spec_support import ROOT


def _dry_run(target: str, tmp_path: Path) -> str:
    result = subprocess.run(
        ["make", "-n", "-B", target, f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def test_make_demo_installs_only_the_sdk_its_sandbox_and_the_sync_and_says_what_and_how_long(tmp_path: Path) -> None:
    commands = _dry_run("demo", tmp_path)
    installs = [line for line in commands.splitlines() if "pip install" in line and " -e " in line]
    assert installs and all("'.[sandbox,sync]'" in line for line in installs), installs  # sync brings FastAPI
    assert not any(extra in commands for extra in ("[dev", "bench]", "dagster", "matplotlib==", "kombo==")), commands
    assert "Installing the SDK, its sandbox and the sync" in commands
    assert "about a minute" in commands  # how long the first run takes
    assert "examples.demo" in commands


def test_make_test_installs_the_development_tools(tmp_path: Path) -> None:
    commands = _dry_run("setup", tmp_path)
    assert "'.[dev,sandbox,bench,sync,dagster]'" in commands


def test_make_demo_names_every_package_it_installs(tmp_path: Path) -> None:
    """The first-run message lists what the SDK and the demo's extras install (pyproject.toml), no more, no less."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["sandbox"]]
    wanted += project["optional-dependencies"]["sync"]
    said = " ".join(line for line in _dry_run("demo", tmp_path).splitlines() if line.startswith("echo "))
    names = {re.split(r"[<>=\[;]", requirement, maxsplit=1)[0].strip().lower() for requirement in wanted}
    extras = {extra.lower() for requirement in wanted for extra in re.findall(r"\[([^\]]+)\]", requirement)}
    spelled = {"duckdb": "duckdb", "postgres": "postgresql driver"}  # dlt's extras as the message says them
    missing = [name for name in sorted(names) if name not in said.lower()]
    missing += [extra for part in extras for extra in part.split(",") if spelled[extra] not in said.lower()]
    assert not missing, f"make demo's message does not name {missing}: {said}"
