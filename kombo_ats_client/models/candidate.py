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


class _CandidateSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Candidate(_CandidateSource):
    """A candidate (a person) in the ATS."""

    id: str
    """ Kombo's globally unique id; the recommended primary key for syncing. """
    changed_at: datetime.datetime
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
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    applications: list[CandidateApplication] | Unset | None = UNSET
    tags: list[Tag] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        confidential: bool | Unset | None
        if isinstance(self.confidential, Unset):
            confidential = UNSET
        else:
            confidential = self.confidential

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        remote_url: str | Unset | None
        if isinstance(self.remote_url, Unset):
            remote_url = UNSET
        else:
            remote_url = self.remote_url

        _phone_numbers_value = self.phone_numbers
        phone_numbers: list[dict[str, Any]] | Unset | None
        if isinstance(_phone_numbers_value, Unset):
            phone_numbers = UNSET
        elif isinstance(_phone_numbers_value, list):
            phone_numbers = [
                item.to_dict() if isinstance(item, PhoneNumber) else cast(Any, item) for item in _phone_numbers_value
            ]

        else:
            phone_numbers = _phone_numbers_value

        _email_addresses_value = self.email_addresses
        email_addresses: list[dict[str, Any]] | Unset | None
        if isinstance(_email_addresses_value, Unset):
            email_addresses = UNSET
        elif isinstance(_email_addresses_value, list):
            email_addresses = [
                item.to_dict() if isinstance(item, EmailAddress) else cast(Any, item) for item in _email_addresses_value
            ]

        else:
            email_addresses = _email_addresses_value

        _social_media_value = self.social_media
        social_media: list[dict[str, Any]] | Unset | None
        if isinstance(_social_media_value, Unset):
            social_media = UNSET
        elif isinstance(_social_media_value, list):
            social_media = [
                item.to_dict() if isinstance(item, SocialMedia) else cast(Any, item) for item in _social_media_value
            ]

        else:
            social_media = _social_media_value

        _location_value = self.location
        location: dict[str, Any] | Unset | None
        if isinstance(_location_value, Unset):
            location = UNSET
        elif isinstance(_location_value, Location):
            location = _location_value.to_dict()
        else:
            location = _location_value

        _custom_fields_value = self.custom_fields
        custom_fields: dict[str, Any] | Unset | None
        if isinstance(_custom_fields_value, Unset):
            custom_fields = UNSET
        elif isinstance(_custom_fields_value, CustomFields):
            custom_fields = _custom_fields_value.to_dict()
        else:
            custom_fields = _custom_fields_value

        _integration_fields_value = self.integration_fields
        integration_fields: list[dict[str, Any]] | Unset | None
        if isinstance(_integration_fields_value, Unset):
            integration_fields = UNSET
        elif isinstance(_integration_fields_value, list):
            integration_fields = [
                item.to_dict() if isinstance(item, IntegrationField) else cast(Any, item)
                for item in _integration_fields_value
            ]

        else:
            integration_fields = _integration_fields_value

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

        remote_data = self.remote_data

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        _applications_value = self.applications
        applications: list[dict[str, Any]] | Unset | None
        if isinstance(_applications_value, Unset):
            applications = UNSET
        elif isinstance(_applications_value, list):
            applications = [
                item.to_dict() if isinstance(item, CandidateApplication) else cast(Any, item)
                for item in _applications_value
            ]

        else:
            applications = _applications_value

        _tags_value = self.tags
        tags: list[dict[str, Any]] | Unset | None
        if isinstance(_tags_value, Unset):
            tags = UNSET
        elif isinstance(_tags_value, list):
            tags = [item.to_dict() if isinstance(item, Tag) else cast(Any, item) for item in _tags_value]

        else:
            tags = _tags_value

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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if title is not UNSET:
            field_dict["title"] = title
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if source is not UNSET:
            field_dict["source"] = source
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if social_media is not UNSET:
            field_dict["social_media"] = social_media
        if location is not UNSET:
            field_dict["location"] = location
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = integration_fields
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if applications is not UNSET:
            field_dict["applications"] = applications
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        candidate = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Candidate", src_dict) from None
        try:
            candidate.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Candidate", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("Candidate", src_dict) from None
        try:
            candidate.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "Candidate", "changed_at", _changed_at, "an ISO 8601 date-time string"
            ) from None

        candidate.remote_id = _get("remote_id", UNSET)
        candidate.first_name = _get("first_name", UNSET)
        candidate.last_name = _get("last_name", UNSET)
        candidate.company = _get("company", UNSET)
        candidate.title = _get("title", UNSET)
        candidate.confidential = _get("confidential", UNSET)
        candidate.source = _get("source", UNSET)
        candidate.remote_url = _get("remote_url", UNSET)
        _phone_numbers_slot_set(candidate, _LAZY)
        _email_addresses_slot_set(candidate, _LAZY)
        _social_media_slot_set(candidate, _LAZY)
        _location_slot_set(candidate, _LAZY)
        _custom_fields_slot_set(candidate, _LAZY)
        _integration_fields_slot_set(candidate, _LAZY)
        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                candidate.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.remote_created_at = cast(Any, _remote_created_at)
        else:
            candidate.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                candidate.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            candidate.remote_updated_at = _remote_updated_at

        candidate.remote_data = _get("remote_data", UNSET)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                candidate.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                candidate.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            candidate.remote_deleted_at = _remote_deleted_at

        _applications_slot_set(candidate, _LAZY)
        _tags_slot_set(candidate, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            candidate.additional_properties = {}
        else:
            candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        candidate._kombo_source = src_dict
        candidate._kombo_pending = 8
        return candidate

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
_phone_numbers_slot_get = Candidate.__dict__["phone_numbers"].__get__
_phone_numbers_slot_set = Candidate.__dict__["phone_numbers"].__set__
_phone_numbers_slot_delete = Candidate.__dict__["phone_numbers"].__delete__


def _get_phone_numbers(self: Candidate) -> Any:
    value = _phone_numbers_slot_get(self)
    if value is not _LAZY:
        return value
    _phone_numbers = self._kombo_source.get("phone_numbers", UNSET)
    if isinstance(_phone_numbers, list):
        try:
            self.phone_numbers = list(map(PhoneNumber.from_dict, _phone_numbers))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.phone_numbers = cast(Any, _phone_numbers)
    else:
        self.phone_numbers = _phone_numbers

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _phone_numbers_slot_get(self)


_email_addresses_slot_get = Candidate.__dict__["email_addresses"].__get__
_email_addresses_slot_set = Candidate.__dict__["email_addresses"].__set__
_email_addresses_slot_delete = Candidate.__dict__["email_addresses"].__delete__


def _get_email_addresses(self: Candidate) -> Any:
    value = _email_addresses_slot_get(self)
    if value is not _LAZY:
        return value
    _email_addresses = self._kombo_source.get("email_addresses", UNSET)
    if isinstance(_email_addresses, list):
        try:
            self.email_addresses = list(map(EmailAddress.from_dict, _email_addresses))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.email_addresses = cast(Any, _email_addresses)
    else:
        self.email_addresses = _email_addresses

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _email_addresses_slot_get(self)


_social_media_slot_get = Candidate.__dict__["social_media"].__get__
_social_media_slot_set = Candidate.__dict__["social_media"].__set__
_social_media_slot_delete = Candidate.__dict__["social_media"].__delete__


def _get_social_media(self: Candidate) -> Any:
    value = _social_media_slot_get(self)
    if value is not _LAZY:
        return value
    _social_media = self._kombo_source.get("social_media", UNSET)
    if isinstance(_social_media, list):
        try:
            self.social_media = list(map(SocialMedia.from_dict, _social_media))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.social_media = cast(Any, _social_media)
    else:
        self.social_media = _social_media

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _social_media_slot_get(self)


_location_slot_get = Candidate.__dict__["location"].__get__
_location_slot_set = Candidate.__dict__["location"].__set__
_location_slot_delete = Candidate.__dict__["location"].__delete__


def _get_location(self: Candidate) -> Any:
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


_custom_fields_slot_get = Candidate.__dict__["custom_fields"].__get__
_custom_fields_slot_set = Candidate.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = Candidate.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: Candidate) -> Any:
    value = _custom_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _custom_fields = self._kombo_source.get("custom_fields", UNSET)
    if isinstance(_custom_fields, dict):
        try:
            self.custom_fields = CustomFields.from_dict(_custom_fields)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.custom_fields = cast(Any, _custom_fields)
    else:
        self.custom_fields = _custom_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _custom_fields_slot_get(self)


_integration_fields_slot_get = Candidate.__dict__["integration_fields"].__get__
_integration_fields_slot_set = Candidate.__dict__["integration_fields"].__set__
_integration_fields_slot_delete = Candidate.__dict__["integration_fields"].__delete__


def _get_integration_fields(self: Candidate) -> Any:
    value = _integration_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _integration_fields = self._kombo_source.get("integration_fields", UNSET)
    if isinstance(_integration_fields, list):
        try:
            self.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.integration_fields = cast(Any, _integration_fields)
    else:
        self.integration_fields = _integration_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _integration_fields_slot_get(self)


_applications_slot_get = Candidate.__dict__["applications"].__get__
_applications_slot_set = Candidate.__dict__["applications"].__set__
_applications_slot_delete = Candidate.__dict__["applications"].__delete__


def _get_applications(self: Candidate) -> Any:
    value = _applications_slot_get(self)
    if value is not _LAZY:
        return value
    _applications = self._kombo_source.get("applications", UNSET)
    if isinstance(_applications, list):
        try:
            self.applications = list(map(CandidateApplication.from_dict, _applications))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.applications = cast(Any, _applications)
    else:
        self.applications = _applications

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _applications_slot_get(self)


_tags_slot_get = Candidate.__dict__["tags"].__get__
_tags_slot_set = Candidate.__dict__["tags"].__set__
_tags_slot_delete = Candidate.__dict__["tags"].__delete__


def _get_tags(self: Candidate) -> Any:
    value = _tags_slot_get(self)
    if value is not _LAZY:
        return value
    _tags = self._kombo_source.get("tags", UNSET)
    if isinstance(_tags, list):
        try:
            self.tags = list(map(Tag.from_dict, _tags))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.tags = cast(Any, _tags)
    else:
        self.tags = _tags

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _tags_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("phone_numbers", _get_phone_numbers, _phone_numbers_slot_set, _phone_numbers_slot_delete),
    ("email_addresses", _get_email_addresses, _email_addresses_slot_set, _email_addresses_slot_delete),
    ("social_media", _get_social_media, _social_media_slot_set, _social_media_slot_delete),
    ("location", _get_location, _location_slot_set, _location_slot_delete),
    ("custom_fields", _get_custom_fields, _custom_fields_slot_set, _custom_fields_slot_delete),
    ("integration_fields", _get_integration_fields, _integration_fields_slot_set, _integration_fields_slot_delete),
    ("applications", _get_applications, _applications_slot_set, _applications_slot_delete),
    ("tags", _get_tags, _tags_slot_set, _tags_slot_delete),
):
    setattr(Candidate, _name, property(_getter, _setter, _deleter))


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
