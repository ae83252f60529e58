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
        "video_conferencing_url",
        "application_id",
        "stage_id",
        "remote_created_at",
        "remote_updated_at",
        "changed_at",
        "remote_deleted_at",
        "users",
        "application",
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
    """An interview scheduled for an application. Embedded in applications with the basic fields; the `getInterviews`
    records carry the rest.

    """

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    starting_at: datetime.datetime | Unset | None = UNSET
    ending_at: datetime.datetime | Unset | None = UNSET
    canceled: bool | Unset | None = UNSET
    """ Whether the interview was canceled; null when the ATS does not say. """
    location: Location | Unset | None = UNSET
    video_conferencing_url: str | Unset | None = UNSET
    """ Link to the video call. """
    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the interview belongs to. """
    stage_id: str | Unset | None = UNSET
    """ Kombo id of the application stage the interview belongs to, where the ATS says. """
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    changed_at: datetime.datetime | Unset = UNSET
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    users: list[UserReference] | Unset | None = UNSET
    """ The ATS users taking part (interviewers). """
    application: InterviewApplication | Unset | None = UNSET
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

        video_conferencing_url: str | Unset | None
        if isinstance(self.video_conferencing_url, Unset):
            video_conferencing_url = UNSET
        else:
            video_conferencing_url = self.video_conferencing_url

        application_id: str | Unset | None
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        stage_id: str | Unset | None
        if isinstance(self.stage_id, Unset):
            stage_id = UNSET
        else:
            stage_id = self.stage_id

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

        changed_at: str | Unset = UNSET
        if not isinstance(self.changed_at, Unset):
            changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        _users_value = self.users
        users: list[dict[str, Any]] | Unset | None
        if isinstance(_users_value, Unset):
            users = UNSET
        elif isinstance(_users_value, list):
            users = [item.to_dict() if isinstance(item, UserReference) else cast(Any, item) for item in _users_value]

        else:
            users = _users_value

        _application_value = self.application
        application: dict[str, Any] | Unset | None
        if isinstance(_application_value, Unset):
            application = UNSET
        elif isinstance(_application_value, InterviewApplication):
            application = _application_value.to_dict()
        else:
            application = _application_value

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
        if video_conferencing_url is not UNSET:
            field_dict["video_conferencing_url"] = video_conferencing_url
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if users is not UNSET:
            field_dict["users"] = users
        if application is not UNSET:
            field_dict["application"] = application

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
        interview.video_conferencing_url = _get("video_conferencing_url", UNSET)
        interview.application_id = _get("application_id", UNSET)
        interview.stage_id = _get("stage_id", UNSET)
        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                interview.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview.remote_created_at = cast(Any, _remote_created_at)
        else:
            interview.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                interview.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            interview.remote_updated_at = _remote_updated_at

        _changed_at = _get("changed_at", UNSET)
        if _changed_at is UNSET:
            interview.changed_at = UNSET
        else:
            try:
                interview.changed_at = datetime.datetime.fromisoformat(_changed_at)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "Interview", "changed_at", _changed_at, "an ISO 8601 date-time string"
                ) from None

        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                interview.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            interview.remote_deleted_at = _remote_deleted_at

        _users_slot_set(interview, _LAZY)
        _application_slot_set(interview, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            interview.additional_properties = {}
        else:
            interview.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        interview._kombo_source = src_dict
        interview._kombo_pending = 3
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


_users_slot_get = Interview.__dict__["users"].__get__
_users_slot_set = Interview.__dict__["users"].__set__
_users_slot_delete = Interview.__dict__["users"].__delete__


def _get_users(self: Interview) -> Any:
    value = _users_slot_get(self)
    if value is not _LAZY:
        return value
    _users = self._kombo_source.get("users", UNSET)
    if isinstance(_users, list):
        try:
            self.users = list(map(UserReference.from_dict, _users))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.users = cast(Any, _users)
    else:
        self.users = _users

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _users_slot_get(self)


_application_slot_get = Interview.__dict__["application"].__get__
_application_slot_set = Interview.__dict__["application"].__set__
_application_slot_delete = Interview.__dict__["application"].__delete__


def _get_application(self: Interview) -> Any:
    value = _application_slot_get(self)
    if value is not _LAZY:
        return value
    _application = self._kombo_source.get("application", UNSET)
    if isinstance(_application, dict):
        try:
            self.application = InterviewApplication.from_dict(_application)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.application = cast(Any, _application)
    else:
        self.application = _application

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _application_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("location", _get_location, _location_slot_set, _location_slot_delete),
    ("users", _get_users, _users_slot_set, _users_slot_delete),
    ("application", _get_application, _application_slot_set, _application_slot_delete),
):
    setattr(Interview, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.interview_application import InterviewApplication  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
