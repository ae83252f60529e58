from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.hiring_team_role import HiringTeamRole
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

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
        "email",
        "hiring_team_roles",
        "job_roles",
    }
)

T = TypeVar("T", bound="HiringTeamMember")


@_attrs_define
class HiringTeamMember:
    """A user of the ATS who can access the job and its applications."""

    id: str

    remote_id: str | Unset | None = UNSET

    first_name: str | Unset | None = UNSET

    last_name: str | Unset | None = UNSET

    email: str | Unset | None = UNSET
    """ Null when the address is invalid. """

    hiring_team_roles: list[_HiringTeamRoleOpen] | Unset | None = UNSET
    """ Deprecated: use `job_roles` (it also has custom role names and roles Kombo cannot map). The user's unified
    roles for this job. """

    job_roles: list[JobRole] | Unset | None = UNSET
    """ The roles the user has for this job. System-wide roles are on the user (`getUsers`, `system_roles`). """

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

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email

        hiring_team_roles: list[str] | Unset | None
        if isinstance(self.hiring_team_roles, Unset):
            hiring_team_roles = UNSET
        elif isinstance(self.hiring_team_roles, list):
            hiring_team_roles = []
            for hiring_team_roles_type_0_item_data in self.hiring_team_roles:
                hiring_team_roles_type_0_item: str
                if isinstance(hiring_team_roles_type_0_item_data, HiringTeamRole):
                    hiring_team_roles_type_0_item = hiring_team_roles_type_0_item_data.value
                else:
                    hiring_team_roles_type_0_item = hiring_team_roles_type_0_item_data
                hiring_team_roles.append(hiring_team_roles_type_0_item)

        else:
            hiring_team_roles = self.hiring_team_roles
        if hiring_team_roles is not UNSET:
            field_dict["hiring_team_roles"] = hiring_team_roles

        job_roles = self.job_roles
        if job_roles is not UNSET:
            field_dict["job_roles"] = (
                [item.to_dict() if isinstance(item, JobRole) else item for item in job_roles]
                if isinstance(job_roles, list)
                else job_roles
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        hiring_team_member = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("HiringTeamMember", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("HiringTeamMember", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                hiring_team_member.remote_id = src_dict["remote_id"]
                hiring_team_member.first_name = src_dict["first_name"]
                hiring_team_member.last_name = src_dict["last_name"]
                hiring_team_member.email = src_dict["email"]
                _hiring_team_roles = src_dict["hiring_team_roles"]
                _job_roles = src_dict["job_roles"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            hiring_team_member.remote_id = _get("remote_id", UNSET)
            hiring_team_member.first_name = _get("first_name", UNSET)
            hiring_team_member.last_name = _get("last_name", UNSET)
            hiring_team_member.email = _get("email", UNSET)
            _hiring_team_roles = _get("hiring_team_roles", UNSET)
            _job_roles = _get("job_roles", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("HiringTeamMember", "id", _id, "a string")

        hiring_team_member.id = _id

        try:

            def _parse_hiring_team_roles(data: object) -> list[HiringTeamRole | str] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    hiring_team_roles_type_0 = []
                    _hiring_team_roles_type_0 = data
                    for hiring_team_roles_type_0_item_data in _hiring_team_roles_type_0:

                        def _parse_hiring_team_roles_type_0_item(data: object) -> HiringTeamRole | str:
                            try:
                                if not isinstance(data, str):
                                    raise TypeError()
                                hiring_team_roles_type_0_item_type_0 = HiringTeamRole(data)

                                return hiring_team_roles_type_0_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(HiringTeamRole | str, data)

                        hiring_team_roles_type_0_item = _parse_hiring_team_roles_type_0_item(
                            hiring_team_roles_type_0_item_data
                        )

                        hiring_team_roles_type_0.append(hiring_team_roles_type_0_item)

                    return hiring_team_roles_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[HiringTeamRole | str] | None | Unset, data)

            hiring_team_roles = _parse_hiring_team_roles(_hiring_team_roles)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "HiringTeamMember", "hiring_team_roles", _hiring_team_roles, "a value of the documented shape"
            ) from None
        hiring_team_member.hiring_team_roles = hiring_team_roles

        if isinstance(_job_roles, list):
            try:
                hiring_team_member.job_roles = list(map(JobRole.from_dict, _job_roles))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                hiring_team_member.job_roles = cast(Any, _job_roles)
            except (TypeError, ValueError, AttributeError, KeyError):
                hiring_team_member.job_roles = cast(Any, _job_roles)
        else:
            hiring_team_member.job_roles = _job_roles

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            hiring_team_member.additional_properties = {}
        else:
            hiring_team_member.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return hiring_team_member

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
from ..models.job_role import JobRole  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _HiringTeamRoleOpen: TypeAlias = HiringTeamRole | str
else:
    _HiringTeamRoleOpen = _open_enum(HiringTeamRole)
