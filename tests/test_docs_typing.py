"""Docs type-check: every Python snippet of the README and docs/ passes ``mypy --strict``.

A reader copies a snippet into a project that runs a type checker; a snippet that runs but fails
``mypy --strict`` (an ``Optional`` id passed where a ``str`` is required, say) teaches the wrong code.
Programs and test modules are checked as modules. Fragments are checked inside an ``async def`` (they
may ``await``), and the names they leave to the reader's context (``client``, ``state``) are the only
errors allowed in them: everything they do with what they import or define is checked. FastAPI snippets matter
most (``response_model=list[Job]``, ``Annotated[..., Body()]``, the ``KomboClient`` dependency lean on annotations),
so the test also makes sure the README's and docs/usage.md's are among those checked.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from pathlib import Path

from tests.spec_support import ROOT
from tests.test_docs import SNIPPETS

_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?: \d+:)? error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$")


def _module_name(where: str) -> str:
    return "snippet_" + re.sub(r"\W", "_", where)


def _as_module(code: str, kind: str) -> str:
    if kind != "fragment":
        return code
    return "async def _fragment() -> None:\n" + textwrap.indent(code, "    ") + "    pass\n"


def test_the_fastapi_snippets_of_readme_and_usage_are_checked() -> None:
    places = {where.split(":")[0] for where, code, _kind in SNIPPETS if "from fastapi import" in code}
    assert {"README.md", "docs/usage.md"} <= places


def test_every_snippet_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api as mypy_api

    files: dict[str, tuple[str, str]] = {}
    for where, code, kind in SNIPPETS:
        name = _module_name(where)
        (tmp_path / f"{name}.py").write_text(_as_module(code, kind), encoding="utf-8")
        files[f"{name}.py"] = (where, kind)
    recursion_limit = sys.getrecursionlimit()  # mypy raises it for the whole process; later tests rely on it
    try:
        stdout, stderr, _status = mypy_api.run(
            [
                *sorted(str(tmp_path / name) for name in files),
                "--strict",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                os.devnull,
                "--no-error-summary",
                "--hide-error-context",
                "--no-pretty",
                "--show-error-codes",
            ]
        )
    finally:
        sys.setrecursionlimit(recursion_limit)
    errors = []
    for line in stdout.splitlines():
        match = _ERROR.match(line)
        if match is None:
            assert ": note: " in line, f"unexpected mypy output: {line}\n{stderr}"
            continue
        where, kind = files[Path(match["file"]).name]
        if kind == "fragment" and match["code"] == "name-defined":
            continue  # a name the fragment leaves to its context
        offset = 1 if kind == "fragment" else 0  # the wrapping def's line
        errors.append(f"{where} (+{int(match['line']) - offset} lines): {match['message']} [{match['code']}]")
    assert not errors, "snippets that fail mypy --strict:\n" + "\n".join(errors)
    assert len(files) >= 20
