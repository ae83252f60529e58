"""The ``kombo-ats`` command, run as a user runs it: sync, export, check-key, sandbox; exit codes 0/1/2,
one line per error, never a traceback, never the API key."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest
from kombo_ats.cli._app import app
from kombo_ats.cli._render import LiveProgress
from kombo_ats.sync import SyncProgress
from kombo_ats_sandbox import SandboxConfig, SandboxServer, SandboxState
from rich.console import Console
from typer.testing import CliRunner, Result

WRONG_KEY = "wrong-key-4f1c9e7d2b"


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    return SandboxConfig(seed=5, jobs=6, candidates=30)


@pytest.fixture
def run(kombo_sandbox_server: SandboxServer, kombo_sandbox_api_key: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    def invoke(*args: str, key: str | None = kombo_sandbox_api_key) -> Result:
        env = {"KOMBO_BASE_URL": kombo_sandbox_server.base_url, "KOMBO_API_KEY": key or ""}
        result = CliRunner().invoke(app, list(args), env=env)
        assert "Traceback" not in result.output, result.output
        if key:
            assert key not in result.output
        return result

    return invoke


def _sync_args(tmp_path: Path, *more: str) -> list[str]:
    return ["sync", "-d", f"duckdb:///{tmp_path / 'cli.duckdb'}", "--pipelines-dir", str(tmp_path / "dlt"), *more]


def test_sync_json_then_incremental(run, tmp_path: Path, kombo_sandbox: SandboxState) -> None:  # type: ignore[no-untyped-def]
    iid = next(iter(kombo_sandbox.integrations))
    first = run(*_sync_args(tmp_path, "-i", iid, "-r", "candidates,tags", "--json"))
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert report["ok"] and {(o["resource"], o["mode"]) for o in report["outcomes"]} == {
        ("candidates", "full"),
        ("tags", "full"),
    }
    counts = {o["resource"]: o["records"] for o in report["outcomes"]}
    assert counts == {
        "candidates": len(kombo_sandbox.ids(iid, "candidates")),
        "tags": len(kombo_sandbox.ids(iid, "tags")),
    }
    second = run(*_sync_args(tmp_path, "-i", iid, "-r", "candidates,tags"))
    assert second.exit_code == 0
    assert "incremental" in second.stdout and "candidates" in second.stdout  # the summary table


def test_sync_exit_codes_and_one_line_errors(run, tmp_path: Path, kombo_sandbox: SandboxState) -> None:  # type: ignore[no-untyped-def]
    iid = next(iter(kombo_sandbox.integrations))
    unknown_list = run(*_sync_args(tmp_path, "-i", iid, "-r", "candidates,cats"))
    assert unknown_list.exit_code == 2 and "unknown list 'cats'" in unknown_list.stderr
    no_key = run(*_sync_args(tmp_path, "-i", iid), key=None)
    assert no_key.exit_code == 2 and "KOMBO_API_KEY" in no_key.stderr
    bad_destination = run("sync", "-i", iid, "-d", "mysql://db/x")
    assert bad_destination.exit_code == 2 and "unsupported scheme 'mysql'" in bad_destination.stderr
    no_integration = run("sync")
    assert no_integration.exit_code == 2

    bad_page_size = run(*_sync_args(tmp_path, "-i", iid, "--page-size", "500"))
    assert bad_page_size.exit_code == 2  # the spec's bounds of the list, one line
    assert bad_page_size.stderr == "error: --page-size: candidates takes 1 to 250 records per page, got 500\n"
    no_host = run("sync", "-i", iid, "-d", "postgresql:///kombo")
    assert no_host.exit_code == 2
    assert (
        no_host.stderr == "error: destination: a PostgreSQL URL needs a host: postgresql://USER:PASSWORD@HOST:PORT/DB\n"
    )

    partial = run(*_sync_args(tmp_path, "-i", f"{iid},nope:missing", "-r", "tags"))
    assert partial.exit_code == 1
    [line] = partial.stderr.strip().splitlines()
    assert line.startswith("error: nope:missing: NotFoundError") and "(tags)" in line
    assert line.endswith("-> check --integration (the integration ids are listed in Kombo's dashboard)")

    wrong_key = run(*_sync_args(tmp_path, "-i", iid, "-r", "tags"), key=WRONG_KEY)
    assert wrong_key.exit_code == 1 and "AuthenticationError" in wrong_key.stderr
    assert wrong_key.stderr.count("\n") == 1 and "-> check KOMBO_API_KEY" in wrong_key.stderr


def test_unreachable_server_is_one_line_naming_the_url_and_what_to_check(  # type: ignore[no-untyped-def]
    run, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/v1"
    commands = {
        "check-key": ["check-key"],
        "export": ["export", "jobs", "-i", "any:integration"],
        "sync": _sync_args(tmp_path, "-i", "any:integration", "-r", "jobs"),
    }
    for name, args in commands.items():
        result = run(*args, "--base-url", base_url)
        assert result.exit_code == 1, name
        [line] = result.stderr.strip().splitlines()
        assert "KomboConnectionError: GET " + base_url in line, line  # the SDK's error, not httpx's bare one
        assert line.startswith("error: ") and "ConnectError: All connection attempts failed" in line, line
        assert line.endswith("-> is the server up and reachable? check --base-url, $KOMBO_BASE_URL or --region"), line


def test_unreachable_database_is_one_line_naming_the_destination_option(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    password = "pw-7c1d0e"
    url = f"postgresql://kombo:{password}@127.0.0.1:{port}/kombo"
    result = run("sync", "-d", url, "--pipelines-dir", str(tmp_path / "dlt"), "-i", "any:integration", "-r", "jobs")
    assert result.exit_code == 1 and password not in result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: sync failed, nothing was loaded: ") and f"port {port} failed" in line, line
    assert line.endswith("-> check --destination (is the database up, and may this user write to it?)"), line


def test_check_key(run) -> None:  # type: ignore[no-untyped-def]
    ok = run("check-key")
    assert ok.exit_code == 0 and ok.stdout.startswith("ok: the API key works")
    bad = run("check-key", key=WRONG_KEY)
    assert bad.exit_code == 1 and bad.stderr.startswith("error: AuthenticationError")
    assert bad.stderr.strip().endswith(
        "-> check KOMBO_API_KEY (a key works only on its own region's server: --region, --base-url)"
    )


def test_export_ndjson_csv_parquet(run, tmp_path: Path, kombo_sandbox: SandboxState) -> None:  # type: ignore[no-untyped-def]
    iid = next(iter(kombo_sandbox.integrations))
    live = sorted(kombo_sandbox.ids(iid, "candidates"))
    ndjson = run("export", "candidates", "-i", iid, "--page-size", "7")
    assert ndjson.exit_code == 0
    records = [json.loads(line) for line in ndjson.stdout.splitlines()]
    assert sorted(r["id"] for r in records) == live and {r["integration_id"] for r in records} == {iid}

    for fmt in ("csv", "parquet"):
        out = tmp_path / f"candidates.{fmt}"
        result = run("export", "candidates", "-i", iid, "-f", fmt, "-o", str(out), "--page-size", "7")
        assert result.exit_code == 0 and f"{len(live)} candidates written" in result.stderr
        table = pq.read_table(out) if fmt == "parquet" else pa_csv.read_csv(out)
        assert sorted(table.column("id").to_pylist()) == live
        assert "email_addresses" in table.column_names  # nested values as JSON text
        assert json.loads(table.column("email_addresses")[0].as_py()) is not None

    too_big = run("export", "candidates", "-i", iid, "--page-size", "0")
    assert (
        too_big.exit_code == 2
        and too_big.stderr == "error: --page-size: candidates takes 1 to 250 records per page, got 0\n"
    )
    assert run("export", "candidates", "-i", iid, "-f", "xml").exit_code == 2
    assert run("export", "cats", "-i", iid).exit_code == 2
    missing = run("export", "jobs", "-i", "nope:missing")
    assert missing.exit_code == 1 and "NotFoundError" in missing.stderr


def test_sandbox_command_runs_the_bundled_sandbox(run) -> None:  # type: ignore[no-untyped-def]
    result = run("sandbox", "--help", key=None)  # its help shows the sandbox's own public test key
    assert result.exit_code == 0 and "--candidates" in result.stdout


def test_progress_renders_records_rate_and_pages() -> None:
    console = Console(record=True, force_terminal=True, width=200, file=io.StringIO())
    with LiveProgress(console) as live:
        live(SyncProgress("candidates", "greenhouse:abc", "full", 250, 1, 0.5))
        live(SyncProgress("candidates", "greenhouse:abc", "full", 480, 2, 1.0, done=True))
    text = console.export_text()
    assert "greenhouse:abc" in text and "480 records" in text and "480/s" in text and "2 pages" in text
    assert "done" in text and "1.0s" in text


def test_console_script_and_module_are_installed() -> None:
    script = Path(sys.executable).parent / "kombo-ats"
    for command in ([str(script), "--help"], [sys.executable, "-m", "kombo_ats", "--help"]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "sync" in result.stdout and "export" in result.stdout and "check-key" in result.stdout
