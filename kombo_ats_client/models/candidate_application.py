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
        "remote_id",
        "outcome",
        "rejection_reason_name",
        "rejected_at",
        "remote_url",
        "changed_at",
        "remote_created_at",
        "remote_updated_at",
        "current_stage",
        "job",
    }
)

T = TypeVar("T", bound="CandidateApplication")


@_attrs_define
class CandidateApplication:
    """An application of a candidate, as embedded in the candidate."""

    id: str

    remote_id: str | Unset | None = UNSET

    outcome: _ApplicationOutcomeOpen | Unset | None = UNSET

    rejection_reason_name: str | Unset | None = UNSET

    rejected_at: _AwareDatetime | Unset | None = UNSET

    remote_url: str | Unset | None = UNSET
    """ Link to the application in the ATS's own UI, where the ATS has one. """

    changed_at: _AwareDatetime | Unset = UNSET

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    current_stage: StageReference | Unset | None = UNSET

    job: JobReference | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

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

        remote_url = self.remote_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url

        changed_at = self.changed_at
        if changed_at is not UNSET:
            field_dict["changed_at"] = _format_datetime(changed_at)

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

        current_stage = self.current_stage
        if current_stage is not UNSET:
            field_dict["current_stage"] = (
                current_stage.to_dict() if isinstance(current_stage, StageReference) else current_stage
            )

        job = self.job
        if job is not UNSET:
            field_dict["job"] = job.to_dict() if isinstance(job, JobReference) else job

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        candidate_application = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CandidateApplication", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("CandidateApplication", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 11:
            try:
                candidate_application.remote_id = src_dict["remote_id"]
                _outcome = src_dict["outcome"]
                candidate_application.rejection_reason_name = src_dict["rejection_reason_name"]
                _rejected_at = src_dict["rejected_at"]
                candidate_application.remote_url = src_dict["remote_url"]
                _changed_at = src_dict["changed_at"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _current_stage = src_dict["current_stage"]
                _job = src_dict["job"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            candidate_application.remote_id = _get("remote_id", UNSET)
            _outcome = _get("outcome", UNSET)
            candidate_application.rejection_reason_name = _get("rejection_reason_name", UNSET)
            _rejected_at = _get("rejected_at", UNSET)
            candidate_application.remote_url = _get("remote_url", UNSET)
            _changed_at = _get("changed_at", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            _current_stage = _get("current_stage", UNSET)
            _job = _get("job", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("CandidateApplication", "id", _id, "a string")

        candidate_application.id = _id

        if isinstance(_outcome, str):
            candidate_application.outcome = _APPLICATION_OUTCOME_BY_VALUE.get(_outcome, _outcome)
        else:
            candidate_application.outcome = _outcome

        if isinstance(_rejected_at, str):
            try:
                _parsed_datetime = _parse_datetime(_rejected_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CandidateApplication", "rejected_at", _rejected_at, "a timezone-aware ISO 8601 date-time string"
                )
            candidate_application.rejected_at = _parsed_datetime

        else:
            candidate_application.rejected_at = _rejected_at

        if _changed_at is UNSET:
            candidate_application.changed_at = UNSET
        else:
            try:
                _parsed_datetime = _parse_datetime(_changed_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CandidateApplication", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
                )
            candidate_application.changed_at = _parsed_datetime

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CandidateApplication",
                    "remote_created_at",
                    _remote_created_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            candidate_application.remote_created_at = _parsed_datetime

        else:
            candidate_application.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "CandidateApplication",
                    "remote_updated_at",
                    _remote_updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            candidate_application.remote_updated_at = _parsed_datetime

        else:
            candidate_application.remote_updated_at = _remote_updated_at

        if isinstance(_current_stage, dict):
            try:
                candidate_application.current_stage = StageReference.from_dict(_current_stage)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate_application.current_stage = cast(Any, _current_stage)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_application.current_stage = cast(Any, _current_stage)
        else:
            candidate_application.current_stage = _current_stage

        if isinstance(_job, dict):
            try:
                candidate_application.job = JobReference.from_dict(_job)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate_application.job = cast(Any, _job)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_application.job = cast(Any, _job)
        else:
            candidate_application.job = _job

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            candidate_application.additional_properties = {}
        else:
            candidate_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return candidate_application

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
from ..models.job_reference import JobReference  # noqa: E402
from ..models.stage_reference import StageReference  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _ApplicationOutcomeOpen: TypeAlias = ApplicationOutcome | str
else:
    _ApplicationOutcomeOpen = _open_enum(ApplicationOutcome)
