from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_reference import JobReference
    from ..models.offer_candidate import OfferCandidate


T = TypeVar("T", bound="OfferApplication")


@_attrs_define
class OfferApplication:
    """The application an offer belongs to, in short."""

    candidate: OfferCandidate | Unset | None = UNSET
    job: JobReference | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_reference import JobReference
        from ..models.offer_candidate import OfferCandidate

        candidate: dict[str, Any] | Unset | None
        if isinstance(self.candidate, Unset):
            candidate = UNSET
        elif isinstance(self.candidate, OfferCandidate):
            candidate = self.candidate.to_dict()
        else:
            candidate = self.candidate

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
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_reference import JobReference
        from ..models.offer_candidate import OfferCandidate

        d = dict(src_dict)

        def _parse_candidate(data: object) -> OfferCandidate | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                candidate_type_0 = OfferCandidate.from_dict(data)

                return candidate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferCandidate | Unset, data)

        candidate = _parse_candidate(d.pop("candidate", UNSET))

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

        offer_application = cls(
            candidate=candidate,
            job=job,
        )

        offer_application.additional_properties = d
        return offer_application

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
