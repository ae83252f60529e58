"""`make check-generated` really guards the generated package.

It must pass on the committed code, and fail when someone edits ``kombo_ats_client/`` by hand or
changes the spec without regenerating. Each case runs the pinned generator (a few seconds).
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.spec_support import ROOT


def _check_generated(*overrides: str) -> subprocess.CompletedProcess[str]:
    # A scratch folder of its own inside the repository (ruff must read the repository's config), so
    # these tests can run in parallel with each other and with `make check-generated`.
    scratch = ROOT / f".generated-check-{uuid.uuid4().hex[:12]}"
    try:
        return _make_check_generated(f"CHECK_DIR={scratch.name}", *overrides)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _make_check_generated(*overrides: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check-generated", *overrides],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def generated_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "kombo_ats_client"
    shutil.copytree(ROOT / "kombo_ats_client", copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_committed_code_is_fresh(generated_copy: Path) -> None:
    result = _check_generated(f"GENERATED_DIR={generated_copy}")
    assert result.returncode == 0, result.stdout + result.stderr


def test_hand_edit_is_caught(generated_copy: Path) -> None:
    model = generated_copy / "models" / "candidate.py"
    model.write_text(model.read_text() + "\n# a quick hand fix\n")
    result = _check_generated(f"GENERATED_DIR={generated_copy}")
    assert result.returncode != 0
    assert "stale or was edited by hand" in result.stdout


def test_spec_change_without_regenerating_is_caught(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert text.count("    Candidate:\n") == 1
    spec.write_text(text.replace("    Candidate:\n", "    Candidate:\n      title: CandidateRenamed\n", 1))
    result = _check_generated(f"SPEC={spec}")
    assert result.returncode != 0
    assert "stale or was edited by hand" in result.stdout
