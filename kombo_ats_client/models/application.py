from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.application_outcome import ApplicationOutcome
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_APPLICATION_OUTCOME_BY_VALUE = {member.value: member for member in ApplicationOutcome}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
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
        "custom_fields",
        "integration_fields",
        "remote_url",
        "remote_deleted_at",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
        "candidate",
        "current_stage",
        "job",
        "interviews",
        "offers",
        "screening_question_answers",
    }
)

T = TypeVar("T", bound="Application")


class _ApplicationSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Application(_ApplicationSource):
    """A candidate's application to a job."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    outcome: ApplicationOutcome | str | Unset | None = UNSET
    rejection_reason_name: str | Unset | None = UNSET
    rejected_at: datetime.datetime | Unset | None = UNSET
    current_stage_id: str | Unset | None = UNSET
    job_id: str | Unset | None = UNSET
    candidate_id: str | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
    remote_url: str | Unset | None = UNSET
    """ Link to the application in the ATS's own UI. Not every ATS has one; fall back to the candidate's
    `remote_url`. """
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
    candidate: ApplicationCandidate | Unset | None = UNSET
    current_stage: StageReference | Unset | None = UNSET
    job: JobReference | Unset | None = UNSET
    interviews: list[Interview] | Unset | None = UNSET
    offers: list[ApplicationOffer] | Unset | None = UNSET
    """ The offers made for this application, in short (the full records come from `getOffers`). """
    screening_question_answers: list[SubmittedScreeningAnswer] | Unset | None = UNSET
    """ The candidate's answers to the job's screening questions, as the ATS stored them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

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

        current_stage_id: str | Unset | None
        if isinstance(self.current_stage_id, Unset):
            current_stage_id = UNSET
        else:
            current_stage_id = self.current_stage_id

        job_id: str | Unset | None
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        candidate_id: str | Unset | None
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = self.candidate_id

        _custom_fields_value = self.custom_fields
        custom_fields: dict[str, Any] | Unset | None
        if isinstance(_custom_fields_value, Unset):
            custom_fields = UNSET
        elif isinstance(_custom_fields_value, CustomFields):
            custom_fields = _custom_fields_value.to_dict()
        else:
            custom_fields = _custom_fields_value

        _integration_fields_value = self.integration_fields
        integration_fields: list[dict[str, Any]] | Unset | None
        if isinstance(_integration_fields_value, Unset):
            integration_fields = UNSET
        elif isinstance(_integration_fields_value, list):
            integration_fields = [
                item.to_dict() if isinstance(item, IntegrationField) else cast(Any, item)
                for item in _integration_fields_value
            ]

        else:
            integration_fields = _integration_fields_value

        remote_url: str | Unset | None
        if isinstance(self.remote_url, Unset):
            remote_url = UNSET
        else:
            remote_url = self.remote_url

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

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

        remote_data = self.remote_data

        _candidate_value = self.candidate
        candidate: dict[str, Any] | Unset | None
        if isinstance(_candidate_value, Unset):
            candidate = UNSET
        elif isinstance(_candidate_value, ApplicationCandidate):
            candidate = _candidate_value.to_dict()
        else:
            candidate = _candidate_value

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

        _interviews_value = self.interviews
        interviews: list[dict[str, Any]] | Unset | None
        if isinstance(_interviews_value, Unset):
            interviews = UNSET
        elif isinstance(_interviews_value, list):
            interviews = [
                item.to_dict() if isinstance(item, Interview) else cast(Any, item) for item in _interviews_value
            ]

        else:
            interviews = _interviews_value

        _offers_value = self.offers
        offers: list[dict[str, Any]] | Unset | None
        if isinstance(_offers_value, Unset):
            offers = UNSET
        elif isinstance(_offers_value, list):
            offers = [
                item.to_dict() if isinstance(item, ApplicationOffer) else cast(Any, item) for item in _offers_value
            ]

        else:
            offers = _offers_value

        _screening_question_answers_value = self.screening_question_answers
        screening_question_answers: list[dict[str, Any]] | Unset | None
        if isinstance(_screening_question_answers_value, Unset):
            screening_question_answers = UNSET
        elif isinstance(_screening_question_answers_value, list):
            screening_question_answers = [
                item.to_dict() if isinstance(item, SubmittedScreeningAnswer) else cast(Any, item)
                for item in _screening_question_answers_value
            ]

        else:
            screening_question_answers = _screening_question_answers_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "changed_at": changed_at,
            }
        )
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if rejection_reason_name is not UNSET:
            field_dict["rejection_reason_name"] = rejection_reason_name
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at
        if current_stage_id is not UNSET:
            field_dict["current_stage_id"] = current_stage_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = integration_fields
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if current_stage is not UNSET:
            field_dict["current_stage"] = current_stage
        if job is not UNSET:
            field_dict["job"] = job
        if interviews is not UNSET:
            field_dict["interviews"] = interviews
        if offers is not UNSET:
            field_dict["offers"] = offers
        if screening_question_answers is not UNSET:
            field_dict["screening_question_answers"] = screening_question_answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        application = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Application", src_dict) from None
        try:
            application.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Application", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("Application", src_dict) from None
        try:
            application.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "Application", "changed_at", _changed_at, "an ISO 8601 date-time string"
            ) from None

        application.remote_id = _get("remote_id", UNSET)
        _outcome = _get("outcome", UNSET)
        if isinstance(_outcome, str):
            application.outcome = _APPLICATION_OUTCOME_BY_VALUE.get(_outcome, _outcome)
        else:
            application.outcome = _outcome

        application.rejection_reason_name = _get("rejection_reason_name", UNSET)
        _rejected_at = _get("rejected_at", UNSET)
        if isinstance(_rejected_at, str):
            try:
                application.rejected_at = datetime.datetime.fromisoformat(_rejected_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                application.rejected_at = cast(Any, _rejected_at)
        else:
            application.rejected_at = _rejected_at

        application.current_stage_id = _get("current_stage_id", UNSET)
        application.job_id = _get("job_id", UNSET)
        application.candidate_id = _get("candidate_id", UNSET)
        _custom_fields_slot_set(application, _LAZY)
        _integration_fields_slot_set(application, _LAZY)
        application.remote_url = _get("remote_url", UNSET)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                application.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                application.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            application.remote_deleted_at = _remote_deleted_at

        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                application.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                application.remote_created_at = cast(Any, _remote_created_at)
        else:
            application.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                application.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                application.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            application.remote_updated_at = _remote_updated_at

        application.remote_data = _get("remote_data", UNSET)
        _candidate_slot_set(application, _LAZY)
        _current_stage_slot_set(application, _LAZY)
        _job_slot_set(application, _LAZY)
        _interviews_slot_set(application, _LAZY)
        _offers_slot_set(application, _LAZY)
        _screening_question_answers_slot_set(application, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            application.additional_properties = {}
        else:
            application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        application._kombo_source = src_dict
        application._kombo_pending = 8
        return application

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
_custom_fields_slot_get = Application.__dict__["custom_fields"].__get__
_custom_fields_slot_set = Application.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = Application.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: Application) -> Any:
    value = _custom_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _custom_fields = self._kombo_source.get("custom_fields", UNSET)
    if isinstance(_custom_fields, dict):
        try:
            self.custom_fields = CustomFields.from_dict(_custom_fields)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.custom_fields = cast(Any, _custom_fields)
    else:
        self.custom_fields = _custom_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _custom_fields_slot_get(self)


_integration_fields_slot_get = Application.__dict__["integration_fields"].__get__
_integration_fields_slot_set = Application.__dict__["integration_fields"].__set__
_integration_fields_slot_delete = Application.__dict__["integration_fields"].__delete__


def _get_integration_fields(self: Application) -> Any:
    value = _integration_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _integration_fields = self._kombo_source.get("integration_fields", UNSET)
    if isinstance(_integration_fields, list):
        try:
            self.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.integration_fields = cast(Any, _integration_fields)
    else:
        self.integration_fields = _integration_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _integration_fields_slot_get(self)


_candidate_slot_get = Application.__dict__["candidate"].__get__
_candidate_slot_set = Application.__dict__["candidate"].__set__
_candidate_slot_delete = Application.__dict__["candidate"].__delete__


def _get_candidate(self: Application) -> Any:
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


_current_stage_slot_get = Application.__dict__["current_stage"].__get__
_current_stage_slot_set = Application.__dict__["current_stage"].__set__
_current_stage_slot_delete = Application.__dict__["current_stage"].__delete__


def _get_current_stage(self: Application) -> Any:
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


_job_slot_get = Application.__dict__["job"].__get__
_job_slot_set = Application.__dict__["job"].__set__
_job_slot_delete = Application.__dict__["job"].__delete__


def _get_job(self: Application) -> Any:
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


_interviews_slot_get = Application.__dict__["interviews"].__get__
_interviews_slot_set = Application.__dict__["interviews"].__set__
_interviews_slot_delete = Application.__dict__["interviews"].__delete__


def _get_interviews(self: Application) -> Any:
    value = _interviews_slot_get(self)
    if value is not _LAZY:
        return value
    _interviews = self._kombo_source.get("interviews", UNSET)
    if isinstance(_interviews, list):
        try:
            self.interviews = list(map(Interview.from_dict, _interviews))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.interviews = cast(Any, _interviews)
    else:
        self.interviews = _interviews

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _interviews_slot_get(self)


_offers_slot_get = Application.__dict__["offers"].__get__
_offers_slot_set = Application.__dict__["offers"].__set__
_offers_slot_delete = Application.__dict__["offers"].__delete__


def _get_offers(self: Application) -> Any:
    value = _offers_slot_get(self)
    if value is not _LAZY:
        return value
    _offers = self._kombo_source.get("offers", UNSET)
    if isinstance(_offers, list):
        try:
            self.offers = list(map(ApplicationOffer.from_dict, _offers))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.offers = cast(Any, _offers)
    else:
        self.offers = _offers

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _offers_slot_get(self)


_screening_question_answers_slot_get = Application.__dict__["screening_question_answers"].__get__
_screening_question_answers_slot_set = Application.__dict__["screening_question_answers"].__set__
_screening_question_answers_slot_delete = Application.__dict__["screening_question_answers"].__delete__


def _get_screening_question_answers(self: Application) -> Any:
    value = _screening_question_answers_slot_get(self)
    if value is not _LAZY:
        return value
    _screening_question_answers = self._kombo_source.get("screening_question_answers", UNSET)
    if isinstance(_screening_question_answers, list):
        try:
            self.screening_question_answers = list(map(SubmittedScreeningAnswer.from_dict, _screening_question_answers))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.screening_question_answers = cast(Any, _screening_question_answers)
    else:
        self.screening_question_answers = _screening_question_answers

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _screening_question_answers_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("custom_fields", _get_custom_fields, _custom_fields_slot_set, _custom_fields_slot_delete),
    ("integration_fields", _get_integration_fields, _integration_fields_slot_set, _integration_fields_slot_delete),
    ("candidate", _get_candidate, _candidate_slot_set, _candidate_slot_delete),
    ("current_stage", _get_current_stage, _current_stage_slot_set, _current_stage_slot_delete),
    ("job", _get_job, _job_slot_set, _job_slot_delete),
    ("interviews", _get_interviews, _interviews_slot_set, _interviews_slot_delete),
    ("offers", _get_offers, _offers_slot_set, _offers_slot_delete),
    (
        "screening_question_answers",
        _get_screening_question_answers,
        _screening_question_answers_slot_set,
        _screening_question_answers_slot_delete,
    ),
):
    setattr(Application, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.application_candidate import ApplicationCandidate  # noqa: E402
from ..models.application_offer import ApplicationOffer  # noqa: E402
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.interview import Interview  # noqa: E402
from ..models.job_reference import JobReference  # noqa: E402
from ..models.stage_reference import StageReference  # noqa: E402
from ..models.submitted_screening_answer import SubmittedScreeningAnswer  # noqa: E402
