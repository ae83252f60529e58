from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.integration_field_type import IntegrationFieldType
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_FIELD_TYPE_BY_VALUE = {member.value: member for member in IntegrationFieldType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "key",
        "model",
        "type",
        "label",
        "is_passthrough_enabled",
        "is_writable",
    }
)

T = TypeVar("T", bound="IntegrationFieldDefinition")


@_attrs_define
class IntegrationFieldDefinition:
    """A field of the remote system that can be passed through in `integration_fields` (and mapped to a custom field)."""

    id: str

    key: str | Unset = UNSET
    """ The field's key in the remote system. """

    model: str | Unset = UNSET
    """ The model the field belongs to. """

    type: _IntegrationFieldTypeOpen | Unset = _attrs_field(default=UNSET, alias="type_")

    label: str | Unset | None = UNSET

    is_passthrough_enabled: bool | Unset = UNSET
    """ Whether the field is passed through in `integration_fields`. """

    is_writable: bool | Unset = UNSET
    """ Whether Kombo can write the field; false today. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def type_(self) -> IntegrationFieldType | str | Unset:
        """``type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.type

    @type_.setter
    def type_(self, value: IntegrationFieldType | str | Unset) -> None:
        self.type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key

        model = self.model
        if model is not UNSET:
            field_dict["model"] = model

        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_.value if isinstance(type_, IntegrationFieldType) else type_

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        is_passthrough_enabled = self.is_passthrough_enabled
        if is_passthrough_enabled is not UNSET:
            field_dict["is_passthrough_enabled"] = is_passthrough_enabled

        is_writable = self.is_writable
        if is_writable is not UNSET:
            field_dict["is_writable"] = is_writable

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        integration_field_definition = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IntegrationFieldDefinition", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("IntegrationFieldDefinition", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                integration_field_definition.key = src_dict["key"]
                integration_field_definition.model = src_dict["model"]
                _type_ = src_dict["type"]
                integration_field_definition.label = src_dict["label"]
                integration_field_definition.is_passthrough_enabled = src_dict["is_passthrough_enabled"]
                integration_field_definition.is_writable = src_dict["is_writable"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            integration_field_definition.key = _get("key", UNSET)
            integration_field_definition.model = _get("model", UNSET)
            _type_ = _get("type", UNSET)
            integration_field_definition.label = _get("label", UNSET)
            integration_field_definition.is_passthrough_enabled = _get("is_passthrough_enabled", UNSET)
            integration_field_definition.is_writable = _get("is_writable", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("IntegrationFieldDefinition", "id", _id, "a string")

        integration_field_definition.id = _id

        if isinstance(_type_, str):
            integration_field_definition.type = _INTEGRATION_FIELD_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            integration_field_definition.type = _type_

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            integration_field_definition.additional_properties = {}
        else:
            integration_field_definition.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return integration_field_definition

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


# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _IntegrationFieldTypeOpen: TypeAlias = IntegrationFieldType | str
else:
    _IntegrationFieldTypeOpen = _open_enum(IntegrationFieldType)
