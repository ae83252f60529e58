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
        "remote_deleted_at",
        "users",
        "application",
    }
)

T = TypeVar("T", bound="InterviewRecord")


@_attrs_define
class InterviewRecord:
    """An interview as `getInterviews` lists it: a record of its own, so `id` and `changed_at` are always there (the copies
    embedded in applications are `Interview`s).

    """

    id: str
    """ Kombo's id of the interview. """

    changed_at: _AwareDatetime
    """ When Kombo last saw this interview change. """

    remote_id: str | Unset | None = UNSET

    title: str | Unset | None = UNSET

    starting_at: _AwareDatetime | Unset | None = UNSET

    ending_at: _AwareDatetime | Unset | None = UNSET

    canceled: bool | Unset | None = UNSET
    """ Whether the interview was canceled; null when the ATS does not say. """

    location: Location | Unset | None = UNSET

    video_conferencing_url: str | Unset | None = UNSET
    """ Link to the video call. """

    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the interview belongs to. """

    stage_id: str | Unset | None = UNSET
    """ Kombo id of the application stage the interview belongs to, where the ATS says. """

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    users: list[UserReference] | Unset | None = UNSET
    """ The ATS users taking part (interviewers). """

    application: InterviewApplication | Unset | None = UNSET

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

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        starting_at = self.starting_at
        if starting_at is not UNSET:
            field_dict["starting_at"] = (
                _format_datetime(starting_at) if isinstance(starting_at, datetime.datetime) else starting_at
            )

        ending_at = self.ending_at
        if ending_at is not UNSET:
            field_dict["ending_at"] = (
                _format_datetime(ending_at) if isinstance(ending_at, datetime.datetime) else ending_at
            )

        canceled = self.canceled
        if canceled is not UNSET:
            field_dict["canceled"] = canceled

        location = self.location
        if location is not UNSET:
            field_dict["location"] = location.to_dict() if isinstance(location, Location) else location

        video_conferencing_url = self.video_conferencing_url
        if video_conferencing_url is not UNSET:
            field_dict["video_conferencing_url"] = video_conferencing_url

        application_id = self.application_id
        if application_id is not UNSET:
            field_dict["application_id"] = application_id

        stage_id = self.stage_id
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id

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

        users = self.users
        if users is not UNSET:
            field_dict["users"] = (
                [item.to_dict() if isinstance(item, UserReference) else item for item in users]
                if isinstance(users, list)
                else users
            )

        application = self.application
        if application is not UNSET:
            field_dict["application"] = (
                application.to_dict() if isinstance(application, InterviewApplication) else application
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        interview_record = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("InterviewRecord", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("InterviewRecord", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 16:
            try:
                interview_record.remote_id = src_dict["remote_id"]
                interview_record.title = src_dict["title"]
                _starting_at = src_dict["starting_at"]
                _ending_at = src_dict["ending_at"]
                interview_record.canceled = src_dict["canceled"]
                _location = src_dict["location"]
                interview_record.video_conferencing_url = src_dict["video_conferencing_url"]
                interview_record.application_id = src_dict["application_id"]
                interview_record.stage_id = src_dict["stage_id"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _users = src_dict["users"]
                _application = src_dict["application"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            interview_record.remote_id = _get("remote_id", UNSET)
            interview_record.title = _get("title", UNSET)
            _starting_at = _get("starting_at", UNSET)
            _ending_at = _get("ending_at", UNSET)
            interview_record.canceled = _get("canceled", UNSET)
            _location = _get("location", UNSET)
            interview_record.video_conferencing_url = _get("video_conferencing_url", UNSET)
            interview_record.application_id = _get("application_id", UNSET)
            interview_record.stage_id = _get("stage_id", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _users = _get("users", UNSET)
            _application = _get("application", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("InterviewRecord", "id", _id, "a string")

        interview_record.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "InterviewRecord", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        interview_record.changed_at = _parsed_datetime

        if isinstance(_starting_at, str):
            try:
                _parsed_datetime = _parse_datetime(_starting_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "InterviewRecord", "starting_at", _starting_at, "a timezone-aware ISO 8601 date-time string"
                )
            interview_record.starting_at = _parsed_datetime

        else:
            interview_record.starting_at = _starting_at

        if isinstance(_ending_at, str):
            try:
                _parsed_datetime = _parse_datetime(_ending_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "InterviewRecord", "ending_at", _ending_at, "a timezone-aware ISO 8601 date-time string"
                )
            interview_record.ending_at = _parsed_datetime

        else:
            interview_record.ending_at = _ending_at

        if isinstance(_location, dict):
            try:
                interview_record.location = Location.from_dict(_location)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                interview_record.location = cast(Any, _location)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview_record.location = cast(Any, _location)
        else:
            interview_record.location = _location

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "InterviewRecord",
                    "remote_created_at",
                    _remote_created_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            interview_record.remote_created_at = _parsed_datetime

        else:
            interview_record.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "InterviewRecord",
                    "remote_updated_at",
                    _remote_updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            interview_record.remote_updated_at = _parsed_datetime

        else:
            interview_record.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "InterviewRecord",
                    "remote_deleted_at",
                    _remote_deleted_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            interview_record.remote_deleted_at = _parsed_datetime

        else:
            interview_record.remote_deleted_at = _remote_deleted_at

        if isinstance(_users, list):
            try:
                interview_record.users = list(map(UserReference.from_dict, _users))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                interview_record.users = cast(Any, _users)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview_record.users = cast(Any, _users)
        else:
            interview_record.users = _users

        if isinstance(_application, dict):
            try:
                interview_record.application = InterviewApplication.from_dict(_application)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                interview_record.application = cast(Any, _application)
            except (TypeError, ValueError, AttributeError, KeyError):
                interview_record.application = cast(Any, _application)
        else:
            interview_record.application = _application

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            interview_record.additional_properties = {}
        else:
            interview_record.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return interview_record

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
from ..models.interview_application import InterviewApplication  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
