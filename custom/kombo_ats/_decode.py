"""Decode a page's bytes straight into the generated models with msgspec, falling back to ``from_dict``.

msgspec builds the attrs models directly from the JSON bytes (nested models, date-times, ``UNSET`` defaults) in C,
at about a third of what ``json.loads`` + ``from_dict`` cost (docs/benchmarks.md). It matches JSON keys to attribute
names, which is why the model templates name each attribute after its JSON key (``type``, with ``type_`` as
property and keyword), annotate date-times as timezone-aware and mark open enums and map models for ``_dec_hook``.

Every promise of ``from_dict`` is kept by taking the fast path only when it gives exactly what ``from_dict`` gives:

* a first msgspec pass checks the page's shape against structs built from the models with unknown fields
  forbidden: a key the spec does not name (which ``from_dict`` keeps in ``additional_properties``; msgspec would
  drop it) sends the page to ``from_dict``, as does anything that is not a model key where a model is expected;
* the second pass decodes into the models with msgspec's strict types: any value ``from_dict`` would keep raw (an
  unexpected type in an optional field) or reject (a missing or null ``id``, a naive date-time, a wrong-typed
  required field) fails it, and the page takes ``from_dict`` too, which keeps the raw value or raises its
  ``ModelParseError`` naming model and field;
* a model that cannot be expressed for msgspec (a JSON key that is not an attribute name, a type msgspec
  refuses) never takes the fast path. ``tests/test_models_fast_parse.py`` compares both paths on thousands of
  mutated pages.

So the ``from_dict`` path is the reference, and this module only ever makes a page cheaper.
"""

from __future__ import annotations

import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx
import msgspec

from ._http import parse_body

__all__ = ["decode_response", "fast_decoder", "parse_body"]

T = TypeVar("T")
FastDecoder = Callable[[bytes], Any]

_ADDITIONAL = "additional_properties"
_cache: dict[type, FastDecoder | None] = {}
_cache_lock = threading.Lock()


class _Inexpressible(Exception):
    """The model cannot be decoded by msgspec exactly as ``from_dict`` decodes it."""


def _dec_hook(target: type, value: Any) -> Any:
    """Fields annotated with a ``decoded_with`` marker (open enums, map models): its ``convert``, or a failure."""
    convert = getattr(target, "convert", None)
    if convert is None:
        raise TypeError(f"no decoder for {target!r}")
    try:
        return convert(value)
    except Exception as exc:  # e.g. MissingFieldError, a KeyError: msgspec only turns ValueError/TypeError into its own
        raise ValueError(f"{type(exc).__name__}: {exc}") from None


def _union_members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _shape_of_hint(hint: Any, building: dict[type, Any]) -> Any:
    """The shape-check type of one field: the nested model's struct (or a list of them), else ``Any``.

    A union of a model with anything but ``None``/``UNSET`` (``answer: str | float | Option | list[Option]``) is
    declined: from_dict tries its members in the generator's order, and matching that is not worth the risk.
    """
    members = [m for m in _union_members(hint) if m is not type(None) and m is not msgspec.UnsetType]
    nested: Any = None
    for member in members:
        item = typing.get_args(member)[0] if typing.get_origin(member) is list and typing.get_args(member) else None
        if attrs.has(member):
            nested = _shape(member, building)
        elif item is not None and attrs.has(item):
            nested = list[_shape(item, building)]  # type: ignore[misc]
    if nested is None:
        return Any
    if len(members) > 1:
        raise _Inexpressible(f"a field of type {hint} mixes a model with other types")
    return nested | None


def _shape(model: type, building: dict[type, Any]) -> Any:
    """A msgspec struct with the model's JSON keys that forbids any other (a map model: any dict)."""
    if model in building:
        if building[model] is None:
            raise _Inexpressible(f"{model.__name__} refers to itself")
        return building[model]
    building[model] = None
    fields = [f for f in attrs.fields(model) if f.name != _ADDITIONAL]
    has_additional = any(f.name == _ADDITIONAL for f in attrs.fields(model))
    if not fields:
        if not has_additional:
            raise _Inexpressible(f"{model.__name__} has no fields")
        building[model] = dict[str, Any]
        return building[model]
    known = getattr(sys.modules[model.__module__], "_KNOWN_FIELDS", None)
    if known is None or set(known) != {f.name for f in fields}:
        raise _Inexpressible(f"{model.__name__}: a JSON key is not an attribute name")
    try:
        hints = typing.get_type_hints(model)
    except Exception as exc:  # an annotation that does not resolve at run time
        raise _Inexpressible(f"{model.__name__}: {exc}") from None
    spec = [(f.name, _shape_of_hint(hints[f.name], building), msgspec.UNSET) for f in fields]
    struct = msgspec.defstruct(f"{model.__name__}Shape", spec, forbid_unknown_fields=True, gc=False)
    building[model] = struct
    return struct


def _build(model: type) -> FastDecoder | None:
    try:
        check: Callable[[bytes], Any] = msgspec.json.Decoder(_shape(model, {})).decode
        decode: Callable[[bytes], Any] = msgspec.json.Decoder(model, dec_hook=_dec_hook).decode
    except (_Inexpressible, TypeError):
        return None

    def fast(content: bytes) -> Any:
        check(content)
        return decode(content)

    return fast


def fast_decoder(model: type) -> FastDecoder | None:
    """The msgspec decoder of ``model`` (checks the shape, then decodes), or ``None`` if it cannot be exact.

    The decoder raises ``ValueError`` (msgspec's ``ValidationError``/``DecodeError``) or ``RecursionError`` for
    any body it cannot decode exactly as ``from_dict`` would; callers then use ``from_dict``.
    """
    try:
        return _cache[model]
    except KeyError:
        pass
    with _cache_lock:
        if model not in _cache:
            _cache[model] = _build(model)
        return _cache[model]


def decode_response(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """A 2xx body as the model whose ``from_dict`` is given: msgspec when exact, else ``parse_body``'s path.

    Errors are ``parse_body``'s: ``KomboAPIError`` naming model and field, never the record's values.
    """
    model = getattr(from_dict, "__self__", None)
    fast = fast_decoder(model) if isinstance(model, type) else None
    if fast is not None:
        try:
            result: T = fast(response.content)
            return result
        except (ValueError, RecursionError):  # msgspec's errors are ValueErrors; from_dict names what is wrong
            pass
    return parse_body(response, from_dict)
