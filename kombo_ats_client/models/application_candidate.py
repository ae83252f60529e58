from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "first_name",
        "last_name",
        "source",
        "remote_url",
        "email_addresses",
        "phone_numbers",
        "social_media",
        "tags",
    }
)

T = TypeVar("T", bound="ApplicationCandidate")


@_attrs_define
class ApplicationCandidate:
    """The candidate of an application, in short."""

    id: str

    remote_id: str | Unset | None = UNSET

    first_name: str | Unset | None = UNSET

    last_name: str | Unset | None = UNSET

    source: str | Unset | None = UNSET
    """ The hiring source (lets job boards verify referrals). """

    remote_url: str | Unset | None = UNSET
    """ Link to the candidate's profile in the ATS's own UI, where the ATS has one. """

    email_addresses: list[EmailAddress] | Unset | None = UNSET

    phone_numbers: list[PhoneNumber] | Unset | None = UNSET

    social_media: list[SocialMedia] | Unset | None = UNSET

    tags: list[Tag] | Unset | None = UNSET

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

        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name

        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        remote_url = self.remote_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url

        email_addresses = self.email_addresses
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = (
                [item.to_dict() if isinstance(item, EmailAddress) else item for item in email_addresses]
                if isinstance(email_addresses, list)
                else email_addresses
            )

        phone_numbers = self.phone_numbers
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = (
                [item.to_dict() if isinstance(item, PhoneNumber) else item for item in phone_numbers]
                if isinstance(phone_numbers, list)
                else phone_numbers
            )

        social_media = self.social_media
        if social_media is not UNSET:
            field_dict["social_media"] = (
                [item.to_dict() if isinstance(item, SocialMedia) else item for item in social_media]
                if isinstance(social_media, list)
                else social_media
            )

        tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = (
                [item.to_dict() if isinstance(item, Tag) else item for item in tags] if isinstance(tags, list) else tags
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        application_candidate = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ApplicationCandidate", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("ApplicationCandidate", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 10:
            try:
                application_candidate.remote_id = src_dict["remote_id"]
                application_candidate.first_name = src_dict["first_name"]
                application_candidate.last_name = src_dict["last_name"]
                application_candidate.source = src_dict["source"]
                application_candidate.remote_url = src_dict["remote_url"]
                _email_addresses = src_dict["email_addresses"]
                _phone_numbers = src_dict["phone_numbers"]
                _social_media = src_dict["social_media"]
                _tags = src_dict["tags"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            application_candidate.remote_id = _get("remote_id", UNSET)
            application_candidate.first_name = _get("first_name", UNSET)
            application_candidate.last_name = _get("last_name", UNSET)
            application_candidate.source = _get("source", UNSET)
            application_candidate.remote_url = _get("remote_url", UNSET)
            _email_addresses = _get("email_addresses", UNSET)
            _phone_numbers = _get("phone_numbers", UNSET)
            _social_media = _get("social_media", UNSET)
            _tags = _get("tags", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("ApplicationCandidate", "id", _id, "a string")

        application_candidate.id = _id

        if isinstance(_email_addresses, list):
            try:
                application_candidate.email_addresses = list(map(EmailAddress.from_dict, _email_addresses))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                application_candidate.email_addresses = cast(Any, _email_addresses)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_candidate.email_addresses = cast(Any, _email_addresses)
        else:
            application_candidate.email_addresses = _email_addresses

        if isinstance(_phone_numbers, list):
            try:
                application_candidate.phone_numbers = list(map(PhoneNumber.from_dict, _phone_numbers))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                application_candidate.phone_numbers = cast(Any, _phone_numbers)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_candidate.phone_numbers = cast(Any, _phone_numbers)
        else:
            application_candidate.phone_numbers = _phone_numbers

        if isinstance(_social_media, list):
            try:
                application_candidate.social_media = list(map(SocialMedia.from_dict, _social_media))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                application_candidate.social_media = cast(Any, _social_media)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_candidate.social_media = cast(Any, _social_media)
        else:
            application_candidate.social_media = _social_media

        if isinstance(_tags, list):
            try:
                application_candidate.tags = list(map(Tag.from_dict, _tags))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                application_candidate.tags = cast(Any, _tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_candidate.tags = cast(Any, _tags)
        else:
            application_candidate.tags = _tags

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            application_candidate.additional_properties = {}
        else:
            application_candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return application_candidate

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
from ..models.email_address import EmailAddress  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.social_media import SocialMedia  # noqa: E402
from ..models.tag import Tag  # noqa: E402
