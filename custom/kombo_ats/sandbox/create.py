"""``POST /ats/jobs/{job_id}/applications``: body validation and the create semantics."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date
from typing import Any

from .data import JobRec, iso, parse_timestamp_us
from .errors import SandboxError
from .store import IntegrationStore

__all__ = ["create_application"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _bad(path: str, message: str) -> SandboxError:
    return SandboxError.input_invalid(f"{path}: {message}")


def _obj(value: Any, path: str, *, required: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(path, "Expected object")
    for key in required:
        if key not in value:
            raise _bad(f"{path}.{key}" if path != "body" else key, "Required")
    return value


def _str(value: Any, path: str, *, non_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise _bad(path, f"Expected string, received {type(value).__name__}")
    if non_empty and not value.strip():
        raise _bad(path, "String must contain at least 1 character(s)")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(path, "Expected array")
    return value


def _enum(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _bad(path, f"Invalid enum value {value!r}, expected one of {', '.join(allowed)}")
    return str(value)


def _email(value: Any, path: str) -> str:
    text = _str(value, path)
    if not _EMAIL.match(text):
        raise _bad(path, "Invalid email")
    return text


def _url(value: Any, path: str) -> str:
    text = _str(value, path)
    if not _URL.match(text):
        raise _bad(path, "Invalid url")
    return text


def _file(value: dict[str, Any], path: str) -> None:
    if "data" in value:
        try:
            base64.b64decode(_str(value["data"], f"{path}.data"), validate=True)
        except (binascii.Error, ValueError):
            raise _bad(f"{path}.data", "Invalid base64") from None
    if "data_url" in value:
        _url(value["data_url"], f"{path}.data_url")
    if "content_type" in value:
        _str(value["content_type"], f"{path}.content_type")
    if ("data" in value) == ("data_url" in value):
        raise _bad(path, "Give exactly one of data or data_url")


def _validate_candidate(raw: Any) -> dict[str, Any]:
    cand = _obj(raw, "candidate", required=("first_name", "last_name", "email_address"))
    _str(cand["first_name"], "candidate.first_name", non_empty=True)
    _str(cand["last_name"], "candidate.last_name", non_empty=True)
    _email(cand["email_address"], "candidate.email_address")
    for i, e in enumerate(_list(cand.get("additional_email_addresses", []), "candidate.additional_email_addresses")):
        _email(e, f"candidate.additional_email_addresses[{i}]")
    for key in ("company", "title", "phone_number"):
        if key in cand:
            _str(cand[key], f"candidate.{key}")
    for i, p in enumerate(_list(cand.get("additional_phone_numbers", []), "candidate.additional_phone_numbers")):
        _str(p, f"candidate.additional_phone_numbers[{i}]")
    if "location" in cand:
        loc = _obj(cand["location"], "candidate.location", required=("country",))
        if not _COUNTRY.match(_str(loc["country"], "candidate.location.country")):
            raise _bad("candidate.location.country", "Expected an upper-case ISO 3166-1 alpha-2 code")
        for key in ("city", "state", "street_1", "zip_code"):
            if key in loc:
                _str(loc[key], f"candidate.location.{key}")
    if "gender" in cand:
        _enum(cand["gender"], "candidate.gender", ("MALE", "FEMALE", "OTHER"))
    if "availability_date" in cand:
        try:
            date.fromisoformat(_str(cand["availability_date"], "candidate.availability_date"))
        except ValueError:
            raise _bad("candidate.availability_date", "Invalid date, expected YYYY-MM-DD") from None
    if "salary_expectations" in cand:
        sal = _obj(cand["salary_expectations"], "candidate.salary_expectations", required=("period", "amount"))
        _enum(sal["period"], "candidate.salary_expectations.period", ("MONTH", "YEAR"))
        if isinstance(sal["amount"], bool) or not isinstance(sal["amount"], int | float):
            raise _bad("candidate.salary_expectations.amount", "Expected number")
    for i, link in enumerate(_list(cand.get("social_links", []), "candidate.social_links")):
        _url(link, f"candidate.social_links[{i}]")
    return cand


def _validate_answers(raw: Any, job: JobRec, store: IntegrationStore) -> tuple[list[dict[str, Any]], list[str]]:
    """Check answers against the job's questions: (submitted answers, warnings)."""
    questions = {q["id"]: q for q in job.questions}
    submitted: list[dict[str, Any]] = []
    warnings: list[str] = []
    for i, item in enumerate(_list(raw, "screening_question_answers")):
        path = f"screening_question_answers[{i}]"
        ans = _obj(item, path, required=())
        for key in ("question_id", "answer"):
            if key not in ans:
                raise _bad(f"{path}.{key}", "Required")
        qid = _str(ans["question_id"], f"{path}.question_id")
        question = questions.get(qid)
        if question is None:
            raise _bad(f"{path}.question_id", f"No screening question {qid!r} on this job")
        qtype = (question.get("format") or {}).get("type")
        answer = ans["answer"]
        options = {o["id"] for o in (question.get("format") or {}).get("options") or []}
        if isinstance(answer, dict):
            _file(_obj(answer, f"{path}.answer", required=("name",)), f"{path}.answer")
            warnings.append(f"Screening question {question['title']!r}: file answers are not supported by {store.tool}")
            continue
        if qtype == "BOOLEAN" and not isinstance(answer, bool):
            raise _bad(f"{path}.answer", "Expected boolean for a BOOLEAN question")
        if qtype == "TEXT" and not isinstance(answer, str):
            raise _bad(f"{path}.answer", "Expected string for a TEXT question")
        if qtype == "SINGLE_SELECT" and (not isinstance(answer, str) or answer not in options):
            raise _bad(f"{path}.answer", "Expected one option id of the question")
        if qtype == "MULTI_SELECT" and (
            not isinstance(answer, list) or not all(isinstance(a, str) and a in options for a in answer)
        ):
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
                "question": {"remote_id": question["remote_id"], "title": question["title"], "type": qtype},
            }
        )
    return submitted, warnings


def create_application(store: IntegrationStore, job_id: str, body: Any) -> tuple[dict[str, Any], list[str]]:
    """Validate and create; returns (CreatedApplication document, warnings) or raises SandboxError."""
    job = store.job_for_path(job_id)
    if job is None or job.deleted_ms is not None:
        raise SandboxError.not_found(f"job_id: No job with id {job_id!r} exists in this integration")
    body = _obj(body, "body", required=("candidate",))
    cand = _validate_candidate(body["candidate"])
    stage_id = job.stages[0]["id"] if job.stages else None
    if "stage_id" in body:
        stage_id = _str(body["stage_id"], "stage_id")
        if stage_id not in {s["id"] for s in job.stages}:
            raise _bad("stage_id", f"No stage {stage_id!r} on this job")
    for i, att in enumerate(_list(body.get("attachments", []), "attachments")):
        path = f"attachments[{i}]"
        att = _obj(att, path, required=("name", "type"))
        _str(att["name"], f"{path}.name", non_empty=True)
        _enum(att["type"], f"{path}.type", ("CV", "COVER_LETTER", "OTHER"))
        _file(att, path)
    if "source" in body:
        _str(_obj(body["source"], "source", required=("name",))["name"], "source.name")
    if "sourced_by" in body:
        sourced = _obj(body["sourced_by"], "sourced_by")
        if "user_id" in sourced:
            _str(sourced["user_id"], "sourced_by.user_id")
    if "gdpr_consent" in body:
        gdpr = _obj(body["gdpr_consent"], "gdpr_consent")
        if "expires_at" in gdpr and parse_timestamp_us(_str(gdpr["expires_at"], "gdpr_consent.expires_at")) is None:
            raise _bad("gdpr_consent.expires_at", "Invalid datetime")
        if "given" in gdpr and not isinstance(gdpr["given"], bool):
            raise _bad("gdpr_consent.given", "Expected boolean")
    if "remote_fields" in body:
        _obj(body["remote_fields"], "remote_fields")
    submitted, warnings = _validate_answers(body.get("screening_question_answers", []), job, store)

    if job.status != "OPEN":
        raise SandboxError(400, "ATS.JOB_CLOSED", f"The job {job.name!r} is {job.status} and takes no applications.")
    email = str(cand["email_address"])
    existing = store.candidates_with_email(email)
    for c in existing:
        for a in c.apps:
            app = store.applications[a]
            if app.job == job.seq and app.deleted_ms is None:
                raise SandboxError(
                    400,
                    "ATS.APPLICATION_ALREADY_EXISTS",
                    f"The candidate {email!r} has already applied to the job {job.name!r}.",
                )
    fields = dict(cand)
    if "source" in body:
        fields["source"] = body["source"]["name"]
    new_cand, app = store.add_application(job, fields, email, str(stage_id), existing[0] if existing else None)
    doc = store.doc("applications", app)
    doc.pop("interviews", None)
    doc["candidate"] = store.doc("candidates", new_cand)
    doc["screening_question_answers"] = submitted
    doc["remote_created_at"] = iso(app.created_ms)
    return doc, warnings
