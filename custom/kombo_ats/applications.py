"""``create_application``: build the request body from plain Python values and send it safely.

The body is assembled as JSON-ready data (files base64-encoded, dates formatted), validated by
the generated ``CreateApplicationRequest.from_dict``, and sent with the write retry mode: only
failures that prove the request was never processed are retried, so no duplicate application
can be created by the SDK.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import mimetypes
import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeAlias

import attrs

from kombo_ats_client.api.ats import create_application as create_application_endpoint
from kombo_ats_client.models.attachment import Attachment
from kombo_ats_client.models.attachment_type import AttachmentType
from kombo_ats_client.models.create_application_candidate import CreateApplicationCandidate
from kombo_ats_client.models.create_application_request import CreateApplicationRequest
from kombo_ats_client.models.create_application_response import CreateApplicationResponse
from kombo_ats_client.models.created_application import CreatedApplication

from ._http import AnyClient, parse_body, send
from ._validation import check_client, check_integration_id
from .filters import format_datetime
from .retry import RetryMode

__all__ = ["AttachmentInput", "CreatedApplicationResult", "create_application"]

AttachmentInput: TypeAlias = (
    bytes | bytearray | os.PathLike[str] | tuple[str, bytes] | tuple[str, bytes, str] | Mapping[str, Any] | Attachment
)
"""One attachment: raw bytes, a file path, ``(name, bytes)``, ``(name, bytes, content_type)``, a mapping
with ``name``/``type``/``content_type`` and one of ``data`` (bytes or base64 text), ``path`` or ``data_url``,
or a generated ``Attachment``. Without an explicit ``type`` the first attachment is the ``CV`` and the
others are ``OTHER``."""

REMOTE_PREFIX = "remote:"


class _HasToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@attrs.frozen
class CreatedApplicationResult:
    """The created application plus everything the remote ATS could not take.

    ``warnings`` are the API's warning messages (e.g. an unsupported screening question was
    skipped); they are not errors but must be looked at. ``response`` keeps the full parsed body.
    """

    application: CreatedApplication
    warnings: list[str]
    response: CreateApplicationResponse


def _sniff_content_type(name: str | None, data: bytes) -> str:
    if name:
        guessed, _ = mimetypes.guess_type(name)
        if guessed:
            return guessed
    if data.startswith(b"%PDF"):
        return "application/pdf"
    return "application/octet-stream"


def _file_dict(name: str | None, data: bytes, content_type: str | None, *, field: str) -> dict[str, Any]:
    if not isinstance(data, bytes | bytearray):
        raise TypeError(f"{field}: file content must be bytes, got {type(data).__name__}")
    data = bytes(data)
    content_type = content_type or _sniff_content_type(name, data)
    if not name:
        name = "attachment" + (mimetypes.guess_extension(content_type) or "")
    return {"name": name, "content_type": content_type, "data": base64.b64encode(data).decode("ascii")}


def _read_path(path: os.PathLike[str], *, field: str) -> tuple[str, bytes]:
    p = Path(path)
    try:
        return p.name, p.read_bytes()
    except OSError as exc:
        raise ValueError(f"{field}: cannot read {p}: {exc.strerror or exc}") from exc


def _file_like(value: object, *, field: str) -> dict[str, Any] | None:
    """bytes / path / (name, bytes[, content_type]) -> a file object dict; ``None`` if not file-like."""
    if isinstance(value, bytes | bytearray):
        return _file_dict(None, bytes(value), None, field=field)
    if isinstance(value, os.PathLike):
        name, data = _read_path(value, field=field)
        return _file_dict(name, data, None, field=field)
    if isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str):
        content_type = value[2] if len(value) == 3 else None
        if content_type is not None and not isinstance(content_type, str):
            raise TypeError(f"{field}: content_type must be a string")
        return _file_dict(value[0], value[1], content_type, field=field)
    return None


def _attachment(value: object, index: int) -> dict[str, Any]:
    field = f"attachments[{index}]"
    default_type = AttachmentType.CV.value if index == 0 else AttachmentType.OTHER.value
    if isinstance(value, Attachment):
        return value.to_dict()
    file = _file_like(value, field=field)
    if file is not None:
        return {**file, "type": default_type}
    if not isinstance(value, Mapping):
        raise TypeError(f"{field}: expected bytes, a path, (name, bytes[, content_type]) or a mapping")
    spec = dict(value)
    sources = [k for k in ("data", "path", "data_url") if spec.get(k) is not None]
    if len(sources) != 1:
        raise ValueError(f"{field}: give exactly one of 'data', 'path' or 'data_url'")
    kind = spec.pop("type", None) or default_type
    kind = kind.value if isinstance(kind, enum.Enum) else kind
    if kind not in {t.value for t in AttachmentType}:
        raise ValueError(f"{field}.type: {kind!r} is not one of {[t.value for t in AttachmentType]}")
    if "path" in spec:
        name, data = _read_path(spec.pop("path"), field=field)
        spec = {**_file_dict(spec.get("name") or name, data, spec.get("content_type"), field=field), **spec}
        spec["name"] = spec.get("name") or name
    elif isinstance(spec.get("data"), bytes | bytearray):
        encoded = _file_dict(spec.get("name"), spec.pop("data"), spec.get("content_type"), field=field)
        spec = {**encoded, **{k: v for k, v in spec.items() if v is not None}}
    if not isinstance(spec.get("name"), str) or not spec["name"]:
        raise ValueError(f"{field}.name: required")
    spec["type"] = kind
    return {k: v for k, v in spec.items() if v is not None}


def _jsonable(value: Any, *, field: str) -> Any:
    """Plain Python values (models, enums, dates, nested mappings) -> JSON-ready data."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        model: _HasToDict = value
        return model.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return format_datetime(value, field=field)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, field=f"{field}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v, field=f"{field}[{i}]") for i, v in enumerate(value)]
    return value


def _candidate(candidate: object) -> dict[str, Any]:
    if isinstance(candidate, CreateApplicationCandidate):
        return candidate.to_dict()
    if not isinstance(candidate, Mapping):
        raise TypeError(f"candidate: expected a mapping or CreateApplicationCandidate, got {type(candidate).__name__}")
    for key in ("first_name", "last_name", "email_address"):
        value = candidate.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"candidate.{key}: required (a non-empty string)")
    result: dict[str, Any] = _jsonable(candidate, field="candidate")
    return result


def _answer(value: object, index: int) -> Any:
    field = f"screening_question_answers[{index}]"
    if not isinstance(value, Mapping):
        return _jsonable(value, field=field)
    if not isinstance(value.get("question_id"), str) or "answer" not in value:
        raise ValueError(f"{field}: needs 'question_id' (str) and 'answer'")
    answer = value["answer"]
    file = _file_like(answer, field=f"{field}.answer")
    return {**_jsonable(value, field=field), "answer": file if file is not None else _jsonable(answer, field=field)}


def _named(value: object, key: str, *, field: str) -> Any:
    """A bare string is shorthand for ``{key: value}`` (``source="Job board"``, ``sourced_by=user_id``)."""
    if isinstance(value, str):
        return {key: value}
    return _jsonable(value, field=field)


def _check_job_id(job_id: object) -> str:
    """A Kombo id or ``remote:<id in the ATS>``; only shape problems that can never work are rejected."""
    if not isinstance(job_id, str):
        raise TypeError(f"job_id: expected a string, got {type(job_id).__name__}")
    if not job_id.strip() or job_id != job_id.strip():
        raise ValueError(f"job_id: {job_id!r} is empty or has surrounding whitespace")
    if job_id.startswith(REMOTE_PREFIX) and not job_id[len(REMOTE_PREFIX) :].strip():
        raise ValueError("job_id: 'remote:' must be followed by the job's id in the remote ATS")
    return job_id


def build_request(
    *,
    candidate: Mapping[str, Any] | CreateApplicationCandidate,
    attachments: Sequence[AttachmentInput] | None = None,
    stage_id: str | None = None,
    screening_question_answers: Sequence[Mapping[str, Any] | Any] | None = None,
    gdpr_consent: Mapping[str, Any] | Any | None = None,
    remote_fields: Mapping[str, Any] | Any | None = None,
    sourced_by: Mapping[str, Any] | str | Any | None = None,
    source: Mapping[str, Any] | str | Any | None = None,
) -> CreateApplicationRequest:
    """Assemble and validate the body (exposed for tests and for callers who want to inspect it)."""
    body: dict[str, Any] = {"candidate": _candidate(candidate)}
    if stage_id is not None:
        if not isinstance(stage_id, str) or not stage_id:
            raise TypeError("stage_id: expected a non-empty string")
        body["stage_id"] = stage_id
    if attachments is not None:
        if isinstance(attachments, bytes | bytearray | str | Mapping | os.PathLike):
            raise TypeError("attachments: expected a list of attachments")
        body["attachments"] = [_attachment(a, i) for i, a in enumerate(attachments)]
    if screening_question_answers is not None:
        body["screening_question_answers"] = [_answer(a, i) for i, a in enumerate(screening_question_answers)]
    if gdpr_consent is not None:
        body["gdpr_consent"] = _jsonable(gdpr_consent, field="gdpr_consent")
    if remote_fields is not None:
        body["remote_fields"] = _jsonable(remote_fields, field="remote_fields")
    if sourced_by is not None:
        body["sourced_by"] = _named(sourced_by, "user_id", field="sourced_by")
    if source is not None:
        warnings.warn(
            "create_application(source=...) is deprecated: Kombo now writes sources automatically",
            DeprecationWarning,
            stacklevel=3,
        )
        body["source"] = _named(source, "name", field="source")
    try:
        return CreateApplicationRequest.from_dict(body)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ValueError(f"invalid application: {type(exc).__name__}: {exc}") from exc


async def create_application(
    client: AnyClient,
    *,
    integration_id: str,
    job_id: str,
    candidate: Mapping[str, Any] | CreateApplicationCandidate,
    attachments: Sequence[AttachmentInput] | None = None,
    stage_id: str | None = None,
    screening_question_answers: Sequence[Mapping[str, Any] | Any] | None = None,
    gdpr_consent: Mapping[str, Any] | Any | None = None,
    remote_fields: Mapping[str, Any] | Any | None = None,
    sourced_by: Mapping[str, Any] | str | Any | None = None,
    source: Mapping[str, Any] | str | Any | None = None,
) -> CreatedApplicationResult:
    """Create an application (and its candidate) for ``job_id`` (a Kombo id or ``remote:<ATS id>``).

    Never retried after the request may have reached Kombo (5xx, read timeout, reset): the caller
    decides, e.g. by checking for the application first. 429 and failures to connect are retried.
    """
    check_client(client)
    check_integration_id(integration_id)
    job = _check_job_id(job_id)
    body = build_request(
        candidate=candidate,
        attachments=attachments,
        stage_id=stage_id,
        screening_question_answers=screening_question_answers,
        gdpr_consent=gdpr_consent,
        remote_fields=remote_fields,
        sourced_by=sourced_by,
        source=source,
    )
    kwargs = create_application_endpoint._get_kwargs(job, body=body, x_integration_id=integration_id)
    response = await send(client, kwargs, mode=RetryMode.UNPROCESSED_ONLY)
    parsed = parse_body(response, CreateApplicationResponse.from_dict)
    raw_warnings = parsed.warnings if isinstance(parsed.warnings, list) else []
    messages = [w.message if isinstance(w.message, str) else str(w.to_dict()) for w in raw_warnings]
    return CreatedApplicationResult(application=parsed.data, warnings=messages, response=parsed)
