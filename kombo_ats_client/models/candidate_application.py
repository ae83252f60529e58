from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.application_outcome import ApplicationOutcome
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_APPLICATION_OUTCOME_BY_VALUE = {member.value: member for member in ApplicationOutcome}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
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


class _CandidateApplicationSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class CandidateApplication(_CandidateApplicationSource):
    """An application of a candidate, as embedded in the candidate."""

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    outcome: ApplicationOutcome | str | Unset | None = UNSET
    rejection_reason_name: str | Unset | None = UNSET
    rejected_at: datetime.datetime | Unset | None = UNSET
    remote_url: str | Unset | None = UNSET
    """ Link to the application in the ATS's own UI, where the ATS has one. """
    changed_at: datetime.datetime | Unset = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    current_stage: StageReference | Unset | None = UNSET
    job: JobReference | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        outcome: str | Unset | None
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, ApplicationOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        rejection_reason_name: str | Unset | None
        if isinstance(self.rejection_reason_name, Unset):
            rejection_reason_name = UNSET
        else:
            rejection_reason_name = self.rejection_reason_name

        rejected_at: str | Unset | None
        if isinstance(self.rejected_at, Unset):
            rejected_at = UNSET
        elif isinstance(self.rejected_at, datetime.datetime):
            rejected_at = self.rejected_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            rejected_at = self.rejected_at

        remote_url: str | Unset | None
        if isinstance(self.remote_url, Unset):
            remote_url = UNSET
        else:
            remote_url = self.remote_url

        changed_at: str | Unset = UNSET
        if not isinstance(self.changed_at, Unset):
            changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_created_at: str | Unset | None
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = self.remote_created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_created_at = self.remote_created_at

        remote_updated_at: str | Unset | None
        if isinstance(self.remote_updated_at, Unset):
            remote_updated_at = UNSET
        elif isinstance(self.remote_updated_at, datetime.datetime):
            remote_updated_at = self.remote_updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_updated_at = self.remote_updated_at

        _current_stage_value = self.current_stage
        current_stage: dict[str, Any] | Unset | None
        if isinstance(_current_stage_value, Unset):
            current_stage = UNSET
        elif isinstance(_current_stage_value, StageReference):
            current_stage = _current_stage_value.to_dict()
        else:
            current_stage = _current_stage_value

        _job_value = self.job
        job: dict[str, Any] | Unset | None
        if isinstance(_job_value, Unset):
            job = UNSET
        elif isinstance(_job_value, JobReference):
            job = _job_value.to_dict()
        else:
            job = _job_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if rejection_reason_name is not UNSET:
            field_dict["rejection_reason_name"] = rejection_reason_name
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if current_stage is not UNSET:
            field_dict["current_stage"] = current_stage
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        candidate_application = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("CandidateApplication", src_dict) from None
        candidate_application.id = _get("id", UNSET)
        candidate_application.remote_id = _get("remote_id", UNSET)
        _outcome = _get("outcome", UNSET)
        if isinstance(_outcome, str):
            candidate_application.outcome = _APPLICATION_OUTCOME_BY_VALUE.get(_outcome, _outcome)
        else:
            candidate_application.outcome = _outcome

        candidate_application.rejection_reason_name = _get("rejection_reason_name", UNSET)
        _rejected_at = _get("rejected_at", UNSET)
        if isinstance(_rejected_at, str):
            try:
                candidate_application.rejected_at = datetime.datetime.fromisoformat(_rejected_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_application.rejected_at = cast(Any, _rejected_at)
        else:
            candidate_application.rejected_at = _rejected_at

        candidate_application.remote_url = _get("remote_url", UNSET)
        _changed_at = _get("changed_at", UNSET)
        if _changed_at is UNSET:
            candidate_application.changed_at = UNSET
        else:
            try:
                candidate_application.changed_at = datetime.datetime.fromisoformat(_changed_at)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "CandidateApplication", "changed_at", _changed_at, "an ISO 8601 date-time string"
                ) from None

        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                candidate_application.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_application.remote_created_at = cast(Any, _remote_created_at)
        else:
            candidate_application.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                candidate_application.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate_application.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            candidate_application.remote_updated_at = _remote_updated_at

        _current_stage_slot_set(candidate_application, _LAZY)
        _job_slot_set(candidate_application, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            candidate_application.additional_properties = {}
        else:
            candidate_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        candidate_application._kombo_source = src_dict
        candidate_application._kombo_pending = 2
        return candidate_application

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


# Lazy nested fields. from_dict sets the record's own fields (strings, numbers, enums, date-times) and keeps the
# payload; each field below starts as _LAZY in its slot and becomes a property that, on first read, parses the
# payload's value with the same code an eager from_dict runs and stores the result in the slot. Later reads get
# the stored object; __init__, assignment, attrs.evolve, ==, repr, to_dict and pickling see ordinary values.
_LAZY: Any = object()
_current_stage_slot_get = CandidateApplication.__dict__["current_stage"].__get__
_current_stage_slot_set = CandidateApplication.__dict__["current_stage"].__set__
_current_stage_slot_delete = CandidateApplication.__dict__["current_stage"].__delete__


def _get_current_stage(self: CandidateApplication) -> Any:
    value = _current_stage_slot_get(self)
    if value is not _LAZY:
        return value
    _current_stage = self._kombo_source.get("current_stage", UNSET)
    if isinstance(_current_stage, dict):
        try:
            self.current_stage = StageReference.from_dict(_current_stage)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.current_stage = cast(Any, _current_stage)
    else:
        self.current_stage = _current_stage

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _current_stage_slot_get(self)


_job_slot_get = CandidateApplication.__dict__["job"].__get__
_job_slot_set = CandidateApplication.__dict__["job"].__set__
_job_slot_delete = CandidateApplication.__dict__["job"].__delete__


def _get_job(self: CandidateApplication) -> Any:
    value = _job_slot_get(self)
    if value is not _LAZY:
        return value
    _job = self._kombo_source.get("job", UNSET)
    if isinstance(_job, dict):
        try:
            self.job = JobReference.from_dict(_job)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.job = cast(Any, _job)
    else:
        self.job = _job

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _job_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("current_stage", _get_current_stage, _current_stage_slot_set, _current_stage_slot_delete),
    ("job", _get_job, _job_slot_set, _job_slot_delete),
):
    setattr(CandidateApplication, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.job_reference import JobReference  # noqa: E402
from ..models.stage_reference import StageReference  # noqa: E402
