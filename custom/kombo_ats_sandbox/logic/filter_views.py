"""Values a filter compares, read straight from a record's core where that is enough.

The filter engine (:mod:`.filters`) finds a filter's field as a path into the record's document. For
the large kinds, building the whole document of every record a list call scans is costly (a
candidate embeds its applications), while the fields that filters usually look at are plain
attributes of the record. This table serves those paths from the record; every other path, and any
field a mutation has overridden (``rec.extra``), falls back to the full document, so results are the
same either way (``tests/test_sandbox_api.py`` compares filters with an oracle over documents).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..data.records import AppRec, CandRec, JobRec, Record
from ..data.store import RecordStore

__all__ = ["core_values"]

Read = Callable[[RecordStore, Any], list[Any]]


def _live_jobs(store: RecordStore, rec: CandRec) -> list[Any]:
    apps = [store.applications[a] for a in rec.apps]
    return [store.jobs[a.job].id for a in apps if a.deleted_ms is None]


def _attribute(name: str) -> Read:
    def read(store: RecordStore, rec: Any) -> list[Any]:
        return [getattr(rec, name)]

    return read


def _job_id(store: RecordStore, rec: AppRec) -> list[Any]:
    return [store.jobs[rec.job].id]


def _job_remote_id(store: RecordStore, rec: AppRec) -> list[Any]:
    return [store.jobs[rec.job].remote_id]


def _candidate_id(store: RecordStore, rec: AppRec) -> list[Any]:
    return [store.candidates[rec.cand].id]


def _emails(store: RecordStore, rec: CandRec) -> list[Any]:
    return list(rec.emails)


_CORE: dict[type[Record], dict[tuple[str, ...], Read]] = {
    CandRec: {
        ("first_name",): _attribute("first_name"),
        ("last_name",): _attribute("last_name"),
        ("email_addresses[]", "email_address"): _emails,
        ("applications[]", "job", "id"): _live_jobs,
    },
    JobRec: {
        (name,): _attribute(name)
        for name in ("name", "status", "employment_type", "visibility", "job_code", "post_url")
    },
    AppRec: {
        ("outcome",): _attribute("outcome"),
        ("current_stage_id",): _attribute("stage_id"),
        ("job_id",): _job_id,
        ("job", "remote_id"): _job_remote_id,
        ("candidate_id",): _candidate_id,
    },
}


def core_values(store: RecordStore, rec: Record, path: tuple[str, ...]) -> list[Any] | None:
    """The values at ``path`` from the record itself, or ``None`` when the document is needed."""
    read = _CORE.get(type(rec), {}).get(path)
    if read is None or path[0].removesuffix("[]") in rec.extra:
        return None
    return [v for v in read(store, rec) if v is not None]
