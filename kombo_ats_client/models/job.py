from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.employment_type import EmploymentType
from ..models.job_status import JobStatus
from ..models.job_visibility import JobVisibility
from ..models.remote_work_status import RemoteWorkStatus
from ..models.salary_period import SalaryPeriod
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import decoded_with as _decoded_with
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

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
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
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


@_attrs_define
class Job:
    """A job (requisition) in the ATS."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    name: str | Unset | None = UNSET
    """ Title of the job. """

    job_code: str | Unset | None = UNSET
    """ Human-readable job code (requisition code). """

    description: str | Unset | None = UNSET
    """ Usually HTML. """

    confidential: bool | Unset | None = UNSET
    """ Deprecated - use `visibility`. """

    weekly_hours: int | float | Unset | None = UNSET

    employment_type: _EmploymentTypeOpen | Unset | None = UNSET

    status: _JobStatusOpen | Unset | None = UNSET

    visibility: _JobVisibilityOpen | Unset | None = UNSET

    category: str | Unset | None = UNSET
    """ Category (often the industry). """

    department: str | Unset | None = UNSET

    post_url: str | Unset | None = UNSET
    """ Public posting URL of the ATS itself. """

    remote_url: str | Unset | None = UNSET
    """ Link to the job in the ATS's own UI (for recruiters; not the public posting). """

    experience_level: str | Unset | None = UNSET

    remote_work_status: _RemoteWorkStatusOpen | Unset | None = UNSET

    salary_amount: int | float | Unset | None = UNSET

    salary_amount_from: int | float | Unset | None = UNSET

    salary_amount_to: int | float | Unset | None = UNSET

    salary_currency: str | Unset | None = UNSET
    """ Usually an ISO 4217 code. """

    salary_period: _SalaryPeriodOpen | Unset | None = UNSET

    location: Location | Unset | None = UNSET

    custom_fields: _CustomFieldsMap | Unset | None = UNSET

    integration_fields: list[IntegrationField] | Unset | None = UNSET

    opened_at: _AwareDatetime | Unset | None = UNSET

    closed_at: _AwareDatetime | Unset | None = UNSET

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    contact_id: str | Unset | None = UNSET
    """ Deprecated - use `hiring_team`. """

    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    stages: list[Stage] | Unset | None = UNSET

    screening_questions: list[ScreeningQuestion] | Unset | None = UNSET

    job_postings: list[JobPosting] | Unset | None = UNSET

    hiring_team: list[HiringTeamMember] | Unset | None = UNSET

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

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        job_code = self.job_code
        if job_code is not UNSET:
            field_dict["job_code"] = job_code

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        confidential = self.confidential
        if confidential is not UNSET:
            field_dict["confidential"] = confidential

        weekly_hours = self.weekly_hours
        if weekly_hours is not UNSET:
            field_dict["weekly_hours"] = weekly_hours

        employment_type = self.employment_type
        if employment_type is not UNSET:
            field_dict["employment_type"] = (
                employment_type.value if isinstance(employment_type, EmploymentType) else employment_type
            )

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.value if isinstance(status, JobStatus) else status

        visibility = self.visibility
        if visibility is not UNSET:
            field_dict["visibility"] = visibility.value if isinstance(visibility, JobVisibility) else visibility

        category = self.category
        if category is not UNSET:
            field_dict["category"] = category

        department = self.department
        if department is not UNSET:
            field_dict["department"] = department

        post_url = self.post_url
        if post_url is not UNSET:
            field_dict["post_url"] = post_url

        remote_url = self.remote_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url

        experience_level = self.experience_level
        if experience_level is not UNSET:
            field_dict["experience_level"] = experience_level

        remote_work_status = self.remote_work_status
        if remote_work_status is not UNSET:
            field_dict["remote_work_status"] = (
                remote_work_status.value if isinstance(remote_work_status, RemoteWorkStatus) else remote_work_status
            )

        salary_amount = self.salary_amount
        if salary_amount is not UNSET:
            field_dict["salary_amount"] = salary_amount

        salary_amount_from = self.salary_amount_from
        if salary_amount_from is not UNSET:
            field_dict["salary_amount_from"] = salary_amount_from

        salary_amount_to = self.salary_amount_to
        if salary_amount_to is not UNSET:
            field_dict["salary_amount_to"] = salary_amount_to

        salary_currency = self.salary_currency
        if salary_currency is not UNSET:
            field_dict["salary_currency"] = salary_currency

        salary_period = self.salary_period
        if salary_period is not UNSET:
            field_dict["salary_period"] = (
                salary_period.value if isinstance(salary_period, SalaryPeriod) else salary_period
            )

        location = self.location
        if location is not UNSET:
            field_dict["location"] = location.to_dict() if isinstance(location, Location) else location

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

        opened_at = self.opened_at
        if opened_at is not UNSET:
            field_dict["opened_at"] = (
                _format_datetime(opened_at) if isinstance(opened_at, datetime.datetime) else opened_at
            )

        closed_at = self.closed_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = (
                _format_datetime(closed_at) if isinstance(closed_at, datetime.datetime) else closed_at
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

        contact_id = self.contact_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        remote_data = self.remote_data
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        stages = self.stages
        if stages is not UNSET:
            field_dict["stages"] = (
                [item.to_dict() if isinstance(item, Stage) else item for item in stages]
                if isinstance(stages, list)
                else stages
            )

        screening_questions = self.screening_questions
        if screening_questions is not UNSET:
            field_dict["screening_questions"] = (
                [item.to_dict() if isinstance(item, ScreeningQuestion) else item for item in screening_questions]
                if isinstance(screening_questions, list)
                else screening_questions
            )

        job_postings = self.job_postings
        if job_postings is not UNSET:
            field_dict["job_postings"] = (
                [item.to_dict() if isinstance(item, JobPosting) else item for item in job_postings]
                if isinstance(job_postings, list)
                else job_postings
            )

        hiring_team = self.hiring_team
        if hiring_team is not UNSET:
            field_dict["hiring_team"] = (
                [item.to_dict() if isinstance(item, HiringTeamMember) else item for item in hiring_team]
                if isinstance(hiring_team, list)
                else hiring_team
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        job = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Job", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Job", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 36:
            try:
                job.remote_id = src_dict["remote_id"]
                job.name = src_dict["name"]
                job.job_code = src_dict["job_code"]
                job.description = src_dict["description"]
                job.confidential = src_dict["confidential"]
                job.weekly_hours = src_dict["weekly_hours"]
                _employment_type = src_dict["employment_type"]
                _status = src_dict["status"]
                _visibility = src_dict["visibility"]
                job.category = src_dict["category"]
                job.department = src_dict["department"]
                job.post_url = src_dict["post_url"]
                job.remote_url = src_dict["remote_url"]
                job.experience_level = src_dict["experience_level"]
                _remote_work_status = src_dict["remote_work_status"]
                job.salary_amount = src_dict["salary_amount"]
                job.salary_amount_from = src_dict["salary_amount_from"]
                job.salary_amount_to = src_dict["salary_amount_to"]
                job.salary_currency = src_dict["salary_currency"]
                _salary_period = src_dict["salary_period"]
                _location = src_dict["location"]
                _custom_fields = src_dict["custom_fields"]
                _integration_fields = src_dict["integration_fields"]
                _opened_at = src_dict["opened_at"]
                _closed_at = src_dict["closed_at"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                job.contact_id = src_dict["contact_id"]
                job.remote_data = src_dict["remote_data"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _stages = src_dict["stages"]
                _screening_questions = src_dict["screening_questions"]
                _job_postings = src_dict["job_postings"]
                _hiring_team = src_dict["hiring_team"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            job.remote_id = _get("remote_id", UNSET)
            job.name = _get("name", UNSET)
            job.job_code = _get("job_code", UNSET)
            job.description = _get("description", UNSET)
            job.confidential = _get("confidential", UNSET)
            job.weekly_hours = _get("weekly_hours", UNSET)
            _employment_type = _get("employment_type", UNSET)
            _status = _get("status", UNSET)
            _visibility = _get("visibility", UNSET)
            job.category = _get("category", UNSET)
            job.department = _get("department", UNSET)
            job.post_url = _get("post_url", UNSET)
            job.remote_url = _get("remote_url", UNSET)
            job.experience_level = _get("experience_level", UNSET)
            _remote_work_status = _get("remote_work_status", UNSET)
            job.salary_amount = _get("salary_amount", UNSET)
            job.salary_amount_from = _get("salary_amount_from", UNSET)
            job.salary_amount_to = _get("salary_amount_to", UNSET)
            job.salary_currency = _get("salary_currency", UNSET)
            _salary_period = _get("salary_period", UNSET)
            _location = _get("location", UNSET)
            _custom_fields = _get("custom_fields", UNSET)
            _integration_fields = _get("integration_fields", UNSET)
            _opened_at = _get("opened_at", UNSET)
            _closed_at = _get("closed_at", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            job.contact_id = _get("contact_id", UNSET)
            job.remote_data = _get("remote_data", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _stages = _get("stages", UNSET)
            _screening_questions = _get("screening_questions", UNSET)
            _job_postings = _get("job_postings", UNSET)
            _hiring_team = _get("hiring_team", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Job", "id", _id, "a string")

        job.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "Job", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        job.changed_at = _parsed_datetime

        if isinstance(_employment_type, str):
            job.employment_type = _EMPLOYMENT_TYPE_BY_VALUE.get(_employment_type, _employment_type)
        else:
            job.employment_type = _employment_type

        if isinstance(_status, str):
            job.status = _JOB_STATUS_BY_VALUE.get(_status, _status)
        else:
            job.status = _status

        if isinstance(_visibility, str):
            job.visibility = _JOB_VISIBILITY_BY_VALUE.get(_visibility, _visibility)
        else:
            job.visibility = _visibility

        if isinstance(_remote_work_status, str):
            job.remote_work_status = _REMOTE_WORK_STATUS_BY_VALUE.get(_remote_work_status, _remote_work_status)
        else:
            job.remote_work_status = _remote_work_status

        if isinstance(_salary_period, str):
            job.salary_period = _SALARY_PERIOD_BY_VALUE.get(_salary_period, _salary_period)
        else:
            job.salary_period = _salary_period

        if isinstance(_location, dict):
            try:
                job.location = Location.from_dict(_location)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.location = cast(Any, _location)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.location = cast(Any, _location)
        else:
            job.location = _location

        if isinstance(_custom_fields, dict):
            try:
                job.custom_fields = CustomFields.from_dict(_custom_fields)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.custom_fields = cast(Any, _custom_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.custom_fields = cast(Any, _custom_fields)
        else:
            job.custom_fields = _custom_fields

        if isinstance(_integration_fields, list):
            try:
                job.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.integration_fields = cast(Any, _integration_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.integration_fields = cast(Any, _integration_fields)
        else:
            job.integration_fields = _integration_fields

        if isinstance(_opened_at, str):
            try:
                _parsed_datetime = _parse_datetime(_opened_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Job", "opened_at", _opened_at, "a timezone-aware ISO 8601 date-time string"
                )
            job.opened_at = _parsed_datetime

        else:
            job.opened_at = _opened_at

        if isinstance(_closed_at, str):
            try:
                _parsed_datetime = _parse_datetime(_closed_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Job", "closed_at", _closed_at, "a timezone-aware ISO 8601 date-time string"
                )
            job.closed_at = _parsed_datetime

        else:
            job.closed_at = _closed_at

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Job", "remote_created_at", _remote_created_at, "a timezone-aware ISO 8601 date-time string"
                )
            job.remote_created_at = _parsed_datetime

        else:
            job.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Job", "remote_updated_at", _remote_updated_at, "a timezone-aware ISO 8601 date-time string"
                )
            job.remote_updated_at = _parsed_datetime

        else:
            job.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Job", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            job.remote_deleted_at = _parsed_datetime

        else:
            job.remote_deleted_at = _remote_deleted_at

        if isinstance(_stages, list):
            try:
                job.stages = list(map(Stage.from_dict, _stages))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.stages = cast(Any, _stages)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.stages = cast(Any, _stages)
        else:
            job.stages = _stages

        if isinstance(_screening_questions, list):
            try:
                job.screening_questions = list(map(ScreeningQuestion.from_dict, _screening_questions))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.screening_questions = cast(Any, _screening_questions)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.screening_questions = cast(Any, _screening_questions)
        else:
            job.screening_questions = _screening_questions

        if isinstance(_job_postings, list):
            try:
                job.job_postings = list(map(JobPosting.from_dict, _job_postings))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.job_postings = cast(Any, _job_postings)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.job_postings = cast(Any, _job_postings)
        else:
            job.job_postings = _job_postings

        if isinstance(_hiring_team, list):
            try:
                job.hiring_team = list(map(HiringTeamMember.from_dict, _hiring_team))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                job.hiring_team = cast(Any, _hiring_team)
            except (TypeError, ValueError, AttributeError, KeyError):
                job.hiring_team = cast(Any, _hiring_team)
        else:
            job.hiring_team = _hiring_team

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            job.additional_properties = {}
        else:
            job.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return job

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
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.hiring_team_member import HiringTeamMember  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.job_posting import JobPosting  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.screening_question import ScreeningQuestion  # noqa: E402
from ..models.stage import Stage  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _EmploymentTypeOpen: TypeAlias = EmploymentType | str
    _JobStatusOpen: TypeAlias = JobStatus | str
    _JobVisibilityOpen: TypeAlias = JobVisibility | str
    _RemoteWorkStatusOpen: TypeAlias = RemoteWorkStatus | str
    _SalaryPeriodOpen: TypeAlias = SalaryPeriod | str
    _CustomFieldsMap: TypeAlias = CustomFields
else:
    _EmploymentTypeOpen = _open_enum(EmploymentType)
    _JobStatusOpen = _open_enum(JobStatus)
    _JobVisibilityOpen = _open_enum(JobVisibility)
    _RemoteWorkStatusOpen = _open_enum(RemoteWorkStatus)
    _SalaryPeriodOpen = _open_enum(SalaryPeriod)
    _CustomFieldsMap = _decoded_with("CustomFieldsMap", CustomFields.from_dict)
