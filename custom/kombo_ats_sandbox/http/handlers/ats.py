"""The ATS operations that are not paginated lists: writes on applications and candidates, file reads.

Each write changes the state the way an ATS would, through :mod:`.mutations` so that the record and
every record embedding it get a fresh ``changed_at``: a stage move changes the application's stage (and
the copies in its candidate), a rejection its outcome, reason and ``rejected_at``, a tag shows on the
candidate (and in ``/ats/tags`` when new); notes, result links and attachments become records of
``/ats/notes`` and ``/ats/attachments``. Unknown or deleted ids answer 404 naming the field.
"""

from __future__ import annotations

import html
from typing import Any, cast

from kombo_ats.spec import api

from ...data.errors import SandboxError
from ...data.records import AppRec, CandRec, ItemRec, iso
from ...logic import create
from ...logic.files import content_key, data_url
from ...logic.integration import IntegrationStore
from ...logic.mutations import Change, new_item, tag_for_name
from ..calls import Call, ok

__all__ = [
    "add_application_attachment",
    "add_application_note",
    "add_application_result_link",
    "add_candidate_attachment",
    "add_candidate_result_link",
    "add_candidate_tag",
    "create_application",
    "create_candidate",
    "get_application_attachments",
    "get_candidate_attachments",
    "import_tracked_application",
    "move_application_to_stage",
    "reject_application",
    "remove_candidate_tag",
]


def _application(call: Call) -> AppRec:
    return cast(AppRec, call.integration().live("applications", call.path["application_id"], "application_id"))


def _candidate(call: Call) -> CandRec:
    return cast(CandRec, call.integration().live("candidates", call.path["candidate_id"], "candidate_id"))


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() or [""])


def _note(store: IntegrationStore, change: Change, cand: CandRec, app: AppRec | None, title: Any, body: str) -> None:
    new_item(
        store,
        change,
        "notes",
        {
            "candidate_id": cand.id,
            "application_id": app.id if app is not None else None,
            "author_id": None,  # written through the API: no ATS user is the author
            "title": title,
            "content_html": body,
            "is_private": False,
            "remote_updated_at": iso(change.now),
        },
    )


# ---------------------------------------------------------------------------------------------- creates
def create_application(call: Call) -> tuple[int, Any]:
    """A new application (and candidate, or the existing one with that e-mail) on the job: see "Create application"
    above.
    """
    doc, warnings = create.create_application(call.integration(), call.path["job_id"], call.body)
    return ok(call, doc, warnings + call.remote_field_warnings())


def create_candidate(call: Call) -> tuple[int, Any]:
    """A new candidate with an application to ``application.job_id``: see "Create application" above."""
    doc, warnings = create.create_candidate(call.integration(), call.body)
    return ok(call, doc, warnings + call.remote_field_warnings())


# ---------------------------------------------------------------------------------------------- applications
def move_application_to_stage(call: Call) -> tuple[int, Any]:
    """The application's ``current_stage_id``/``current_stage`` (a stage of its job, else 400), and its copy in the
    candidate.
    """
    store = call.integration()
    app = _application(call)
    stage_id = call.body["stage_id"]
    if stage_id not in {s["id"] for s in store.jobs[app.job].stages}:
        raise SandboxError.input_invalid(f"stage_id: No stage {stage_id!r} on the application's job")
    change = Change(store)
    change.watch("applications", app)
    app.stage_id = stage_id
    change.stamp("applications", app)
    change.commit()
    return ok(call, {}, call.remote_field_warnings())


def reject_application(call: Call) -> tuple[int, Any]:
    """``outcome`` ``DECLINED``, ``rejection_reason_name`` of a reason of ``/ats/rejection-reasons`` (else 404),
    ``rejected_at``; the ``note`` becomes a note.
    """
    store = call.integration()
    app = _application(call)
    reason = cast(ItemRec, store.live("rejection_reasons", call.body["rejection_reason_id"], "rejection_reason_id"))
    change = Change(store)
    change.watch("applications", app)
    app.outcome = "DECLINED"
    app.extra["rejection_reason_name"] = (reason.body or {}).get("name")
    app.extra["rejected_at"] = iso(change.now)
    change.stamp("applications", app)
    if call.body.get("note"):
        _note(store, change, store.candidates[app.cand], app, "Rejection note", _paragraphs(call.body["note"]))
    change.commit()
    return ok(call, {}, call.remote_field_warnings())


def add_application_note(call: Call) -> tuple[int, Any]:
    """A note in ``/ats/notes`` (HTML-escaped, no author)."""
    store = call.integration()
    app = _application(call)
    change = Change(store)
    _note(store, change, store.candidates[app.cand], app, None, _paragraphs(call.body["content"]))
    change.commit()
    return ok(call, {}, call.remote_field_warnings())


def _result_link(store: IntegrationStore, call: Call, kind: str, rec: CandRec | AppRec) -> None:
    """A result link becomes a note with the link and, with ``details``, custom fields (``Acme: Score``)."""
    body = call.body
    link = f'<p><a href="{html.escape(body["url"])}">{html.escape(body["label"])}</a></p>'
    details = body.get("details") or {}
    attributes = details.get("attributes", [])
    items = "".join(f"<li>{html.escape(a['key'])}: {html.escape(a['value'])}</li>" for a in attributes)
    change = Change(store)
    change.watch(kind, rec)
    cand = rec if isinstance(rec, CandRec) else store.candidates[rec.cand]
    app = rec if isinstance(rec, AppRec) else None
    _note(store, change, cand, app, body["label"], link + (f"<ul>{items}</ul>" if items else ""))
    if attributes:
        current = store.doc(kind, rec).get("custom_fields") or {}
        prefix = details["custom_field_name_prefix"]
        rec.extra["custom_fields"] = {**current, **{f"{prefix} {a['key']}".strip(): a["value"] for a in attributes}}
    change.commit()


def add_application_result_link(call: Call) -> tuple[int, Any]:
    """A note with the link; ``details`` also become custom fields (``Acme: Score``)."""
    _result_link(call.integration(), call, "applications", _application(call))
    return ok(call, {}, call.remote_field_warnings())


def _fetched(store: IntegrationStore, rec: ItemRec, *, owners: bool) -> dict[str, Any]:
    """An attachment as the live file endpoints answer it, with a short-lived download URL."""
    body = rec.body or {}
    doc = {
        "id": rec.id,
        "remote_id": rec.remote_id,
        "candidate_id": body.get("candidate_id") if owners else None,
        "application_id": body.get("application_id") if owners else None,
        "type": body.get("type"),
        "file_name": body.get("file_name"),
        "content_type": rec.links.get("_content_type"),
        "data_url": data_url(store.tool, rec.id, str(body.get("file_name"))),
        "remote_created_at": iso(rec.created_ms),
        "remote_updated_at": body.get("remote_updated_at"),
    }
    return {k: v for k, v in doc.items() if k in _FETCHED_FIELDS}


_FETCHED_FIELDS = frozenset(api().component("FetchedAttachment").get("properties", {}))


def _attachments_of(store: IntegrationStore, field: str, owner_id: str) -> list[ItemRec]:
    return [a for a in store.children("attachments", field, owner_id) if a.deleted_ms is None]


def get_application_attachments(call: Call) -> tuple[int, Any]:
    """The application's files and its candidate's own, each with a short-lived ``data_url``."""
    store = call.integration()
    app = _application(call)
    cand = store.candidates[app.cand]
    on_candidate = [a for a in _attachments_of(store, "candidate_id", cand.id) if not (a.body or {})["application_id"]]
    files = _attachments_of(store, "application_id", app.id) + on_candidate
    return ok(call, {"results": [_fetched(store, a, owners=False) for a in files]})


def _add_attachment(store: IntegrationStore, cand: CandRec, app: AppRec | None, attachment: dict[str, Any]) -> None:
    change = Change(store)
    rec = new_item(
        store,
        change,
        "attachments",
        {
            "candidate_id": cand.id,
            "application_id": app.id if app is not None else None,
            "type": attachment["type"],
            "file_name": attachment["name"],
            "remote_updated_at": iso(change.now),
            "content_ref": None,
        },
        links={"_content_type": attachment.get("content_type") or "application/octet-stream"},
    )
    key = content_key(store.tool, rec.id, attachment["name"])
    rec.body = {**(rec.body or {}), "content_ref": {"type": "s3", "bucket": "kombo-sandbox-files", "key": key}}
    change.commit()


def add_application_attachment(call: Call) -> tuple[int, Any]:
    """A record in ``/ats/attachments``; ``getApplicationAttachments`` lists it with a ``data_url`` (a safe file
    name)."""
    store = call.integration()
    app = _application(call)
    _add_attachment(store, store.candidates[app.cand], app, call.body["attachment"])
    return ok(call, {}, call.remote_field_warnings())


# ---------------------------------------------------------------------------------------------- candidates
def get_candidate_attachments(call: Call) -> tuple[int, Any]:
    """The candidate's files (its applications' too), each with a short-lived ``data_url``."""
    store = call.integration()
    cand = _candidate(call)
    files = _attachments_of(store, "candidate_id", cand.id)
    return ok(call, {"results": [_fetched(store, a, owners=True) for a in files]})


def add_candidate_attachment(call: Call) -> tuple[int, Any]:
    """A record in ``/ats/attachments``; ``getCandidateAttachments`` lists it with a ``data_url`` (a safe file name)."""
    _add_attachment(call.integration(), _candidate(call), None, call.body["attachment"])
    return ok(call, {}, call.remote_field_warnings())


def add_candidate_result_link(call: Call) -> tuple[int, Any]:
    """A note with the link; ``details`` also become custom fields (``Acme: Score``)."""
    _result_link(call.integration(), call, "candidates", _candidate(call))
    return ok(call, {}, call.remote_field_warnings())


def _tags(call: Call, *, add: bool) -> tuple[int, Any]:
    store = call.integration()
    cand = _candidate(call)
    name = str(call.body["tag"]["name"]).strip()
    if not name:
        raise SandboxError.input_invalid("tag.name: String must contain at least 1 character(s)")
    change = Change(store)
    change.watch("candidates", cand)  # also generates the lazy body, which sets the seed tags
    current = list(cand.tags or [])
    if add:
        tag = tag_for_name(store, change, name)
        if tag.seq not in current:
            cand.tags = [*current, tag.seq]
    else:
        folded = name.casefold()
        cand.tags = [t for t in current if str((store.tags[t].body or {}).get("name", "")).casefold() != folded]
    change.commit()
    return ok(call, {}, call.remote_field_warnings())


def add_candidate_tag(call: Call) -> tuple[int, Any]:
    """The tag by name (any case) on the candidate; a new name creates the tag in ``/ats/tags``."""
    return _tags(call, add=True)


def remove_candidate_tag(call: Call) -> tuple[int, Any]:
    """The tag by name (any case) off the candidate; removing a tag it does not have succeeds and changes nothing."""
    return _tags(call, add=False)


# ---------------------------------------------------------------------------------------------- import
_IMPORT_KEYS = tuple(k for k in api().component("ImportTrackedApplicationRequest")["properties"] if k != "tracked_at")


def import_tracked_application(call: Call) -> tuple[int, Any]:
    """Finds the application by the ids under the integration's ATS key (else the one key sent); re-stamps it."""
    store = call.integration()
    given = [k for k in _IMPORT_KEYS if k in call.body]
    key = store.tool if store.tool in given else given[0] if len(given) == 1 else None
    if key is None:
        wanted = store.tool if store.tool in _IMPORT_KEYS else " or ".join(_IMPORT_KEYS)
        raise SandboxError.input_invalid(f"{wanted}: Required (the ids go under the key of the integration's ATS)")
    ids: dict[str, Any] = dict(call.body[key])
    app_remote = ids.get("application_id") or ids.get("application_remote_id") or ids.get("placement_id")
    found = None
    for app in store.applications:
        if app.deleted_ms is not None:
            continue
        if app_remote is not None and app_remote not in (app.remote_id, app.id):
            continue
        if "candidate_remote_id" in ids and store.candidates[app.cand].remote_id != ids["candidate_remote_id"]:
            continue
        if "job_remote_id" in ids and store.jobs[app.job].remote_id != ids["job_remote_id"]:
            continue
        found = app
        break
    if found is None:
        first = next(iter(k for k in ids if k != "id_type"), "id_type")
        raise SandboxError.not_found(f"{key}.{first}: No application with these ids exists in this integration")
    change = Change(store)
    change.watch("applications", found)
    change.stamp("applications", found)
    change.commit()
    if "id_type" not in ids:
        options = api().resolve(api().component("ImportTrackedApplicationRequest")["properties"][key])
        branch = api().resolve(options.get("oneOf", [options])[0])
        ids["id_type"] = branch.get("properties", {}).get("id_type", {}).get("const")
    return ok(call, {"id": found.id, "tracked_at": call.body["tracked_at"], "imported_id": {key: ids}})
