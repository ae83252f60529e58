"""The README's table of every operation and how to call it, rendered from the spec.

``make generate`` writes it between the ``operations`` markers of README.md, and
``tests/test_docs.py`` fails if the README's copy differs from a fresh rendering, so the table can
never lag the spec. Plain functions over ``kombo_ats.spec.Api`` (duck-typed here to avoid importing
the package being generated).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

START, END = "<!-- operations:start -->", "<!-- operations:end -->"
_GROUPS = {"ats": "ATS", "general": "General", "connect": "Connect"}


def _call(api: Any, op: Any, handwritten: dict[str, str]) -> str:
    name = handwritten.get(op.operation_id, "").rsplit(".", 1)[-1] or op.name
    args = ["client"]
    if op.takes_integration_id:
        args.append("integration_id=…")
    args += [f"{name}=…" for name in op.path_arguments]
    if op.paginated:
        filters = ", **filters" if op.filters else ""
        return f"`async for x in iter_{op.resource}({', '.join(args)}{filters})`"
    args += [f"{p.name}=…" for p in op.params_in("query") if p.required]
    body = api.component(op.body_schema) if op.body_schema else {}
    required = [name for name in body.get("properties", {}) if name in body.get("required", ())]
    optional = len(body.get("properties", {})) > len(required)
    args += [f"{field}=…" for field in required]
    return f"`await {name}({', '.join(args)}{', …' if optional else ''})`"


def render_table(api: Any, handwritten: dict[str, str]) -> str:
    """Markdown rows: group, what it does, HTTP method and path, the SDK call."""
    lines = ["| | operation | HTTP | call |", "| --- | --- | --- | --- |"]
    for op in sorted(api.operations.values(), key=lambda o: (list(_GROUPS).index(o.tag), o.path, o.method)):
        summary = " ".join(op.summary.split())
        http = f"`{op.method} {op.path}`"
        lines.append(f"| {_GROUPS.get(op.tag, op.tag)} | {summary} | {http} | {_call(api, op, handwritten)} |")
    return "\n".join(lines) + "\n"


def replace_table(readme: Path, table: str) -> None:
    """Put ``table`` between the markers of ``readme`` (which must have them)."""
    text = readme.read_text(encoding="utf-8")
    head, sep, rest = text.partition(START)
    _, sep2, tail = rest.partition(END)
    if not (sep and sep2):
        raise SystemExit(f"{readme}: the {START} / {END} markers are missing")
    readme.write_text(f"{head}{START}\n{table}{END}{tail}", encoding="utf-8")
