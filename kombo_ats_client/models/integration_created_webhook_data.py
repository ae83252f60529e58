from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

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
        "id",
        "tool",
        "category",
        "end_user",
    }
)

T = TypeVar("T", bound="IntegrationCreatedWebhookData")


@_attrs_define
class IntegrationCreatedWebhookData:
    """A customer connected a new integration (its `id` is the integration id to use)."""

    id: str

    tool: str | Unset | None = UNSET

    category: _IntegrationCategoryOpen | Unset | None = UNSET

    end_user: EndUser | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        tool = self.tool
        if tool is not UNSET:
            field_dict["tool"] = tool

        category = self.category
        if category is not UNSET:
            field_dict["category"] = category.value if isinstance(category, IntegrationCategory) else category

        end_user = self.end_user
        if end_user is not UNSET:
            field_dict["end_user"] = end_user.to_dict() if isinstance(end_user, EndUser) else end_user

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        integration_created_webhook_data = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IntegrationCreatedWebhookData", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("IntegrationCreatedWebhookData", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                integration_created_webhook_data.tool = src_dict["tool"]
                _category = src_dict["category"]
                _end_user = src_dict["end_user"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            integration_created_webhook_data.tool = _get("tool", UNSET)
            _category = _get("category", UNSET)
            _end_user = _get("end_user", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("IntegrationCreatedWebhookData", "id", _id, "a string")

        integration_created_webhook_data.id = _id

        if isinstance(_category, str):
            integration_created_webhook_data.category = _INTEGRATION_CATEGORY_BY_VALUE.get(_category, _category)
        else:
            integration_created_webhook_data.category = _category

        if isinstance(_end_user, dict):
            try:
                integration_created_webhook_data.end_user = EndUser.from_dict(_end_user)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                integration_created_webhook_data.end_user = cast(Any, _end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                integration_created_webhook_data.end_user = cast(Any, _end_user)
        else:
            integration_created_webhook_data.end_user = _end_user

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            integration_created_webhook_data.additional_properties = {}
        else:
            integration_created_webhook_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return integration_created_webhook_data

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
from ..models.end_user import EndUser  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _IntegrationCategoryOpen: TypeAlias = IntegrationCategory | str
else:
    _IntegrationCategoryOpen = _open_enum(IntegrationCategory)
