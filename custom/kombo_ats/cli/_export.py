"""``kombo-ats export``: one list of one integration to NDJSON, CSV or Parquet, one page at a time.

Memory stays at one page (plus the one read ahead) however long the list: each page is written and
dropped before the next is decoded. NDJSON keeps every record exactly as the SDK reads it; CSV and
Parquet have the columns of the spec (nested values as JSON text), and say so on stderr when a record
carries a field the spec does not know (NDJSON keeps it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any, Literal

import anyio
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from .. import _json
from .._generated.walkers import iter_pages_dynamic
from ..client import make_client
from ..sync._arrow import page_table, table_schema
from ..sync._tables import Table

__all__ = ["FORMATS", "Format", "export"]

Format = Literal["ndjson", "csv", "parquet"]
FORMATS: dict[str, Format] = {"ndjson": "ndjson", "csv": "csv", "parquet": "parquet"}


class _Writer:
    def __init__(self, fmt: Format, table: Table, sink: IO[bytes], warn: Callable[[str], None]) -> None:
        self._fmt = fmt
        self._table = table
        self._sink = sink
        self._warn = warn
        self._schema = table_schema(table)
        self._warned: set[str] = set()
        self._arrow: pa_csv.CSVWriter | pq.ParquetWriter | None = None
        if fmt == "csv":
            self._arrow = pa_csv.CSVWriter(sink, self._schema)
        elif fmt == "parquet":
            self._arrow = pq.ParquetWriter(sink, self._schema)

    def write(self, integration_id: str, records: list[dict[str, Any]]) -> None:
        if self._fmt == "ndjson":
            self._sink.write(_json.dumps_lines([{"integration_id": integration_id, **r} for r in records]))
            return
        page = page_table(self._table, records, integration_id=integration_id, synced_at=None)
        unknown = [name for name in page.column_names if name not in self._schema.names and name not in self._warned]
        if unknown:
            self._warned.update(unknown)
            self._warn(
                f"{self._table.resource}: field(s) {', '.join(unknown)} are not in the spec and are not in the "
                f"{self._fmt} file; --format ndjson keeps every field"
            )
        assert self._arrow is not None
        self._arrow.write_table(page.select(self._schema.names).cast(self._schema))

    def close(self) -> None:
        if self._arrow is not None:
            self._arrow.close()
        self._sink.flush()


async def export(
    table: Table,
    integration_id: str,
    fmt: Format,
    sink: IO[bytes],
    *,
    page_size: int,
    warn: Callable[[str], None],
    client_options: dict[str, Any],
) -> int:
    """Write every record of ``table`` for ``integration_id`` to ``sink``; returns how many."""
    writer = _Writer(fmt, table, sink, warn)
    count = 0
    try:
        async with make_client(**client_options) as client:
            pages = iter_pages_dynamic(
                client,
                table.resource,
                integration_id=integration_id,
                read_ahead=True,
                page_size=table.page_size_argument(page_size),
            ).as_dicts()  # each record as Kombo sent it, the storage form: no model built to be turned back
            async with pages:
                async for page in pages:
                    records = page.results
                    if records:
                        writer.write(integration_id, records)
                    count += len(records)
                    await anyio.lowlevel.checkpoint()
    finally:
        writer.close()
    return count
