"""docs/sandbox.md's tables of operations, ATS writes and admin endpoints, made from the spec and the app.

``make generate`` runs ``python -m kombo_ats_sandbox._doc_tables docs/sandbox.md``; ``make check-generated``
runs it on a copy and fails on any difference, so the tables cannot drift from what the sandbox serves.
Each table sits between a ``<!-- generated: NAME -->`` line and a ``<!-- end generated: NAME -->`` line:

* ``operations`` - every operation of the spec and what serves it (the list engine or the handler named
  after its operation id), with the counts;
* ``writes`` - every ATS write and its effect, the first paragraph of its handler's docstring;
* ``admin`` - every ``/_sandbox`` route (:data:`.http.admin.ADMIN_ROUTES`).
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kombo_ats.spec import Operation, api

from .data.store import KINDS
from .http.admin import ADMIN_ROUTES
from .http.handlers import HANDLERS

__all__ = ["TABLES", "main", "render"]


def _served_by(op: Operation) -> str:
    if op.paginated and op.resource in KINDS:
        return f"the list engine (`{op.item_schema}` records)"
    handler = HANDLERS.get(op.operation_id)
    if handler is None:  # pragma: no cover - tests/test_sandbox_spec_driven.py names such an operation
        return "**nothing: answers 501**"
    return f"`{handler.__module__.rsplit('.', 1)[-1]}.{handler.__name__}`"


def operations_table() -> str:
    ops = list(api().operations.values())
    lists = sum(1 for op in ops if op.paginated and op.resource in KINDS)
    rows = [f"| `{op.operation_id}` | `{op.method} {op.path}` | {_served_by(op)} |" for op in ops]
    head = [
        f"{len(ops)} operations: {lists} paginated lists served by the generic list engine, "
        f"{len(ops) - lists} by the handler named after the operation id (`http/handlers/`).",
        "",
        "| operation | request (under `/v1`) | served by |",
        "| --- | --- | --- |",
    ]
    return "\n".join(head + rows)


def _effect(op: Operation) -> str:
    doc = inspect.getdoc(HANDLERS[op.operation_id]) or ""
    first = " ".join(doc.split("\n\n", 1)[0].split())
    return re.sub(r"``([^`]+)``", r"`\1`", first)


def writes_table() -> str:
    writes = [op for op in api().operations.values() if op.tag == "ats" and op.method != "GET"]
    rows = [f"| `{op.operation_id}` | {_effect(op)} |" for op in writes]
    return "\n".join(["| operation | effect |", "| --- | --- |", *rows])


def admin_table() -> str:
    rows = [f"| {' / '.join(f'`{m}`' for m in methods)} `{path}` | {what} |" for path, _, methods, what in ADMIN_ROUTES]
    return "\n".join(["| request | effect |", "| --- | --- |", *rows])


TABLES: dict[str, Callable[[], str]] = {"operations": operations_table, "writes": writes_table, "admin": admin_table}


def render(text: str) -> str:
    """``text`` with every generated table replaced by its current content (a missing marker is an error)."""
    for name, make in TABLES.items():
        pattern = re.compile(
            rf"(<!-- generated: {name} -->\n)(?:.*?\n)?(<!-- end generated: {name} -->)", flags=re.DOTALL
        )
        match = pattern.search(text)
        if match is None:
            raise ValueError(f"no '<!-- generated: {name} -->' ... '<!-- end generated: {name} -->' block")
        text = text[: match.end(1)] + make() + "\n" + text[match.start(2) :]
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m kombo_ats_sandbox._doc_tables docs/sandbox.md", file=sys.stderr)
        return 2
    path = Path(args[0])
    text = path.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
