from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.stage_status import StageStatus
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_STAGE_STATUS_BY_VALUE = {member.value: member for member in StageStatus}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "name",
        "index",
        "status",
        "custom_fields",
    }
)

T = TypeVar("T", bound="Stage")


class _StageSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Stage(_StageSource):
    """An application stage a candidate can be in for this job. Use these ids to move applications
    (`moveApplicationToStage`).

    """

    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    index: int | Unset | None = UNSET
    """ Position of the stage where the ATS orders stages. """
    status: StageStatus | str | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        index: int | Unset | None
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if name is not UNSET:
            field_dict["name"] = name
        if index is not UNSET:
            field_dict["index"] = index
        if status is not UNSET:
            field_dict["status"] = status
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        stage = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Stage", src_dict) from None
        stage.id = _get("id", UNSET)
        stage.remote_id = _get("remote_id", UNSET)
        stage.name = _get("name", UNSET)
        stage.index = _get("index", UNSET)
        _status = _get("status", UNSET)
        if isinstance(_status, str):
            stage.status = _STAGE_STATUS_BY_VALUE.get(_status, _status)
        else:
            stage.status = _status

        _custom_fields_slot_set(stage, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            stage.additional_properties = {}
        else:
            stage.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        stage._kombo_source = src_dict
        stage._kombo_pending = 1
        return stage

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
_custom_fields_slot_get = Stage.__dict__["custom_fields"].__get__
_custom_fields_slot_set = Stage.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = Stage.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: Stage) -> Any:
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
    setattr(Stage, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.custom_fields import CustomFields  # noqa: E402
