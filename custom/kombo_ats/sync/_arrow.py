"""One page of records as one Arrow table: dlt's fast path.

dlt loads an Arrow table without its row-by-row normaliser (which managed ~1,000 nested candidates/s
here, against ~17,000/s for one Arrow table per page). The columns and their types come from the spec
(``_tables``), so a page whose values are all null still gets typed columns; nested objects and lists
are JSON text, declared as JSON columns (DuckDB ``JSON``, PostgreSQL ``jsonb``). Fields a record carries
that the spec does not know are kept, as JSON columns of their own name, never dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from .. import _constants as c
from .. import _json
from .._records import parse_aware_datetime
from ._tables import ColumnKind, Table

__all__ = ["ARROW_TYPES", "page_table", "table_schema"]

_TIMESTAMP = pa.timestamp("us", tz="UTC")
ARROW_TYPES: dict[ColumnKind, pa.DataType] = {
    "string": pa.string(),
    "timestamp": _TIMESTAMP,
    "date": pa.date32(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "json": pa.string(),
}


_WHAT: dict[ColumnKind, str] = {
    "string": "a string",
    "timestamp": "a timezone-aware ISO 8601 date-time string",
    "date": "an ISO 8601 date string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "json": "a JSON value",
}
_JSON_TYPES: dict[type, str] = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    dict: "an object",
}


def _json_text(value: Any) -> str | None:
    return None if value is None else _json.dumps(value).decode()


def _column(kind: ColumnKind, values: list[Any]) -> pa.Array:
    if kind == "json":
        return pa.array([_json_text(v) for v in values], pa.string())
    if kind in ("timestamp", "date"):
        # Records hold date-times as the API's ISO 8601 text; Arrow parses it (with its zone) in C.
        return pa.array(values, pa.string()).cast(ARROW_TYPES[kind])
    return pa.array(values, ARROW_TYPES[kind])


def _parsed(kind: ColumnKind, value: Any) -> Any:
    """A date or date-time string as Python parses it (as the models do); ``ValueError`` if it is not one."""
    if value is None or kind not in ("timestamp", "date"):
        return value
    if type(value) is not str:
        raise ValueError(f"{kind}: not a string")
    if kind == "date":
        return dt.date.fromisoformat(value)
    return parse_aware_datetime(value)


def _got(kind: ColumnKind, value: Any) -> str:
    """What a refused value is, without the value (records hold personal data)."""
    if type(value) is str and kind == "timestamp":
        try:
            parse_aware_datetime(value)
        except ValueError as exc:
            return str(exc)  # "a date-time without a timezone", "a string that is not ISO 8601"
        return "a string that is not ISO 8601"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _column_one_by_one(table: Table, name: str, kind: ColumnKind, values: list[Any]) -> pa.Array:
    """A column Arrow refused in one piece, value by value: ISO 8601 forms Arrow's parser does not take (seven
    fraction digits, the basic format) parsed as the models parse them; a value that fits the column in no way is
    a ``ValueError`` naming the column and the record's index in the page, never the value (personal data)."""
    arrow_type = ARROW_TYPES[kind]
    parsed: list[Any] = []
    for index, value in enumerate(values):
        try:
            item = _parsed(kind, value)
            pa.array([item], arrow_type)  # the value alone: does the column's type take it?
        except (ValueError, TypeError, OverflowError, pa.ArrowException):
            raise ValueError(
                f"{table.resource}.{name} of record {index} of the page: expected {_WHAT[kind]}, "
                f"got {_got(kind, value)}"
            ) from None
        parsed.append(item)
    return pa.array(parsed, arrow_type)


def table_schema(table: Table) -> pa.Schema:
    """The Arrow schema of a list's records as the spec describes them, ``integration_id`` first."""
    fields = [pa.field(c.SYNC_INTEGRATION_COLUMN, pa.string())]
    fields += [pa.field(col.name, ARROW_TYPES[col.kind]) for col in table.columns]
    return pa.schema(fields)


def page_table(
    table: Table, records: Sequence[Mapping[str, Any]], *, integration_id: str, synced_at: dt.datetime | None
) -> pa.Table:
    """The records of one page (as ``.as_dicts()`` gives them: Kombo's JSON) as an Arrow table, plus the sync's
    columns (``synced_at`` only when given). A value that does not fit its column's type is a ``ValueError`` naming
    the column and the record's index."""
    known = table.column_names
    extra: dict[str, None] = {}
    for record in records:
        for key in record:
            if key not in known and key not in extra:
                extra[key] = None
    arrays: dict[str, pa.Array] = {
        c.SYNC_INTEGRATION_COLUMN: pa.array([integration_id] * len(records), pa.string()),
    }
    for col in table.columns:
        values = [r.get(col.name) for r in records]
        try:
            arrays[col.name] = _column(col.kind, values)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            arrays[col.name] = _column_one_by_one(table, col.name, col.kind, values)
    for key in extra:
        if key in arrays or key == c.SYNC_SYNCED_AT_COLUMN:
            continue  # never let an unknown field overwrite a column the sync owns
        arrays[key] = _column("json", [r.get(key) for r in records])
    if synced_at is not None:
        arrays[c.SYNC_SYNCED_AT_COLUMN] = pa.array([synced_at] * len(records), _TIMESTAMP)
    return pa.table(arrays)
