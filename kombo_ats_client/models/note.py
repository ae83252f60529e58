from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
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


class _NoteSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Note(_NoteSource):
    """A note on a candidate or an application."""

    id: str
    changed_at: datetime.datetime
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
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    author: Unset | UserReference | None = UNSET
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

        author_id: str | Unset | None
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        content_html: str | Unset | None
        if isinstance(self.content_html, Unset):
            content_html = UNSET
        else:
            content_html = self.content_html

        is_private: bool | Unset | None
        if isinstance(self.is_private, Unset):
            is_private = UNSET
        else:
            is_private = self.is_private

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

        _author_value = self.author
        author: dict[str, Any] | Unset | None
        if isinstance(_author_value, Unset):
            author = UNSET
        elif isinstance(_author_value, UserReference):
            author = _author_value.to_dict()
        else:
            author = _author_value

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
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if title is not UNSET:
            field_dict["title"] = title
        if content_html is not UNSET:
            field_dict["content_html"] = content_html
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if author is not UNSET:
            field_dict["author"] = author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        note = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Note", src_dict) from None
        try:
            note.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Note", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("Note", src_dict) from None
        try:
            note.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid("Note", "changed_at", _changed_at, "an ISO 8601 date-time string") from None

        note.remote_id = _get("remote_id", UNSET)
        note.candidate_id = _get("candidate_id", UNSET)
        note.application_id = _get("application_id", UNSET)
        note.author_id = _get("author_id", UNSET)
        note.title = _get("title", UNSET)
        note.content_html = _get("content_html", UNSET)
        note.is_private = _get("is_private", UNSET)
        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                note.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                note.remote_created_at = cast(Any, _remote_created_at)
        else:
            note.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                note.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                note.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            note.remote_updated_at = _remote_updated_at

        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                note.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                note.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            note.remote_deleted_at = _remote_deleted_at

        _author_slot_set(note, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            note.additional_properties = {}
        else:
            note.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        note._kombo_source = src_dict
        note._kombo_pending = 1
        return note

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
_author_slot_get = Note.__dict__["author"].__get__
_author_slot_set = Note.__dict__["author"].__set__
_author_slot_delete = Note.__dict__["author"].__delete__


def _get_author(self: Note) -> Any:
    value = _author_slot_get(self)
    if value is not _LAZY:
        return value
    _author = self._kombo_source.get("author", UNSET)
    if isinstance(_author, dict):
        try:
            self.author = UserReference.from_dict(_author)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.author = cast(Any, _author)
    else:
        self.author = _author

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _author_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (("author", _get_author, _author_slot_set, _author_slot_delete),):
    setattr(Note, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.user_reference import UserReference  # noqa: E402
