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
        "email_addresses",
    }
)

T = TypeVar("T", bound="OfferCandidate")


@_attrs_define
class OfferCandidate:
    id: str

    remote_id: str | Unset | None = UNSET

    first_name: str | Unset | None = UNSET

    last_name: str | Unset | None = UNSET

    email_addresses: list[EmailAddress] | Unset | None = UNSET

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

        email_addresses = self.email_addresses
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = (
                [item.to_dict() if isinstance(item, EmailAddress) else item for item in email_addresses]
                if isinstance(email_addresses, list)
                else email_addresses
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        offer_candidate = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("OfferCandidate", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("OfferCandidate", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 5:
            try:
                offer_candidate.remote_id = src_dict["remote_id"]
                offer_candidate.first_name = src_dict["first_name"]
                offer_candidate.last_name = src_dict["last_name"]
                _email_addresses = src_dict["email_addresses"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            offer_candidate.remote_id = _get("remote_id", UNSET)
            offer_candidate.first_name = _get("first_name", UNSET)
            offer_candidate.last_name = _get("last_name", UNSET)
            _email_addresses = _get("email_addresses", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("OfferCandidate", "id", _id, "a string")

        offer_candidate.id = _id

        if isinstance(_email_addresses, list):
            try:
                offer_candidate.email_addresses = list(map(EmailAddress.from_dict, _email_addresses))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                offer_candidate.email_addresses = cast(Any, _email_addresses)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer_candidate.email_addresses = cast(Any, _email_addresses)
        else:
            offer_candidate.email_addresses = _email_addresses

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            offer_candidate.additional_properties = {}
        else:
            offer_candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return offer_candidate

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
