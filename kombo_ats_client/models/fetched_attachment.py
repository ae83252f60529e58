from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ATTACHMENT_TYPE_BY_VALUE = {member.value: member for member in AttachmentType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "candidate_id",
        "application_id",
        "type",
        "file_name",
        "content_type",
        "data_url",
        "remote_created_at",
        "remote_updated_at",
    }
)

T = TypeVar("T", bound="FetchedAttachment")


@_attrs_define
class FetchedAttachment:
    """A file fetched live from the ATS, downloadable from `data_url` for a short time."""

    id: str | Unset | None = UNSET

    remote_id: str | Unset | None = UNSET

    candidate_id: str | Unset | None = UNSET
    """ Kombo id of the candidate (candidate attachments only). """

    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the file belongs to (candidate attachments only); null when it hangs off the
    candidate. """

    type: _AttachmentTypeOpen | Unset | None = _attrs_field(default=UNSET, alias="type_")

    file_name: str | Unset | None = UNSET

    content_type: str | Unset | None = UNSET
    """ MIME type of the file. """

    data_url: str | Unset | None = UNSET
    """ Where to download the file from, hosted by Kombo. Temporary: download it soon and store it yourself. """

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def type_(self) -> AttachmentType | str | Unset | None:
        """``type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.type

    @type_.setter
    def type_(self, value: AttachmentType | str | Unset | None) -> None:
        self.type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        candidate_id = self.candidate_id
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id

        application_id = self.application_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_.value if isinstance(type_, AttachmentType) else type_

        file_name = self.file_name
        if file_name is not UNSET:
            field_dict["file_name"] = file_name

        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        data_url = self.data_url
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

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

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        fetched_attachment = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("FetchedAttachment", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 10:
            try:
                fetched_attachment.id = src_dict["id"]
                fetched_attachment.remote_id = src_dict["remote_id"]
                fetched_attachment.candidate_id = src_dict["candidate_id"]
                fetched_attachment.application_id = src_dict["application_id"]
                _type_ = src_dict["type"]
                fetched_attachment.file_name = src_dict["file_name"]
                fetched_attachment.content_type = src_dict["content_type"]
                fetched_attachment.data_url = src_dict["data_url"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            fetched_attachment.id = _get("id", UNSET)
            fetched_attachment.remote_id = _get("remote_id", UNSET)
            fetched_attachment.candidate_id = _get("candidate_id", UNSET)
            fetched_attachment.application_id = _get("application_id", UNSET)
            _type_ = _get("type", UNSET)
            fetched_attachment.file_name = _get("file_name", UNSET)
            fetched_attachment.content_type = _get("content_type", UNSET)
            fetched_attachment.data_url = _get("data_url", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_type_, str):
            fetched_attachment.type = _ATTACHMENT_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            fetched_attachment.type = _type_

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "FetchedAttachment",
                    "remote_created_at",
                    _remote_created_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            fetched_attachment.remote_created_at = _parsed_datetime

        else:
            fetched_attachment.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "FetchedAttachment",
                    "remote_updated_at",
                    _remote_updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            fetched_attachment.remote_updated_at = _parsed_datetime

        else:
            fetched_attachment.remote_updated_at = _remote_updated_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            fetched_attachment.additional_properties = {}
        else:
            fetched_attachment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return fetched_attachment

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
    _AttachmentTypeOpen: TypeAlias = AttachmentType | str
else:
    _AttachmentTypeOpen = _open_enum(AttachmentType)
