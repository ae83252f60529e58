"""``create_application``: the generated typed call, with the result type it has always returned.

Everything about the body (files from bytes or paths, ``remote:<id>`` job ids, dates, shorthands,
defaults, checks naming the field) is the spec-driven machinery every write shares (``kombo_ats._body``);
this wrapper only keeps two promises older than it: a :class:`CreatedApplicationResult` with
``.application``, and error messages that start with "invalid application". Like every write it is
never retried once the request may have reached Kombo, so no duplicate application can come from
the SDK.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import attrs

from kombo_ats_client.models.attachment import Attachment
from kombo_ats_client.models.create_application_candidate import CreateApplicationCandidate
from kombo_ats_client.models.create_application_request import CreateApplicationRequest
from kombo_ats_client.models.created_application import CreatedApplication

from ._body import build_body
from ._generated.calls import _create_application
from ._http import AnyClient
from .calls import Result
from .errors import AttachmentTooLargeError
from .inputs import FileInput
from .spec import api

__all__ = ["AttachmentInput", "CreatedApplicationResult", "build_request", "create_application"]

AttachmentInput: TypeAlias = FileInput | Attachment
"""One attachment: raw bytes, a file path, ``(name, bytes)``, ``(name, bytes, content_type)``, a mapping
with ``name``/``type``/``content_type`` and one of ``data`` (bytes or base64 text), ``path`` or ``data_url``,
or a generated ``Attachment``. Without an explicit ``type`` the first attachment is the ``CV`` and the
others are ``OTHER``."""


@attrs.frozen
class CreatedApplicationResult(Result[CreatedApplication]):
    """The created application (``.application``, also ``.data``) plus what the remote ATS could not take.

    ``warnings`` are the API's warning messages (e.g. an unsupported screening question was
    skipped); they are not errors but must be looked at. ``response`` keeps the full parsed body.
    """

    @property
    def application(self) -> CreatedApplication:
        return self.data


def _invalid(exc: Exception) -> Exception:
    """Prefix a value error with what was being built (type errors keep their type and text)."""
    if isinstance(exc, ValueError) and not str(exc).startswith("invalid application"):
        return type(exc)(f"invalid application: {exc}")
    return exc


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
    """The checked body as the generated model, for callers who want to inspect it before sending."""
    values = {
        "candidate": candidate,
        "attachments": attachments,
        "stage_id": stage_id,
        "screening_question_answers": screening_question_answers,
        "gdpr_consent": gdpr_consent,
        "remote_fields": remote_fields,
        "sourced_by": sourced_by,
        "source": source,
    }
    try:
        body = build_body(api(), "CreateApplicationRequest", values, stacklevel=2)
    except (TypeError, ValueError) as exc:
        raise _invalid(exc) from exc
    return CreateApplicationRequest.from_dict(body)


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
    max_attachment_bytes: int | None = None,
    timeout: float | None = None,  # noqa: ASYNC109 - the attempt timeout of this call, not a wait of ours
    max_retries: int | None = None,
) -> CreatedApplicationResult:
    """Create an application (and its candidate) for ``job_id`` (a Kombo id or ``remote:<ATS id>``).

    ``candidate`` needs ``first_name``, ``last_name`` and ``email_address``; additional e-mail
    addresses and phone numbers are ``{"email_address"|"phone_number": ..., "type": "PERSONAL"|"WORK"|
    "OTHER"}`` objects, social links ``{"url": ...}``. Never retried after the request may have
    reached Kombo (5xx, read timeout, reset): the caller decides, e.g. by checking for the application
    first. 429 and failures to connect are retried. Each attachment may be at most
    ``max_attachment_bytes`` (default: the client's); a path is read off the event loop. ``timeout``
    (seconds per attempt) and ``max_retries`` override the client's for this call.
    """
    try:
        result = await _create_application(
            client,
            integration_id=integration_id,
            job_id=job_id,
            candidate=candidate,
            attachments=attachments,
            stage_id=stage_id,
            screening_question_answers=screening_question_answers,
            gdpr_consent=gdpr_consent,
            remote_fields=remote_fields,
            sourced_by=sourced_by,
            source=source,
            max_attachment_bytes=max_attachment_bytes,
            timeout=timeout,
            max_retries=max_retries,
        )
    except AttachmentTooLargeError:
        raise
    except (TypeError, ValueError) as exc:  # the SDK's own errors (KomboError) are neither
        raise _invalid(exc) from exc
    return CreatedApplicationResult(data=result.data, warnings=result.warnings, response=result.response)
