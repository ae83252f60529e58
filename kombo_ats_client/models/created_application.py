from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.application_outcome import ApplicationOutcome
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import decoded_with as _decoded_with
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_APPLICATION_OUTCOME_BY_VALUE = {member.value: member for member in ApplicationOutcome}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "outcome",
        "rejection_reason_name",
        "rejected_at",
        "current_stage_id",
        "job_id",
        "candidate_id",
        "remote_url",
        "screening_question_answers",
        "custom_fields",
        "integration_fields",
        "remote_deleted_at",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
        "current_stage",
        "job",
        "candidate",
    }
)

T = TypeVar("T", bound="CreatedApplication")


@_attrs_define
class CreatedApplication:
    """The application as created, with its candidate."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    outcome: _ApplicationOutcomeOpen | Unset | None = UNSET

    rejection_reason_name: str | Unset | None = UNSET

    rejected_at: _AwareDatetime | Unset | None = UNSET

    current_stage_id: str | Unset | None = UNSET

    job_id: str | Unset | None = UNSET

    candidate_id: str | Unset | None = UNSET

    remote_url: str | Unset | None = UNSET
    """ Link to the application in the ATS's own UI, where the ATS has one. """

    screening_question_answers: list[SubmittedScreeningAnswer] | Unset | None = UNSET

    custom_fields: _CustomFieldsMap | Unset | None = UNSET

    integration_fields: list[IntegrationField] | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """

    current_stage: StageReference | Unset | None = UNSET

    job: JobReference | Unset | None = UNSET

    candidate: Candidate | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["changed_at"] = _format_datetime(self.changed_at)

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        outcome = self.outcome
        if outcome is not UNSET:
            field_dict["outcome"] = outcome.value if isinstance(outcome, ApplicationOutcome) else outcome

        rejection_reason_name = self.rejection_reason_name
        if rejection_reason_name is not UNSET:
            field_dict["rejection_reason_name"] = rejection_reason_name

        rejected_at = self.rejected_at
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = (
                _format_datetime(rejected_at) if isinstance(rejected_at, datetime.datetime) else rejected_at
            )

        current_stage_id = self.current_stage_id
        if current_stage_id is not UNSET:
            field_dict["current_stage_id"] = current_stage_id

        job_id = self.job_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        candidate_id = self.candidate_id
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id

        remote_url = self.remote_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url

        screening_question_answers = self.screening_question_answers
        if screening_question_answers is not UNSET:
            field_dict["screening_question_answers"] = (
                [
                    item.to_dict() if isinstance(item, SubmittedScreeningAnswer) else item
                    for item in screening_question_answers
                ]
                if isinstance(screening_question_answers, list)
                else screening_question_answers
            )

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = (
                custom_fields.to_dict() if isinstance(custom_fields, CustomFields) else custom_fields
            )

        integration_fields = self.integration_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = (
                [item.to_dict() if isinstance(item, IntegrationField) else item for item in integration_fields]
                if isinstance(integration_fields, list)
                else integration_fields
            )

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        remote_created_at = self.remote_created_at
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = (
                _format_datetime(remote_created_at)
                if isinstance(remote_created_at, datetime.datetime)
                else remote_created_at
            )

        remote_updated_at = self.remote_updated_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = (
                _format_datetime(remote_updated_at)
                if isinstance(remote_updated_at, datetime.datetime)
                else remote_updated_at
            )

        remote_data = self.remote_data
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data

        current_stage = self.current_stage
        if current_stage is not UNSET:
            field_dict["current_stage"] = (
                current_stage.to_dict() if isinstance(current_stage, StageReference) else current_stage
            )

        job = self.job
        if job is not UNSET:
            field_dict["job"] = job.to_dict() if isinstance(job, JobReference) else job

        candidate = self.candidate
        if candidate is not UNSET:
            field_dict["candidate"] = candidate.to_dict() if isinstance(candidate, Candidate) else candidate

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        created_application = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CreatedApplication", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("CreatedApplication", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 20:
            try:
                created_application.remote_id = src_dict["remote_id"]
                _outcome = src_dict["outcome"]
                created_application.rejection_reason_name = src_dict["rejection_reason_name"]
                _rejected_at = src_dict["rejected_at"]
                created_application.current_stage_id = src_dict["current_stage_id"]
                created_application.job_id = src_dict["job_id"]
                created_application.candidate_id = src_dict["candidate_id"]
                created_application.remote_url = src_dict["remote_url"]
                _screening_question_answers = src_dict["screening_question_answers"]
                _custom_fields = src_dict["custom_fields"]
                _integration_fields = src_dict["integration_fields"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                created_application.remote_data = src_dict["remote_data"]
                _current_stage = src_dict["current_stage"]
                _job = src_dict["job"]
                _candidate = src_dict["candidate"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            created_application.remote_id = _get("remote_id", UNSET)
            _outcome = _get("outcome", UNSET)
            created_application.rejection_reason_name = _get("rejection_reason_name", UNSET)
            _rejected_at = _get("rejected_at", UNSET)
            created_application.current_stage_id = _get("current_stage_id", UNSET)
            created_application.job_id = _get("job_id", UNSET)
            created_application.candidate_id = _get("candidate_id", UNSET)
            created_application.remote_url = _get("remote_url", UNSET)
            _screening_question_answers = _get("screening_question_answers", UNSET)
            _custom_fields = _get("custom_fields", UNSET)
            _integration_fields = _get("integration_fields", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            created_application.remote_data = _get("remote_data", UNSET)
            _current_stage = _get("current_stage", UNSET)
            _job = _get("job", UNSET)
            _candidate = _get("candidate", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("CreatedApplication", "id", _id, "a string")

        created_application.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "CreatedApplication", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        created_application.changed_at = _parsed_datetime

        if isinstance(_outcome, str):
            created_application.outcome = _APPLICATION_OUTCOME_BY_VALUE.get(_outcome, _outcome)
        else:
            created_application.outcome = _outcome

        if isinstance(_rejected_at, str):
            try:
                _parsed_datetime = _parse_datetime(_rejected_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CreatedApplication", "rejected_at", _rejected_at, "a timezone-aware ISO 8601 date-time string"
                )
            created_application.rejected_at = _parsed_datetime

        else:
            created_application.rejected_at = _rejected_at

        if isinstance(_screening_question_answers, list):
            try:
                created_application.screening_question_answers = list(
                    map(SubmittedScreeningAnswer.from_dict, _screening_question_answers)
                )
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.screening_question_answers = cast(Any, _screening_question_answers)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.screening_question_answers = cast(Any, _screening_question_answers)
        else:
            created_application.screening_question_answers = _screening_question_answers

        if isinstance(_custom_fields, dict):
            try:
                created_application.custom_fields = CustomFields.from_dict(_custom_fields)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.custom_fields = cast(Any, _custom_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.custom_fields = cast(Any, _custom_fields)
        else:
            created_application.custom_fields = _custom_fields

        if isinstance(_integration_fields, list):
            try:
                created_application.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.integration_fields = cast(Any, _integration_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.integration_fields = cast(Any, _integration_fields)
        else:
            created_application.integration_fields = _integration_fields

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CreatedApplication",
                    "remote_deleted_at",
                    _remote_deleted_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            created_application.remote_deleted_at = _parsed_datetime

        else:
            created_application.remote_deleted_at = _remote_deleted_at

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CreatedApplication",
                    "remote_created_at",
                    _remote_created_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            created_application.remote_created_at = _parsed_datetime

        else:
            created_application.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CreatedApplication",
                    "remote_updated_at",
                    _remote_updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            created_application.remote_updated_at = _parsed_datetime

        else:
            created_application.remote_updated_at = _remote_updated_at

        if isinstance(_current_stage, dict):
            try:
                created_application.current_stage = StageReference.from_dict(_current_stage)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.current_stage = cast(Any, _current_stage)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.current_stage = cast(Any, _current_stage)
        else:
            created_application.current_stage = _current_stage

        if isinstance(_job, dict):
            try:
                created_application.job = JobReference.from_dict(_job)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.job = cast(Any, _job)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.job = cast(Any, _job)
        else:
            created_application.job = _job

        if isinstance(_candidate, dict):
            try:
                created_application.candidate = Candidate.from_dict(_candidate)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                created_application.candidate = cast(Any, _candidate)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_application.candidate = cast(Any, _candidate)
        else:
            created_application.candidate = _candidate

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            created_application.additional_properties = {}
        else:
            created_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return created_application

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
from ..models.candidate import Candidate  # noqa: E402
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.job_reference import JobReference  # noqa: E402
from ..models.stage_reference import StageReference  # noqa: E402
from ..models.submitted_screening_answer import SubmittedScreeningAnswer  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _ApplicationOutcomeOpen: TypeAlias = ApplicationOutcome | str
    _CustomFieldsMap: TypeAlias = CustomFields
else:
    _ApplicationOutcomeOpen = _open_enum(ApplicationOutcome)
    _CustomFieldsMap = _decoded_with("CustomFieldsMap", CustomFields.from_dict)
