from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.job_posting_status import JobPostingStatus
from ..models.job_posting_visibility import JobPostingVisibility
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_POSTING_STATUS_BY_VALUE = {member.value: member for member in JobPostingStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_JOB_POSTING_VISIBILITY_BY_VALUE = {member.value: member for member in JobPostingVisibility}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
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
    id: str

    remote_id: str | Unset | None = UNSET

    title: str | Unset | None = UNSET

    description_html: str | Unset | None = UNSET

    status: _JobPostingStatusOpen | Unset | None = UNSET

    visibility: _JobPostingVisibilityOpen | Unset | None = UNSET

    url: str | Unset | None = UNSET
    """ Public URL of the posting on the ATS. """

    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        description_html = self.description_html
        if description_html is not UNSET:
            field_dict["description_html"] = description_html

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.value if isinstance(status, JobPostingStatus) else status

        visibility = self.visibility
        if visibility is not UNSET:
            field_dict["visibility"] = visibility.value if isinstance(visibility, JobPostingVisibility) else visibility

        url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        remote_data = self.remote_data
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        job_posting = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("JobPosting", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("JobPosting", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 8:
            try:
                job_posting.remote_id = src_dict["remote_id"]
                job_posting.title = src_dict["title"]
                job_posting.description_html = src_dict["description_html"]
                _status = src_dict["status"]
                _visibility = src_dict["visibility"]
                job_posting.url = src_dict["url"]
                job_posting.remote_data = src_dict["remote_data"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            job_posting.remote_id = _get("remote_id", UNSET)
            job_posting.title = _get("title", UNSET)
            job_posting.description_html = _get("description_html", UNSET)
            _status = _get("status", UNSET)
            _visibility = _get("visibility", UNSET)
            job_posting.url = _get("url", UNSET)
            job_posting.remote_data = _get("remote_data", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("JobPosting", "id", _id, "a string")

        job_posting.id = _id

        if isinstance(_status, str):
            job_posting.status = _JOB_POSTING_STATUS_BY_VALUE.get(_status, _status)
        else:
            job_posting.status = _status

        if isinstance(_visibility, str):
            job_posting.visibility = _JOB_POSTING_VISIBILITY_BY_VALUE.get(_visibility, _visibility)
        else:
            job_posting.visibility = _visibility

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            job_posting.additional_properties = {}
        else:
            job_posting.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return job_posting

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


# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _JobPostingStatusOpen: TypeAlias = JobPostingStatus | str
    _JobPostingVisibilityOpen: TypeAlias = JobPostingVisibility | str
else:
    _JobPostingStatusOpen = _open_enum(JobPostingStatus)
    _JobPostingVisibilityOpen = _open_enum(JobPostingVisibility)
