"""One integration's records: the kinds it serves, lookups, indexes, and the lazily seeded kinds.

Every paginated list of the spec is one *kind* of record (``candidates``, ``users``, ``custom_fields``,
...). This layer only holds and finds records; how they are rendered, filtered, listed and changed is
:mod:`kombo_ats_sandbox.logic`, which works on a :class:`RecordStore`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from kombo_ats.spec import api

from .config import SandboxConfig
from .dataset import CORE_KINDS, IntegrationData
from .errors import SandboxError
from .records import ANCHOR_MS, AppRec, CandRec, ItemRec, JobRec, Record, paused_gc
from .seed_activity import ACTIVITY_KINDS, seed_activity
from .seed_generic import seed_from_spec
from .shared import Shared

__all__ = ["KINDS", "IntegrationInfo", "RecordStore"]

KINDS: tuple[str, ...] = tuple(sorted(api().lists))
"""Every kind of record a sandbox integration serves: one per paginated list of the spec."""


@dataclass
class IntegrationInfo:
    """What the general endpoints say about an integration (details, enabled flag, syncs)."""

    category: str = "ATS"
    enabled: bool = True
    created_ms: int = ANCHOR_MS - 700 * 86_400_000
    organization_name: str = "Acme Sandbox GmbH"
    creator_email: str | None = "it@acme-sandbox.example.com"
    origin_id: str | None = None
    syncs: dict[str, str] = field(default_factory=dict)  # sync type -> id of the queued sync


class RecordStore(IntegrationData):
    """All records of one integration, with lookups and indexes; ``shared`` is what the sandbox shares."""

    def __init__(self, integration_id: str, seed: str, config: SandboxConfig, shared: Shared) -> None:
        super().__init__(integration_id, seed, config)
        self.shared = shared
        self.info = IntegrationInfo()
        self._activity: dict[str, list[ItemRec]] = {}
        self._by_id: dict[str, dict[str, Record]] = {}
        self._index: dict[tuple[str, str], dict[Any, list[ItemRec]]] = {}
        self._jobs_by_remote = {job.remote_id: job for job in self.jobs}

    # ------------------------------------------------------------------------------------ kinds
    def kinds(self) -> tuple[str, ...]:
        """The list resources this integration serves (keys of ``iter_pages``: ``candidates``, ...)."""
        return KINDS

    def records(self, kind: str) -> Sequence[Record]:
        """Every record of ``kind`` in listing order (activity kinds are seeded on first use)."""
        if kind in ACTIVITY_KINDS:
            found = self._activity.get(kind)
            if found is None:
                found = self._activity[kind] = seed_activity(self, kind, self.records)
            return found
        if kind in CORE_KINDS or kind in self.catalog:
            return self.core(kind)
        if kind in KINDS:  # a list of the spec without seed data of its own: records made from its schema
            self.catalog[kind] = seed_from_spec(self.seed, kind)
            return self.catalog[kind]
        raise KeyError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")

    def seed_everything(self) -> None:
        """Seed the lazy kinds now: a change must find every record that embeds or belongs to what changes."""
        for kind in ACTIVITY_KINDS:
            self.records(kind)

    def append(self, kind: str, rec: Record) -> None:
        """Add a new record at the end of its list (``rec.seq`` must be the list's length)."""
        records = self.records(kind)
        cast(list[Record], records).append(rec)
        if kind in self._by_id:
            self._by_id[kind][rec.id] = rec
        if isinstance(rec, ItemRec):
            for (k, name), index in self._index.items():
                if k == kind:
                    for key in _index_keys(rec, name):
                        index.setdefault(key, []).append(rec)

    # ------------------------------------------------------------------------------------ lookups
    def find(self, kind: str, record_id: str) -> Record | None:
        by_id = self._by_id.get(kind)
        if by_id is None:
            with paused_gc():
                by_id = self._by_id[kind] = {r.id: r for r in self.records(kind)}
        return by_id.get(record_id)

    def find_app(self, record_id: str) -> AppRec | None:
        return cast(AppRec | None, self.find("applications", record_id))

    def get_record(self, kind: str, record_id: str) -> Record:
        if kind not in KINDS:
            raise KeyError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
        rec = self.find(kind, record_id)
        if rec is None:
            raise KeyError(f"no {kind} record {record_id!r} in {self.integration_id}")
        return rec

    def live(self, kind: str, record_id: str, field_name: str) -> Record:
        """The live record a request names, else the API's 404 naming the field."""
        rec = self.find(kind, record_id)
        if rec is None or rec.deleted_ms is not None:
            what = kind[:-1].replace("_", " ")
            raise SandboxError.not_found(f"{field_name}: No {what} with id {record_id!r} exists in this integration")
        return rec

    def require_ids(self, kind: str, ids: Iterable[str]) -> None:
        missing = [i for i in ids if self.find(kind, i) is None]
        if missing:
            raise SandboxError.not_found(f"ids: No {kind[:-1]} with id {missing[0]!r} exists in this integration")

    def children(self, kind: str, field_name: str, value: str) -> list[ItemRec]:
        """Records of ``kind`` whose field (or link list) ``field_name`` holds ``value`` (indexed on first use)."""
        index = self._index.get((kind, field_name))
        if index is None:
            index = {}
            with paused_gc():
                for rec in self.records(kind):
                    for key in _index_keys(cast(ItemRec, rec), field_name):
                        index.setdefault(key, []).append(cast(ItemRec, rec))
            self._index[(kind, field_name)] = index
        return index.get(value, [])

    def job_for_path(self, job_id: str) -> JobRec | None:
        if job_id.startswith("remote:"):
            return self._jobs_by_remote.get(job_id[len("remote:") :])
        return cast(JobRec | None, self.find("jobs", job_id))

    def reindex_jobs(self) -> None:
        self._jobs_by_remote = {job.remote_id: job for job in self.jobs}

    def user_for(self, user_id: str) -> ItemRec | None:
        """A user by Kombo id or ``remote:<remote id>`` (what ``sourced_by.user_id`` takes)."""
        if user_id.startswith("remote:"):
            remote = user_id[len("remote:") :]
            return next((u for u in self.users if u.remote_id == remote), None)
        return cast(ItemRec | None, self.find("users", user_id))

    def candidates_with_email(self, email: str) -> list[CandRec]:
        folded = email.casefold()
        return [c for c in self.candidates if c.deleted_ms is None and any(e.casefold() == folded for e in c.emails)]

    def counts(self, kinds: Iterable[str] = KINDS) -> dict[str, dict[str, int]]:
        """Records per kind (total and deleted); counting an activity kind seeds it."""
        return {
            kind: {
                "total": len(self.records(kind)),
                "deleted": sum(1 for r in self.records(kind) if r.deleted_ms is not None),
            }
            for kind in kinds
        }


def _index_keys(rec: ItemRec, field_name: str) -> list[Any]:
    if field_name in rec.links:
        value = rec.links[field_name]
        return list(value) if isinstance(value, list) else [value]
    return [(rec.body or {}).get(field_name)]
