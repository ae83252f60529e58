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
        "key",
        "model",
        "label",
        "description",
        "integration_field",
    }
)

T = TypeVar("T", bound="CustomFieldMapping")


@_attrs_define
class CustomFieldMapping:
    """A custom field you defined in Kombo and the integration field it is mapped to (its values then appear in the
    records' `custom_fields`).

    """

    id: str

    key: str | Unset = UNSET
    """ The key the values appear under in `custom_fields`. """

    model: str | Unset = UNSET
    """ The model the custom field belongs to. """

    label: str | Unset | None = UNSET

    description: str | Unset | None = UNSET

    integration_field: IntegrationFieldDefinition | Unset | None = UNSET
    """ The mapped integration field; null when unmapped. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key

        model = self.model
        if model is not UNSET:
            field_dict["model"] = model

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        integration_field = self.integration_field
        if integration_field is not UNSET:
            field_dict["integration_field"] = (
                integration_field.to_dict()
                if isinstance(integration_field, IntegrationFieldDefinition)
                else integration_field
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        custom_field_mapping = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CustomFieldMapping", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("CustomFieldMapping", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 6:
            try:
                custom_field_mapping.key = src_dict["key"]
                custom_field_mapping.model = src_dict["model"]
                custom_field_mapping.label = src_dict["label"]
                custom_field_mapping.description = src_dict["description"]
                _integration_field = src_dict["integration_field"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            custom_field_mapping.key = _get("key", UNSET)
            custom_field_mapping.model = _get("model", UNSET)
            custom_field_mapping.label = _get("label", UNSET)
            custom_field_mapping.description = _get("description", UNSET)
            _integration_field = _get("integration_field", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("CustomFieldMapping", "id", _id, "a string")

        custom_field_mapping.id = _id

        if isinstance(_integration_field, dict):
            try:
                custom_field_mapping.integration_field = IntegrationFieldDefinition.from_dict(_integration_field)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                custom_field_mapping.integration_field = cast(Any, _integration_field)
            except (TypeError, ValueError, AttributeError, KeyError):
                custom_field_mapping.integration_field = cast(Any, _integration_field)
        else:
            custom_field_mapping.integration_field = _integration_field

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            custom_field_mapping.additional_properties = {}
        else:
            custom_field_mapping.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return custom_field_mapping

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
from ..models.integration_field_definition import IntegrationFieldDefinition  # noqa: E402
