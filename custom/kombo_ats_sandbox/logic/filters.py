"""The filter semantics of every list operation, table-driven from the spec.

Filters combine with AND across parameters and OR within one comma-separated list. No filter is coded
per endpoint: each query parameter is matched by name against a small table of generic rules, and the
record field it compares is found in the operation's record schema:

* ``ids`` / ``remote_ids`` - the record's ``id`` / ``remote_id`` (an unknown id in ``ids`` is a 404);
* ``updated_after`` - ``changed_at`` strictly after; ``include_deleted`` - deleted records too;
* ``<x>_after`` - the ``<x>_at`` timestamp on or after that day (``remote_created_after``);
* ``<x>_contains`` - every word of the value in the ``<x>`` field (case-insensitive);
* everything else - equality with the field the name points at: a list parameter's singular
  (``statuses`` -> ``status``, ``job_ids`` -> ``job_id`` or ``job.id``, through arrays: a candidate's
  ``applications[].job.id``); texts compare case-insensitively, ids exactly.

A parameter can name its field explicitly with ``x-kombo-filter-field`` (``email_addresses[].email_address``).
``tests/test_sandbox_spec_driven.py`` checks that every filter of every list operation resolves, naming
the operation and parameter that does not.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kombo_ats.spec import Api, Operation, Param, api

from ..data.errors import SandboxError
from ..data.records import parse_timestamp_us
from ..data.store import RecordStore
from .filter_views import core_values
from .render import build_doc

__all__ = ["FilterField", "Predicate", "compile_filters", "filter_field", "singular"]

Predicate = Callable[[Any], bool]
FieldPath = tuple[str, ...]
"""Segments of a path into a record document; a segment ending in ``[]`` is an array (any item matches)."""

_DAY_US = 86_400_000_000
_PAGING = frozenset({"cursor", "page_size"})
_FLAGS = frozenset({"include_deleted", "ignore_unsupported_filters"})
_ON_RECORDS = frozenset({"ids", "remote_ids", "updated_after", "remote_created_after"})
"""Filters on what every record has (id, remote id, timestamps): no field lookup needed."""


def singular(name: str) -> str:
    """``statuses`` -> ``status``, ``visibilities`` -> ``visibility``, ``job_ids`` -> ``job_id``."""
    for plural, single in (("ses", "s"), ("ies", "y"), ("s", "")):
        if name.endswith(plural) and not name.endswith("ss"):
            return name[: -len(plural)] + single
    return name


class FilterField:
    """How one filter compares a record: the document path and whether texts fold case."""

    def __init__(self, path: FieldPath, *, fold: bool) -> None:
        self.path = path
        self.fold = fold

    def of(self, store: RecordStore, kind: str, rec: Any) -> list[Any]:
        """The record's values at the path, from its core where possible (see :mod:`.filter_views`)."""
        core = core_values(store, rec, self.path)
        if core is not None:
            return [self.normalise(v) for v in core]
        return self.values(build_doc(store, kind, rec))

    def values(self, doc: Mapping[str, Any]) -> list[Any]:
        """Every value at the path (arrays fan out), ignoring nulls."""
        current: list[Any] = [doc]
        for segment in self.path:
            key, many = (segment[:-2], True) if segment.endswith("[]") else (segment, False)
            nxt: list[Any] = []
            for node in current:
                value = node.get(key) if isinstance(node, Mapping) else None
                if value is None:
                    continue
                if many:
                    nxt.extend(v for v in value if v is not None) if isinstance(value, list) else None
                else:
                    nxt.append(value)
            current = nxt
        return [self.normalise(v) for v in current]

    def normalise(self, value: Any) -> Any:
        return value.casefold() if self.fold and isinstance(value, str) else value


def _properties(spec: Api, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    resolved = spec.resolve(schema)
    for branch in resolved.get("anyOf", ()):  # nullable nested objects: anyOf [$ref, null]
        branch = spec.resolve(branch)
        if "properties" in branch:
            return dict(branch["properties"])
    return dict(resolved.get("properties", {}))


def _child(spec: Api, schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], bool] | None:
    """An object property's schema, or an array-of-objects property's item schema (and that it is an array)."""
    resolved = spec.resolve(schema)
    kinds = resolved.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "array" in kinds:
        return spec.resolve(resolved.get("items", {})), True
    if _properties(spec, resolved):
        return resolved, False
    return None


def _find(spec: Api, schema: Mapping[str, Any], target: str, depth: int) -> FieldPath | None:
    """The shortest path to a field named ``target`` (or ``<head>`` object + ``<tail>`` inside it)."""
    props = _properties(spec, schema)
    if target in props:
        return (target,)
    if depth >= 3:
        return None
    for i, ch in enumerate(target):  # job_remote_id -> job.remote_id ; current_stage_id is found above
        if ch != "_":
            continue
        head, tail = target[:i], target[i + 1 :]
        for name in (head, head + "s"):
            child = _child(spec, props[name]) if name in props else None
            if child is not None:
                rest = _find(spec, child[0], tail, depth + 1)
                if rest is not None:
                    return (name + ("[]" if child[1] else ""), *rest)
    for name, prop in props.items():  # through nested records: a candidate's applications[].job.id
        child = _child(spec, prop)
        if child is not None:
            rest = _find(spec, child[0], target, depth + 1)
            if rest is not None:
                return (name + ("[]" if child[1] else ""), *rest)
    return None


@functools.cache
def filter_field(operation_id: str, name: str) -> FilterField | None:
    """Where filter ``name`` of a list operation looks in its records (None: no such field)."""
    spec = api()
    op = spec.operations[operation_id]
    raw = next(
        (spec.resolve(p) for p in _raw_params(spec, op) if spec.resolve(p).get("name") == name),
        {},
    )
    explicit = raw.get("x-kombo-filter-field")
    param = op.param(name)
    if isinstance(explicit, str):
        path: FieldPath | None = tuple(explicit.split("."))
    else:
        target = name[: -len("_contains")] if name.endswith("_contains") else name
        if param.kind in ("csv", "enum_csv"):
            target = singular(target)
        path = _find(spec, spec.component(op.item_schema or ""), target, 0)
    if path is None:
        return None
    exact = name.endswith(("ids", "_id")) or param.kind in ("enum", "enum_csv") or "url" in name
    return FilterField(path, fold=not exact)


def _raw_params(spec: Api, op: Operation) -> list[Mapping[str, Any]]:
    item = spec.document["paths"][op.path]
    return [*item.get("parameters", []), *item[op.method.lower()].get("parameters", [])]


def _predicate(op: Operation, param: Param, value: Any, store: RecordStore, kind: str) -> Predicate:
    name = param.name
    if name == "ids":
        wanted = set(value)
        store.require_ids(kind, wanted)
        return lambda rec: rec.id in wanted
    if name == "remote_ids":
        wanted = set(value)
        return lambda rec: rec.remote_id in wanted
    if name == "updated_after":
        return lambda rec: rec.changed_ms * 1000 > value
    if name == "remote_created_after":  # "created on or after that day", in UTC
        day_us = value // _DAY_US * _DAY_US
        return lambda rec: rec.created_ms * 1000 >= day_us
    field = filter_field(op.operation_id, name)
    if field is None:  # pragma: no cover - tests/test_sandbox_spec_driven.py keeps every filter resolvable
        raise SandboxError(501, "PLATFORM.UNKNOWN_ERROR", f"{name}: the sandbox cannot apply this filter")
    if param.kind == "datetime":
        day_us = value // _DAY_US * _DAY_US

        def after(rec: Any) -> bool:
            stamps = [parse_timestamp_us(v) for v in field.of(store, kind, rec) if isinstance(v, str)]
            return any(s is not None and s >= day_us for s in stamps)

        return after
    if name.endswith("_contains"):
        words = str(value).casefold().split()
        return lambda rec: any(
            all(w in str(v) for w in words) for v in field.of(store, kind, rec) if isinstance(v, str)
        )
    wanted_values = {field.normalise(v) for v in (value if isinstance(value, list) else [value])}
    return lambda rec: not wanted_values.isdisjoint(field.of(store, kind, rec))


def compile_filters(op: Operation, values: Mapping[str, Any], store: RecordStore, kind: str) -> Predicate:
    """Turn validated query values into one predicate over records (AND of all parameters)."""
    preds: list[Predicate] = []
    ignore_unsupported = bool(values.get("ignore_unsupported_filters"))
    for name, value in values.items():
        if name in _PAGING or name in _FLAGS:
            continue
        if name in store.unsupported_filters:
            if ignore_unsupported:
                continue
            return lambda rec: False
        preds.append(_predicate(op, op.param(name), value, store, kind))
    if not values.get("include_deleted"):
        preds.insert(0, lambda rec: rec.deleted_ms is None)
    if not preds:
        return lambda rec: True
    if len(preds) == 1:
        return preds[0]
    return lambda rec: all(p(rec) for p in preds)


def unresolved_filters(ops: Sequence[Operation]) -> list[str]:
    """``op.param`` pairs whose field the sandbox cannot find (what the drift test reports)."""
    missing = []
    for op in ops:
        for param in op.filters:
            generic = param.name in _ON_RECORDS or param.name in _FLAGS
            if not generic and filter_field(op.operation_id, param.name) is None:
                missing.append(f"{op.operation_id}.{param.name}")
    return missing
