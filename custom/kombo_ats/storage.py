"""Serialise models for storage: the lossless way from a model you already hold to JSON bytes (or dicts).

To store what a walk fetches, walk with ``.as_dicts()`` instead (``iter_candidates(client, ...).as_dicts()``,
``kombo_ats._records``): each record comes as the dict Kombo sent, already in its storage form, without building a
model only to turn it back into a dict; it is the fastest way to a store (docs/benchmarks.md) and the one the dlt
sync uses. The functions here are for models a program already holds (from a typed walk or call); they also take
the dicts ``.as_dicts()`` yields, as they are (a dict record is already its stored form), so code that writes
records (``kombo_ats.fastapi.stream_ndjson``, an exporter) takes either kind of walk.

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
from ._gc_pause import gc_paused

__all__ = ["SupportsToDict", "record_to_json", "records_to_dicts", "records_to_json", "records_to_ndjson"]


class SupportsToDict(Protocol):
    """Any generated model (every record a walker yields, and every model nested in one)."""

    def to_dict(self) -> dict[str, Any]: ...


def _as_dict(record: SupportsToDict | dict[str, Any], index: int | None = None) -> dict[str, Any]:
    if type(record) is dict:  # a record from .as_dicts(): already the JSON form, kept as it came
        return record
    to_dict = getattr(record, "to_dict", None)
    if to_dict is None:
        where = "record" if index is None else f"records[{index}]"
        raise TypeError(
            f"{where}: expected a kombo_ats model (with to_dict()) or a record dict from .as_dicts(), "
            f"got {type(record).__name__}"
        )
    result: dict[str, Any] = to_dict()
    return result


def records_to_dicts(records: Iterable[SupportsToDict | dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON form (``to_dict()``) of each record, nothing lost: for stores that take dicts (dlt, pandas).

    A page of records is thousands of new dicts and lists, kept: built with the cyclic GC paused, as pages are
    decoded (``_gc_pause``).
    """
    with gc_paused():
        return [_as_dict(record, index) for index, record in enumerate(records)]


def record_to_json(record: SupportsToDict | dict[str, Any]) -> bytes:
    """One record as compact UTF-8 JSON bytes: its ``to_dict()``, unknown fields included, nothing lost.

    ``ValueError`` if the record holds a value with no JSON form (only possible for one built or changed by hand,
    e.g. a string with a lone surrogate); a record the SDK decoded always serialises.
    """
    return _json.dumps(_as_dict(record))


def records_to_json(records: Iterable[SupportsToDict | dict[str, Any]]) -> list[bytes]:
    """Each record as its own JSON bytes (``record_to_json`` of each), e.g. one row per record in a JSON column."""
    dumps = _json.dumps
    return [dumps(_as_dict(record, index)) for index, record in enumerate(records)]


def records_to_ndjson(records: Iterable[SupportsToDict | dict[str, Any]]) -> bytes:
    """Newline-delimited JSON: one line per record (``record_to_json`` of each), each line ending in ``\\n``.

    Encoded in one call, so it is the cheapest way to write a page (``page.results``) to a file or an object store.
    """
    return _json.dumps_lines(records_to_dicts(records))
