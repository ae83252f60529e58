"""Records as the API shows them: documents built from stored fields, embedded records, spec completion.

The four hand-built kinds (jobs, candidates, applications, offers) have builders here because their
stored form is compact (see :mod:`.records`). Every other kind is rendered generically from the spec:
its stored fields, the timestamps its schema has, and each embedded reference (:func:`.schema.references`)
as a projection of the referenced record's document. Embedded copies are always projections of the
current documents, so what a record embeds can never disagree with the record itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..data.records import AppRec, CandRec, ItemRec, JobRec, OfferRec, Record, iso
from ..data.schema import complete, plan, props, record_schema, references
from ..data.seed_activity import fill_seeded
from ..data.seed_bodies import application_body, candidate_body, offer_body
from ..data.store import RecordStore

__all__ = ["build_doc", "document", "project"]


def project(doc: dict[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The part of ``doc`` an embedded copy shows (missing fields are filled later by completion)."""
    return {k: doc[k] for k in fields if k in doc}


def _stamps(rec: Record) -> dict[str, Any]:
    return {
        "changed_at": iso(rec.changed_ms),
        "remote_deleted_at": iso(rec.deleted_ms) if rec.deleted_ms is not None else None,
        "remote_created_at": iso(rec.created_ms),
    }


def _remote_url(store: RecordStore, kind: str, remote_id: str) -> str:
    return store.traits.remote_url(store.tool, kind, remote_id)


# ---------------------------------------------------------------------------------------------- jobs
def _job_doc(store: RecordStore, rec: JobRec) -> dict[str, Any]:
    body = rec.body or {}
    member_fields = [f for f in props("Job", "hiring_team") if f not in ("hiring_team_roles", "job_roles")]
    role_fields = props("Job", "hiring_team", "job_roles")
    team = []
    for seq, roles in rec.team:
        member = project(build_doc(store, "users", store.users[seq]), member_fields)
        member["hiring_team_roles"] = list(roles)
        member["job_roles"] = [project(build_doc(store, "roles", r), role_fields) for r in store.job_roles(roles)]
        team.append(member)
    doc: dict[str, Any] = {
        "id": rec.id,
        "remote_id": rec.remote_id,
        "name": rec.name,
        "job_code": rec.job_code,
        "status": rec.status,
        "employment_type": rec.employment_type,
        "visibility": rec.visibility,
        "post_url": rec.post_url,
        "remote_url": _remote_url(store, "jobs", rec.remote_id),
        **body,
        "contact_id": team[0]["id"] if team else None,
        **_stamps(rec),
        "stages": rec.stages,
        "screening_questions": rec.questions,
        "hiring_team": team,
    }
    doc.update(rec.extra)
    return doc


# ---------------------------------------------------------------------------------------------- candidates
def emails(rec: CandRec) -> list[dict[str, Any]]:
    if "email_addresses" in rec.extra:
        return list(rec.extra["email_addresses"])
    return [{"email_address": e, "type": "PRIVATE" if i == 0 else "WORK"} for i, e in enumerate(rec.emails)]


def candidate_fields(store: RecordStore, rec: CandRec) -> dict[str, Any]:
    """A candidate's own document without its embedded applications (what others embed of it)."""
    if rec.body is None:
        rec.body = candidate_body(store.seed, rec)
    tags = [store.tags[t] for t in rec.tags or ()]
    tag_fields = props("Candidate", "tags")
    doc: dict[str, Any] = {
        "id": rec.id,
        "remote_id": rec.remote_id,
        "first_name": rec.first_name,
        "last_name": rec.last_name,
        "remote_url": _remote_url(store, "candidates", rec.remote_id),
        **rec.body,
        "email_addresses": emails(rec),
        **_stamps(rec),
        "tags": [project(build_doc(store, "tags", t), tag_fields) for t in tags if t.deleted_ms is None],
    }
    doc.update((k, v) for k, v in rec.extra.items() if k != "email_addresses")
    return doc


def _candidate_doc(store: RecordStore, rec: CandRec) -> dict[str, Any]:
    doc = candidate_fields(store, rec)
    fields = props("Candidate", "applications")
    doc["applications"] = [
        project(_application_doc(store, store.applications[a], embed=False), fields)
        for a in rec.apps
        if store.applications[a].deleted_ms is None
    ]
    return doc


# ---------------------------------------------------------------------------------------------- applications
def _application_doc(store: RecordStore, rec: AppRec, *, embed: bool = True) -> dict[str, Any]:
    job = store.jobs[rec.job]
    if rec.body is None:
        rec.body = application_body(store.seed, rec, job)
    stage = next((s for s in job.stages if s["id"] == rec.stage_id), None)
    doc: dict[str, Any] = {
        "id": rec.id,
        "remote_id": rec.remote_id,
        "outcome": rec.outcome,
        "current_stage_id": rec.stage_id,
        "job_id": job.id,
        "candidate_id": store.candidates[rec.cand].id,
        "remote_url": _remote_url(store, "applications", rec.remote_id),
        **rec.body,
        **_stamps(rec),
        "current_stage": dict(stage) if stage else None,
        "job": {"id": job.id, "name": job.name, "remote_id": job.remote_id},
    }
    doc.update(rec.extra)
    if embed:
        cand = store.candidates[rec.cand]
        doc["candidate"] = project(candidate_fields(store, cand), props("Application", "candidate"))
        # Every offer, deleted ones too (their own records say so): deleting an offer changes the offer only.
        offer_fields = props("Application", "offers")
        doc["offers"] = [project(_offer_fields(store, store.offers[o]), offer_fields) for o in rec.offers]
        doc["interviews"] = [
            item_doc(store, "interviews", iv, skip=("application",))
            for iv in store.children("interviews", "application_id", rec.id)
            if iv.deleted_ms is None
        ]
    return doc


# ---------------------------------------------------------------------------------------------- offers
def _offer_fields(store: RecordStore, rec: OfferRec) -> dict[str, Any]:
    if rec.body is None:
        rec.body = offer_body(store.seed, rec)
    doc: dict[str, Any] = {
        "id": rec.id,
        "remote_id": rec.remote_id,
        "status": rec.status,
        "application_id": store.applications[rec.app].id,
        **rec.body,
        **_stamps(rec),
    }
    doc.update(rec.extra)
    return doc


def _offer_doc(store: RecordStore, rec: OfferRec) -> dict[str, Any]:
    doc = _offer_fields(store, rec)
    app = store.applications[rec.app]
    job = store.jobs[app.job]
    candidate = project(candidate_fields(store, store.candidates[app.cand]), props("Offer", "application", "candidate"))
    doc["application"] = {"candidate": candidate, "job": {"id": job.id, "name": job.name, "remote_id": job.remote_id}}
    doc.update((k, v) for k, v in rec.extra.items() if k == "application")
    return doc


# ---------------------------------------------------------------------------------------------- everything else
def item_doc(store: RecordStore, kind: str, rec: ItemRec, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """A generic record: id, its stored fields, the stamps its schema has, its embedded references."""
    if "_seed" in rec.links:
        fill_seeded(store, kind, rec)
    schema = record_schema(kind)
    fields = props(schema)
    doc: dict[str, Any] = {"id": rec.id}
    if "remote_id" in fields:
        doc["remote_id"] = rec.remote_id
    body = rec.body or {}
    doc.update(body)
    for key, value in _stamps(rec).items():
        if key in fields and key not in body:
            doc[key] = value
    for ref in references(schema):
        if ref.name in skip:
            continue
        if ref.name in rec.links:
            target = rec.links[ref.name]
        elif f"{ref.name}_id" in body:
            target = body[f"{ref.name}_id"]
        else:
            continue
        if ref.many:
            found = (store.find(ref.kind, t) for t in target or ())
            doc[ref.name] = [project(build_doc(store, ref.kind, r), ref.fields) for r in found if r is not None]
        else:
            found_one = store.find(ref.kind, target) if isinstance(target, str) else None
            found_doc = build_doc(store, ref.kind, found_one) if found_one is not None else None
            doc[ref.name] = project(found_doc, ref.fields) if found_doc is not None else None
    return doc


def build_doc(store: RecordStore, kind: str, rec: Record) -> dict[str, Any]:
    """The record as the API shows it, before completion and fault decoration."""
    if isinstance(rec, ItemRec):
        return item_doc(store, kind, rec)
    if isinstance(rec, JobRec):
        return _job_doc(store, rec)
    if isinstance(rec, CandRec):
        return _candidate_doc(store, rec)
    if isinstance(rec, AppRec):
        return _application_doc(store, rec)
    if isinstance(rec, OfferRec):
        return _offer_doc(store, rec)
    raise TypeError(kind)  # pragma: no cover


def document(store: RecordStore, kind: str, rec: Record) -> dict[str, Any]:
    """The complete document: every property of the record schema, nullable nested ones too."""
    return complete(build_doc(store, kind, rec), plan(record_schema(kind)))
