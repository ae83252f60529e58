"""One integration's records: the kinds it serves, lookups, rendering and the generic list engine.

Every paginated list of the spec is one *kind* of record (``candidates``, ``users``, ``custom_fields``,
...), served by :meth:`IntegrationStore.list_page` with the same cursor, filter, ``updated_after`` and
``include_deleted`` semantics. Changes go through :mod:`.mutations`; the shared state of all
integrations is :class:`.state.SandboxState`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from kombo_ats.spec import api

from .config import SandboxConfig, tool_traits
from .cursors import Cursor, decode_cursor, encode_cursor
from .data import generate
from .errors import SandboxError
from .faults import decorate
from .filters import compile_filters
from .params import parse_query
from .records import ANCHOR_MS, AppRec, CandRec, ItemRec, JobRec, Record, paused_gc
from .render import build_doc, document
from .seed_activity import ACTIVITY_KINDS, seed_activity
from .seed_catalog import seed_catalog
from .seed_generic import seed_from_spec

if TYPE_CHECKING:
    from .state import SandboxState

__all__ = ["KINDS", "IntegrationInfo", "IntegrationStore"]

KINDS: tuple[str, ...] = tuple(sorted(api().lists))
"""Every kind of record a sandbox integration serves: one per paginated list of the spec."""
_CORE = ("jobs", "candidates", "applications", "offers")
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


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


class IntegrationStore:
    """All records of one integration."""

    def __init__(self, integration_id: str, seed: str, config: SandboxConfig, state: SandboxState) -> None:
        self.integration_id = integration_id
        self.tool = integration_id.split(":", 1)[0].lower()
        self.traits = tool_traits(self.tool)
        self.unsupported_filters = self.traits.unsupported_filters
        self.unsupported_question_types = self.traits.unsupported_question_types
        self.seed = seed
        self.state = state
        self.info = IntegrationInfo()
        self._catalog = seed_catalog(seed, self.tool)
        self.users = self._catalog["users"]
        self.tags = self._catalog["tags"]
        data = generate(seed, config.jobs, config.candidates, self.tool, self.recruiter_seqs(), self.staff_seqs())
        self.jobs = data.jobs
        self.candidates = data.candidates
        self.applications = data.applications
        self.offers = data.offers
        self.seed_sizes = {kind: len(self._lists(kind)) for kind in _CORE}
        self._activity: dict[str, list[ItemRec]] = {}
        self._by_id: dict[str, dict[str, Record]] = {}
        self._index: dict[tuple[str, str], dict[Any, list[ItemRec]]] = {}
        self._jobs_by_remote = {job.remote_id: job for job in self.jobs}

    # ------------------------------------------------------------------------------------ kinds
    def kinds(self) -> tuple[str, ...]:
        """The list resources this integration serves (keys of ``iter_pages``: ``candidates``, ...)."""
        return KINDS

    def _lists(self, kind: str) -> Sequence[Record]:
        if kind in _CORE:
            return cast(Sequence[Record], getattr(self, kind))
        return self._catalog[kind]

    def records(self, kind: str) -> Sequence[Record]:
        """Every record of ``kind`` in listing order (activity kinds are seeded on first use)."""
        if kind in ACTIVITY_KINDS:
            found = self._activity.get(kind)
            if found is None:
                found = self._activity[kind] = seed_activity(self, kind)
            return found
        if kind in _CORE or kind in self._catalog:
            return self._lists(kind)
        if kind in KINDS:  # a list of the spec without seed data of its own: records made from its schema
            self._catalog[kind] = seed_from_spec(self.seed, kind)
            return self._catalog[kind]
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

    def job_seqs_by_ids(self, ids: Iterable[str]) -> set[int]:
        return {cast(JobRec, r).seq for i in ids if (r := self.find("jobs", i)) is not None}

    def job_seqs_by_remote_ids(self, remote_ids: Iterable[str]) -> set[int]:
        return {self._jobs_by_remote[r].seq for r in remote_ids if r in self._jobs_by_remote}

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

    def recruiter_seqs(self) -> list[int]:
        roles = {r.id for r in self._catalog["roles"] if r.body and r.body["unified_type"] == "RECRUITER"}
        return [u.seq for u in self.users if roles & set(u.links.get("system_roles", ()))]

    def staff_seqs(self) -> list[int]:
        """Seqs of the active users (hiring teams and interview panels are made of them)."""
        return [u.seq for u in self.users if u.body and u.body["status"] == "ACTIVE"]

    def job_roles(self, roles: Iterable[str]) -> list[ItemRec]:
        wanted = set(roles)
        job_roles = [r for r in self._catalog["roles"] if r.body and r.body["scope"] == "JOB"]
        return [r for r in job_roles if r.body and r.body["unified_type"] in wanted]

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

    # ------------------------------------------------------------------------------------ documents
    def doc(self, kind: str, rec: Record) -> dict[str, Any]:
        """The record as built from its fields (what filters and change detection look at)."""
        return build_doc(self, kind, rec)

    def document(self, kind: str, rec: Record) -> dict[str, Any]:
        """The record as the API shows it: complete per the spec, without fault decoration."""
        return document(self, kind, rec)

    def render(self, kind: str, rec: Record) -> bytes:
        epoch = self.state.render_epoch
        if rec.cache is not None and rec.cache[0] == epoch:
            return rec.cache[1]
        doc = self.document(kind, rec)
        faults = self.state.faults
        if faults.renders:
            doc = decorate(kind, doc, faults)
        raw = _JSON.encode(doc).encode()
        rec.cache = (epoch, raw)
        return raw

    # ------------------------------------------------------------------------------------ listing
    def list_page(self, kind: str, query: Mapping[str, Sequence[str]]) -> bytes:
        """One page of the list operation of ``kind``, as the JSON body of the 200 answer (``query`` as received)."""
        op = api().lists[kind]
        values = parse_query(op, query)
        page_size = int(values.get("page_size", 100))
        filters = {k: v[0] for k, v in sorted(query.items()) if k not in ("cursor", "page_size") and v}
        start = 0
        cursor_raw = values.get("cursor")
        if cursor_raw is not None:
            cursor = decode_cursor(cursor_raw, integration_id=self.integration_id, kind=kind)
            if filters and filters != cursor.filters:
                raise SandboxError.input_invalid("cursor: The filters differ from those of the query the cursor is for")
            filters, start = cursor.filters, cursor.position
            values = {**parse_query(op, {name: [raw] for name, raw in filters.items()}), "page_size": page_size}
        predicate = compile_filters(op, values, self, kind)
        records = self.records(kind)
        end = len(records)
        limit = min(end, start + max(1, self.state.config.max_scan))
        parts: list[bytes] = []
        i = start
        while i < limit and len(parts) < page_size:
            rec = records[i]
            i += 1
            if predicate(rec):
                parts.append(self.render(kind, rec))
        nxt = "null"
        if i < end:
            nxt = '"' + encode_cursor(Cursor(self.integration_id, kind, i, dict(filters))) + '"'
        return b"".join(
            (b'{"status":"success","data":{"next":', nxt.encode(), b',"results":[', b",".join(parts), b"]}}")
        )

    # ------------------------------------------------------------------------------------ changes
    def update(self, kind: str, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a record (see :func:`.mutations.update`)."""
        from .mutations import update

        return update(self, kind, record_id, changes)

    def delete(self, kind: str, record_id: str) -> dict[str, Any]:
        """Delete a record in the "remote system" (see :func:`.mutations.delete`)."""
        from .mutations import delete

        return delete(self, kind, record_id)


def _index_keys(rec: ItemRec, field_name: str) -> list[Any]:
    if field_name in rec.links:
        value = rec.links[field_name]
        return list(value) if isinstance(value, list) else [value]
    return [(rec.body or {}).get(field_name)]
