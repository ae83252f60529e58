from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.stage_status import StageStatus
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_STAGE_STATUS_BY_VALUE = {member.value: member for member in StageStatus}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "name",
        "status",
        "custom_fields",
        "remote_deleted_at",
    }
)

T = TypeVar("T", bound="ApplicationStage")


class _ApplicationStageSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class ApplicationStage(_ApplicationStageSource):
    """An application stage of the ATS as a whole (deprecated endpoint; most ATSs have stages per job, see `Job.stages`)."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    """ The stage name, e.g. "Initial Screening". """
    status: StageStatus | str | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
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

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StageStatus):
            status = self.status.value
        else:
            status = self.status

        _custom_fields_value = self.custom_fields
        custom_fields: dict[str, Any] | Unset | None
        if isinstance(_custom_fields_value, Unset):
            custom_fields = UNSET
        elif isinstance(_custom_fields_value, CustomFields):
            custom_fields = _custom_fields_value.to_dict()
        else:
            custom_fields = _custom_fields_value

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
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        application_stage = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("ApplicationStage", src_dict) from None
        try:
            application_stage.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("ApplicationStage", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("ApplicationStage", src_dict) from None
        try:
            application_stage.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "ApplicationStage", "changed_at", _changed_at, "an ISO 8601 date-time string"
            ) from None

        application_stage.remote_id = _get("remote_id", UNSET)
        application_stage.name = _get("name", UNSET)
        _status = _get("status", UNSET)
        if isinstance(_status, str):
            application_stage.status = _STAGE_STATUS_BY_VALUE.get(_status, _status)
        else:
            application_stage.status = _status

        _custom_fields_slot_set(application_stage, _LAZY)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                application_stage.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_stage.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            application_stage.remote_deleted_at = _remote_deleted_at

        if _KNOWN_FIELDS.issuperset(src_dict):
            application_stage.additional_properties = {}
        else:
            application_stage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        application_stage._kombo_source = src_dict
        application_stage._kombo_pending = 1
        return application_stage

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
_custom_fields_slot_get = ApplicationStage.__dict__["custom_fields"].__get__
_custom_fields_slot_set = ApplicationStage.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = ApplicationStage.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: ApplicationStage) -> Any:
    value = _custom_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _custom_fields = self._kombo_source.get("custom_fields", UNSET)
    if isinstance(_custom_fields, dict):
        try:
            self.custom_fields = CustomFields.from_dict(_custom_fields)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.custom_fields = cast(Any, _custom_fields)
    else:
        self.custom_fields = _custom_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _custom_fields_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("custom_fields", _get_custom_fields, _custom_fields_slot_set, _custom_fields_slot_delete),
):
    setattr(ApplicationStage, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.custom_fields import CustomFields  # noqa: E402
