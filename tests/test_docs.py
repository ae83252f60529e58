"""Docs are code: every Python snippet in the README and docs/ runs as shown, against the sandbox.

Each fenced ```python block is a complete program (it ends in ``anyio.run(main)``) run in a fresh
namespace with ``KOMBO_API_KEY``/``KOMBO_BASE_URL`` pointing at a fresh sandbox on a loopback socket,
exactly as the README tells a reader to run it. Blocks marked ```python pytest are test modules, run
with pytest and the sandbox's pytest plugin. Blocks marked ```python fragment are excerpts: they are
only checked to be valid Python (top-level ``await`` allowed). The README's operations table must be
the one `make generate` renders from the spec.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from kombo_ats import spec
from kombo_ats_sandbox import DEFAULT_API_KEY, SandboxConfig, SandboxServer

from tests.spec_support import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _snippets() -> Iterator[tuple[str, str, str]]:
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            line = text[: match.start()].count("\n") + 1
            yield f"{path.relative_to(ROOT)}:{line}", match.group(2), match.group(1).strip()


SNIPPETS = list(_snippets())
RUNNABLE = [(where, code) for where, code, kind in SNIPPETS if not kind]
FRAGMENTS = [(where, code) for where, code, kind in SNIPPETS if kind == "fragment"]
PYTEST = [(where, code) for where, code, kind in SNIPPETS if kind == "pytest"]


def test_every_snippet_is_a_program_a_test_module_or_a_marked_fragment() -> None:
    assert {kind for _, _, kind in SNIPPETS} <= {"", "fragment", "pytest"}


def test_there_are_runnable_snippets() -> None:
    assert len(RUNNABLE) >= 5


@pytest.mark.parametrize(("where", "code"), FRAGMENTS, ids=[w for w, _ in FRAGMENTS])
def test_fragments_are_valid_python(where: str, code: str) -> None:
    compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT | ast.PyCF_ONLY_AST)


@pytest.mark.parametrize(("where", "code"), RUNNABLE, ids=[w for w, _ in RUNNABLE])
def test_snippet_runs_as_shown(where: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "anyio.run(main)" in code or "asyncio.run(main())" in code, f"{where}: not a complete program"
    with SandboxServer(SandboxConfig(seed=5, jobs=12, candidates=60)) as server:
        monkeypatch.setenv("KOMBO_API_KEY", DEFAULT_API_KEY)
        monkeypatch.setenv("KOMBO_BASE_URL", server.base_url)
        monkeypatch.setenv("KOMBO_WEBHOOK_SECRET", "docs-webhook-secret")  # the webhook snippets read it
        namespace: dict[str, Any] = {"__name__": "__main__"}
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            # dont_inherit: the snippet runs as its own module would, without this file's ``from __future__``
            # (string annotations would keep pydantic from resolving a model the snippet defines)
            exec(compile(code, where, "exec", dont_inherit=True), namespace)


@pytest.mark.parametrize(("where", "code"), PYTEST, ids=[w for w, _ in PYTEST])
def test_test_module_snippets_pass_under_pytest(where: str, code: str, tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["kombo_ats_sandbox.pytest_plugin"]\n', encoding="utf-8")
    (tmp_path / "test_snippet.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "anyio", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{where}:\n{result.stdout}\n{result.stderr}"
    assert " passed" in result.stdout


def _operations_table() -> Any:
    location = ROOT / "templates" / "layer" / "operations_table.py"
    module_spec = importlib.util.spec_from_file_location("_operations_table", location)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def test_readme_operations_table_is_the_one_generated_from_the_spec() -> None:
    table = _operations_table()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    current = readme.split(table.START, 1)[1].split(table.END, 1)[0].strip()
    config = yaml.safe_load((ROOT / "templates/layer/layer-config.yaml").read_text(encoding="utf-8"))
    fresh = table.render_table(spec.api(), config.get("handwritten") or {}).strip()
    assert current == fresh, "README.md's operations table is stale: run 'make generate'"
    assert current.count("\n") == len(spec.api().operations) + 1  # header, rule, one row per operation


def test_the_documented_log_filter_keeps_filter_values_out_of_logs(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The logging section's claim, checked: httpx's INFO line would show the e-mail; the filter removes it."""
    import logging

    (where, code) = next((w, c) for w, c in RUNNABLE if "class DropQueryStrings" in c)
    caplog.set_level(logging.DEBUG)
    with SandboxServer(SandboxConfig(seed=5, jobs=4, candidates=10)) as server:
        monkeypatch.setenv("KOMBO_API_KEY", DEFAULT_API_KEY)
        monkeypatch.setenv("KOMBO_BASE_URL", server.base_url)
        try:
            exec(compile(code, where, "exec"), {"__name__": "__main__"})
        finally:
            for log_filter in list(logging.getLogger("httpx").filters):
                logging.getLogger("httpx").removeFilter(log_filter)
    lines = [record.getMessage() for record in caplog.records]
    assert any(record.name == "httpx" for record in caplog.records), "httpx logged nothing: the claim is untested"
    assert any(record.name == "kombo_ats" for record in caplog.records)
    assert not any("ada@example.com" in line or "ada%40example.com" in line for line in lines), lines


def test_without_the_filter_httpx_logs_the_query_string(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    import anyio
    from kombo_ats import iter_candidates, make_client

    caplog.set_level(logging.INFO)

    async def main(base_url: str, integration_id: str) -> None:
        async with make_client(DEFAULT_API_KEY, base_url=base_url) as client:
            async for _ in iter_candidates(client, integration_id=integration_id, email="a@b.co"):
                pass

    with SandboxServer(SandboxConfig(seed=5, jobs=4, candidates=10)) as server:
        anyio.run(main, server.base_url, next(iter(server.state.integrations)))
    httpx_lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("a%40b.co" in line or "a@b.co" in line for line in httpx_lines)  # why the docs warn
    assert not any(
        "a@b.co" in r.getMessage() or "a%40b.co" in r.getMessage() for r in caplog.records if r.name == "kombo_ats"
    )


DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("doc", DOC_FILES, ids=lambda p: p.name)
def test_relative_links_resolve_inside_the_repository(doc: Path) -> None:
    """A maintainer step or link that points outside the repository (``../shared``) breaks on a fresh clone."""
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)[^)]*\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # a URL
        resolved = (doc.parent / target).resolve()
        assert resolved.is_relative_to(ROOT), f"{doc.name}: link {target!r} points outside the repository"
        assert resolved.exists(), f"{doc.name}: link {target!r} points at nothing"
    assert "../shared" not in text, f"{doc.name}: refers to ../shared, which a clone of this repository lacks"
