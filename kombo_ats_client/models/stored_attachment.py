from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
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
        "changed_at",
        "remote_id",
        "candidate_id",
        "application_id",
        "type",
        "file_name",
        "remote_created_at",
        "remote_updated_at",
        "remote_deleted_at",
        "content_ref",
    }
)

T = TypeVar("T", bound="StoredAttachment")


@_attrs_define
class StoredAttachment:
    """A file Kombo has synced from the ATS into your file destination (see `content_ref`). Not to be confused with
    `Attachment`, the upload object of write requests.

    """

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    candidate_id: str | Unset | None = UNSET
    """ Kombo id of the candidate the file belongs to. """

    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the ATS filed it under; null when the ATS keeps the file on the candidate (many
    do). """

    type: _AttachmentTypeOpen | Unset | None = _attrs_field(default=UNSET, alias="type_")

    file_name: str | Unset | None = UNSET
    """ The file name as the ATS reports it. """

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    content_ref: ContentRef | Unset | None = UNSET

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
        field_dict["id"] = self.id

        field_dict["changed_at"] = _format_datetime(self.changed_at)

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

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        content_ref = self.content_ref
        if content_ref is not UNSET:
            field_dict["content_ref"] = content_ref.to_dict() if isinstance(content_ref, ContentRef) else content_ref

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        stored_attachment = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("StoredAttachment", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("StoredAttachment", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 11:
            try:
                stored_attachment.remote_id = src_dict["remote_id"]
                stored_attachment.candidate_id = src_dict["candidate_id"]
                stored_attachment.application_id = src_dict["application_id"]
                _type_ = src_dict["type"]
                stored_attachment.file_name = src_dict["file_name"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _content_ref = src_dict["content_ref"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            stored_attachment.remote_id = _get("remote_id", UNSET)
            stored_attachment.candidate_id = _get("candidate_id", UNSET)
            stored_attachment.application_id = _get("application_id", UNSET)
            _type_ = _get("type", UNSET)
            stored_attachment.file_name = _get("file_name", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _content_ref = _get("content_ref", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("StoredAttachment", "id", _id, "a string")

        stored_attachment.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "StoredAttachment", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        stored_attachment.changed_at = _parsed_datetime

        if isinstance(_type_, str):
            stored_attachment.type = _ATTACHMENT_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            stored_attachment.type = _type_

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "StoredAttachment",
                    "remote_created_at",
                    _remote_created_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            stored_attachment.remote_created_at = _parsed_datetime

        else:
            stored_attachment.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "StoredAttachment",
                    "remote_updated_at",
                    _remote_updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            stored_attachment.remote_updated_at = _parsed_datetime

        else:
            stored_attachment.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "StoredAttachment",
                    "remote_deleted_at",
                    _remote_deleted_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            stored_attachment.remote_deleted_at = _parsed_datetime

        else:
            stored_attachment.remote_deleted_at = _remote_deleted_at

        if isinstance(_content_ref, dict):
            try:
                stored_attachment.content_ref = ContentRef.from_dict(_content_ref)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                stored_attachment.content_ref = cast(Any, _content_ref)
            except (TypeError, ValueError, AttributeError, KeyError):
                stored_attachment.content_ref = cast(Any, _content_ref)
        else:
            stored_attachment.content_ref = _content_ref

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            stored_attachment.additional_properties = {}
        else:
            stored_attachment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return stored_attachment

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
from ..models.content_ref import ContentRef  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _AttachmentTypeOpen: TypeAlias = AttachmentType | str
else:
    _AttachmentTypeOpen = _open_enum(AttachmentType)
