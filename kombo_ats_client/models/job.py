from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.employment_type import EmploymentType
from ..models.job_status import JobStatus
from ..models.job_visibility import JobVisibility
from ..models.remote_work_status import RemoteWorkStatus
from ..models.salary_period import SalaryPeriod
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_EMPLOYMENT_TYPE_BY_VALUE = {member.value: member for member in EmploymentType}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_STATUS_BY_VALUE = {member.value: member for member in JobStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_VISIBILITY_BY_VALUE = {member.value: member for member in JobVisibility}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_REMOTE_WORK_STATUS_BY_VALUE = {member.value: member for member in RemoteWorkStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SALARY_PERIOD_BY_VALUE = {member.value: member for member in SalaryPeriod}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "name",
        "job_code",
        "description",
        "confidential",
        "weekly_hours",
        "employment_type",
        "status",
        "visibility",
        "category",
        "department",
        "post_url",
        "remote_url",
        "experience_level",
        "remote_work_status",
        "salary_amount",
        "salary_amount_from",
        "salary_amount_to",
        "salary_currency",
        "salary_period",
        "location",
        "custom_fields",
        "integration_fields",
        "opened_at",
        "closed_at",
        "remote_created_at",
        "remote_updated_at",
        "contact_id",
        "remote_data",
        "remote_deleted_at",
        "stages",
        "screening_questions",
        "job_postings",
        "hiring_team",
    }
)

T = TypeVar("T", bound="Job")


class _JobSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Job(_JobSource):
    """A job (requisition) in the ATS."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    """ Title of the job. """
    job_code: str | Unset | None = UNSET
    """ Human-readable job code (requisition code). """
    description: str | Unset | None = UNSET
    """ Usually HTML. """
    confidential: bool | Unset | None = UNSET
    """ Deprecated - use `visibility`. """
    weekly_hours: float | Unset | None = UNSET
    employment_type: EmploymentType | str | Unset | None = UNSET
    status: JobStatus | str | Unset | None = UNSET
    visibility: JobVisibility | str | Unset | None = UNSET
    category: str | Unset | None = UNSET
    """ Category (often the industry). """
    department: str | Unset | None = UNSET
    post_url: str | Unset | None = UNSET
    """ Public posting URL of the ATS itself. """
    remote_url: str | Unset | None = UNSET
    """ Link to the job in the ATS's own UI (for recruiters; not the public posting). """
    experience_level: str | Unset | None = UNSET
    remote_work_status: RemoteWorkStatus | str | Unset | None = UNSET
    salary_amount: float | Unset | None = UNSET
    salary_amount_from: float | Unset | None = UNSET
    salary_amount_to: float | Unset | None = UNSET
    salary_currency: str | Unset | None = UNSET
    """ Usually an ISO 4217 code. """
    salary_period: SalaryPeriod | str | Unset | None = UNSET
    location: Location | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
    opened_at: datetime.datetime | Unset | None = UNSET
    closed_at: datetime.datetime | Unset | None = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    contact_id: str | Unset | None = UNSET
    """ Deprecated - use `hiring_team`. """
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    stages: list[Stage] | Unset | None = UNSET
    screening_questions: list[ScreeningQuestion] | Unset | None = UNSET
    job_postings: list[JobPosting] | Unset | None = UNSET
    hiring_team: list[HiringTeamMember] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        job_code: str | Unset | None
        if isinstance(self.job_code, Unset):
            job_code = UNSET
        else:
            job_code = self.job_code

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        confidential: bool | Unset | None
        if isinstance(self.confidential, Unset):
            confidential = UNSET
        else:
            confidential = self.confidential

        weekly_hours: float | Unset | None
        if isinstance(self.weekly_hours, Unset):
            weekly_hours = UNSET
        else:
            weekly_hours = self.weekly_hours

        employment_type: str | Unset | None
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        elif isinstance(self.employment_type, EmploymentType):
            employment_type = self.employment_type.value
        else:
            employment_type = self.employment_type

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        visibility: str | Unset | None
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, JobVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        category: str | Unset | None
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        department: str | Unset | None
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        post_url: str | Unset | None
        if isinstance(self.post_url, Unset):
            post_url = UNSET
        else:
            post_url = self.post_url

        remote_url: str | Unset | None
        if isinstance(self.remote_url, Unset):
            remote_url = UNSET
        else:
            remote_url = self.remote_url

        experience_level: str | Unset | None
        if isinstance(self.experience_level, Unset):
            experience_level = UNSET
        else:
            experience_level = self.experience_level

        remote_work_status: str | Unset | None
        if isinstance(self.remote_work_status, Unset):
            remote_work_status = UNSET
        elif isinstance(self.remote_work_status, RemoteWorkStatus):
            remote_work_status = self.remote_work_status.value
        else:
            remote_work_status = self.remote_work_status

        salary_amount: float | Unset | None
        if isinstance(self.salary_amount, Unset):
            salary_amount = UNSET
        else:
            salary_amount = self.salary_amount

        salary_amount_from: float | Unset | None
        if isinstance(self.salary_amount_from, Unset):
            salary_amount_from = UNSET
        else:
            salary_amount_from = self.salary_amount_from

        salary_amount_to: float | Unset | None
        if isinstance(self.salary_amount_to, Unset):
            salary_amount_to = UNSET
        else:
            salary_amount_to = self.salary_amount_to

        salary_currency: str | Unset | None
        if isinstance(self.salary_currency, Unset):
            salary_currency = UNSET
        else:
            salary_currency = self.salary_currency

        salary_period: str | Unset | None
        if isinstance(self.salary_period, Unset):
            salary_period = UNSET
        elif isinstance(self.salary_period, SalaryPeriod):
            salary_period = self.salary_period.value
        else:
            salary_period = self.salary_period

        _location_value = self.location
        location: dict[str, Any] | Unset | None
        if isinstance(_location_value, Unset):
            location = UNSET
        elif isinstance(_location_value, Location):
            location = _location_value.to_dict()
        else:
            location = _location_value

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

        opened_at: str | Unset | None
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            opened_at = self.opened_at

        closed_at: str | Unset | None
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            closed_at = self.closed_at

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

        contact_id: str | Unset | None
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        remote_data = self.remote_data

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        _stages_value = self.stages
        stages: list[dict[str, Any]] | Unset | None
        if isinstance(_stages_value, Unset):
            stages = UNSET
        elif isinstance(_stages_value, list):
            stages = [item.to_dict() if isinstance(item, Stage) else cast(Any, item) for item in _stages_value]

        else:
            stages = _stages_value

        _screening_questions_value = self.screening_questions
        screening_questions: list[dict[str, Any]] | Unset | None
        if isinstance(_screening_questions_value, Unset):
            screening_questions = UNSET
        elif isinstance(_screening_questions_value, list):
            screening_questions = [
                item.to_dict() if isinstance(item, ScreeningQuestion) else cast(Any, item)
                for item in _screening_questions_value
            ]

        else:
            screening_questions = _screening_questions_value

        _job_postings_value = self.job_postings
        job_postings: list[dict[str, Any]] | Unset | None
        if isinstance(_job_postings_value, Unset):
            job_postings = UNSET
        elif isinstance(_job_postings_value, list):
            job_postings = [
                item.to_dict() if isinstance(item, JobPosting) else cast(Any, item) for item in _job_postings_value
            ]

        else:
            job_postings = _job_postings_value

        _hiring_team_value = self.hiring_team
        hiring_team: list[dict[str, Any]] | Unset | None
        if isinstance(_hiring_team_value, Unset):
            hiring_team = UNSET
        elif isinstance(_hiring_team_value, list):
            hiring_team = [
                item.to_dict() if isinstance(item, HiringTeamMember) else cast(Any, item) for item in _hiring_team_value
            ]

        else:
            hiring_team = _hiring_team_value

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
        if name is not UNSET:
            field_dict["name"] = name
        if job_code is not UNSET:
            field_dict["job_code"] = job_code
        if description is not UNSET:
            field_dict["description"] = description
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if weekly_hours is not UNSET:
            field_dict["weekly_hours"] = weekly_hours
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if status is not UNSET:
            field_dict["status"] = status
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if category is not UNSET:
            field_dict["category"] = category
        if department is not UNSET:
            field_dict["department"] = department
        if post_url is not UNSET:
            field_dict["post_url"] = post_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url
        if experience_level is not UNSET:
            field_dict["experience_level"] = experience_level
        if remote_work_status is not UNSET:
            field_dict["remote_work_status"] = remote_work_status
        if salary_amount is not UNSET:
            field_dict["salary_amount"] = salary_amount
        if salary_amount_from is not UNSET:
            field_dict["salary_amount_from"] = salary_amount_from
        if salary_amount_to is not UNSET:
            field_dict["salary_amount_to"] = salary_amount_to
        if salary_currency is not UNSET:
            field_dict["salary_currency"] = salary_currency
        if salary_period is not UNSET:
            field_dict["salary_period"] = salary_period
        if location is not UNSET:
            field_dict["location"] = location
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = integration_fields
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if stages is not UNSET:
            field_dict["stages"] = stages
        if screening_questions is not UNSET:
            field_dict["screening_questions"] = screening_questions
        if job_postings is not UNSET:
            field_dict["job_postings"] = job_postings
        if hiring_team is not UNSET:
            field_dict["hiring_team"] = hiring_team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        job = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Job", src_dict) from None
        try:
            job.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Job", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("Job", src_dict) from None
        try:
            job.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid("Job", "changed_at", _changed_at, "an ISO 8601 date-time string") from None

        job.remote_id = _get("remote_id", UNSET)
        job.name = _get("name", UNSET)
        job.job_code = _get("job_code", UNSET)
        job.description = _get("description", UNSET)
        job.confidential = _get("confidential", UNSET)
        job.weekly_hours = _get("weekly_hours", UNSET)
        _employment_type = _get("employment_type", UNSET)
        if isinstance(_employment_type, str):
            job.employment_type = _EMPLOYMENT_TYPE_BY_VALUE.get(_employment_type, _employment_type)
        else:
            job.employment_type = _employment_type

        _status = _get("status", UNSET)
        if isinstance(_status, str):
            job.status = _JOB_STATUS_BY_VALUE.get(_status, _status)
        else:
            job.status = _status

        _visibility = _get("visibility", UNSET)
        if isinstance(_visibility, str):
            job.visibility = _JOB_VISIBILITY_BY_VALUE.get(_visibility, _visibility)
        else:
            job.visibility = _visibility

        job.category = _get("category", UNSET)
        job.department = _get("department", UNSET)
        job.post_url = _get("post_url", UNSET)
        job.remote_url = _get("remote_url", UNSET)
        job.experience_level = _get("experience_level", UNSET)
        _remote_work_status = _get("remote_work_status", UNSET)
        if isinstance(_remote_work_status, str):
            job.remote_work_status = _REMOTE_WORK_STATUS_BY_VALUE.get(_remote_work_status, _remote_work_status)
        else:
            job.remote_work_status = _remote_work_status

        job.salary_amount = _get("salary_amount", UNSET)
        job.salary_amount_from = _get("salary_amount_from", UNSET)
        job.salary_amount_to = _get("salary_amount_to", UNSET)
        job.salary_currency = _get("salary_currency", UNSET)
        _salary_period = _get("salary_period", UNSET)
        if isinstance(_salary_period, str):
            job.salary_period = _SALARY_PERIOD_BY_VALUE.get(_salary_period, _salary_period)
        else:
            job.salary_period = _salary_period

        _location_slot_set(job, _LAZY)
        _custom_fields_slot_set(job, _LAZY)
        _integration_fields_slot_set(job, _LAZY)
        _opened_at = _get("opened_at", UNSET)
        if isinstance(_opened_at, str):
            try:
                job.opened_at = datetime.datetime.fromisoformat(_opened_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.opened_at = cast(Any, _opened_at)
        else:
            job.opened_at = _opened_at

        _closed_at = _get("closed_at", UNSET)
        if isinstance(_closed_at, str):
            try:
                job.closed_at = datetime.datetime.fromisoformat(_closed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.closed_at = cast(Any, _closed_at)
        else:
            job.closed_at = _closed_at

        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                job.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.remote_created_at = cast(Any, _remote_created_at)
        else:
            job.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                job.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            job.remote_updated_at = _remote_updated_at

        job.contact_id = _get("contact_id", UNSET)
        job.remote_data = _get("remote_data", UNSET)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                job.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            job.remote_deleted_at = _remote_deleted_at

        _stages_slot_set(job, _LAZY)
        _screening_questions_slot_set(job, _LAZY)
        _job_postings_slot_set(job, _LAZY)
        _hiring_team_slot_set(job, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            job.additional_properties = {}
        else:
            job.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        job._kombo_source = src_dict
        job._kombo_pending = 7
        return job

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
_location_slot_get = Job.__dict__["location"].__get__
_location_slot_set = Job.__dict__["location"].__set__
_location_slot_delete = Job.__dict__["location"].__delete__


def _get_location(self: Job) -> Any:
    value = _location_slot_get(self)
    if value is not _LAZY:
        return value
    _location = self._kombo_source.get("location", UNSET)
    if isinstance(_location, dict):
        try:
            self.location = Location.from_dict(_location)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.location = cast(Any, _location)
    else:
        self.location = _location

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _location_slot_get(self)


_custom_fields_slot_get = Job.__dict__["custom_fields"].__get__
_custom_fields_slot_set = Job.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = Job.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: Job) -> Any:
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


_integration_fields_slot_get = Job.__dict__["integration_fields"].__get__
_integration_fields_slot_set = Job.__dict__["integration_fields"].__set__
_integration_fields_slot_delete = Job.__dict__["integration_fields"].__delete__


def _get_integration_fields(self: Job) -> Any:
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


_stages_slot_get = Job.__dict__["stages"].__get__
_stages_slot_set = Job.__dict__["stages"].__set__
_stages_slot_delete = Job.__dict__["stages"].__delete__


def _get_stages(self: Job) -> Any:
    value = _stages_slot_get(self)
    if value is not _LAZY:
        return value
    _stages = self._kombo_source.get("stages", UNSET)
    if isinstance(_stages, list):
        try:
            self.stages = list(map(Stage.from_dict, _stages))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.stages = cast(Any, _stages)
    else:
        self.stages = _stages

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _stages_slot_get(self)


_screening_questions_slot_get = Job.__dict__["screening_questions"].__get__
_screening_questions_slot_set = Job.__dict__["screening_questions"].__set__
_screening_questions_slot_delete = Job.__dict__["screening_questions"].__delete__


def _get_screening_questions(self: Job) -> Any:
    value = _screening_questions_slot_get(self)
    if value is not _LAZY:
        return value
    _screening_questions = self._kombo_source.get("screening_questions", UNSET)
    if isinstance(_screening_questions, list):
        try:
            self.screening_questions = list(map(ScreeningQuestion.from_dict, _screening_questions))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.screening_questions = cast(Any, _screening_questions)
    else:
        self.screening_questions = _screening_questions

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _screening_questions_slot_get(self)


_job_postings_slot_get = Job.__dict__["job_postings"].__get__
_job_postings_slot_set = Job.__dict__["job_postings"].__set__
_job_postings_slot_delete = Job.__dict__["job_postings"].__delete__


def _get_job_postings(self: Job) -> Any:
    value = _job_postings_slot_get(self)
    if value is not _LAZY:
        return value
    _job_postings = self._kombo_source.get("job_postings", UNSET)
    if isinstance(_job_postings, list):
        try:
            self.job_postings = list(map(JobPosting.from_dict, _job_postings))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.job_postings = cast(Any, _job_postings)
    else:
        self.job_postings = _job_postings

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _job_postings_slot_get(self)


_hiring_team_slot_get = Job.__dict__["hiring_team"].__get__
_hiring_team_slot_set = Job.__dict__["hiring_team"].__set__
_hiring_team_slot_delete = Job.__dict__["hiring_team"].__delete__


def _get_hiring_team(self: Job) -> Any:
    value = _hiring_team_slot_get(self)
    if value is not _LAZY:
        return value
    _hiring_team = self._kombo_source.get("hiring_team", UNSET)
    if isinstance(_hiring_team, list):
        try:
            self.hiring_team = list(map(HiringTeamMember.from_dict, _hiring_team))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.hiring_team = cast(Any, _hiring_team)
    else:
        self.hiring_team = _hiring_team

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _hiring_team_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("location", _get_location, _location_slot_set, _location_slot_delete),
    ("custom_fields", _get_custom_fields, _custom_fields_slot_set, _custom_fields_slot_delete),
    ("integration_fields", _get_integration_fields, _integration_fields_slot_set, _integration_fields_slot_delete),
    ("stages", _get_stages, _stages_slot_set, _stages_slot_delete),
    ("screening_questions", _get_screening_questions, _screening_questions_slot_set, _screening_questions_slot_delete),
    ("job_postings", _get_job_postings, _job_postings_slot_set, _job_postings_slot_delete),
    ("hiring_team", _get_hiring_team, _hiring_team_slot_set, _hiring_team_slot_delete),
):
    setattr(Job, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.hiring_team_member import HiringTeamMember  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.job_posting import JobPosting  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.screening_question import ScreeningQuestion  # noqa: E402
from ..models.stage import Stage  # noqa: E402
