"""The FastAPI snippets of the README and docs/ type-check (``mypy --strict``), besides running as shown.

FastAPI code leans on annotations (``response_model=list[Job]``, ``Annotated[..., Body()]``, the
``KomboClient`` dependency): a snippet that runs but that mypy refuses would teach readers code their
type checker rejects. tests/test_docs.py runs the snippets; this checks their types, in one mypy run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.spec_support import ROOT
from tests.test_docs import RUNNABLE

FASTAPI_SNIPPETS = [(where, code) for where, code in RUNNABLE if "from fastapi import" in code]


def test_there_are_fastapi_snippets_in_readme_and_docs() -> None:
    places = {where.split(":")[0] for where, _ in FASTAPI_SNIPPETS}
    assert {"README.md", "docs/usage.md"} <= places


def test_fastapi_snippets_type_check(tmp_path: Path) -> None:
    files = []
    for number, (where, code) in enumerate(FASTAPI_SNIPPETS):
        path = tmp_path / f"snippet_{number}.py"
        path.write_text(f"# {where}\n{code}", encoding="utf-8")
        files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *files],
        cwd=ROOT,  # the project's mypy settings (pyproject.toml) and cache
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    origin = {f: w for f, (w, _) in zip(files, FASTAPI_SNIPPETS, strict=True)}
    lines = result.stdout.splitlines()
    report = "\n".join(next((line.replace(f, origin[f]) for f in files if line.startswith(f)), line) for line in lines)
    assert result.returncode == 0, report
