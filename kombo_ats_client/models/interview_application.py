from __future__ import annotations

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
        "candidate",
        "job",
    }
)

T = TypeVar("T", bound="InterviewApplication")


class _InterviewApplicationSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class InterviewApplication(_InterviewApplicationSource):
    """The application an interview belongs to, in short."""

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    outcome: ApplicationOutcome | str | Unset | None = UNSET
    rejection_reason_name: str | Unset | None = UNSET
    candidate: ApplicationCandidate | Unset | None = UNSET
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

        _candidate_value = self.candidate
        candidate: dict[str, Any] | Unset | None
        if isinstance(_candidate_value, Unset):
            candidate = UNSET
        elif isinstance(_candidate_value, ApplicationCandidate):
            candidate = _candidate_value.to_dict()
        else:
            candidate = _candidate_value

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
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        interview_application = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("InterviewApplication", src_dict) from None
        interview_application.id = _get("id", UNSET)
        interview_application.remote_id = _get("remote_id", UNSET)
        _outcome = _get("outcome", UNSET)
        if isinstance(_outcome, str):
            interview_application.outcome = _APPLICATION_OUTCOME_BY_VALUE.get(_outcome, _outcome)
        else:
            interview_application.outcome = _outcome

        interview_application.rejection_reason_name = _get("rejection_reason_name", UNSET)
        _candidate_slot_set(interview_application, _LAZY)
        _job_slot_set(interview_application, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            interview_application.additional_properties = {}
        else:
            interview_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        interview_application._kombo_source = src_dict
        interview_application._kombo_pending = 2
        return interview_application

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
_candidate_slot_get = InterviewApplication.__dict__["candidate"].__get__
_candidate_slot_set = InterviewApplication.__dict__["candidate"].__set__
_candidate_slot_delete = InterviewApplication.__dict__["candidate"].__delete__


def _get_candidate(self: InterviewApplication) -> Any:
    value = _candidate_slot_get(self)
    if value is not _LAZY:
        return value
    _candidate = self._kombo_source.get("candidate", UNSET)
    if isinstance(_candidate, dict):
        try:
            self.candidate = ApplicationCandidate.from_dict(_candidate)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.candidate = cast(Any, _candidate)
    else:
        self.candidate = _candidate

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _candidate_slot_get(self)


_job_slot_get = InterviewApplication.__dict__["job"].__get__
_job_slot_set = InterviewApplication.__dict__["job"].__set__
_job_slot_delete = InterviewApplication.__dict__["job"].__delete__


def _get_job(self: InterviewApplication) -> Any:
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
    ("candidate", _get_candidate, _candidate_slot_set, _candidate_slot_delete),
    ("job", _get_job, _job_slot_set, _job_slot_delete),
):
    setattr(InterviewApplication, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.application_candidate import ApplicationCandidate  # noqa: E402
from ..models.job_reference import JobReference  # noqa: E402
