from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_outcome import ApplicationOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_candidate import ApplicationCandidate
    from ..models.custom_fields import CustomFields
    from ..models.integration_field import IntegrationField
    from ..models.interview import Interview
    from ..models.job_reference import JobReference
    from ..models.stage_reference import StageReference


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """A candidate's application to a job."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    outcome: ApplicationOutcome | str | Unset | None = UNSET
    rejection_reason_name: str | Unset | None = UNSET
    current_stage_id: str | Unset | None = UNSET
    job_id: str | Unset | None = UNSET
    candidate_id: str | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_candidate import ApplicationCandidate
        from ..models.custom_fields import CustomFields
        from ..models.job_reference import JobReference
        from ..models.stage_reference import StageReference

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

        candidate: dict[str, Any] | Unset | None
        if isinstance(self.candidate, Unset):
            candidate = UNSET
        elif isinstance(self.candidate, ApplicationCandidate):
            candidate = self.candidate.to_dict()
        else:
            candidate = self.candidate

        current_stage: dict[str, Any] | Unset | None
        if isinstance(self.current_stage, Unset):
            current_stage = UNSET
        elif isinstance(self.current_stage, StageReference):
            current_stage = self.current_stage.to_dict()
        else:
            current_stage = self.current_stage

        job: dict[str, Any] | Unset | None
        if isinstance(self.job, Unset):
            job = UNSET
        elif isinstance(self.job, JobReference):
            job = self.job.to_dict()
        else:
            job = self.job

        interviews: list[dict[str, Any]] | Unset | None
        if isinstance(self.interviews, Unset):
            interviews = UNSET
        elif isinstance(self.interviews, list):
            interviews = []
            for interviews_type_0_item_data in self.interviews:
                interviews_type_0_item = interviews_type_0_item_data.to_dict()
                interviews.append(interviews_type_0_item)

        else:
            interviews = self.interviews

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_candidate import ApplicationCandidate
        from ..models.custom_fields import CustomFields
        from ..models.integration_field import IntegrationField
        from ..models.interview import Interview
        from ..models.job_reference import JobReference
        from ..models.stage_reference import StageReference

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

        def _parse_outcome(data: object) -> ApplicationOutcome | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = ApplicationOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationOutcome | None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_rejection_reason_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason_name = _parse_rejection_reason_name(d.pop("rejection_reason_name", UNSET))

        def _parse_current_stage_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_stage_id = _parse_current_stage_id(d.pop("current_stage_id", UNSET))

        def _parse_job_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_candidate_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        candidate_id = _parse_candidate_id(d.pop("candidate_id", UNSET))

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

        remote_data = d.pop("remote_data", UNSET)

        def _parse_candidate(data: object) -> ApplicationCandidate | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_type_0 = ApplicationCandidate.from_dict(data)

                return candidate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationCandidate | None | Unset, data)

        candidate = _parse_candidate(d.pop("candidate", UNSET))

        def _parse_current_stage(data: object) -> StageReference | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_stage_type_0 = StageReference.from_dict(data)

                return current_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StageReference | Unset, data)

        current_stage = _parse_current_stage(d.pop("current_stage", UNSET))

        def _parse_job(data: object) -> JobReference | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = JobReference.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobReference | None | Unset, data)

        job = _parse_job(d.pop("job", UNSET))

        def _parse_interviews(data: object) -> list[Interview] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interviews_type_0 = []
                _interviews_type_0 = data
                for interviews_type_0_item_data in _interviews_type_0:
                    interviews_type_0_item = Interview.from_dict(interviews_type_0_item_data)

                    interviews_type_0.append(interviews_type_0_item)

                return interviews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Interview] | None | Unset, data)

        interviews = _parse_interviews(d.pop("interviews", UNSET))

        application = cls(
            id=id,
            changed_at=changed_at,
            remote_id=remote_id,
            outcome=outcome,
            rejection_reason_name=rejection_reason_name,
            current_stage_id=current_stage_id,
            job_id=job_id,
            candidate_id=candidate_id,
            custom_fields=custom_fields,
            integration_fields=integration_fields,
            remote_deleted_at=remote_deleted_at,
            remote_created_at=remote_created_at,
            remote_updated_at=remote_updated_at,
            remote_data=remote_data,
            candidate=candidate,
            current_stage=current_stage,
            job=job,
            interviews=interviews,
        )

        application.additional_properties = d
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
