from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_outcome import ApplicationOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_reference import JobReference
    from ..models.stage_reference import StageReference


T = TypeVar("T", bound="CandidateApplication")


@_attrs_define
class CandidateApplication:
    """An application of a candidate, as embedded in the candidate."""

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    outcome: ApplicationOutcome | str | Unset | None = UNSET
    rejection_reason_name: str | Unset | None = UNSET
    current_stage: StageReference | Unset | None = UNSET
    job: JobReference | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_reference import JobReference
        from ..models.stage_reference import StageReference

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
        if current_stage is not UNSET:
            field_dict["current_stage"] = current_stage
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_reference import JobReference
        from ..models.stage_reference import StageReference

        d = dict(src_dict)

        def _parse_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        candidate_application = cls(
            id=id,
            remote_id=remote_id,
            outcome=outcome,
            rejection_reason_name=rejection_reason_name,
            current_stage=current_stage,
            job=job,
        )

        candidate_application.additional_properties = d
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
