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
        "email_addresses",
    }
)

T = TypeVar("T", bound="OfferCandidate")


class _OfferCandidateSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class OfferCandidate(_OfferCandidateSource):
    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    email_addresses: list[EmailAddress] | Unset | None = UNSET
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
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        offer_candidate = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("OfferCandidate", src_dict) from None
        offer_candidate.id = _get("id", UNSET)
        offer_candidate.remote_id = _get("remote_id", UNSET)
        offer_candidate.first_name = _get("first_name", UNSET)
        offer_candidate.last_name = _get("last_name", UNSET)
        _email_addresses_slot_set(offer_candidate, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            offer_candidate.additional_properties = {}
        else:
            offer_candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        offer_candidate._kombo_source = src_dict
        offer_candidate._kombo_pending = 1
        return offer_candidate

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
_email_addresses_slot_get = OfferCandidate.__dict__["email_addresses"].__get__
_email_addresses_slot_set = OfferCandidate.__dict__["email_addresses"].__set__
_email_addresses_slot_delete = OfferCandidate.__dict__["email_addresses"].__delete__


def _get_email_addresses(self: OfferCandidate) -> Any:
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


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("email_addresses", _get_email_addresses, _email_addresses_slot_set, _email_addresses_slot_delete),
):
    setattr(OfferCandidate, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.email_address import EmailAddress  # noqa: E402
