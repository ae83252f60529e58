"""What the sandbox reads from the record schemas: properties, embedded references and completion plans.

Records are built from stored fields; everything about their *shape* comes from the spec:

* :func:`record_schema` - the component of one list's records (``users`` -> ``User``);
* :func:`props` - the property names of a schema, or of an object nested in it (``props("Job", "hiring_team")``);
* :func:`references` - the properties of a record schema that embed another record (``Note.author`` is a
  ``UserReference`` of the user in ``author_id``), rendered as a projection of that record's document;
* :func:`complete` - fills what a document lacks: every property of the record schema (``null``, or a
  spec-made value where ``null`` is not allowed) and, in nested objects, every nullable property.

So a property added to ``openapi.yaml`` shows up in every sandbox record without a sandbox change, and a
plan is computed once per schema, keeping rendering fast (100,000 records go through it in benchmarks).
"""

from __future__ import annotations

import copy
import functools
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kombo_ats.spec import api

from .spec_data import example

__all__ = ["REFERENCE_KINDS", "Plan", "Reference", "complete", "plan", "props", "record_schema", "references"]

REFERENCE_KINDS = {
    "application": "applications",
    "author": "users",
    "candidate": "candidates",
    "integration_field": "integration_fields",
    "interview": "interviews",
    "job": "jobs",
    "system_roles": "roles",
    "users": "users",
}
"""Property names that embed a record of another kind, and that kind (the field ``<name>_id`` holds its id)."""


def _object(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, bool]:
    """The object schema a property holds (through ``$ref``, ``anyOf``, arrays), and whether it is a list."""
    spec = api()
    schema = spec.resolve(schema)
    for branch in schema.get("anyOf", ()):
        found, many = _object(branch)
        if found is not None:
            return found, many
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "array" in kinds:
        item, _ = _object(schema.get("items", {}))
        return item, True
    if "properties" in schema:
        return schema, False
    return None, False


def _nullable(schema: Mapping[str, Any]) -> bool:
    return api().nullable(schema)  # the SDK's one reading of "nullable"


@functools.cache
def record_schema(kind: str) -> str:
    """The component name of the records of list ``kind``."""
    schema = api().lists[kind].item_schema
    if schema is None:  # pragma: no cover - lists always have an item schema
        raise KeyError(kind)
    return schema


@functools.cache
def props(schema_name: str, *path: str) -> tuple[str, ...]:
    """Property names of a component, or of the object at ``path`` inside it (arrays are looked through)."""
    schema: Mapping[str, Any] | None = api().component(schema_name)
    for name in path:
        assert schema is not None
        schema, _ = _object(schema.get("properties", {}).get(name, {}))
        if schema is None:
            raise KeyError(f"{schema_name}.{'.'.join(path)} is not an object")
    assert schema is not None
    return tuple(schema.get("properties", {}))


@dataclass(frozen=True, slots=True)
class Reference:
    """A property of a record schema that embeds records of ``kind``, projected onto ``fields``."""

    name: str
    kind: str
    fields: tuple[str, ...]
    many: bool


@functools.cache
def references(schema_name: str) -> tuple[Reference, ...]:
    """The embedded references of a record schema (see :data:`REFERENCE_KINDS`)."""
    found = []
    for name, prop in api().component(schema_name).get("properties", {}).items():
        kind = REFERENCE_KINDS.get(name)
        if kind is None:
            continue
        obj, many = _object(prop)
        if obj is not None:
            found.append(Reference(name, kind, tuple(obj.get("properties", {})), many))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Plan:
    """How to complete one object: ``(name, make value)`` for missing properties, then nested objects."""

    fills: tuple[tuple[str, Callable[[], Any]], ...]
    nested: tuple[tuple[str, Plan, bool], ...]


def _none() -> None:
    return None


def _factory(schema: Mapping[str, Any], name: str) -> Callable[[], Any]:
    value = example(api().document, schema, rng=random.Random(f"sandbox-fill:{name}"), mode="sparse")
    if isinstance(value, dict | list):
        return lambda: copy.deepcopy(value)
    return lambda: value


def _plan(schema: Mapping[str, Any], *, top: bool, depth: int, seen: frozenset[int]) -> Plan:
    fills: list[tuple[str, Callable[[], Any]]] = []
    nested: list[tuple[str, Plan, bool]] = []
    for name, prop in schema.get("properties", {}).items():
        if _nullable(prop):
            fills.append((name, _none))
        elif top:
            fills.append((name, _factory(prop, name)))
        obj, many = _object(prop)
        if obj is not None and depth < 4 and id(obj) not in seen:
            sub = _plan(obj, top=False, depth=depth + 1, seen=seen | {id(obj)})
            if sub.fills or sub.nested:
                nested.append((name, sub, many))
    return Plan(tuple(fills), tuple(nested))


@functools.cache
def plan(schema_name: str) -> Plan:
    """The completion plan of a record schema (computed once)."""
    schema = api().component(schema_name)
    return _plan(schema, top=True, depth=0, seen=frozenset({id(schema)}))


def complete(doc: dict[str, Any], how: Plan) -> dict[str, Any]:
    """Add what ``doc`` lacks according to ``how`` (in place; returns ``doc``)."""
    for name, make in how.fills:
        if name not in doc:
            doc[name] = make()
    for name, sub, many in how.nested:
        value = doc.get(name)
        if value is None:
            continue
        if many:
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        complete(item, sub)
        elif isinstance(value, dict):
            complete(value, sub)
    return doc
