"""The sandbox's state: integrations, their records, rendering, listing and the mutation API.

Use :class:`SandboxState` from Python (tests, demos) to read and change data while the sandbox runs::

    state = SandboxState(SandboxConfig(candidates=1000))
    doc = state.update("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "candidates", candidate_id, title="CTO")
    state.delete("greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p", "offers", offer_id)

Every change stamps a fresh, strictly increasing ``changed_at`` on the record and on the records that
embed it (see :meth:`IntegrationStore.update` for which), so ``updated_after`` sees exactly those.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from ..spec import api
from .cursors import Cursor, decode_cursor, encode_cursor
from .data import (
    AppRec,
    CandRec,
    JobRec,
    OfferRec,
    Record,
    application_body,
    candidate_body,
    generate,
    iso,
    offer_body,
)
from .errors import SandboxError
from .faults import Faults, decorate
from .filters import compile_filters
from .params import parse_query

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_INTEGRATIONS",
    "KINDS",
    "IntegrationStore",
    "Kind",
    "SandboxConfig",
    "SandboxState",
]

Kind = Literal["jobs", "candidates", "applications", "offers"]
KINDS: tuple[Kind, ...] = ("jobs", "candidates", "applications", "offers")
DEFAULT_API_KEY = "sandbox-api-key"
DEFAULT_INTEGRATIONS = (
    "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p",
    "workday:HWUTwvyx2wLoSUHphiWVrp28",
    "personio:Qd6v1Ljv3GqQ3XGSaDcYp8aM",
)
# What some ATSs cannot do, so the sandbox shows `ignore_unsupported_filters` and `warnings`.
_UNSUPPORTED_FILTERS = {"workday": frozenset({"name_contains", "post_url"})}
_UNSUPPORTED_QUESTION_TYPES = {
    "workday": frozenset({"MULTI_SELECT"}),
    "personio": frozenset({"MULTI_SELECT", "BOOLEAN"}),
}
_DEFAULT_UNSUPPORTED_QUESTIONS = frozenset({"MULTI_SELECT"})
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


@dataclass
class SandboxConfig:
    """Sizes, seed, credentials and faults of a sandbox."""

    seed: int | str = 42
    jobs: int = 40
    candidates: int = 300
    integrations: Sequence[str] = DEFAULT_INTEGRATIONS
    api_key: str = DEFAULT_API_KEY  # "*" accepts any non-empty bearer token
    faults: Faults = field(default_factory=Faults)
    max_scan: int = 50_000  # records one list call looks at before answering a (maybe empty) page


class Clock:
    """Wall-clock milliseconds, strictly increasing across calls."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def now_ms(self) -> int:
        with self._lock:
            self._last = max(int(time.time() * 1000), self._last + 1)
            return self._last


class IntegrationStore:
    """All records of one integration."""

    def __init__(self, integration_id: str, seed: str, config: SandboxConfig, state: SandboxState) -> None:
        self.integration_id = integration_id
        self.tool = integration_id.split(":", 1)[0].lower()
        self.seed = seed
        self.state = state
        self.unsupported_filters = _UNSUPPORTED_FILTERS.get(self.tool, frozenset())
        self.unsupported_question_types = _UNSUPPORTED_QUESTION_TYPES.get(self.tool, _DEFAULT_UNSUPPORTED_QUESTIONS)
        data = generate(seed, config.jobs, config.candidates, prefix=self.tool)
        self.jobs = data.jobs
        self.candidates = data.candidates
        self.applications = data.applications
        self.offers = data.offers
        self._by_id: dict[str, dict[str, Record]] = {kind: {} for kind in KINDS}
        for kind in KINDS:
            self._by_id[kind] = {rec.id: rec for rec in self.records(kind)}
        self._jobs_by_remote = {job.remote_id: job for job in self.jobs}

    # ------------------------------------------------------------------------------------ lookups
    def kinds(self) -> tuple[str, ...]:
        """The list resources this integration serves (keys of ``iter_pages``: ``candidates``, ...)."""
        return KINDS

    def records(self, kind: str) -> Sequence[Record]:
        if kind == "jobs":
            return self.jobs
        if kind == "candidates":
            return self.candidates
        if kind == "applications":
            return self.applications
        if kind == "offers":
            return self.offers
        raise KeyError(kind)

    def find(self, kind: str, record_id: str) -> Record | None:
        return self._by_id[kind].get(record_id)

    def get_record(self, kind: str, record_id: str) -> Record:
        if kind not in self._by_id:
            raise KeyError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
        rec = self._by_id[kind].get(record_id)
        if rec is None:
            raise KeyError(f"no {kind} record {record_id!r} in {self.integration_id}")
        return rec

    def require_ids(self, kind: str, ids: Iterable[str]) -> None:
        known = self._by_id[kind]
        missing = [i for i in ids if i not in known]
        if missing:
            raise SandboxError.not_found(f"ids: No {kind[:-1]} with id {missing[0]!r} exists in this integration")

    def job_seqs_by_ids(self, ids: Iterable[str]) -> set[int]:
        jobs = self._by_id["jobs"]
        return {jobs[i].seq for i in ids if i in jobs}

    def job_seqs_by_remote_ids(self, remote_ids: Iterable[str]) -> set[int]:
        return {self._jobs_by_remote[r].seq for r in remote_ids if r in self._jobs_by_remote}

    def job_for_path(self, job_id: str) -> JobRec | None:
        if job_id.startswith("remote:"):
            return self._jobs_by_remote.get(job_id[len("remote:") :])
        rec = self._by_id["jobs"].get(job_id)
        return cast(JobRec, rec) if rec is not None else None

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            kind: {
                "total": len(self.records(kind)),
                "deleted": sum(1 for r in self.records(kind) if r.deleted_ms is not None),
            }
            for kind in KINDS
        }

    # ------------------------------------------------------------------------------------ documents
    def doc(self, kind: str, rec: Record) -> dict[str, Any]:
        """The record as the API shows it (without fault decoration)."""
        if isinstance(rec, JobRec):
            return self._job_doc(rec)
        if isinstance(rec, CandRec):
            return self._candidate_doc(rec)
        if isinstance(rec, AppRec):
            return self._application_doc(rec)
        if isinstance(rec, OfferRec):
            return self._offer_doc(rec)
        raise TypeError(kind)  # pragma: no cover

    def render(self, kind: str, rec: Record) -> bytes:
        epoch = self.state.render_epoch
        if rec.cache is not None and rec.cache[0] == epoch:
            return rec.cache[1]
        doc = self.doc(kind, rec)
        faults = self.state.faults
        if faults.renders:
            doc = decorate(kind, doc, faults)
        raw = _JSON.encode(doc).encode()
        rec.cache = (epoch, raw)
        return raw

    @staticmethod
    def _stamps(rec: Record) -> dict[str, Any]:
        return {
            "changed_at": iso(rec.changed_ms),
            "remote_deleted_at": iso(rec.deleted_ms) if rec.deleted_ms is not None else None,
            "remote_created_at": iso(rec.created_ms),
        }

    def _job_doc(self, rec: JobRec) -> dict[str, Any]:
        body = rec.body or {}
        doc: dict[str, Any] = {
            "id": rec.id,
            "remote_id": rec.remote_id,
            "name": rec.name,
            "job_code": rec.job_code,
            "status": rec.status,
            "employment_type": rec.employment_type,
            "visibility": rec.visibility,
            "post_url": rec.post_url,
            **body,
            **self._stamps(rec),
            "stages": rec.stages,
            "screening_questions": rec.questions,
        }
        doc.update(rec.extra)
        return doc

    def _emails(self, rec: CandRec) -> list[dict[str, Any]]:
        if "email_addresses" in rec.extra:
            return cast(list[dict[str, Any]], rec.extra["email_addresses"])
        return [{"email_address": e, "type": "PRIVATE" if i == 0 else "WORK"} for i, e in enumerate(rec.emails)]

    def _candidate_body(self, rec: CandRec) -> dict[str, Any]:
        if rec.body is None:
            rec.body = candidate_body(self.seed, rec)
        return rec.body

    def _candidate_doc(self, rec: CandRec) -> dict[str, Any]:
        apps = []
        for seq in rec.apps:
            app = self.applications[seq]
            if app.deleted_ms is not None:
                continue
            adoc = self._application_doc(app, embed=False)
            apps.append(
                {
                    "id": app.id,
                    "remote_id": app.remote_id,
                    "outcome": adoc["outcome"],
                    "rejection_reason_name": adoc["rejection_reason_name"],
                    "current_stage": adoc["current_stage"],
                    "job": adoc["job"],
                }
            )
        doc: dict[str, Any] = {
            "id": rec.id,
            "remote_id": rec.remote_id,
            "first_name": rec.first_name,
            "last_name": rec.last_name,
            **self._candidate_body(rec),
            "email_addresses": self._emails(rec),
            **self._stamps(rec),
            "applications": apps,
        }
        doc.update((k, v) for k, v in rec.extra.items() if k != "email_addresses")
        return doc

    def _application_doc(self, rec: AppRec, *, embed: bool = True) -> dict[str, Any]:
        job = self.jobs[rec.job]
        if rec.body is None:
            rec.body = application_body(self.seed, rec, job)
        stage = next((s for s in job.stages if s["id"] == rec.stage_id), None)
        doc: dict[str, Any] = {
            "id": rec.id,
            "remote_id": rec.remote_id,
            "outcome": rec.outcome,
            "current_stage_id": rec.stage_id,
            "job_id": job.id,
            "candidate_id": self.candidates[rec.cand].id,
            **rec.body,
            **self._stamps(rec),
            "current_stage": dict(stage) if stage else None,
            "job": {"id": job.id, "name": job.name, "remote_id": job.remote_id},
        }
        doc.update(rec.extra)
        if embed:
            cand = self.candidates[rec.cand]
            cdoc = self._candidate_body(cand)
            doc["candidate"] = {
                "id": cand.id,
                "remote_id": cand.remote_id,
                "first_name": cand.first_name,
                "last_name": cand.last_name,
                "email_addresses": self._emails(cand),
                "tags": cand.extra.get("tags", cdoc.get("tags")),
            }
        return doc

    def _offer_doc(self, rec: OfferRec) -> dict[str, Any]:
        if rec.body is None:
            rec.body = offer_body(self.seed, rec)
        app = self.applications[rec.app]
        cand = self.candidates[app.cand]
        job = self.jobs[app.job]
        doc: dict[str, Any] = {
            "id": rec.id,
            "remote_id": rec.remote_id,
            "status": rec.status,
            "application_id": app.id,
            **rec.body,
            **self._stamps(rec),
            "application": {
                "candidate": {
                    "id": cand.id,
                    "remote_id": cand.remote_id,
                    "first_name": cand.first_name,
                    "last_name": cand.last_name,
                    "email_addresses": self._emails(cand),
                },
                "job": {"id": job.id, "name": job.name, "remote_id": job.remote_id},
            },
        }
        doc.update(rec.extra)
        return doc

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

    # ------------------------------------------------------------------------------------ mutations
    _CORE: dict[str, dict[str, str]] = {  # noqa: RUF012
        "jobs": {k: k for k in ("name", "status", "employment_type", "visibility", "job_code", "post_url")},
        "candidates": {"first_name": "first_name", "last_name": "last_name"},
        "applications": {"outcome": "outcome", "current_stage_id": "stage_id"},
        "offers": {"status": "status"},
    }
    _READ_ONLY = frozenset(
        {"id", "changed_at", "remote_deleted_at", "applications", "candidate", "application", "job", "job_id"}
        | {"candidate_id", "application_id", "current_stage"}
    )

    def _touch(self, rec: Record, now: int) -> None:
        rec.changed_ms = now
        rec.cache = None

    def _touch_many(self, recs: Iterable[Record], now: int) -> None:
        for rec in recs:
            if rec.deleted_ms is None:
                self._touch(rec, now)

    def update(self, kind: str, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a record; returns the new document.

        The record gets a fresh ``changed_at``, and so do live records that embed the changed fields:
        a candidate's name/e-mails/tags -> its applications and their offers; an application's
        outcome/stage/rejection reason -> its candidate; a job's name or stages -> its applications,
        their candidates and offers. Unknown or read-only field names raise ``ValueError``.
        """
        rec = self.get_record(kind, record_id)
        current = self.doc(kind, rec)
        bad = sorted(k for k in changes if k not in current or k in self._READ_ONLY)
        if bad:
            raise ValueError(f"cannot change {', '.join(bad)} of {kind}")
        if kind == "applications" and "current_stage_id" in changes:
            job = self.jobs[cast(AppRec, rec).job]
            if changes["current_stage_id"] not in {s["id"] for s in job.stages}:
                raise ValueError("current_stage_id is not a stage of the application's job")
        now = self.state.clock.now_ms()
        core = self._CORE[kind]
        for key, value in changes.items():
            if key in core:
                setattr(rec, core[key], value)
            elif kind == "candidates" and key == "email_addresses":
                rec.extra[key] = value
                cast(CandRec, rec).emails = [e["email_address"] for e in value or [] if e.get("email_address")]
            elif kind == "jobs" and key in ("stages", "screening_questions"):
                setattr(rec, "stages" if key == "stages" else "questions", value)
            else:
                rec.extra[key] = value
        self._touch(rec, now)
        keys = set(changes)
        if isinstance(rec, CandRec) and keys & {"first_name", "last_name", "email_addresses", "tags", "remote_id"}:
            apps = [self.applications[a] for a in rec.apps]
            self._touch_many(apps, now)
            self._touch_many((self.offers[o] for a in apps for o in a.offers), now)
        elif isinstance(rec, AppRec) and keys & {"outcome", "rejection_reason_name", "current_stage_id", "remote_id"}:
            self._touch_many([self.candidates[rec.cand]], now)
        elif isinstance(rec, JobRec) and keys & {"name", "remote_id", "stages"}:
            apps = [a for a in self.applications if a.job == rec.seq]
            self._touch_many(apps, now)
            self._touch_many({a.cand: self.candidates[a.cand] for a in apps}.values(), now)
            self._touch_many((self.offers[o] for a in apps for o in a.offers), now)
        if isinstance(rec, JobRec) and "remote_id" in changes:
            self._jobs_by_remote = {job.remote_id: job for job in self.jobs}
        return self.doc(kind, rec)

    def delete(self, kind: str, record_id: str) -> dict[str, Any]:
        """Mark a record deleted in the "remote system"; returns its document.

        Cascades the way an ATS does: deleting a candidate deletes its applications and their offers;
        deleting an application deletes its offers and re-stamps its candidate (whose embedded
        application list shrinks). Deleting a job or an offer touches nothing else.
        """
        rec = self.get_record(kind, record_id)
        if rec.deleted_ms is not None:
            return self.doc(kind, rec)
        now = self.state.clock.now_ms()
        doomed: list[Record] = [rec]
        if isinstance(rec, CandRec):
            apps = [self.applications[a] for a in rec.apps]
            doomed += apps + [self.offers[o] for a in apps for o in a.offers]
        elif isinstance(rec, AppRec):
            doomed += [self.offers[o] for o in rec.offers]
        for r in doomed:
            if r.deleted_ms is None:
                r.deleted_ms = now
                self._touch(r, now)
        if isinstance(rec, AppRec):
            self._touch_many([self.candidates[rec.cand]], now)
        return self.doc(kind, rec)

    # ------------------------------------------------------------------------------------ create
    def add_application(
        self,
        job: JobRec,
        candidate_fields: Mapping[str, Any],
        email: str,
        stage_id: str,
        existing: CandRec | None,
    ) -> tuple[CandRec, AppRec]:
        """Append a new application (and candidate unless ``existing``); both get a fresh ``changed_at``."""
        now = self.state.clock.now_ms()
        if existing is None:
            seq = len(self.candidates)
            cand = CandRec(seq, self.state.new_id(), str(50_000 + seq), now, now)
            cand.first_name = str(candidate_fields["first_name"])
            cand.last_name = str(candidate_fields["last_name"])
            cand.emails = [email, *candidate_fields.get("additional_email_addresses", [])]
            cand.body = {
                "company": candidate_fields.get("company"),
                "title": candidate_fields.get("title"),
                "confidential": False,
                "source": candidate_fields.get("source"),
                "phone_numbers": [
                    {"phone_number": p, "type": None}
                    for p in [
                        candidate_fields.get("phone_number"),
                        *candidate_fields.get("additional_phone_numbers", []),
                    ]
                    if p
                ],
                "social_media": [
                    {"link": u, "type": None, "username": None} for u in candidate_fields.get("social_links", [])
                ],
                "location": _location_from_input(candidate_fields.get("location")),
                "custom_fields": {},
                "integration_fields": [],
                "remote_updated_at": iso(now),
                "remote_data": None,
                "tags": [],
            }
            self.candidates.append(cand)
            self._by_id["candidates"][cand.id] = cand
        else:
            cand = existing
            self._touch(cand, now)
        aseq = len(self.applications)
        app = AppRec(aseq, self.state.new_id(), str(700_000 + aseq), now, now)
        app.cand, app.job, app.outcome, app.stage_id = cand.seq, job.seq, "PENDING", stage_id
        app.body = {
            "rejection_reason_name": None,
            "custom_fields": {},
            "integration_fields": [],
            "remote_updated_at": iso(now),
            "remote_data": None,
            "interviews": [],
        }
        self.applications.append(app)
        self._by_id["applications"][app.id] = app
        cand.apps.append(app.seq)
        cand.cache = None
        return cand, app

    def candidates_with_email(self, email: str) -> list[CandRec]:
        folded = email.casefold()
        return [c for c in self.candidates if c.deleted_ms is None and any(e.casefold() == folded for e in c.emails)]


def _location_from_input(loc: Any) -> dict[str, Any] | None:
    if not isinstance(loc, dict):
        return None
    parts = [loc.get("street_1"), loc.get("zip_code"), loc.get("city"), loc.get("state"), loc.get("country")]
    return {
        "city": loc.get("city"),
        "country": loc.get("country"),
        "raw": ", ".join(str(p) for p in parts if p),
        "state": loc.get("state"),
        "street_1": loc.get("street_1"),
        "street_2": None,
        "zip_code": loc.get("zip_code"),
    }


class SandboxState:
    """Everything a sandbox serves; thread-safe, shared by the app and by tests/demos."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.config.faults.validate()
        self.lock = threading.RLock()
        self.clock = Clock()
        self.render_epoch = 0
        self._fault_rng = random.Random(f"{self.config.seed}:faults")
        self._id_rng = random.Random(f"{self.config.seed}:new-ids")
        self.integrations: dict[str, IntegrationStore] = {}
        self.reset()

    # ------------------------------------------------------------------------------------ basics
    @property
    def faults(self) -> Faults:
        return self.config.faults

    def reset(self) -> None:
        """Regenerate every integration's initial data (drops all changes)."""
        with self.lock:
            self.integrations = {
                iid: IntegrationStore(iid, f"{self.config.seed}:{iid}", self.config, self)
                for iid in self.config.integrations
            }
            self.render_epoch += 1

    def set_faults(self, faults: Faults | None = None, **options: Any) -> Faults:
        """Replace the fault settings (``set_faults(error_ratio=0.2)`` or ``set_faults(Faults(...))``)."""
        new = faults if faults is not None else Faults.from_dict(options)
        new.validate()
        with self.lock:
            self.config.faults = new
            self.render_epoch += 1
        return new

    def pick_fault(self) -> Any:
        with self.lock:
            return self.faults.pick(self._fault_rng)

    def new_id(self) -> str:
        from .data import make_id

        return make_id(self._id_rng)

    def check_api_key(self, token: str) -> bool:
        if not token:
            return False
        return self.config.api_key == "*" or token == self.config.api_key

    def integration(self, integration_id: str) -> IntegrationStore:
        store = self.integrations.get(integration_id)
        if store is None:
            raise SandboxError(
                404,
                "PLATFORM.INTEGRATION_NOT_FOUND",
                f"The integration {integration_id!r} does not exist. Check the X-Integration-Id header.",
            )
        return store

    # ------------------------------------------------------------------------------------ Python API
    def _locked(self, fn: Callable[[], Any]) -> Any:
        with self.lock:
            return fn()

    def get(self, integration_id: str, kind: str, record_id: str) -> dict[str, Any]:
        """The record's current document (deleted ones too)."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.doc(kind, store.get_record(kind, record_id))))

    def ids(self, integration_id: str, kind: str, *, include_deleted: bool = False) -> list[str]:
        """Ids of the records of one kind, in listing order."""
        store = self.integrations[integration_id]
        with self.lock:
            return [r.id for r in store.records(kind) if include_deleted or r.deleted_ms is None]

    def update(self, integration_id: str, kind: str, record_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a record (see :meth:`IntegrationStore.update`)."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.update(kind, record_id, changes)))

    def delete(self, integration_id: str, kind: str, record_id: str) -> dict[str, Any]:
        """Delete a record (see :meth:`IntegrationStore.delete`)."""
        store = self.integrations[integration_id]
        return cast(dict[str, Any], self._locked(lambda: store.delete(kind, record_id)))
