"""Serialise models for storage: the lossless way from a model you already hold to JSON bytes (or dicts).

To store what a walk fetches, walk with ``.as_dicts()`` instead (``iter_candidates(client, ...).as_dicts()``,
``kombo_ats._records``): each record comes as the dict Kombo sent, already in its storage form, without building a
model only to turn it back into a dict; it is the fastest way to a store (docs/benchmarks.md) and the one the dlt
sync uses. The functions here are for models a program already holds (from a typed walk or call).

What is stored must be everything the API sent, in the API's own form: every field the spec knows, every field it
does not (``additional_properties``, e.g. a field Kombo added after this SDK was generated), nulls kept, absent
optional fields left out, date-times as Kombo writes them (``2024-01-31T09:00:00.000Z``), enum values as strings
(an unknown value as it came). That form is each model's ``to_dict()``; these functions encode it with msgspec's C
encoder, several times as fast as ``json.dumps`` (docs/benchmarks.md), into compact UTF-8 JSON that ``json.loads``
turns back into exactly ``record.to_dict()``, and ``Model.from_dict`` into an equal record.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from . import _json

__all__ = ["SupportsToDict", "record_to_json", "records_to_dicts", "records_to_json", "records_to_ndjson"]


class SupportsToDict(Protocol):
    """Any generated model (every record a walker yields, and every model nested in one)."""

    def to_dict(self) -> dict[str, Any]: ...


def _as_dict(record: SupportsToDict, index: int | None = None) -> dict[str, Any]:
    to_dict = getattr(record, "to_dict", None)
    if to_dict is None:
        where = "record" if index is None else f"records[{index}]"
        raise TypeError(f"{where}: expected a kombo_ats model (with to_dict()), got {type(record).__name__}")
    result: dict[str, Any] = to_dict()
    return result


def records_to_dicts(records: Iterable[SupportsToDict]) -> list[dict[str, Any]]:
    """The JSON form (``to_dict()``) of each record, nothing lost: for stores that take dicts (dlt, pandas)."""
    return [_as_dict(record, index) for index, record in enumerate(records)]


def record_to_json(record: SupportsToDict) -> bytes:
    """One record as compact UTF-8 JSON bytes: its ``to_dict()``, unknown fields included, nothing lost.

    ``ValueError`` if the record holds a value with no JSON form (only possible for one built or changed by hand,
    e.g. a string with a lone surrogate); a record the SDK decoded always serialises.
    """
    return _json.dumps(_as_dict(record))


def records_to_json(records: Iterable[SupportsToDict]) -> list[bytes]:
    """Each record as its own JSON bytes (``record_to_json`` of each), e.g. one row per record in a JSON column."""
    dumps = _json.dumps
    return [dumps(_as_dict(record, index)) for index, record in enumerate(records)]


def records_to_ndjson(records: Iterable[SupportsToDict]) -> bytes:
    """Newline-delimited JSON: one line per record (``record_to_json`` of each), each line ending in ``\\n``.

    Encoded in one call, so it is the cheapest way to write a page (``page.results``) to a file or an object store.
    """
    return _json.dumps_lines(records_to_dicts(records))
