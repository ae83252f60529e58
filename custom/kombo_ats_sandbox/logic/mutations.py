"""Changing the data: field updates, deletions and new records, with ``changed_at`` kept honest.

The rule: a change stamps a fresh, strictly increasing ``changed_at`` on the record it is about and on
every live record whose *document* changed because of it (a record embedding the changed one: an
application embeds its candidate's name and tags, a candidate its applications' stages, an interview its
interviewers, ...). So ``updated_after`` finds exactly the records a client must fetch again.

:class:`Change` finds the records that could be affected (the transitive closure of :func:`dependents`),
remembers their documents, and after the change re-stamps those whose documents differ.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, cast

from kombo_ats.spec import api

from ..data.records import AppRec, CandRec, ItemRec, JobRec, OfferRec, Record
from ..data.safe_json import SURROGATE
from ..data.schema import props, record_schema, references
from ..data.seed_activity import ACTIVITY_KINDS
from ..data.store import RecordStore
from .render import build_doc, document
from .validate import BodyError, check_value

__all__ = ["Change", "delete", "dependents", "new_item", "tag_for_name", "update"]

_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, sort_keys=True, default=str)
_CORE_FIELDS: dict[str, dict[str, str]] = {
    "jobs": {k: k for k in ("name", "status", "employment_type", "visibility", "job_code", "post_url")},
    "candidates": {"first_name": "first_name", "last_name": "last_name"},
    "applications": {"outcome": "outcome", "current_stage_id": "stage_id"},
    "offers": {"status": "status"},
}
_READ_ONLY = frozenset(
    {"id", "changed_at", "remote_deleted_at", "remote_url", "applications", "candidate", "application", "job"}
    | {"job_id", "candidate_id", "application_id", "interview_id", "author_id", "current_stage", "offers"}
    | {"interviews", "hiring_team", "contact_id"}
)
_OWNING_FIELDS = {"candidates": "candidate_id", "applications": "application_id", "interviews": "interview_id"}
"""Deleting a record of the key's kind deletes the activity records whose field names it."""


def dependents(store: RecordStore, kind: str, rec: Record) -> Iterator[tuple[str, Record]]:
    """Records that embed ``rec`` directly (the closure of this relation is what a change can affect)."""
    if isinstance(rec, CandRec):
        apps = [store.applications[a] for a in rec.apps]
        yield from (("applications", a) for a in apps)
        yield from (("offers", store.offers[o]) for a in apps for o in a.offers)
    elif isinstance(rec, AppRec):
        yield "candidates", store.candidates[rec.cand]
        yield from (("interviews", iv) for iv in store.children("interviews", "application_id", rec.id))
    elif isinstance(rec, JobRec):
        apps = [a for a in store.applications if a.job == rec.seq]
        yield from (("applications", a) for a in apps)
        yield from (("offers", store.offers[o]) for a in apps for o in a.offers)
    elif isinstance(rec, OfferRec):
        yield "applications", store.applications[rec.app]
    elif kind == "users":
        yield from (("interviews", r) for r in store.children("interviews", "users", rec.id))
        yield from (("notes", r) for r in store.children("notes", "author_id", rec.id))
        yield from (("scorecards", r) for r in store.children("scorecards", "author_id", rec.id))
        yield from (("jobs", j) for j in store.jobs if any(seq == rec.seq for seq, _ in j.team))
    elif kind == "roles":
        yield from (("users", u) for u in store.users if rec.id in u.links.get("system_roles", ()))
        yield from (("jobs", j) for j in store.jobs)
    elif kind == "tags":
        for cand in store.candidates:
            if cand.tags is None:
                build_doc(store, "candidates", cand)  # generates the lazy body, which picks the seed tags
            if rec.seq in (cand.tags or ()):
                yield "candidates", cand
    elif kind == "interviews":
        app = store.find_app(str((cast(ItemRec, rec).body or {}).get("application_id")))
        if app is not None:
            yield "applications", app
    elif kind == "integration_fields":
        yield from (("custom_fields", r) for r in store.children("custom_fields", "integration_field", rec.id))


class Change:
    """One change of the data: what may be affected, and who gets a fresh ``changed_at`` afterwards."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self.now = store.shared.clock.now_ms()
        self._before: dict[int, tuple[str, Record, str]] = {}
        self._stamped: dict[int, tuple[str, Record]] = {}

    def watch(self, kind: str, rec: Record) -> None:
        """Remember ``rec`` and everything that embeds it, transitively, as they are now."""
        queue = [(kind, rec)]
        while queue:
            k, r = queue.pop()
            if id(r) in self._before:
                continue
            self._before[id(r)] = (k, r, _JSON.encode(build_doc(self.store, k, r)))
            queue.extend(dependents(self.store, k, r))

    def stamp(self, kind: str, rec: Record) -> None:
        """``rec`` changed (or is new, or was just deleted): it gets the fresh ``changed_at`` in any case."""
        rec.changed_ms = self.now
        rec.cache = None
        self._stamped[id(rec)] = (kind, rec)

    def commit(self) -> None:
        """Re-stamp every watched live record whose document differs now (repeating until nothing moves).

        Then the sandbox's change observers (``Shared.notify``) learn the kinds of every record stamped.
        """
        pending = {key: entry for key, entry in self._before.items() if key not in self._stamped}
        moved = True
        while moved:
            moved = False
            for key, (kind, rec, before) in list(pending.items()):
                if _JSON.encode(build_doc(self.store, kind, rec)) == before:
                    continue
                del pending[key]
                moved = True
                if rec.deleted_ms is None:
                    self.stamp(kind, rec)
                else:
                    rec.cache = None  # shows the change, keeps the stamp of its deletion
        self.store.shared.notify(self.store.integration_id, (kind for kind, _ in self._stamped.values()))


def tag_for_name(store: RecordStore, change: Change, name: str) -> ItemRec:
    """The live tag with this name (case-insensitive), created as ATSs do when there is none."""
    folded = name.strip().casefold()
    for tag in store.tags:
        if tag.deleted_ms is None and str((tag.body or {}).get("name", "")).casefold() == folded:
            return tag
    tag = new_item(store, change, "tags", {"name": name.strip()}, remote_id=str(len(store.tags)))
    return tag


def new_item(
    store: RecordStore,
    change: Change,
    kind: str,
    body: dict[str, Any],
    *,
    remote_id: str | None = None,
    links: Mapping[str, Any] | None = None,
) -> ItemRec:
    """Append a new record of a generic kind, stamped with the change's time."""
    seq = len(store.records(kind))
    rec = ItemRec(seq, store.shared.new_id(), remote_id or f"sbx-{kind[:3]}-{seq}", change.now, change.now, body=body)
    rec.links.update(links or {})
    store.append(kind, rec)
    change.stamp(kind, rec)
    return rec


_LINKED_BY_ID = {("jobs", "stages"): "name", ("jobs", "screening_questions"): "title"}
"""Lists of a record other records point into by ``id``: each item needs a text ``id`` and this label."""


def _check_tags(value: Any) -> None:
    names = value if isinstance(value, list) else None
    if names is None or not all(
        isinstance(t, str) or (isinstance(t, dict) and isinstance(t.get("name"), str)) for t in names
    ):
        raise ValueError('tags: Expected a list of tag names (or of {"name": ...} objects)')
    for i, t in enumerate(names):
        if SURROGATE.search(t if isinstance(t, str) else t["name"]):
            raise ValueError(f"tags[{i}]: Invalid text: contains a lone UTF-16 surrogate, which is not valid Unicode")


def _check_value(kind: str, key: str, value: Any) -> None:
    """The value must be one the spec allows for that property (checked strictly: no unknown keys)."""
    if kind == "candidates" and key == "tags":  # names, as the tag writes take them
        _check_tags(value)
        return
    schema = api().component(record_schema(kind))["properties"][key]
    try:
        check_value(schema, value, key)
    except BodyError as exc:
        raise ValueError(str(exc)) from None
    label = _LINKED_BY_ID.get((kind, key))
    for i, item in enumerate(value if label is not None and isinstance(value, list) else ()):
        if not isinstance(item.get("id"), str) or not isinstance(item.get(label), str):
            raise ValueError(f"{key}[{i}]: Needs a text id and {label} (other records refer to it by id)")


def _check_changes(store: RecordStore, kind: str, rec: Record, changes: Mapping[str, Any]) -> None:
    """Only the record schema's own, writable properties, with values the spec allows (``ValueError`` otherwise)."""
    fields = props(record_schema(kind))
    refs = {r.name for r in references(record_schema(kind))}
    unknown = sorted(k for k in changes if k not in fields)
    if unknown:
        raise ValueError(f"{unknown[0]}: Unknown field: {kind} records have no such property in the spec")
    bad = sorted(k for k in changes if k in _READ_ONLY or k in refs)
    if bad:
        raise ValueError(
            f"{bad[0]}: cannot change {', '.join(bad)} of {kind} (read-only: ids, stamps, embedded records)"
        )
    for key, value in changes.items():
        _check_value(kind, key, value)
    if isinstance(rec, AppRec) and "current_stage_id" in changes:
        job = store.jobs[rec.job]
        if changes["current_stage_id"] not in {s["id"] for s in job.stages}:
            raise ValueError("current_stage_id is not a stage of the application's job")


def _apply(store: RecordStore, change: Change, kind: str, rec: Record, key: str, value: Any) -> None:
    core = _CORE_FIELDS.get(kind, {})
    if isinstance(rec, ItemRec):
        rec.body = {**(rec.body or {}), key: value}
    elif key in core:
        setattr(rec, core[key], value)
    elif isinstance(rec, CandRec) and key == "email_addresses":
        rec.extra[key] = value
        rec.emails = [e["email_address"] for e in value or [] if e.get("email_address")]
    elif isinstance(rec, CandRec) and key == "tags":
        names = [str(t.get("name", "")) if isinstance(t, dict) else str(t) for t in value or []]
        rec.tags = list(dict.fromkeys(tag_for_name(store, change, n).seq for n in names if n.strip()))
    elif isinstance(rec, JobRec) and key in ("stages", "screening_questions"):
        setattr(rec, "stages" if key == "stages" else "questions", value or [])
    else:
        rec.extra[key] = value


def update(store: RecordStore, kind: str, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of a record; returns its new document.

    The record gets a fresh ``changed_at``, and so does every live record whose document changes with it
    (see the module docstring). Unknown or read-only field names raise ``ValueError``, unknown ids
    ``KeyError``. A candidate's ``tags`` take names (or ``{"name": ...}``); new names create tags.
    """
    store.seed_everything()  # any field may change: seed what could be derived from it first
    rec = store.get_record(kind, record_id)
    _check_changes(store, kind, rec, changes)
    change = Change(store)
    change.watch(kind, rec)
    for key, value in changes.items():
        _apply(store, change, kind, rec, key, value)
    change.stamp(kind, rec)
    change.commit()
    if isinstance(rec, JobRec) and "remote_id" in changes:
        store.reindex_jobs()
    return document(store, kind, rec)


def owned(store: RecordStore, kind: str, rec: Record) -> Iterator[tuple[str, Record]]:
    """What goes when ``rec`` goes: a candidate's applications, an application's offers and activity, ..."""
    if isinstance(rec, CandRec):
        yield from (("applications", store.applications[a]) for a in rec.apps)
    elif isinstance(rec, AppRec):
        yield from (("offers", store.offers[o]) for o in rec.offers)
    field_name = _OWNING_FIELDS.get(kind)
    if field_name is not None:
        for child_kind in ACTIVITY_KINDS:
            if field_name in props(record_schema(child_kind)):
                yield from ((child_kind, r) for r in store.children(child_kind, field_name, rec.id))


def delete(store: RecordStore, kind: str, record_id: str) -> dict[str, Any]:
    """Mark a record deleted in the "remote system"; returns its document.

    Cascades the way an ATS does: a candidate takes its applications, notes, scorecards and attachments
    with it; an application its offers, interviews, notes, scorecards and attachments; an interview its
    scorecards. Records embedding what was deleted are re-stamped where their documents change (a
    candidate's list of applications shrinks; a deleted tag leaves its candidates).
    """
    store.seed_everything()
    rec = store.get_record(kind, record_id)
    if rec.deleted_ms is not None:
        return document(store, kind, rec)
    change = Change(store)
    doomed: list[tuple[str, Record]] = []
    queue = [(kind, rec)]
    seen: set[int] = set()
    while queue:
        k, r = queue.pop()
        if id(r) in seen:
            continue
        seen.add(id(r))
        doomed.append((k, r))
        queue.extend(owned(store, k, r))
    for k, r in doomed:
        change.watch(k, r)
    for k, r in doomed:
        if r.deleted_ms is None:
            r.deleted_ms = change.now
            change.stamp(k, r)
    change.commit()
    return document(store, kind, rec)
