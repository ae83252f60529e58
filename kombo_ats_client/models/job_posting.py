from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_posting_status import JobPostingStatus
from ..models.job_posting_visibility import JobPostingVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPosting")


@_attrs_define
class JobPosting:
    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    description_html: str | Unset | None = UNSET
    status: JobPostingStatus | str | Unset | None = UNSET
    visibility: JobPostingVisibility | str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    """ Public URL of the posting on the ATS. """
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
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

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description_html: str | Unset | None
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobPostingStatus):
            status = self.status.value
        else:
            status = self.status

        visibility: str | Unset | None
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, JobPostingVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        remote_data = self.remote_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if title is not UNSET:
            field_dict["title"] = title
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if status is not UNSET:
            field_dict["status"] = status
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if url is not UNSET:
            field_dict["url"] = url
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description_html(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_html = _parse_description_html(d.pop("description_html", UNSET))

        def _parse_status(data: object) -> JobPostingStatus | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobPostingStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobPostingStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_visibility(data: object) -> JobPostingVisibility | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visibility_type_0 = JobPostingVisibility(data)

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobPostingVisibility | None | str | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        remote_data = d.pop("remote_data", UNSET)

        job_posting = cls(
            id=id,
            remote_id=remote_id,
            title=title,
            description_html=description_html,
            status=status,
            visibility=visibility,
            url=url,
            remote_data=remote_data,
        )

        job_posting.additional_properties = d
        return job_posting

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
