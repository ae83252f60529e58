from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "title",
        "starting_at",
        "ending_at",
        "canceled",
        "location",
    }
)

T = TypeVar("T", bound="Interview")


class _InterviewSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Interview(_InterviewSource):
    """An interview scheduled for an application."""

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    starting_at: datetime.datetime | Unset | None = UNSET
    ending_at: datetime.datetime | Unset | None = UNSET
    canceled: bool | Unset | None = UNSET
    """ Whether the interview was canceled; null when the ATS does not say. """
    location: Location | Unset | None = UNSET
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

        starting_at: str | Unset | None
        if isinstance(self.starting_at, Unset):
            starting_at = UNSET
        elif isinstance(self.starting_at, datetime.datetime):
            starting_at = self.starting_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            starting_at = self.starting_at

        ending_at: str | Unset | None
        if isinstance(self.ending_at, Unset):
            ending_at = UNSET
        elif isinstance(self.ending_at, datetime.datetime):
            ending_at = self.ending_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            ending_at = self.ending_at

        canceled: bool | Unset | None
        if isinstance(self.canceled, Unset):
            canceled = UNSET
        else:
            canceled = self.canceled

        _location_value = self.location
        location: dict[str, Any] | Unset | None
        if isinstance(_location_value, Unset):
            location = UNSET
        elif isinstance(_location_value, Location):
            location = _location_value.to_dict()
        else:
            location = _location_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if title is not UNSET:
            field_dict["title"] = title
        if starting_at is not UNSET:
            field_dict["starting_at"] = starting_at
        if ending_at is not UNSET:
            field_dict["ending_at"] = ending_at
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        interview = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Interview", src_dict) from None
        interview.id = _get("id", UNSET)
        interview.remote_id = _get("remote_id", UNSET)
        interview.title = _get("title", UNSET)
        _starting_at = _get("starting_at", UNSET)
        if isinstance(_starting_at, str):
            try:
                interview.starting_at = datetime.datetime.fromisoformat(_starting_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview.starting_at = cast(Any, _starting_at)
        else:
            interview.starting_at = _starting_at

        _ending_at = _get("ending_at", UNSET)
        if isinstance(_ending_at, str):
            try:
                interview.ending_at = datetime.datetime.fromisoformat(_ending_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview.ending_at = cast(Any, _ending_at)
        else:
            interview.ending_at = _ending_at

        interview.canceled = _get("canceled", UNSET)
        _location_slot_set(interview, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            interview.additional_properties = {}
        else:
            interview.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        interview._kombo_source = src_dict
        interview._kombo_pending = 1
        return interview

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
_location_slot_get = Interview.__dict__["location"].__get__
_location_slot_set = Interview.__dict__["location"].__set__
_location_slot_delete = Interview.__dict__["location"].__delete__


def _get_location(self: Interview) -> Any:
    value = _location_slot_get(self)
    if value is not _LAZY:
        return value
    _location = self._kombo_source.get("location", UNSET)
    if isinstance(_location, dict):
        try:
            self.location = Location.from_dict(_location)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.location = cast(Any, _location)
    else:
        self.location = _location

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _location_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (("location", _get_location, _location_slot_set, _location_slot_delete),):
    setattr(Interview, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.location import Location  # noqa: E402
