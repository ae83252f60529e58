"""Creating applications and candidates (``createApplication``, ``createCandidate``).

The body is first checked against its schema (:mod:`.validate`), then against the data: the job must
exist and be open, the stage must be one of the job's, each screening answer must fit its question,
``sourced_by`` must name a user, and the same e-mail may apply to a job only once. An existing candidate
with the e-mail is reused. Answers the ATS cannot take come back as warnings, not as errors.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..data.errors import SandboxError
from ..data.records import AppRec, CandRec, JobRec, iso
from ..data.schema import complete, plan, props
from ..data.store import RecordStore
from .mutations import Change, new_item
from .render import build_doc, document, project
from .validate import validate_body

__all__ = ["create_application", "create_candidate"]

_NETWORKS = {"linkedin": "LINKEDIN", "github": "GITHUB", "xing": "XING", "twitter": "TWITTER", "x": "TWITTER"}


def _bad(path: str, message: str) -> SandboxError:
    return SandboxError.input_invalid(f"{path}: {message}")


def _check_answers(
    answers: list[dict[str, Any]], job: JobRec, store: RecordStore
) -> tuple[list[dict[str, Any]], list[str]]:
    """Check answers against the job's questions: (answers the ATS stores, warnings)."""
    questions = {q["id"]: q for q in job.questions}
    submitted: list[dict[str, Any]] = []
    warnings: list[str] = []
    for i, ans in enumerate(answers):
        path = f"screening_question_answers[{i}]"
        question = questions.get(ans["question_id"])
        if question is None:
            raise _bad(f"{path}.question_id", f"No screening question {ans['question_id']!r} on this job")
        qtype = (question.get("format") or {}).get("type")
        answer = ans["answer"]
        options = {o["id"] for o in (question.get("format") or {}).get("options") or []}
        if isinstance(answer, dict):
            warnings.append(f"Screening question {question['title']!r}: file answers are not supported by {store.tool}")
            continue
        if qtype == "BOOLEAN" and not isinstance(answer, bool):
            raise _bad(f"{path}.answer", "Expected boolean for a BOOLEAN question")
        if qtype == "TEXT" and not isinstance(answer, str):
            raise _bad(f"{path}.answer", "Expected string for a TEXT question")
        if qtype == "SINGLE_SELECT" and (not isinstance(answer, str) or answer not in options):
            raise _bad(f"{path}.answer", "Expected one option id of the question")
        if qtype == "MULTI_SELECT" and (not isinstance(answer, list) or not all(a in options for a in answer)):
            raise _bad(f"{path}.answer", "Expected a list of option ids of the question")
        if qtype in store.unsupported_question_types:
            warnings.append(
                f"Screening question {question['title']!r} ({qtype}) is not supported by {store.tool} "
                "and was not submitted"
            )
            continue
        submitted.append(
            {
                "answer": {"content": answer},
                "question": {"remote_id": question.get("remote_id"), "title": question["title"], "type": qtype},
            }
        )
    return submitted, warnings


def _network(url: str) -> str | None:
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:  # pragma: no cover - the body's uri format check refuses such links first
        return None
    return _NETWORKS.get(host.split(".")[0]) if host else None


def _location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if loc is None:
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


_CONVERTED = frozenset({"first_name", "last_name", "location"})
"""Candidate fields the request and the record share that take more than a copy (names go to the core)."""
_COPIED = tuple(
    name
    for name in props("CreateApplicationRequest", "candidate")
    if name in props("Candidate") and name not in _CONVERTED
)
"""Fields a new candidate takes as sent: those the request's candidate and the Candidate record both have
(``company``, ``title``), read from the spec, so a field renamed in both flows through unchanged."""


def _new_candidate(store: RecordStore, cand: dict[str, Any], source: Any, now: int) -> CandRec:
    seq = len(store.candidates)
    rec = CandRec(seq, store.shared.new_id(), str(50_000 + seq), now, now)
    rec.first_name, rec.last_name = cand["first_name"], cand["last_name"]
    addresses = [
        {"email_address": cand["email_address"], "type": "PERSONAL"},
        *({"email_address": e["email_address"], "type": e["type"]} for e in cand.get("additional_email_addresses", [])),
    ]
    rec.emails = [a["email_address"] for a in addresses]
    rec.extra["email_addresses"] = addresses
    phones = [{"phone_number": cand["phone_number"], "type": None}] if cand.get("phone_number") else []
    phones += [{"phone_number": p["phone_number"], "type": p["type"]} for p in cand.get("additional_phone_numbers", [])]
    source_name = None
    if isinstance(source, dict):
        source_name = source.get("name") or source.get("unified_key")
    rec.tags = []
    rec.body = {
        **{name: cand.get(name) for name in _COPIED},
        "confidential": False,
        "source": source_name,
        "phone_numbers": phones,
        "social_media": [
            {"link": s["url"], "type": _network(s["url"]), "username": None} for s in cand.get("social_links", [])
        ],
        "location": _location(cand.get("location")),
        "custom_fields": {},
        "integration_fields": [],
        "remote_updated_at": iso(now),
        "remote_data": None,
    }
    return rec


def _check(store: RecordStore, job: JobRec, body: dict[str, Any], stage_id: str | None, stage_path: str) -> str | None:
    """What only the data can tell (the stage, the sourcing user, the job open); returns the stage id."""
    stage = job.stages[0]["id"] if job.stages else None
    if stage_id is not None:
        if stage_id not in {s["id"] for s in job.stages}:
            raise _bad(stage_path, f"No stage {stage_id!r} on this job")
        stage = stage_id
    if "sourced_by" in body:
        user_id = body["sourced_by"]["user_id"]
        if store.user_for(user_id) is None:
            raise SandboxError.not_found(f"sourced_by.user_id: No user {user_id!r} exists in this integration")
    return stage


def _candidate_for(store: RecordStore, change: Change, job: JobRec, body: dict[str, Any]) -> CandRec:
    """The existing candidate with the e-mail (unless it already applied to the job), else a new one."""
    cand_in = body["candidate"]
    existing = store.candidates_with_email(str(cand_in["email_address"]))
    for c in existing:
        if any(store.applications[a].job == job.seq and store.applications[a].deleted_ms is None for a in c.apps):
            raise SandboxError(
                400,
                "ATS.APPLICATION_ALREADY_EXISTS",
                f"A candidate with this e-mail address has already applied to the job {job.name!r}.",
            )
    if existing:
        change.watch("candidates", existing[0])
        return existing[0]
    cand = _new_candidate(store, cand_in, body.get("source"), change.now)
    store.append("candidates", cand)
    change.stamp("candidates", cand)
    return cand


def _attach(store: RecordStore, change: Change, cand: CandRec, app: AppRec, attachments: list[dict[str, Any]]) -> None:
    for att in attachments:
        new_item(
            store,
            change,
            "attachments",
            {
                "candidate_id": cand.id,
                "application_id": app.id,
                "type": att["type"],
                "file_name": att["name"],
                "remote_updated_at": iso(change.now),
                "content_ref": None,
            },
            links={"_content_type": att.get("content_type") or "application/octet-stream"},
        )


def _create(
    store: RecordStore, job: JobRec, body: dict[str, Any], stage_id: str | None, stage_path: str
) -> tuple[AppRec, list[str]]:
    """The checks on the data and the creation itself; returns the new application and the warnings."""
    stage = _check(store, job, body, stage_id, stage_path)
    submitted, warnings = _check_answers(body.get("screening_question_answers", []), job, store)
    if job.status != "OPEN":
        raise SandboxError(400, "ATS.JOB_CLOSED", f"The job {job.name!r} is {job.status} and takes no applications.")
    change = Change(store)
    cand = _candidate_for(store, change, job, body)
    seq = len(store.applications)
    app = AppRec(seq, store.shared.new_id(), str(700_000 + seq), change.now, change.now)
    app.cand, app.job, app.outcome, app.stage_id = cand.seq, job.seq, "PENDING", stage
    app.body = {
        "rejection_reason_name": None,
        "rejected_at": None,
        "custom_fields": {},
        "integration_fields": [],
        "remote_updated_at": iso(change.now),
        "remote_data": None,
        "screening_question_answers": submitted,
    }
    store.append("applications", app)
    cand.apps.append(app.seq)
    change.stamp("applications", app)
    _attach(store, change, cand, app, body.get("attachments", []))
    change.commit()
    return app, warnings


def create_application(store: RecordStore, job_id: str, body: Any) -> tuple[dict[str, Any], list[str]]:
    """``POST /ats/jobs/{job_id}/applications``: (CreatedApplication document, warnings) or a SandboxError."""
    job = store.job_for_path(job_id)
    if job is None or job.deleted_ms is not None:
        raise SandboxError.not_found(f"job_id: No job with id {job_id!r} exists in this integration")
    body = validate_body("CreateApplicationRequest", body)
    app, warnings = _create(store, job, body, body.get("stage_id"), "stage_id")
    doc = project(build_doc(store, "applications", app), props("CreatedApplication"))
    doc["candidate"] = document(store, "candidates", store.candidates[app.cand])
    return complete(doc, plan("CreatedApplication")), warnings


def create_candidate(store: RecordStore, body: Any) -> tuple[dict[str, Any], list[str]]:
    """``POST /ats/candidates``: the candidate (with the new application) as a Candidate document."""
    body = validate_body("CreateCandidateRequest", body)
    application = body["application"]
    job = store.job_for_path(application["job_id"])
    if job is None or job.deleted_ms is not None:
        raise SandboxError.not_found(
            f"application.job_id: No job with id {application['job_id']!r} exists in this integration"
        )
    app, warnings = _create(store, job, body, application.get("stage_id"), "application.stage_id")
    return document(store, "candidates", store.candidates[app.cand]), warnings
