from __future__ import annotations

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


class _ApplicationCandidateSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class ApplicationCandidate(_ApplicationCandidateSource):
    """The candidate of an application, in short."""

    id: str | Unset | None = UNSET
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if source is not UNSET:
            field_dict["source"] = source
        if remote_url is not UNSET:
            field_dict["remote_url"] = remote_url
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if social_media is not UNSET:
            field_dict["social_media"] = social_media
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        application_candidate = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("ApplicationCandidate", src_dict) from None
        application_candidate.id = _get("id", UNSET)
        application_candidate.remote_id = _get("remote_id", UNSET)
        application_candidate.first_name = _get("first_name", UNSET)
        application_candidate.last_name = _get("last_name", UNSET)
        application_candidate.source = _get("source", UNSET)
        application_candidate.remote_url = _get("remote_url", UNSET)
        _email_addresses_slot_set(application_candidate, _LAZY)
        _phone_numbers_slot_set(application_candidate, _LAZY)
        _social_media_slot_set(application_candidate, _LAZY)
        _tags_slot_set(application_candidate, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            application_candidate.additional_properties = {}
        else:
            application_candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        application_candidate._kombo_source = src_dict
        application_candidate._kombo_pending = 4
        return application_candidate

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
_email_addresses_slot_get = ApplicationCandidate.__dict__["email_addresses"].__get__
_email_addresses_slot_set = ApplicationCandidate.__dict__["email_addresses"].__set__
_email_addresses_slot_delete = ApplicationCandidate.__dict__["email_addresses"].__delete__


def _get_email_addresses(self: ApplicationCandidate) -> Any:
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


_phone_numbers_slot_get = ApplicationCandidate.__dict__["phone_numbers"].__get__
_phone_numbers_slot_set = ApplicationCandidate.__dict__["phone_numbers"].__set__
_phone_numbers_slot_delete = ApplicationCandidate.__dict__["phone_numbers"].__delete__


def _get_phone_numbers(self: ApplicationCandidate) -> Any:
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


_social_media_slot_get = ApplicationCandidate.__dict__["social_media"].__get__
_social_media_slot_set = ApplicationCandidate.__dict__["social_media"].__set__
_social_media_slot_delete = ApplicationCandidate.__dict__["social_media"].__delete__


def _get_social_media(self: ApplicationCandidate) -> Any:
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


_tags_slot_get = ApplicationCandidate.__dict__["tags"].__get__
_tags_slot_set = ApplicationCandidate.__dict__["tags"].__set__
_tags_slot_delete = ApplicationCandidate.__dict__["tags"].__delete__


def _get_tags(self: ApplicationCandidate) -> Any:
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
    ("email_addresses", _get_email_addresses, _email_addresses_slot_set, _email_addresses_slot_delete),
    ("phone_numbers", _get_phone_numbers, _phone_numbers_slot_set, _phone_numbers_slot_delete),
    ("social_media", _get_social_media, _social_media_slot_set, _social_media_slot_delete),
    ("tags", _get_tags, _tags_slot_set, _tags_slot_delete),
):
    setattr(ApplicationCandidate, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.email_address import EmailAddress  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.social_media import SocialMedia  # noqa: E402
from ..models.tag import Tag  # noqa: E402
