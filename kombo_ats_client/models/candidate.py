from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import decoded_with as _decoded_with
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
        "first_name",
        "last_name",
        "company",
        "title",
        "confidential",
        "source",
        "remote_url",
        "phone_numbers",
        "email_addresses",
        "social_media",
        "location",
        "custom_fields",
        "integration_fields",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
        "remote_deleted_at",
        "applications",
        "tags",
    }
)

T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """A candidate (a person) in the ATS."""

    id: str
    """ Kombo's globally unique id; the recommended primary key for syncing. """

    changed_at: _AwareDatetime
    """ When Kombo last saw this entry change. """

    remote_id: str | Unset | None = UNSET
    """ The raw id in the remote system; not a safe primary key. """

    first_name: str | Unset | None = UNSET

    last_name: str | Unset | None = UNSET

    company: str | Unset | None = UNSET
    """ The candidate's current company. """

    title: str | Unset | None = UNSET
    """ The candidate's current job title. """

    confidential: bool | Unset | None = UNSET
    """ Whether the profile is confidential in the ATS. """

    source: str | Unset | None = UNSET
    """ The hiring source (lets job boards verify referrals). """

    remote_url: str | Unset | None = UNSET
    """ Link to the candidate's profile in the ATS's own UI. Not every ATS has one; fall back to the application's
    `remote_url`. """

    phone_numbers: list[PhoneNumber] | Unset | None = UNSET

    email_addresses: list[EmailAddress] | Unset | None = UNSET

    social_media: list[SocialMedia] | Unset | None = UNSET

    location: Location | Unset | None = UNSET

    custom_fields: _CustomFieldsMap | Unset | None = UNSET

    integration_fields: list[IntegrationField] | Unset | None = UNSET

    remote_created_at: _AwareDatetime | Unset | None = UNSET

    remote_updated_at: _AwareDatetime | Unset | None = UNSET

    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    applications: list[CandidateApplication] | Unset | None = UNSET

    tags: list[Tag] | Unset | None = UNSET

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

        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name

        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        company = self.company
        if company is not UNSET:
            field_dict["company"] = company

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        confidential = self.confidential
        if confidential is not UNSET:
            field_dict["confidential"] = confidential

        source = self.source
        if source is not UNSET:
            field_dict["source"] = source

        remote_url = self.remote_url
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url

        phone_numbers = self.phone_numbers
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = (
                [item.to_dict() if isinstance(item, PhoneNumber) else item for item in phone_numbers]
                if isinstance(phone_numbers, list)
                else phone_numbers
            )

        email_addresses = self.email_addresses
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = (
                [item.to_dict() if isinstance(item, EmailAddress) else item for item in email_addresses]
                if isinstance(email_addresses, list)
                else email_addresses
            )

        social_media = self.social_media
        if social_media is not UNSET:
            field_dict["social_media"] = (
                [item.to_dict() if isinstance(item, SocialMedia) else item for item in social_media]
                if isinstance(social_media, list)
                else social_media
            )

        location = self.location
        if location is not UNSET:
            field_dict["location"] = location.to_dict() if isinstance(location, Location) else location

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = (
                custom_fields.to_dict() if isinstance(custom_fields, CustomFields) else custom_fields
            )

        integration_fields = self.integration_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = (
                [item.to_dict() if isinstance(item, IntegrationField) else item for item in integration_fields]
                if isinstance(integration_fields, list)
                else integration_fields
            )

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

        remote_data = self.remote_data
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        applications = self.applications
        if applications is not UNSET:
            field_dict["applications"] = (
                [item.to_dict() if isinstance(item, CandidateApplication) else item for item in applications]
                if isinstance(applications, list)
                else applications
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
        candidate = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Candidate", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Candidate", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 22:
            try:
                candidate.remote_id = src_dict["remote_id"]
                candidate.first_name = src_dict["first_name"]
                candidate.last_name = src_dict["last_name"]
                candidate.company = src_dict["company"]
                candidate.title = src_dict["title"]
                candidate.confidential = src_dict["confidential"]
                candidate.source = src_dict["source"]
                candidate.remote_url = src_dict["remote_url"]
                _phone_numbers = src_dict["phone_numbers"]
                _email_addresses = src_dict["email_addresses"]
                _social_media = src_dict["social_media"]
                _location = src_dict["location"]
                _custom_fields = src_dict["custom_fields"]
                _integration_fields = src_dict["integration_fields"]
                _remote_created_at = src_dict["remote_created_at"]
                _remote_updated_at = src_dict["remote_updated_at"]
                candidate.remote_data = src_dict["remote_data"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _applications = src_dict["applications"]
                _tags = src_dict["tags"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            candidate.remote_id = _get("remote_id", UNSET)
            candidate.first_name = _get("first_name", UNSET)
            candidate.last_name = _get("last_name", UNSET)
            candidate.company = _get("company", UNSET)
            candidate.title = _get("title", UNSET)
            candidate.confidential = _get("confidential", UNSET)
            candidate.source = _get("source", UNSET)
            candidate.remote_url = _get("remote_url", UNSET)
            _phone_numbers = _get("phone_numbers", UNSET)
            _email_addresses = _get("email_addresses", UNSET)
            _social_media = _get("social_media", UNSET)
            _location = _get("location", UNSET)
            _custom_fields = _get("custom_fields", UNSET)
            _integration_fields = _get("integration_fields", UNSET)
            _remote_created_at = _get("remote_created_at", UNSET)
            _remote_updated_at = _get("remote_updated_at", UNSET)
            candidate.remote_data = _get("remote_data", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
            _applications = _get("applications", UNSET)
            _tags = _get("tags", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Candidate", "id", _id, "a string")

        candidate.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "Candidate", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        candidate.changed_at = _parsed_datetime

        if isinstance(_phone_numbers, list):
            try:
                candidate.phone_numbers = list(map(PhoneNumber.from_dict, _phone_numbers))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.phone_numbers = cast(Any, _phone_numbers)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.phone_numbers = cast(Any, _phone_numbers)
        else:
            candidate.phone_numbers = _phone_numbers

        if isinstance(_email_addresses, list):
            try:
                candidate.email_addresses = list(map(EmailAddress.from_dict, _email_addresses))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.email_addresses = cast(Any, _email_addresses)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.email_addresses = cast(Any, _email_addresses)
        else:
            candidate.email_addresses = _email_addresses

        if isinstance(_social_media, list):
            try:
                candidate.social_media = list(map(SocialMedia.from_dict, _social_media))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.social_media = cast(Any, _social_media)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.social_media = cast(Any, _social_media)
        else:
            candidate.social_media = _social_media

        if isinstance(_location, dict):
            try:
                candidate.location = Location.from_dict(_location)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.location = cast(Any, _location)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.location = cast(Any, _location)
        else:
            candidate.location = _location

        if isinstance(_custom_fields, dict):
            try:
                candidate.custom_fields = CustomFields.from_dict(_custom_fields)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.custom_fields = cast(Any, _custom_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.custom_fields = cast(Any, _custom_fields)
        else:
            candidate.custom_fields = _custom_fields

        if isinstance(_integration_fields, list):
            try:
                candidate.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.integration_fields = cast(Any, _integration_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.integration_fields = cast(Any, _integration_fields)
        else:
            candidate.integration_fields = _integration_fields

        if isinstance(_remote_created_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Candidate", "remote_created_at", _remote_created_at, "a timezone-aware ISO 8601 date-time string"
                )
            candidate.remote_created_at = _parsed_datetime

        else:
            candidate.remote_created_at = _remote_created_at

        if isinstance(_remote_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Candidate", "remote_updated_at", _remote_updated_at, "a timezone-aware ISO 8601 date-time string"
                )
            candidate.remote_updated_at = _parsed_datetime

        else:
            candidate.remote_updated_at = _remote_updated_at

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Candidate", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            candidate.remote_deleted_at = _parsed_datetime

        else:
            candidate.remote_deleted_at = _remote_deleted_at

        if isinstance(_applications, list):
            try:
                candidate.applications = list(map(CandidateApplication.from_dict, _applications))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.applications = cast(Any, _applications)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.applications = cast(Any, _applications)
        else:
            candidate.applications = _applications

        if isinstance(_tags, list):
            try:
                candidate.tags = list(map(Tag.from_dict, _tags))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                candidate.tags = cast(Any, _tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.tags = cast(Any, _tags)
        else:
            candidate.tags = _tags

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            candidate.additional_properties = {}
        else:
            candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return candidate

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
from ..models.candidate_application import CandidateApplication  # noqa: E402
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.email_address import EmailAddress  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.social_media import SocialMedia  # noqa: E402
from ..models.tag import Tag  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _CustomFieldsMap: TypeAlias = CustomFields
else:
    _CustomFieldsMap = _decoded_with("CustomFieldsMap", CustomFields.from_dict)
