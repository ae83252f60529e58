"""What the sync stores, derived from the spec: one table per paginated list operation.

Every list of ``openapi.yaml`` (``kombo_ats.spec``) becomes a table with one column per property of its
record schema, typed from the schema: strings, numbers, booleans and date-times are plain columns; nested
objects and lists (a candidate's applications, a job's stages) are JSON columns. A list added to the spec
becomes a table with no other edit. What a list's filters allow decides how it is fetched: a list with
``updated_after`` is fetched incrementally, one without it completely on every run.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .. import _constants as c
from ..spec import Api, Operation, api

__all__ = ["Column", "ColumnKind", "Table", "tables"]

ColumnKind = Literal["string", "timestamp", "date", "integer", "number", "boolean", "json"]
_SCALARS: dict[str, ColumnKind] = {"integer": "integer", "number": "number", "boolean": "boolean"}


@attrs.frozen
class Column:
    name: str
    kind: ColumnKind


@attrs.frozen
class Table:
    """One list operation of the spec as a table."""

    resource: str
    """The list's name (``candidates``): the dlt resource and the table."""
    operation: Operation
    columns: tuple[Column, ...]
    """The record's properties, in the spec's order (without the columns the sync adds)."""
    incremental: bool
    """The list takes ``updated_after``: later runs fetch what changed since the previous one started."""
    include_deleted: bool
    """The list takes ``include_deleted``: incremental runs see deletion markers."""
    deleted_column: str | None
    """``remote_deleted_at`` when the record has it."""
    changed_column: str | None
    """``changed_at`` when the record has it."""

    @property
    def takes_page_size(self) -> bool:
        return any(p.name == "page_size" for p in self.operation.params)

    def page_size_argument(self, page_size: int) -> int | None:
        """``page_size`` for a list that takes one, else ``None`` (the walker refuses a size it cannot send)."""
        return page_size if self.takes_page_size else None

    @property
    def column_names(self) -> frozenset[str]:
        return frozenset(col.name for col in self.columns)


def _kind(spec: Api, schema: Mapping[str, Any]) -> ColumnKind:
    """The column kind of a property: its one non-null type, or JSON for objects, arrays and mixtures."""
    kinds: set[ColumnKind] = set()
    pending = [schema]
    while pending:
        node = spec.resolve(pending.pop())
        alternatives = [*node.get("anyOf", ()), *node.get("oneOf", ())]
        if alternatives:
            pending.extend(alternatives)
            continue
        types = node.get("type")
        type_list = [types] if isinstance(types, str) else list(types or ())
        if not type_list:
            return "json"  # any value
        for type_ in type_list:
            if type_ == "null":
                continue
            if type_ == "string":
                fmt = node.get("format")
                kinds.add("timestamp" if fmt == "date-time" else "date" if fmt == "date" else "string")
            elif type_ in _SCALARS:
                kinds.add(_SCALARS[type_])
            else:
                return "json"
    if kinds == {"integer", "number"}:
        return "number"
    return kinds.pop() if len(kinds) == 1 else "json"


def table_for(spec: Api, operation: Operation) -> Table:
    """The table of one list operation (its ``item_schema``'s properties as columns)."""
    assert operation.item_schema is not None, f"{operation.operation_id} is not a paginated list"
    properties: Mapping[str, Any] = spec.component(operation.item_schema).get("properties", {})
    for added in (c.SYNC_INTEGRATION_COLUMN, c.SYNC_SYNCED_AT_COLUMN):
        if added in properties:
            raise ValueError(
                f"{operation.item_schema}.{added}: the sync adds a column of that name to every table; "
                "rename the sync's column in kombo_ats/_constants.py"
            )
    columns = tuple(Column(name, _kind(spec, schema)) for name, schema in properties.items())
    filters = {p.name for p in operation.filters}
    return Table(
        resource=operation.resource,
        operation=operation,
        columns=columns,
        incremental="updated_after" in filters,
        include_deleted="include_deleted" in filters,
        deleted_column=c.SYNC_DELETED_COLUMN if c.SYNC_DELETED_COLUMN in properties else None,
        changed_column=c.SYNC_CHANGED_COLUMN if c.SYNC_CHANGED_COLUMN in properties else None,
    )


def tables_of(spec: Api) -> dict[str, Table]:
    """Every paginated list of ``spec`` as a table, by resource name."""
    return {name: table_for(spec, op) for name, op in spec.lists.items()}


@functools.cache
def tables() -> dict[str, Table]:
    """The tables of the API this installation was generated from."""
    return tables_of(api())
