from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "city",
        "country",
        "raw",
        "state",
        "street_1",
        "street_2",
        "zip_code",
    }
)

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A postal location, parsed where possible."""

    city: str | Unset | None = UNSET

    country: str | Unset | None = UNSET
    """ ISO 3166-1 alpha-2 code where possible, else the original value. """

    raw: str | Unset | None = UNSET
    """ The raw address string, when there is address data. """

    state: str | Unset | None = UNSET

    street_1: str | Unset | None = UNSET
    """ First line of the street address, when it could be parsed. """

    street_2: str | Unset | None = UNSET

    zip_code: str | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city

        country = self.country
        if country is not UNSET:
            field_dict["country"] = country

        raw = self.raw
        if raw is not UNSET:
            field_dict["raw"] = raw

        state = self.state
        if state is not UNSET:
            field_dict["state"] = state

        street_1 = self.street_1
        if street_1 is not UNSET:
            field_dict["street_1"] = street_1

        street_2 = self.street_2
        if street_2 is not UNSET:
            field_dict["street_2"] = street_2

        zip_code = self.zip_code
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        location = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Location", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                location.city = src_dict["city"]
                location.country = src_dict["country"]
                location.raw = src_dict["raw"]
                location.state = src_dict["state"]
                location.street_1 = src_dict["street_1"]
                location.street_2 = src_dict["street_2"]
                location.zip_code = src_dict["zip_code"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            location.city = _get("city", UNSET)
            location.country = _get("country", UNSET)
            location.raw = _get("raw", UNSET)
            location.state = _get("state", UNSET)
            location.street_1 = _get("street_1", UNSET)
            location.street_2 = _get("street_2", UNSET)
            location.zip_code = _get("zip_code", UNSET)
        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            location.additional_properties = {}
        else:
            location.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return location

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
