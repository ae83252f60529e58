from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.role_scope import RoleScope
from ..models.role_type import RoleType
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ROLE_SCOPE_BY_VALUE = {member.value: member for member in RoleScope}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ROLE_TYPE_BY_VALUE = {member.value: member for member in RoleType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "remote_label",
        "scope",
        "unified_type",
        "remote_deleted_at",
    }
)

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role defined in the ATS, with its unified type where Kombo can map it."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    remote_label: str | Unset | None = UNSET
    """ The role's name in the ATS. """

    scope: _RoleScopeOpen | Unset | None = UNSET

    unified_type: _RoleTypeOpen | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["changed_at"] = _format_datetime(self.changed_at)

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        remote_label = self.remote_label
        if remote_label is not UNSET:
            field_dict["remote_label"] = remote_label

        scope = self.scope
        if scope is not UNSET:
            field_dict["scope"] = scope.value if isinstance(scope, RoleScope) else scope

        unified_type = self.unified_type
        if unified_type is not UNSET:
            field_dict["unified_type"] = unified_type.value if isinstance(unified_type, RoleType) else unified_type

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        role = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Role", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Role", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                role.remote_id = src_dict["remote_id"]
                role.remote_label = src_dict["remote_label"]
                _scope = src_dict["scope"]
                _unified_type = src_dict["unified_type"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            role.remote_id = _get("remote_id", UNSET)
            role.remote_label = _get("remote_label", UNSET)
            _scope = _get("scope", UNSET)
            _unified_type = _get("unified_type", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Role", "id", _id, "a string")

        role.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "Role", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        role.changed_at = _parsed_datetime

        if isinstance(_scope, str):
            role.scope = _ROLE_SCOPE_BY_VALUE.get(_scope, _scope)
        else:
            role.scope = _scope

        if isinstance(_unified_type, str):
            role.unified_type = _ROLE_TYPE_BY_VALUE.get(_unified_type, _unified_type)
        else:
            role.unified_type = _unified_type

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Role", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            role.remote_deleted_at = _parsed_datetime

        else:
            role.remote_deleted_at = _remote_deleted_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            role.additional_properties = {}
        else:
            role.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return role

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
    _RoleScopeOpen: TypeAlias = RoleScope | str
    _RoleTypeOpen: TypeAlias = RoleType | str
else:
    _RoleScopeOpen = _open_enum(RoleScope)
    _RoleTypeOpen = _open_enum(RoleType)
