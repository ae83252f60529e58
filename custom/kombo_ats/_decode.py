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

So the ``from_dict`` path is the reference, and msgspec only ever makes a body cheaper. :func:`decode_body` is the
one way a 2xx body becomes a model: walkers, typed calls and the generated endpoint functions (through the
client's hooks) all call it, so every answer takes the same fast path and raises the same errors.
"""

from __future__ import annotations

import datetime
import sys
import threading
import traceback
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx
import msgspec

from . import _json
from ._gc_pause import gc_paused
from ._redact import redact_bytes, redact_text, request_of, request_secrets
from .errors import KomboAPIError, body_excerpt

__all__ = ["FastDecoder", "decode_body", "fast_decoder", "malformed_body_error"]

FastDecoder = Callable[[bytes], Any]
T = TypeVar("T")

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
    """The shape-check type of one field: the nested model's struct (or a list of them), else ``msgspec.Raw``
    (any JSON value, kept as a slice of the bytes: ~15 % cheaper for the pass than building it as ``Any``).

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
        return msgspec.Raw
    if len(members) > 1:
        raise _Inexpressible(f"a field of type {hint} mixes a model with other types")
    return nested | None


def _check_exact(hint: Any, where: str) -> None:
    """Refuse annotations msgspec would decode differently from ``from_dict`` (the templates avoid them): a bare
    ``float`` (msgspec turns a JSON integer into a float; the templates write ``int | float``) and a ``datetime``
    without ``Meta(tz=True)`` (msgspec would accept a naive one), at the top level or in a list."""
    members = _union_members(hint)
    for member in members:
        inner = typing.get_args(member)[0] if typing.get_origin(member) is list and typing.get_args(member) else None
        for t in (member, inner):
            if t is float and (t is inner or int not in members):
                raise _Inexpressible(f"{where}: a float that is not int | float")
            if t is datetime.datetime:
                raise _Inexpressible(f"{where}: a datetime without tz=True")


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
        exact_hints = typing.get_type_hints(model, include_extras=True)
    except Exception as exc:  # an annotation that does not resolve at run time
        raise _Inexpressible(f"{model.__name__}: {exc}") from None
    for f in fields:
        _check_exact(exact_hints[f.name], f"{model.__name__}.{f.name}")
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


def decode_body(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """A 2xx body as the generated model: msgspec straight from the bytes when that is exact, else ``from_dict``.

    ``from_dict`` is the model's bound classmethod (``Model.from_dict``), which names the model. A body msgspec
    cannot decode exactly (an unknown field, a value ``from_dict`` keeps raw or rejects) takes ``from_dict``, which
    keeps the value or raises: a proxy's 200 with HTML, say, surfaces as a ``KomboAPIError`` naming what was wrong
    (model and field, never the record's values, which can be personal data), not as a ``JSONDecodeError`` or
    ``KeyError`` from deep inside a model. The body excerpt (with the API key cut out) stays on the exception's
    ``body_excerpt`` attribute.
    """
    model = getattr(from_dict, "__self__", None)
    fast = fast_decoder(model) if isinstance(model, type) else None
    if fast is not None:
        try:
            with gc_paused():  # a page is thousands of objects: see _gc_pause
                decoded: T = fast(response.content)
            return decoded
        except (ValueError, RecursionError):  # msgspec's errors are ValueErrors: from_dict keeps or names the value
            pass
    try:
        with gc_paused():
            return _with_from_dict(response.content, from_dict)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # The failed parse's frames hold half-built models (whose repr fails) and the record's values
        # (personal data): clear them so traceback.TracebackException(capture_locals=True) shows neither.
        traceback.clear_frames(exc.__traceback__)
        raise malformed_body_error(response, exc) from exc


def _with_from_dict(content: bytes, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """The reference path: ``json`` to dicts, then the model's ``from_dict``."""
    payload = _json.loads(content)
    if not isinstance(payload, Mapping):
        raise TypeError(f"expected a JSON object, got {type(payload).__name__}")
    return from_dict(payload)


def malformed_body_error(response: httpx.Response, exc: BaseException) -> KomboAPIError:
    """Built in a frame of its own, so no local of a raising frame holds the request's credentials."""
    secrets = request_secrets(request_of(response))
    return KomboAPIError(
        redact_text(f"unexpected response body: {_describe_parse_error(exc)}", secrets),
        status_code=response.status_code,
        body_excerpt=body_excerpt(redact_bytes(response.content, secrets)),
        response=response,
    )


def _describe_parse_error(exc: BaseException) -> str:
    """What was wrong, without echoing the payload (``ModelParseError`` already names model and field)."""
    model = getattr(exc, "model", None)
    if isinstance(model, str):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply"
    if isinstance(exc, ValueError) and type(exc).__name__ == "JSONDecodeError":
        return "not valid JSON"
    return f"{type(exc).__name__}: {str(exc)[:120]}"
