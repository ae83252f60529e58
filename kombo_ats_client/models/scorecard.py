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
        "interview_id",
        "author_id",
        "remote_created_at",
        "remote_updated_at",
        "remote_deleted_at",
        "author",
        "responses",
    }
)

T = TypeVar("T", bound="Scorecard")


@_attrs_define
class Scorecard:
    """An interviewer's evaluation of a candidate."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    candidate_id: str | Unset | None = UNSET

    application_id: str | Unset | None = UNSET

    interview_id: str | Unset | None = UNSET
    """ Kombo id of the interview it was submitted for. """

    author_id: str | Unset | None = UNSET
    """ Kombo id of the user whose evaluation it is (not whoever typed it in, where the ATS tells the two apart).
    """

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    author: Unset | UserReference | None = UNSET

    responses: list[ScorecardResponse] | Unset | None = UNSET
    """ Every question of the scorecard with its definition and answer. """

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

        interview_id = self.interview_id
        if interview_id is not UNSET:
            field_dict["interview_id"] = interview_id

        author_id = self.author_id
        if author_id is not UNSET:
            field_dict["author_id"] = author_id

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

        responses = self.responses
        if responses is not UNSET:
            field_dict["responses"] = (
                [item.to_dict() if isinstance(item, ScorecardResponse) else item for item in responses]
                if isinstance(responses, list)
                else responses
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        scorecard = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Scorecard", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Scorecard", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 12:
            try:
                scorecard.remote_id = src_dict["remote_id"]
                scorecard.candidate_id = src_dict["candidate_id"]
                scorecard.application_id = src_dict["application_id"]
                scorecard.interview_id = src_dict["interview_id"]
                scorecard.author_id = src_dict["author_id"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _author = src_dict["author"]
                _responses = src_dict["responses"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            scorecard.remote_id = _get("remote_id", UNSET)
            scorecard.candidate_id = _get("candidate_id", UNSET)
            scorecard.application_id = _get("application_id", UNSET)
            scorecard.interview_id = _get("interview_id", UNSET)
            scorecard.author_id = _get("author_id", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _author = _get("author", UNSET)
            _responses = _get("responses", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Scorecard", "id", _id, "a string")

        scorecard.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "Scorecard", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        scorecard.changed_at = _parsed_datetime

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Scorecard", "remote_created_at", _remote_created_at, "a timezone-aware ISO 8601 date-time string"
                )
            scorecard.remote_created_at = _parsed_datetime

        else:
            scorecard.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Scorecard", "remote_updated_at", _remote_updated_at, "a timezone-aware ISO 8601 date-time string"
                )
            scorecard.remote_updated_at = _parsed_datetime

        else:
            scorecard.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Scorecard", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            scorecard.remote_deleted_at = _parsed_datetime

        else:
            scorecard.remote_deleted_at = _remote_deleted_at

        if isinstance(_author, dict):
            try:
                scorecard.author = UserReference.from_dict(_author)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                scorecard.author = cast(Any, _author)
            except (TypeError, ValueError, AttributeError, KeyError):
                scorecard.author = cast(Any, _author)
        else:
            scorecard.author = _author

        if isinstance(_responses, list):
            try:
                scorecard.responses = list(map(ScorecardResponse.from_dict, _responses))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                scorecard.responses = cast(Any, _responses)
            except (TypeError, ValueError, AttributeError, KeyError):
                scorecard.responses = cast(Any, _responses)
        else:
            scorecard.responses = _responses

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            scorecard.additional_properties = {}
        else:
            scorecard.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return scorecard

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
from ..models.scorecard_response import ScorecardResponse  # noqa: E402
from ..models.user_reference import UserReference  # noqa: E402
