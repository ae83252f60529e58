from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.stage_change_remote_fields_workday_step_type import StageChangeRemoteFieldsWorkdayStepType
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "Workflow_Step_ID",
        "Step_Type",
    }
)

T = TypeVar("T", bound="StageChangeRemoteFieldsWorkday")


@_attrs_define
class StageChangeRemoteFieldsWorkday:
    Workflow_Step_ID: str | Unset = _attrs_field(default=UNSET, alias="workflow_step_id")
    """ The Workday workflow step to move to. """

    Step_Type: StageChangeRemoteFieldsWorkdayStepType | Unset = _attrs_field(default=UNSET, alias="step_type")
    """ How Workday should reference the step. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def workflow_step_id(self) -> str | Unset:
        """``Workflow_Step_ID`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.Workflow_Step_ID

    @workflow_step_id.setter
    def workflow_step_id(self, value: str | Unset) -> None:
        self.Workflow_Step_ID = value

    @property
    def step_type(self) -> StageChangeRemoteFieldsWorkdayStepType | Unset:
        """``Step_Type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.Step_Type

    @step_type.setter
    def step_type(self, value: StageChangeRemoteFieldsWorkdayStepType | Unset) -> None:
        self.Step_Type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        workflow_step_id = self.Workflow_Step_ID
        if workflow_step_id is not UNSET:
            field_dict["Workflow_Step_ID"] = workflow_step_id

        step_type = self.Step_Type
        if step_type is not UNSET:
            field_dict["Step_Type"] = step_type.value

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        stage_change_remote_fields_workday = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("StageChangeRemoteFieldsWorkday", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 2:
            try:
                stage_change_remote_fields_workday.Workflow_Step_ID = src_dict["Workflow_Step_ID"]
                _step_type = src_dict["Step_Type"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            stage_change_remote_fields_workday.Workflow_Step_ID = _get("Workflow_Step_ID", UNSET)
            _step_type = _get("Step_Type", UNSET)
        if _step_type is UNSET:
            stage_change_remote_fields_workday.Step_Type = UNSET
        else:
            try:
                stage_change_remote_fields_workday.Step_Type = StageChangeRemoteFieldsWorkdayStepType(_step_type)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "StageChangeRemoteFieldsWorkday",
                    "Step_Type",
                    _step_type,
                    "a StageChangeRemoteFieldsWorkdayStepType value",
                ) from None

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            stage_change_remote_fields_workday.additional_properties = {}
        else:
            stage_change_remote_fields_workday.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return stage_change_remote_fields_workday

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
