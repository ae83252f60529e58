from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.job_posting_status import JobPostingStatus
from ..models.job_posting_visibility import JobPostingVisibility
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_POSTING_STATUS_BY_VALUE = {member.value: member for member in JobPostingStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_POSTING_VISIBILITY_BY_VALUE = {member.value: member for member in JobPostingVisibility}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "title",
        "description_html",
        "status",
        "visibility",
        "url",
        "remote_data",
    }
)

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
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        job_posting = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("JobPosting", src_dict) from None
        job_posting.id = _get("id", UNSET)
        job_posting.remote_id = _get("remote_id", UNSET)
        job_posting.title = _get("title", UNSET)
        job_posting.description_html = _get("description_html", UNSET)
        _status = _get("status", UNSET)
        if isinstance(_status, str):
            job_posting.status = _JOB_POSTING_STATUS_BY_VALUE.get(_status, _status)
        else:
            job_posting.status = _status

        _visibility = _get("visibility", UNSET)
        if isinstance(_visibility, str):
            job_posting.visibility = _JOB_POSTING_VISIBILITY_BY_VALUE.get(_visibility, _visibility)
        else:
            job_posting.visibility = _visibility

        job_posting.url = _get("url", UNSET)
        job_posting.remote_data = _get("remote_data", UNSET)
        if _KNOWN_FIELDS.issuperset(src_dict):
            job_posting.additional_properties = {}
        else:
            job_posting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

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
