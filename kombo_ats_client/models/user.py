from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_USER_STATUS_BY_VALUE = {member.value: member for member in UserStatus}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "first_name",
        "last_name",
        "email",
        "status",
        "system_roles",
        "remote_deleted_at",
    }
)

T = TypeVar("T", bound="User")


class _UserSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class User(_UserSource):
    """A user (employee) of the ATS such as a recruiter or hiring manager."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    """ Null when the address is invalid. """
    status: str | Unset | UserStatus | None = UNSET
    system_roles: list[SystemRole] | Unset | None = UNSET
    """ The user's system-wide roles. Job-specific roles are on the job (`hiring_team`, `job_roles`). """
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UserStatus):
            status = self.status.value
        else:
            status = self.status

        _system_roles_value = self.system_roles
        system_roles: list[dict[str, Any]] | Unset | None
        if isinstance(_system_roles_value, Unset):
            system_roles = UNSET
        elif isinstance(_system_roles_value, list):
            system_roles = [
                item.to_dict() if isinstance(item, SystemRole) else cast(Any, item) for item in _system_roles_value
            ]

        else:
            system_roles = _system_roles_value

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "changed_at": changed_at,
            }
        )
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if system_roles is not UNSET:
            field_dict["system_roles"] = system_roles
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        user = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("User", src_dict) from None
        try:
            user.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("User", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("User", src_dict) from None
        try:
            user.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid("User", "changed_at", _changed_at, "an ISO 8601 date-time string") from None

        user.remote_id = _get("remote_id", UNSET)
        user.first_name = _get("first_name", UNSET)
        user.last_name = _get("last_name", UNSET)
        user.email = _get("email", UNSET)
        _status = _get("status", UNSET)
        if isinstance(_status, str):
            user.status = _USER_STATUS_BY_VALUE.get(_status, _status)
        else:
            user.status = _status

        _system_roles_slot_set(user, _LAZY)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                user.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                user.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            user.remote_deleted_at = _remote_deleted_at

        if _KNOWN_FIELDS.issuperset(src_dict):
            user.additional_properties = {}
        else:
            user.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        user._kombo_source = src_dict
        user._kombo_pending = 1
        return user

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


# Lazy nested fields. from_dict sets the record's own fields (strings, numbers, enums, date-times) and keeps the
# payload; each field below starts as _LAZY in its slot and becomes a property that, on first read, parses the
# payload's value with the same code an eager from_dict runs and stores the result in the slot. Later reads get
# the stored object; __init__, assignment, attrs.evolve, ==, repr, to_dict and pickling see ordinary values.
_LAZY: Any = object()
_system_roles_slot_get = User.__dict__["system_roles"].__get__
_system_roles_slot_set = User.__dict__["system_roles"].__set__
_system_roles_slot_delete = User.__dict__["system_roles"].__delete__


def _get_system_roles(self: User) -> Any:
    value = _system_roles_slot_get(self)
    if value is not _LAZY:
        return value
    _system_roles = self._kombo_source.get("system_roles", UNSET)
    if isinstance(_system_roles, list):
        try:
            self.system_roles = list(map(SystemRole.from_dict, _system_roles))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.system_roles = cast(Any, _system_roles)
    else:
        self.system_roles = _system_roles

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _system_roles_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("system_roles", _get_system_roles, _system_roles_slot_set, _system_roles_slot_delete),
):
    setattr(User, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.system_role import SystemRole  # noqa: E402
