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
        "id",
        "label",
        "internal_label",
        "logo_url",
        "icon_url",
    }
)

T = TypeVar("T", bound="IntegrationTool")


@_attrs_define
class IntegrationTool:
    """The tool an integration connects."""

    id: str | Unset = UNSET
    """ The tool's id, e.g. `personio`. """

    label: str | Unset = UNSET
    """ The tool's name to show to users. """

    internal_label: str | Unset | None = UNSET
    """ A more specific label for debugging variants of the integration; show `label` to users. """

    logo_url: str | Unset = UNSET
    """ URL of an SVG logo (usually with the tool's name). """

    icon_url: str | Unset = UNSET
    """ URL of a square SVG icon. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        internal_label = self.internal_label
        if internal_label is not UNSET:
            field_dict["internal_label"] = internal_label

        logo_url = self.logo_url
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url

        icon_url = self.icon_url
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        integration_tool = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IntegrationTool", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 5:
            try:
                integration_tool.id = src_dict["id"]
                integration_tool.label = src_dict["label"]
                integration_tool.internal_label = src_dict["internal_label"]
                integration_tool.logo_url = src_dict["logo_url"]
                integration_tool.icon_url = src_dict["icon_url"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            integration_tool.id = _get("id", UNSET)
            integration_tool.label = _get("label", UNSET)
            integration_tool.internal_label = _get("internal_label", UNSET)
            integration_tool.logo_url = _get("logo_url", UNSET)
            integration_tool.icon_url = _get("icon_url", UNSET)
        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            integration_tool.additional_properties = {}
        else:
            integration_tool.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return integration_tool

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
