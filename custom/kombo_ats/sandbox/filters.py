"""Query-parameter validation and the filter semantics of the list endpoints.

Filters combine with AND across parameters and OR within one comma-separated list. Lists travel as
ONE comma-separated value: a repeated key (``ids=a&ids=b``) is rejected, the way the live API's
schema validation does, so an SDK that sends them wrong notices here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .data import AppRec, CandRec, JobRec, OfferRec, Record, parse_timestamp_us
from .errors import SandboxError

if TYPE_CHECKING:
    from .store import IntegrationStore

__all__ = ["FILTERS", "Predicate", "compile_filters", "parse_list_query"]

Predicate = Callable[[Any], bool]

COMMON = ("updated_after", "include_deleted", "ignore_unsupported_filters", "ids", "remote_ids")
FILTERS: dict[str, tuple[str, ...]] = {
    "candidates": (*COMMON, "email", "job_ids", "first_name", "last_name"),
    "jobs": (
        *COMMON,
        "job_codes",
        "post_url",
        "status",
        "statuses",
        "employment_types",
        "visibilities",
        "remote_created_after",
        "name_contains",
    ),
    "applications": (
        *COMMON,
        "outcome",
        "outcomes",
        "job_ids",
        "job_remote_ids",
        "current_stage_ids",
        "remote_created_after",
    ),
    "offers": COMMON,
}
_JOB_STATUSES = ("OPEN", "CLOSED", "DRAFT", "ARCHIVED")
_OUTCOMES = ("PENDING", "HIRED", "DECLINED")
ENUMS: dict[str, tuple[str, ...]] = {
    "status": _JOB_STATUSES,
    "statuses": _JOB_STATUSES,
    "employment_types": ("FULL_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP"),
    "visibilities": ("PUBLIC", "INTERNAL", "UNLISTED", "CONFIDENTIAL"),
    "outcome": _OUTCOMES,
    "outcomes": _OUTCOMES,
}
_BOOLEANS = ("include_deleted", "ignore_unsupported_filters")
_TIMESTAMPS = ("updated_after", "remote_created_after")
_DAY_US = 86_400_000_000


def _csv(value: str) -> list[str]:
    return [v for v in (p.strip() for p in value.split(",")) if v]


def parse_list_query(kind: str, params: Mapping[str, Sequence[str]]) -> tuple[int, str | None, dict[str, str]]:
    """Validate the query string: ``(page_size, cursor, filters)`` or ``PLATFORM.INPUT_INVALID``."""
    for name, values in params.items():
        if len(values) > 1:
            raise SandboxError.input_invalid(
                f"{name}: Expected a single value; send lists as one comma-separated value, not repeated keys"
            )
    one = {name: values[0] for name, values in params.items() if values}
    page_size = 100
    if "page_size" in one:
        raw = one["page_size"]
        if not raw.strip().lstrip("-").isdigit():
            raise SandboxError.input_invalid(f"page_size: Expected number, received {raw!r}")
        page_size = int(raw)
        if page_size < 1:
            raise SandboxError.input_invalid("page_size: Number must be greater than or equal to 1")
        if page_size > 250:
            raise SandboxError.input_invalid("page_size: Number must be less than or equal to 250")
    cursor = one.get("cursor")
    filters: dict[str, str] = {}
    for name in FILTERS[kind]:
        if name not in one:
            continue
        value = one[name]
        if name in _BOOLEANS:
            if value.lower() not in ("true", "false"):
                raise SandboxError.input_invalid(f"{name}: Expected boolean, received {value!r}")
            value = value.lower()
        elif name in _TIMESTAMPS:
            if parse_timestamp_us(value) is None:
                raise SandboxError.input_invalid(f"{name}: Invalid datetime, expected YYYY-MM-DDTHH:mm:ss.sssZ")
        elif name in ENUMS:
            items = [value] if name in ("status", "outcome") else _csv(value)
            bad = [v for v in items if v not in ENUMS[name]]
            if bad:
                allowed = ", ".join(ENUMS[name])
                raise SandboxError.input_invalid(f"{name}: Invalid enum value {bad[0]!r}, expected one of {allowed}")
        filters[name] = value
    return page_size, cursor, filters


def compile_filters(kind: str, filters: Mapping[str, str], store: IntegrationStore) -> Predicate:
    """Turn validated filters into one predicate over records (AND of all parameters)."""
    preds: list[Predicate] = []
    ignore_unsupported = filters.get("ignore_unsupported_filters") == "true"
    for name, value in filters.items():
        if name in _BOOLEANS:
            continue
        if name in store.unsupported_filters:
            if ignore_unsupported:
                continue
            return lambda rec: False
        preds.append(_predicate(kind, name, value, store))
    if filters.get("include_deleted") != "true":
        preds.append(lambda rec: rec.deleted_ms is None)
    if not preds:
        return lambda rec: True
    if len(preds) == 1:
        return preds[0]
    return lambda rec: all(p(rec) for p in preds)


def _predicate(kind: str, name: str, value: str, store: IntegrationStore) -> Predicate:
    if name == "updated_after":
        after_us = parse_timestamp_us(value) or 0
        return lambda rec: rec.changed_ms * 1000 > after_us
    if name == "remote_created_after":
        # "created on or after that day": the day of the timestamp, in UTC.
        day_us = (parse_timestamp_us(value) or 0) // _DAY_US * _DAY_US
        return lambda rec: rec.created_ms * 1000 >= day_us
    if name == "ids":
        wanted = set(_csv(value))
        store.require_ids(kind, wanted)
        return lambda rec: rec.id in wanted
    if name == "remote_ids":
        wanted = set(_csv(value))
        return lambda rec: rec.remote_id in wanted
    if kind == "candidates":
        return _candidate_predicate(name, value, store)
    if kind == "jobs":
        return _job_predicate(name, value)
    if kind == "applications":
        return _application_predicate(name, value, store)
    raise AssertionError(f"unhandled filter {kind}.{name}")  # pragma: no cover


def _candidate_predicate(name: str, value: str, store: IntegrationStore) -> Predicate:
    if name == "email":
        email = value.strip().casefold()
        return lambda rec: any(e.casefold() == email for e in rec.emails)
    if name == "first_name":
        first = value.strip().casefold()
        return lambda rec: rec.first_name.casefold() == first
    if name == "last_name":
        last = value.strip().casefold()
        return lambda rec: rec.last_name.casefold() == last
    if name == "job_ids":
        jobs = store.job_seqs_by_ids(_csv(value))
        apps = store.applications

        def applied(rec: CandRec) -> bool:
            return any(apps[a].job in jobs and apps[a].deleted_ms is None for a in rec.apps)

        return applied
    raise AssertionError(name)  # pragma: no cover


def _job_predicate(name: str, value: str) -> Predicate:
    if name == "job_codes":
        codes = set(_csv(value))
        return lambda rec: rec.job_code in codes
    if name == "post_url":
        return lambda rec: rec.post_url == value
    if name == "status":
        return lambda rec: rec.status == value
    if name == "statuses":
        statuses = set(_csv(value))
        return lambda rec: rec.status in statuses
    if name == "employment_types":
        types = set(_csv(value))
        return lambda rec: rec.employment_type in types
    if name == "visibilities":
        vis = set(_csv(value))
        return lambda rec: rec.visibility in vis
    if name == "name_contains":
        words = value.casefold().split()
        return lambda rec: all(w in rec.name.casefold() for w in words)
    raise AssertionError(name)  # pragma: no cover


def _application_predicate(name: str, value: str, store: IntegrationStore) -> Predicate:
    if name == "outcome":
        return lambda rec: rec.outcome == value
    if name == "outcomes":
        outcomes = set(_csv(value))
        return lambda rec: rec.outcome in outcomes
    if name == "job_ids":
        jobs = store.job_seqs_by_ids(_csv(value))
        return lambda rec: rec.job in jobs
    if name == "job_remote_ids":
        jobs = store.job_seqs_by_remote_ids(_csv(value))
        return lambda rec: rec.job in jobs
    if name == "current_stage_ids":
        stages = set(_csv(value))
        return lambda rec: rec.stage_id in stages
    raise AssertionError(name)  # pragma: no cover


# Keep the record classes referenced for readers: predicates receive these types per kind.
_KINDS: dict[str, type[Record]] = {"jobs": JobRec, "candidates": CandRec, "applications": AppRec, "offers": OfferRec}
