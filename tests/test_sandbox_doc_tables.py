"""docs/sandbox.md's generated tables (operations, ATS writes, admin routes) match the spec and the app.

``make check-generated`` checks the same; this makes a plain pytest run say so too, and proves the check can fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kombo_ats.spec import api
from kombo_ats_sandbox._doc_tables import TABLES, render

DOC = Path(__file__).resolve().parents[1] / "docs" / "sandbox.md"


def test_the_generated_tables_of_docs_sandbox_md_are_fresh() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert render(text) == text, "docs/sandbox.md's generated tables are stale: run 'make generate' and commit"


def test_every_operation_and_every_ats_write_has_a_row() -> None:
    operations, writes = TABLES["operations"](), TABLES["writes"]()
    for op in api().operations.values():
        assert f"| `{op.operation_id}` | `{op.method} {op.path}` |" in operations
        if op.tag == "ats" and op.method != "GET":
            row = next(line for line in writes.splitlines() if line.startswith(f"| `{op.operation_id}` |"))
            assert len(row) > len(op.operation_id) + 20, f"{op.operation_id}: its handler has no docstring to show"


def test_a_table_edited_by_hand_is_put_back_and_a_missing_block_is_an_error() -> None:
    text = DOC.read_text(encoding="utf-8")
    edited = text.replace("| `rejectApplication` |", "| `rejectApplication` | hand-written |", 1)
    assert edited != text and render(edited) == text
    with pytest.raises(ValueError, match="generated: admin"):
        render(text.replace("<!-- generated: admin -->", ""))
