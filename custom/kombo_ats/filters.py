"""Typed list-endpoint filters and their wire encoding, validated before any request is sent.

Each ``*Filters`` class is a small frozen attrs class (reusable across calls); the walkers accept
the same names as keyword arguments. Encoding turns Python values into what the API expects:
lists become ONE comma-separated value (``ids=a,b``, never repeated keys), datetimes become
``YYYY-MM-DDTHH:mm:ss.sssZ`` in UTC, enums accept strings or the generated enum members.
Mistakes raise ``TypeError``/``ValueError`` naming the field, because a typo'd filter that the API
silently ignores returns wrong data, which is worse than an exception.
"""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from collections.abc import Iterable
from typing import Any

import attrs

from kombo_ats_client.models.application_outcome import ApplicationOutcome
from kombo_ats_client.models.employment_type import EmploymentType
from kombo_ats_client.models.job_status import JobStatus
from kombo_ats_client.models.job_visibility import JobVisibility

__all__ = [
    "ApplicationFilters",
    "CandidateFilters",
    "Filters",
    "JobFilters",
    "OfferFilters",
    "encode_filters",
    "format_datetime",
    "validate_page_size",
]

MAX_PAGE_SIZE = 250
KOMBO_ID_LENGTH = 24

StrList = Iterable[str] | str
"""A list filter: any iterable of strings (a lone string counts as a one-item list)."""

# Field kinds, stored in attrs metadata so one encoder serves every filter class.
_DATETIME = "datetime"
_BOOL = "bool"
_STR = "str"
_LIST = "list"
_IDS = "ids"
_ENUM = "enum"
_ENUM_LIST = "enum_list"


def _kind(kind: str, enum_cls: type[enum.Enum] | None = None, replaced_by: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "enum": enum_cls, "replaced_by": replaced_by}


def _post_init(self: Filters) -> None:
    """Freeze one-shot iterables into tuples, then validate, so a bad filter object fails where it is built."""
    for attribute in attrs.fields(type(self)):
        value = getattr(self, attribute.name)
        one_shot = not isinstance(value, str | enum.Enum | bytes | bytearray | dict) and isinstance(value, Iterable)
        if attribute.metadata["kind"] in (_LIST, _IDS, _ENUM_LIST) and one_shot:
            object.__setattr__(self, attribute.name, tuple(value))
    encode_filters(self, warn=False)


@attrs.define(frozen=True, kw_only=True)
class Filters:
    """Filters every list endpoint shares."""

    updated_after: dt.datetime | None = attrs.field(default=None, metadata=_kind(_DATETIME))
    """Only entries changed after this (timezone-aware) moment; pair with ``include_deleted``."""
    include_deleted: bool | None = attrs.field(default=None, metadata=_kind(_BOOL))
    """Also return entries deleted in the remote system (needed to sync deletions)."""
    ignore_unsupported_filters: bool | None = attrs.field(default=None, metadata=_kind(_BOOL))
    """Ignore filters the integration cannot apply instead of returning nothing."""
    ids: StrList | None = attrs.field(default=None, metadata=_kind(_IDS))
    """Kombo ids (24 characters each); an unknown id makes the API answer 404."""
    remote_ids: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    """Ids in the remote ATS."""

    def __attrs_post_init__(self) -> None:
        _post_init(self)


@attrs.define(frozen=True, kw_only=True)
class CandidateFilters(Filters):
    """Filters of ``GET /ats/candidates``."""

    email: str | None = attrs.field(default=None, metadata=_kind(_STR))
    """Case-insensitive match against any of the candidate's e-mail addresses."""
    job_ids: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    """Candidates who applied to any of these jobs."""
    first_name: str | None = attrs.field(default=None, metadata=_kind(_STR))
    last_name: str | None = attrs.field(default=None, metadata=_kind(_STR))


@attrs.define(frozen=True, kw_only=True)
class JobFilters(Filters):
    """Filters of ``GET /ats/jobs``."""

    job_codes: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    post_url: str | None = attrs.field(default=None, metadata=_kind(_STR))
    status: JobStatus | str | None = attrs.field(default=None, metadata=_kind(_ENUM, JobStatus, replaced_by="statuses"))
    """Deprecated: use ``statuses``."""
    statuses: Iterable[JobStatus | str] | JobStatus | str | None = attrs.field(
        default=None, metadata=_kind(_ENUM_LIST, JobStatus)
    )
    employment_types: Iterable[EmploymentType | str] | EmploymentType | str | None = attrs.field(
        default=None, metadata=_kind(_ENUM_LIST, EmploymentType)
    )
    visibilities: Iterable[JobVisibility | str] | JobVisibility | str | None = attrs.field(
        default=None, metadata=_kind(_ENUM_LIST, JobVisibility)
    )
    remote_created_after: dt.datetime | None = attrs.field(default=None, metadata=_kind(_DATETIME))
    name_contains: str | None = attrs.field(default=None, metadata=_kind(_STR))


@attrs.define(frozen=True, kw_only=True)
class ApplicationFilters(Filters):
    """Filters of ``GET /ats/applications``."""

    outcome: ApplicationOutcome | str | None = attrs.field(
        default=None, metadata=_kind(_ENUM, ApplicationOutcome, replaced_by="outcomes")
    )
    """Deprecated: use ``outcomes``."""
    outcomes: Iterable[ApplicationOutcome | str] | ApplicationOutcome | str | None = attrs.field(
        default=None, metadata=_kind(_ENUM_LIST, ApplicationOutcome)
    )
    job_ids: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    job_remote_ids: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    current_stage_ids: StrList | None = attrs.field(default=None, metadata=_kind(_LIST))
    remote_created_after: dt.datetime | None = attrs.field(default=None, metadata=_kind(_DATETIME))


@attrs.define(frozen=True, kw_only=True)
class OfferFilters(Filters):
    """Filters of ``GET /ats/offers`` (only the shared ones)."""


def format_datetime(value: object, *, field: str) -> str:
    """Aware datetime -> ``YYYY-MM-DDTHH:mm:ss.sssZ`` in UTC; naive ones are ambiguous and rejected."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{field}: expected a timezone-aware datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field}: naive datetime {value.isoformat()} is ambiguous; give it a timezone, "
            "e.g. datetime(..., tzinfo=timezone.utc)"
        )
    utc = value.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def validate_page_size(value: object) -> int:
    """Page size must be an int in 1..250 (the API's limits)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"page_size: expected an int, got {type(value).__name__}")
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size: must be between 1 and {MAX_PAGE_SIZE}, got {value}")
    return value


def _text(value: object, *, field: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{field}: must not be empty")
    return value


def _enum_value(value: object, enum_cls: type[enum.Enum], *, field: str) -> str:
    allowed = [str(m.value) for m in enum_cls]
    if isinstance(value, enum_cls):
        return str(value.value)
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected one of {allowed} (str or {enum_cls.__name__}), got {type(value).__name__}")
    if value not in allowed:
        raise ValueError(f"{field}: {value!r} is not one of {allowed}")
    return value


def _csv(value: object, *, field: str, kind: str, enum_cls: type[enum.Enum] | None) -> str:
    items: list[object]
    if isinstance(value, str | enum.Enum):
        items = [value]
    elif isinstance(value, bytes | bytearray | dict) or not isinstance(value, Iterable):
        raise TypeError(f"{field}: expected a list of strings, got {type(value).__name__}")
    else:
        items = list(value)
    if not items:
        raise ValueError(f"{field}: empty list; leave the filter out instead (an empty filter matches nothing)")
    out: list[str] = []
    for item in items:
        if enum_cls is not None:
            out.append(_enum_value(item, enum_cls, field=field))
            continue
        text = _text(item, field=field)
        if "," in text:
            raise ValueError(f"{field}: {text!r} contains a comma, which the API reads as a separator")
        if kind == _IDS and len(text) != KOMBO_ID_LENGTH:
            raise ValueError(f"{field}: {text!r} is not a Kombo id ({KOMBO_ID_LENGTH} characters, got {len(text)})")
        out.append(text)
    return ",".join(out)


def encode_filters(filters: Filters, *, warn: bool = True, stacklevel: int = 2) -> dict[str, Any]:
    """Validate ``filters`` and return the generated ``_get_kwargs`` keyword arguments for them.

    Unset (``None``) filters are left out. The deprecated single-value ``status``/``outcome``
    still work but emit a ``DeprecationWarning`` (when ``warn``) pointing to the list form.
    """
    out: dict[str, Any] = {}
    for attribute in attrs.fields(type(filters)):
        name = attribute.name
        value = getattr(filters, name)
        if value is None:
            continue
        kind = attribute.metadata["kind"]
        enum_cls = attribute.metadata["enum"]
        if kind == _DATETIME:
            out[name] = format_datetime(value, field=name)
        elif kind == _BOOL:
            if not isinstance(value, bool):
                raise TypeError(f"{name}: expected a bool, got {type(value).__name__}")
            out[name] = value
        elif kind == _STR:
            out[name] = _text(value, field=name)
        elif kind == _ENUM:
            # The generated _get_kwargs takes the enum member for these single-value filters.
            out[name] = enum_cls(_enum_value(value, enum_cls, field=name))
            if warn:
                replacement = attribute.metadata["replaced_by"]
                warnings.warn(
                    f"the {name!r} filter is deprecated; use {replacement}=[...] instead",
                    DeprecationWarning,
                    stacklevel=stacklevel + 1,
                )
        else:
            out[name] = _csv(value, field=name, kind=kind, enum_cls=enum_cls)
    return out


def filter_names(cls: type[Filters]) -> list[str]:
    """The filter names a filters class accepts, for error messages."""
    return [a.name for a in attrs.fields(cls)]


def build_filters(cls: type[Filters], base: Filters | None, overrides: dict[str, Any]) -> Filters:
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
