from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_type import EmploymentType
from ..models.job_status import JobStatus
from ..models.job_visibility import JobVisibility
from ..models.remote_work_status import RemoteWorkStatus
from ..models.salary_period import SalaryPeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields
    from ..models.hiring_team_member import HiringTeamMember
    from ..models.integration_field import IntegrationField
    from ..models.job_posting import JobPosting
    from ..models.location import Location
    from ..models.screening_question import ScreeningQuestion
    from ..models.stage import Stage


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
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
        from ..models.custom_fields import CustomFields
        from ..models.location import Location

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

        location: dict[str, Any] | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, Location):
            location = self.location.to_dict()
        else:
            location = self.location

        custom_fields: dict[str, Any] | Unset | None
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        integration_fields: list[dict[str, Any]] | Unset | None
        if isinstance(self.integration_fields, Unset):
            integration_fields = UNSET
        elif isinstance(self.integration_fields, list):
            integration_fields = []
            for integration_fields_type_0_item_data in self.integration_fields:
                integration_fields_type_0_item = integration_fields_type_0_item_data.to_dict()
                integration_fields.append(integration_fields_type_0_item)

        else:
            integration_fields = self.integration_fields

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

        stages: list[dict[str, Any]] | Unset | None
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, list):
            stages = []
            for stages_type_0_item_data in self.stages:
                stages_type_0_item = stages_type_0_item_data.to_dict()
                stages.append(stages_type_0_item)

        else:
            stages = self.stages

        screening_questions: list[dict[str, Any]] | Unset | None
        if isinstance(self.screening_questions, Unset):
            screening_questions = UNSET
        elif isinstance(self.screening_questions, list):
            screening_questions = []
            for screening_questions_type_0_item_data in self.screening_questions:
                screening_questions_type_0_item = screening_questions_type_0_item_data.to_dict()
                screening_questions.append(screening_questions_type_0_item)

        else:
            screening_questions = self.screening_questions

        job_postings: list[dict[str, Any]] | Unset | None
        if isinstance(self.job_postings, Unset):
            job_postings = UNSET
        elif isinstance(self.job_postings, list):
            job_postings = []
            for job_postings_type_0_item_data in self.job_postings:
                job_postings_type_0_item = job_postings_type_0_item_data.to_dict()
                job_postings.append(job_postings_type_0_item)

        else:
            job_postings = self.job_postings

        hiring_team: list[dict[str, Any]] | Unset | None
        if isinstance(self.hiring_team, Unset):
            hiring_team = UNSET
        elif isinstance(self.hiring_team, list):
            hiring_team = []
            for hiring_team_type_0_item_data in self.hiring_team:
                hiring_team_type_0_item = hiring_team_type_0_item_data.to_dict()
                hiring_team.append(hiring_team_type_0_item)

        else:
            hiring_team = self.hiring_team

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
        from ..models.custom_fields import CustomFields
        from ..models.hiring_team_member import HiringTeamMember
        from ..models.integration_field import IntegrationField
        from ..models.job_posting import JobPosting
        from ..models.location import Location
        from ..models.screening_question import ScreeningQuestion
        from ..models.stage import Stage

        d = dict(src_dict)
        id = d.pop("id")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_remote_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_job_code(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_code = _parse_job_code(d.pop("job_code", UNSET))

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_confidential(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confidential = _parse_confidential(d.pop("confidential", UNSET))

        def _parse_weekly_hours(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_hours = _parse_weekly_hours(d.pop("weekly_hours", UNSET))

        def _parse_employment_type(data: object) -> EmploymentType | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_type_type_0 = EmploymentType(data)

                return employment_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmploymentType | None | str | Unset, data)

        employment_type = _parse_employment_type(d.pop("employment_type", UNSET))

        def _parse_status(data: object) -> JobStatus | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_visibility(data: object) -> JobVisibility | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = JobVisibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobVisibility | None | str | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        def _parse_category(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_department(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_post_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_url = _parse_post_url(d.pop("post_url", UNSET))

        def _parse_experience_level(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experience_level = _parse_experience_level(d.pop("experience_level", UNSET))

        def _parse_remote_work_status(data: object) -> RemoteWorkStatus | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remote_work_status_type_0 = RemoteWorkStatus(data)

                return remote_work_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemoteWorkStatus | str | Unset, data)

        remote_work_status = _parse_remote_work_status(d.pop("remote_work_status", UNSET))

        def _parse_salary_amount(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        salary_amount = _parse_salary_amount(d.pop("salary_amount", UNSET))

        def _parse_salary_amount_from(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        salary_amount_from = _parse_salary_amount_from(d.pop("salary_amount_from", UNSET))

        def _parse_salary_amount_to(data: object) -> float | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        salary_amount_to = _parse_salary_amount_to(d.pop("salary_amount_to", UNSET))

        def _parse_salary_currency(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_currency = _parse_salary_currency(d.pop("salary_currency", UNSET))

        def _parse_salary_period(data: object) -> SalaryPeriod | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                salary_period_type_0 = SalaryPeriod(data)

                return salary_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalaryPeriod | str | Unset, data)

        salary_period = _parse_salary_period(d.pop("salary_period", UNSET))

        def _parse_location(data: object) -> Location | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = Location.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Location | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_custom_fields(data: object) -> CustomFields | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFields | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_integration_fields(data: object) -> list[IntegrationField] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integration_fields_type_0 = []
                _integration_fields_type_0 = data
                for integration_fields_type_0_item_data in _integration_fields_type_0:
                    integration_fields_type_0_item = IntegrationField.from_dict(integration_fields_type_0_item_data)

                    integration_fields_type_0.append(integration_fields_type_0_item)

                return integration_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IntegrationField] | None | Unset, data)

        integration_fields = _parse_integration_fields(d.pop("integration_fields", UNSET))

        def _parse_opened_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_remote_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

        def _parse_remote_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_updated_at = _parse_remote_updated_at(d.pop("remote_updated_at", UNSET))

        def _parse_contact_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        remote_data = d.pop("remote_data", UNSET)

        def _parse_remote_deleted_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remote_deleted_at = _parse_remote_deleted_at(d.pop("remote_deleted_at", UNSET))

        def _parse_stages(data: object) -> list[Stage] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stages_type_0 = []
                _stages_type_0 = data
                for stages_type_0_item_data in _stages_type_0:
                    stages_type_0_item = Stage.from_dict(stages_type_0_item_data)

                    stages_type_0.append(stages_type_0_item)

                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Stage] | None | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))

        def _parse_screening_questions(data: object) -> list[ScreeningQuestion] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                screening_questions_type_0 = []
                _screening_questions_type_0 = data
                for screening_questions_type_0_item_data in _screening_questions_type_0:
                    screening_questions_type_0_item = ScreeningQuestion.from_dict(screening_questions_type_0_item_data)

                    screening_questions_type_0.append(screening_questions_type_0_item)

                return screening_questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScreeningQuestion] | None | Unset, data)

        screening_questions = _parse_screening_questions(d.pop("screening_questions", UNSET))

        def _parse_job_postings(data: object) -> list[JobPosting] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                job_postings_type_0 = []
                _job_postings_type_0 = data
                for job_postings_type_0_item_data in _job_postings_type_0:
                    job_postings_type_0_item = JobPosting.from_dict(job_postings_type_0_item_data)

                    job_postings_type_0.append(job_postings_type_0_item)

                return job_postings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobPosting] | None | Unset, data)

        job_postings = _parse_job_postings(d.pop("job_postings", UNSET))

        def _parse_hiring_team(data: object) -> list[HiringTeamMember] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hiring_team_type_0 = []
                _hiring_team_type_0 = data
                for hiring_team_type_0_item_data in _hiring_team_type_0:
                    hiring_team_type_0_item = HiringTeamMember.from_dict(hiring_team_type_0_item_data)

                    hiring_team_type_0.append(hiring_team_type_0_item)

                return hiring_team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HiringTeamMember] | None | Unset, data)

        hiring_team = _parse_hiring_team(d.pop("hiring_team", UNSET))

        job = cls(
            id=id,
            changed_at=changed_at,
            remote_id=remote_id,
            name=name,
            job_code=job_code,
            description=description,
            confidential=confidential,
            weekly_hours=weekly_hours,
            employment_type=employment_type,
            status=status,
            visibility=visibility,
            category=category,
            department=department,
            post_url=post_url,
            experience_level=experience_level,
            remote_work_status=remote_work_status,
            salary_amount=salary_amount,
            salary_amount_from=salary_amount_from,
            salary_amount_to=salary_amount_to,
            salary_currency=salary_currency,
            salary_period=salary_period,
            location=location,
            custom_fields=custom_fields,
            integration_fields=integration_fields,
            opened_at=opened_at,
            closed_at=closed_at,
            remote_created_at=remote_created_at,
            remote_updated_at=remote_updated_at,
            contact_id=contact_id,
            remote_data=remote_data,
            remote_deleted_at=remote_deleted_at,
            stages=stages,
            screening_questions=screening_questions,
            job_postings=job_postings,
            hiring_team=hiring_team,
        )

        job.additional_properties = d
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
