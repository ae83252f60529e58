"""Query filters: checked and encoded before any request, following what the spec says of each one.

The typed filter classes (``CandidateFilters`` & co) and the walkers' keyword arguments are generated
from ``openapi.yaml`` (``_generated/filters.py``); what a value must look like comes from the spec at
runtime (:mod:`kombo_ats.spec`), so the rules below are written once for every operation:

* arrays (``style: form, explode: false``) take any iterable of strings (a lone string is a one-item
  list) and go on the wire as ONE comma-separated value; item length bounds apply (Kombo ids are 24
  characters);
* enums take the documented values, as strings or generated enum members;
* date-times must be timezone-aware and go out in UTC as ``YYYY-MM-DDTHH:mm:ss.sssZ``;
* booleans and integers are checked for type and bounds.

Mistakes raise ``TypeError``/``ValueError`` naming the field: a typo'd filter that the API silently
ignores returns wrong data, which is worse than an exception. Deprecated filters still work but warn.
"""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs

from kombo_ats_client.types import format_datetime as wire_datetime

from ._constants import MAX_PAGE_SIZE
from .spec import LIST_SEPARATOR, Operation, Param, api, join_list

__all__ = [
    "Filters",
    "StrList",
    "build_filters",
    "check_wire_moment",
    "encode_filters",
    "encode_value",
    "filter_names",
    "format_datetime",
    "validate_page_size",
]

StrList = Iterable[str] | str
"""A list filter: any iterable of strings (a lone string counts as a one-item list)."""

_LIST_KINDS = ("csv", "enum_csv")


def _post_init(self: Filters) -> None:
    """Freeze one-shot iterables into tuples, then validate, so a bad filter object fails where it is built."""
    op = self.operation()
    for attribute in attrs.fields(type(self)):
        value = getattr(self, attribute.name)
        one_shot = not isinstance(value, str | enum.Enum | bytes | bytearray | Mapping) and isinstance(value, Iterable)
        if one_shot and op.param(_wire_name(attribute)).kind in _LIST_KINDS:
            object.__setattr__(self, attribute.name, tuple(value))
    encode_filters(self, warn=False)


def _wire_name(attribute: attrs.Attribute[Any]) -> str:
    return str(attribute.metadata.get("wire", attribute.name))


@attrs.define(frozen=True, kw_only=True)
class Filters:
    """Base of the generated filter classes, one per paginated list operation.

    Instances are frozen and validated when built, so one object can be reused across calls and
    integrations: ``OPEN_JOBS = JobFilters(statuses=["OPEN"])``.
    """

    operation_id: ClassVar[str] = ""
    """The spec operation whose query parameters the class holds (set by each generated class)."""

    @classmethod
    def operation(cls) -> Operation:
        if not cls.operation_id:
            raise TypeError("filters: use the filters class of an endpoint (e.g. CandidateFilters), not Filters")
        return api().operations[cls.operation_id]

    def __attrs_post_init__(self) -> None:
        _post_init(self)


def format_datetime(value: object, *, field: str) -> str:
    """Aware datetime -> ``YYYY-MM-DDTHH:mm:ss.sssZ`` in UTC; naive ones are ambiguous and rejected."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{field}: expected a timezone-aware datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field}: naive datetime {value.isoformat()} is ambiguous; give it a timezone, "
            "e.g. datetime(..., tzinfo=timezone.utc)"
        )
    return wire_datetime(value.astimezone(dt.UTC))


def check_wire_moment(value: str, *, field: str, date_only: bool, error: type[ValueError] = ValueError) -> str:
    """A date-time (with a timezone) or, with ``date_only``, a date given already as its wire string: returned as it
    is, else ``error`` naming the field and the form wanted (for bodies and the generated functions' query)."""
    try:
        parsed = dt.date.fromisoformat(value) if date_only else dt.datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or (isinstance(parsed, dt.datetime) and parsed.utcoffset() is None):
        shape = "a date (YYYY-MM-DD)" if date_only else "a date-time with a timezone (e.g. 2024-01-31T09:30:00.000Z)"
        raise error(f"{field}: {value!r} is not {shape}")
    return value


def _int(value: object, *, field: str, low: float | None, high: float | None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{field}: expected an int, got {type(value).__name__}")
    if (low is not None and value < low) or (high is not None and value > high):
        lo = "" if low is None else f"{low:g}"
        hi = "" if high is None else f"{high:g}"
        raise ValueError(f"{field}: must be between {lo} and {hi}, got {value}")
    return value


def validate_page_size(value: object, param: Param | None = None) -> int:
    """Page size must be an int within the spec's bounds (1..250 for Kombo's lists)."""
    low = param.minimum if param is not None and param.minimum is not None else 1
    high = param.maximum if param is not None and param.maximum is not None else MAX_PAGE_SIZE
    return _int(value, field="page_size", low=low, high=high)


def _text(value: object, *, field: str, param: Param) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{field}: must not be empty")
    if (param.min_length is not None and len(value) < param.min_length) or (
        param.max_length is not None and len(value) > param.max_length
    ):
        if param.min_length == param.max_length:
            size = f"{param.min_length} characters"
        else:
            size = f"{param.min_length or 0}..{param.max_length if param.max_length is not None else ''} characters"
        what = "a Kombo id" if param.name.endswith("ids") and param.min_length == 24 else "valid"
        raise ValueError(f"{field}: {value!r} is not {what} ({size}, got {len(value)})")
    return value


def _enum_value(value: object, param: Param, *, field: str) -> str:
    allowed = list(param.enum)
    if isinstance(value, enum.Enum):
        value = value.value
        if value not in allowed:
            raise ValueError(f"{field}: {value!r} is not one of {allowed}")
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected one of {allowed} (str or enum member), got {type(value).__name__}")
    if value not in allowed:
        raise ValueError(f"{field}: {value!r} is not one of {allowed}")
    return value


def _csv(value: object, param: Param, *, field: str) -> str:
    items: list[object]
    if isinstance(value, str | enum.Enum):
        items = [value]
    elif isinstance(value, bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise TypeError(f"{field}: expected a list of strings, got {type(value).__name__}")
    else:
        items = list(value)
    if not items:
        raise ValueError(f"{field}: empty list; leave the filter out instead (an empty filter matches nothing)")
    out: list[str] = []
    for item in items:
        if param.kind == "enum_csv":
            out.append(_enum_value(item, param, field=field))
            continue
        text = _text(item, field=field, param=param)
        if LIST_SEPARATOR in text:
            raise ValueError(f"{field}: {text!r} contains a comma, which the API reads as a separator")
        out.append(text)
    return join_list(out)


def encode_value(param: Param, value: object, *, field: str | None = None) -> Any:
    """One filter value -> what goes on the wire (a string, bool or int), or a ``TypeError``/``ValueError``."""
    name = field or param.name
    kind = param.kind
    if kind == "datetime":
        return format_datetime(value, field=name)
    if kind == "date":
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise TypeError(f"{name}: expected a date, got {type(value).__name__}")
        return value.isoformat()
    if kind == "boolean":
        if not isinstance(value, bool):
            raise TypeError(f"{name}: expected a bool, got {type(value).__name__}")
        return value
    if kind in ("integer", "number"):
        return _int(value, field=name, low=param.minimum, high=param.maximum)
    if kind == "enum":
        return _enum_value(value, param, field=name)
    if kind in _LIST_KINDS:
        return _csv(value, param, field=name)
    if kind == "string":
        return _text(value, field=name, param=param)
    return value


def warn_deprecated_operation(op: Operation, *, stacklevel: int) -> None:
    """A deprecated operation still works; the warning carries the spec's reason (its description)."""
    if op.deprecated:
        reason = " ".join(op.description.split()).removeprefix("Deprecated: ")
        warnings.warn(f"{op.name} is deprecated: {reason}", DeprecationWarning, stacklevel=stacklevel + 1)


def warn_deprecated(param: Param, *, stacklevel: int) -> None:
    replacement = f"; use {param.replaced_by}=[...] instead" if param.replaced_by else ""
    warnings.warn(
        f"the {param.name!r} filter is deprecated{replacement} ({param.description})",
        DeprecationWarning,
        stacklevel=stacklevel + 1,
    )


def encode_filters(filters: Filters, *, warn: bool = True, stacklevel: int = 2) -> dict[str, Any]:
    """Validate ``filters``: ``{wire name: wire value}`` of the filters that are set (``None`` = not set).

    Deprecated filters still work but emit a ``DeprecationWarning`` (when ``warn``) pointing at the
    replacement the spec names.
    """
    op = filters.operation()
    out: dict[str, Any] = {}
    for attribute in attrs.fields(type(filters)):
        value = getattr(filters, attribute.name)
        if value is None:
            continue
        param = op.param(_wire_name(attribute))
        out[param.name] = encode_value(param, value, field=attribute.name)
        if warn and param.deprecated:
            warn_deprecated(param, stacklevel=stacklevel + 1)
    return out


def filter_names(cls: type[Filters]) -> list[str]:
    """The filter names a filters class accepts, for error messages."""
    return [a.name for a in attrs.fields(cls)]


def build_filters(cls: type[Filters], base: Filters | None, overrides: Mapping[str, Any]) -> Filters:
    """Combine a reusable filters object with per-call keyword filters (keywords win).

    Unknown names raise ``TypeError`` listing the valid ones; a filters object of another
    endpoint's class is a ``TypeError`` too.
    """
    if base is not None and not isinstance(base, cls):
        raise TypeError(f"filters: expected {cls.__name__}, got {type(base).__name__}")
    valid = filter_names(cls)
    unknown = sorted(set(overrides) - set(valid))
    if unknown:
        raise TypeError(f"unknown filter {', '.join(map(repr, unknown))} for {cls.__name__}; valid filters: {valid}")
    given = {k: v for k, v in overrides.items() if v is not None}
    if base is None:
        return cls(**given)
    return attrs.evolve(base, **given) if given else base
