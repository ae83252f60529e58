from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "candidate",
        "application",
        "screening_question_answers",
        "attachments",
        "source",
        "sourced_by",
        "gdpr_consent",
        "remote_fields",
    }
)

T = TypeVar("T", bound="CreateCandidateRequest")


@_attrs_define
class CreateCandidateRequest:
    candidate: CreateApplicationCandidate
    """ The person applying. Also used by `createCandidate`. """

    application: CreateCandidateApplication
    """ The application created with the candidate (one per candidate). """

    screening_question_answers: list[ScreeningQuestionAnswer] | Unset = UNSET
    """ Unsupported question types are not submitted and come back as warnings. """

    attachments: list[Attachment] | Unset = UNSET
    """ Files to upload. The first CV is shown as the resume where the ATS previews one. """

    source: Source | Unset = UNSET
    """ Deprecated: Kombo writes sources automatically (application attribution). The source shown on the candidate;
    writing it needs setup in most ATSs. """

    sourced_by: SourcedBy | Unset = UNSET
    """ The person (an ATS user) credited with sourcing the candidate; `source` is the channel, this is the
    recruiter. """

    gdpr_consent: GdprConsent | Unset = UNSET
    """ Consent to process personal data, required in some jurisdictions (e.g. CZ, SK). """

    remote_fields: RemoteFields | Unset = UNSET
    """ Per-ATS pass-through objects for creating an application or candidate (e.g. `greenhouse.post_headers`,
    `successfactors.JobApplication`, `lever.candidate`). Each goes to that ATS unchanged and is ignored by the
    others; further ATS keys are allowed too. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["candidate"] = self.candidate.to_dict()

        field_dict["application"] = self.application.to_dict()

        screening_question_answers = self.screening_question_answers
        if screening_question_answers is not UNSET:
            field_dict["screening_question_answers"] = [
                item.to_dict() if isinstance(item, ScreeningQuestionAnswer) else item
                for item in screening_question_answers
            ]

        attachments = self.attachments
        if attachments is not UNSET:
            field_dict["attachments"] = [
                item.to_dict() if isinstance(item, Attachment) else item for item in attachments
            ]

        source = self.source
        if source is not UNSET:
            field_dict["source"] = source.to_dict()

        sourced_by = self.sourced_by
        if sourced_by is not UNSET:
            field_dict["sourced_by"] = sourced_by.to_dict()

        gdpr_consent = self.gdpr_consent
        if gdpr_consent is not UNSET:
            field_dict["gdpr_consent"] = gdpr_consent.to_dict()

        remote_fields = self.remote_fields
        if remote_fields is not UNSET:
            field_dict["remote_fields"] = remote_fields.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        create_candidate_request = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CreateCandidateRequest", src_dict)
        try:
            _candidate = src_dict["candidate"]
            _application = src_dict["application"]
        except KeyError as exc:
            raise MissingFieldError("CreateCandidateRequest", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 8:
            try:
                _screening_question_answers = src_dict["screening_question_answers"]
                _attachments = src_dict["attachments"]
                _source = src_dict["source"]
                _sourced_by = src_dict["sourced_by"]
                _gdpr_consent = src_dict["gdpr_consent"]
                _remote_fields = src_dict["remote_fields"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _screening_question_answers = _get("screening_question_answers", UNSET)
            _attachments = _get("attachments", UNSET)
            _source = _get("source", UNSET)
            _sourced_by = _get("sourced_by", UNSET)
            _gdpr_consent = _get("gdpr_consent", UNSET)
            _remote_fields = _get("remote_fields", UNSET)
        create_candidate_request.candidate = CreateApplicationCandidate.from_dict(_candidate)

        create_candidate_request.application = CreateCandidateApplication.from_dict(_application)

        if _screening_question_answers is UNSET:
            create_candidate_request.screening_question_answers = UNSET
        else:
            if not isinstance(_screening_question_answers, list):
                raise ModelParseError.invalid(
                    "CreateCandidateRequest", "screening_question_answers", _screening_question_answers, "a JSON array"
                )
            create_candidate_request.screening_question_answers = list(
                map(ScreeningQuestionAnswer.from_dict, _screening_question_answers)
            )

        if _attachments is UNSET:
            create_candidate_request.attachments = UNSET
        else:
            if not isinstance(_attachments, list):
                raise ModelParseError.invalid("CreateCandidateRequest", "attachments", _attachments, "a JSON array")
            create_candidate_request.attachments = list(map(Attachment.from_dict, _attachments))

        if _source is UNSET:
            create_candidate_request.source = UNSET
        else:
            create_candidate_request.source = Source.from_dict(_source)

        if _sourced_by is UNSET:
            create_candidate_request.sourced_by = UNSET
        else:
            create_candidate_request.sourced_by = SourcedBy.from_dict(_sourced_by)

        if _gdpr_consent is UNSET:
            create_candidate_request.gdpr_consent = UNSET
        else:
            create_candidate_request.gdpr_consent = GdprConsent.from_dict(_gdpr_consent)

        if _remote_fields is UNSET:
            create_candidate_request.remote_fields = UNSET
        else:
            create_candidate_request.remote_fields = RemoteFields.from_dict(_remote_fields)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            create_candidate_request.additional_properties = {}
        else:
            create_candidate_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return create_candidate_request

    # pydantic's protocol (FastAPI response models, bodies, /docs); kombo_ats._pydantic is imported only when asked.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import core_schema

        return core_schema(cls, handler)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import json_schema

        return json_schema(cls, schema, handler)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.attachment import Attachment  # noqa: E402
from ..models.create_application_candidate import CreateApplicationCandidate  # noqa: E402
from ..models.create_candidate_application import CreateCandidateApplication  # noqa: E402
from ..models.gdpr_consent import GdprConsent  # noqa: E402
from ..models.remote_fields import RemoteFields  # noqa: E402
from ..models.screening_question_answer import ScreeningQuestionAnswer  # noqa: E402
from ..models.source import Source  # noqa: E402
from ..models.sourced_by import SourcedBy  # noqa: E402
