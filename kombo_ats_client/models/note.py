from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime

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
        "author_id",
        "title",
        "content_html",
        "is_private",
        "remote_created_at",
        "remote_updated_at",
        "remote_deleted_at",
        "author",
    }
)

T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A note on a candidate or an application."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    candidate_id: str | Unset | None = UNSET
    """ Kombo id of the candidate the note is about. """

    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the note is about; null when the ATS ties it to the candidate only. """

    author_id: str | Unset | None = UNSET
    """ Kombo id of the user who wrote it; null for notes the system generated. """

    title: str | Unset | None = UNSET

    content_html: str | Unset | None = UNSET
    """ The note as the ATS stores it; may contain HTML markup. """

    is_private: bool | Unset | None = UNSET
    """ Whether the ATS restricts who may read it (private, secret, admin-only ...); null when the ATS has no such
    notion. """

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    author: Unset | UserReference | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

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

        author_id = self.author_id
        if author_id is not UNSET:
            field_dict["author_id"] = author_id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        content_html = self.content_html
        if content_html is not UNSET:
            field_dict["content_html"] = content_html

        is_private = self.is_private
        if is_private is not UNSET:
            field_dict["is_private"] = is_private

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

        author = self.author
        if author is not UNSET:
            field_dict["author"] = author.to_dict() if isinstance(author, UserReference) else author

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        note = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Note", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Note", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 13:
            try:
                note.remote_id = src_dict["remote_id"]
                note.candidate_id = src_dict["candidate_id"]
                note.application_id = src_dict["application_id"]
                note.author_id = src_dict["author_id"]
                note.title = src_dict["title"]
                note.content_html = src_dict["content_html"]
                note.is_private = src_dict["is_private"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _author = src_dict["author"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            note.remote_id = _get("remote_id", UNSET)
            note.candidate_id = _get("candidate_id", UNSET)
            note.application_id = _get("application_id", UNSET)
            note.author_id = _get("author_id", UNSET)
            note.title = _get("title", UNSET)
            note.content_html = _get("content_html", UNSET)
            note.is_private = _get("is_private", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _author = _get("author", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Note", "id", _id, "a string")

        note.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "Note", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        note.changed_at = _parsed_datetime

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Note", "remote_created_at", _remote_created_at, "a timezone-aware ISO 8601 date-time string"
                )
            note.remote_created_at = _parsed_datetime

        else:
            note.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Note", "remote_updated_at", _remote_updated_at, "a timezone-aware ISO 8601 date-time string"
                )
            note.remote_updated_at = _parsed_datetime

        else:
            note.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Note", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            note.remote_deleted_at = _parsed_datetime

        else:
            note.remote_deleted_at = _remote_deleted_at

        if isinstance(_author, dict):
            try:
                note.author = UserReference.from_dict(_author)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                note.author = cast(Any, _author)
            except (TypeError, ValueError, AttributeError, KeyError):
                note.author = cast(Any, _author)
        else:
            note.author = _author

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            note.additional_properties = {}
        else:
            note.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return note

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
from ..models.user_reference import UserReference  # noqa: E402
