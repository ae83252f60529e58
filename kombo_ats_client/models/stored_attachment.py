from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ATTACHMENT_TYPE_BY_VALUE = {member.value: member for member in AttachmentType}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
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


class _StoredAttachmentSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class StoredAttachment(_StoredAttachmentSource):
    """A file Kombo has synced from the ATS into your file destination (see `content_ref`). Not to be confused with
    `Attachment`, the upload object of write requests.

    """

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    candidate_id: str | Unset | None = UNSET
    """ Kombo id of the candidate the file belongs to. """
    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the ATS filed it under; null when the ATS keeps the file on the candidate (many
    do). """
    type_: AttachmentType | str | Unset | None = UNSET
    file_name: str | Unset | None = UNSET
    """ The file name as the ATS reports it. """
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    content_ref: ContentRef | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        candidate_id: str | Unset | None
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        else:
            candidate_id = self.candidate_id

        application_id: str | Unset | None
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AttachmentType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        file_name: str | Unset | None
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

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

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        _content_ref_value = self.content_ref
        content_ref: dict[str, Any] | Unset | None
        if isinstance(_content_ref_value, Unset):
            content_ref = UNSET
        elif isinstance(_content_ref_value, ContentRef):
            content_ref = _content_ref_value.to_dict()
        else:
            content_ref = _content_ref_value

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
        if candidate_id is not UNSET:
            field_dict["candidate_id"] = candidate_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if content_ref is not UNSET:
            field_dict["content_ref"] = content_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        stored_attachment = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("StoredAttachment", src_dict) from None
        try:
            stored_attachment.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("StoredAttachment", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("StoredAttachment", src_dict) from None
        try:
            stored_attachment.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "StoredAttachment", "changed_at", _changed_at, "an ISO 8601 date-time string"
            ) from None

        stored_attachment.remote_id = _get("remote_id", UNSET)
        stored_attachment.candidate_id = _get("candidate_id", UNSET)
        stored_attachment.application_id = _get("application_id", UNSET)
        _type_ = _get("type", UNSET)
        if isinstance(_type_, str):
            stored_attachment.type_ = _ATTACHMENT_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            stored_attachment.type_ = _type_

        stored_attachment.file_name = _get("file_name", UNSET)
        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                stored_attachment.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                stored_attachment.remote_created_at = cast(Any, _remote_created_at)
        else:
            stored_attachment.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                stored_attachment.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                stored_attachment.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            stored_attachment.remote_updated_at = _remote_updated_at

        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                stored_attachment.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                stored_attachment.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            stored_attachment.remote_deleted_at = _remote_deleted_at

        _content_ref_slot_set(stored_attachment, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            stored_attachment.additional_properties = {}
        else:
            stored_attachment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        stored_attachment._kombo_source = src_dict
        stored_attachment._kombo_pending = 1
        return stored_attachment

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


# Lazy nested fields. from_dict sets the record's own fields (strings, numbers, enums, date-times) and keeps the
# payload; each field below starts as _LAZY in its slot and becomes a property that, on first read, parses the
# payload's value with the same code an eager from_dict runs and stores the result in the slot. Later reads get
# the stored object; __init__, assignment, attrs.evolve, ==, repr, to_dict and pickling see ordinary values.
_LAZY: Any = object()
_content_ref_slot_get = StoredAttachment.__dict__["content_ref"].__get__
_content_ref_slot_set = StoredAttachment.__dict__["content_ref"].__set__
_content_ref_slot_delete = StoredAttachment.__dict__["content_ref"].__delete__


def _get_content_ref(self: StoredAttachment) -> Any:
    value = _content_ref_slot_get(self)
    if value is not _LAZY:
        return value
    _content_ref = self._kombo_source.get("content_ref", UNSET)
    if isinstance(_content_ref, dict):
        try:
            self.content_ref = ContentRef.from_dict(_content_ref)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.content_ref = cast(Any, _content_ref)
    else:
        self.content_ref = _content_ref

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _content_ref_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("content_ref", _get_content_ref, _content_ref_slot_set, _content_ref_slot_delete),
):
    setattr(StoredAttachment, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.content_ref import ContentRef  # noqa: E402
