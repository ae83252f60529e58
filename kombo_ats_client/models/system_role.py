from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.role_scope import RoleScope
from ..models.role_type import RoleType
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ROLE_TYPE_BY_VALUE = {member.value: member for member in RoleType}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ROLE_SCOPE_BY_VALUE = {member.value: member for member in RoleScope}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "remote_id",
        "remote_label",
        "unified_type",
        "scope",
    }
)

T = TypeVar("T", bound="SystemRole")


@_attrs_define
class SystemRole:
    """A role a user has across the whole ATS (scope SYSTEM)."""

    remote_id: str | Unset | None = UNSET

    remote_label: str | Unset | None = UNSET
    """ The role's name in the ATS. """

    unified_type: _RoleTypeOpen | Unset | None = UNSET

    scope: _RoleScopeOpen | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        remote_label = self.remote_label
        if remote_label is not UNSET:
            field_dict["remote_label"] = remote_label

        unified_type = self.unified_type
        if unified_type is not UNSET:
            field_dict["unified_type"] = unified_type.value if isinstance(unified_type, RoleType) else unified_type

        scope = self.scope
        if scope is not UNSET:
            field_dict["scope"] = scope.value if isinstance(scope, RoleScope) else scope

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        system_role = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("SystemRole", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                system_role.remote_id = src_dict["remote_id"]
                system_role.remote_label = src_dict["remote_label"]
                _unified_type = src_dict["unified_type"]
                _scope = src_dict["scope"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            system_role.remote_id = _get("remote_id", UNSET)
            system_role.remote_label = _get("remote_label", UNSET)
            _unified_type = _get("unified_type", UNSET)
            _scope = _get("scope", UNSET)
        if isinstance(_unified_type, str):
            system_role.unified_type = _ROLE_TYPE_BY_VALUE.get(_unified_type, _unified_type)
        else:
            system_role.unified_type = _unified_type

        if isinstance(_scope, str):
            system_role.scope = _ROLE_SCOPE_BY_VALUE.get(_scope, _scope)
        else:
            system_role.scope = _scope

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            system_role.additional_properties = {}
        else:
            system_role.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return system_role

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
    _RoleTypeOpen: TypeAlias = RoleType | str
    _RoleScopeOpen: TypeAlias = RoleScope | str
else:
    _RoleTypeOpen = _open_enum(RoleType)
    _RoleScopeOpen = _open_enum(RoleScope)
