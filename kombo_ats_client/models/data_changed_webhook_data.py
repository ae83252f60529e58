from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.integration_category import IntegrationCategory
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_CATEGORY_BY_VALUE = {member.value: member for member in IntegrationCategory}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "integration_id",
        "changed_models",
        "integration_tool",
        "integration_category",
    }
)

T = TypeVar("T", bound="DataChangedWebhookData")


@_attrs_define
class DataChangedWebhookData:
    """An integration has new data: fetch the endpoints that depend on the changed models, with `updated_after` set to when
    your previous successful fetch of each endpoint started.

    """

    integration_id: str

    changed_models: list[ChangedModel]

    integration_tool: str | Unset | None = UNSET
    """ The tool's id (e.g. `greenhouse`). """

    integration_category: _IntegrationCategoryOpen | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["integration_id"] = self.integration_id

        field_dict["changed_models"] = [
            item.to_dict() if isinstance(item, ChangedModel) else item for item in self.changed_models
        ]

        integration_tool = self.integration_tool
        if integration_tool is not UNSET:
            field_dict["integration_tool"] = integration_tool

        integration_category = self.integration_category
        if integration_category is not UNSET:
            field_dict["integration_category"] = (
                integration_category.value
                if isinstance(integration_category, IntegrationCategory)
                else integration_category
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        data_changed_webhook_data = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("DataChangedWebhookData", src_dict)
        try:
            _integration_id = src_dict["integration_id"]
            _changed_models = src_dict["changed_models"]
        except KeyError as exc:
            raise MissingFieldError("DataChangedWebhookData", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                data_changed_webhook_data.integration_tool = src_dict["integration_tool"]
                _integration_category = src_dict["integration_category"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            data_changed_webhook_data.integration_tool = _get("integration_tool", UNSET)
            _integration_category = _get("integration_category", UNSET)
        if not isinstance(_integration_id, str):
            raise ModelParseError.invalid("DataChangedWebhookData", "integration_id", _integration_id, "a string")

        data_changed_webhook_data.integration_id = _integration_id

        if not isinstance(_changed_models, list):
            raise ModelParseError.invalid("DataChangedWebhookData", "changed_models", _changed_models, "a JSON array")
        data_changed_webhook_data.changed_models = list(map(ChangedModel.from_dict, _changed_models))

        if isinstance(_integration_category, str):
            data_changed_webhook_data.integration_category = _INTEGRATION_CATEGORY_BY_VALUE.get(
                _integration_category, _integration_category
            )
        else:
            data_changed_webhook_data.integration_category = _integration_category

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            data_changed_webhook_data.additional_properties = {}
        else:
            data_changed_webhook_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return data_changed_webhook_data

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
from ..models.changed_model import ChangedModel  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _IntegrationCategoryOpen: TypeAlias = IntegrationCategory | str
else:
    _IntegrationCategoryOpen = _open_enum(IntegrationCategory)
