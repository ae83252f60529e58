from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "read_models",
        "write_actions",
        "features",
    }
)

T = TypeVar("T", bound="ToolCoverage")


@_attrs_define
class ToolCoverage:
    """The models, actions and features the tool supports through Kombo."""

    read_models: list[DatapointCoverage] | Unset = UNSET

    write_actions: list[DatapointCoverage] | Unset = UNSET

    features: list[DatapointCoverage] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        read_models = self.read_models
        if read_models is not UNSET:
            field_dict["read_models"] = [
                item.to_dict() if isinstance(item, DatapointCoverage) else item for item in read_models
            ]

        write_actions = self.write_actions
        if write_actions is not UNSET:
            field_dict["write_actions"] = [
                item.to_dict() if isinstance(item, DatapointCoverage) else item for item in write_actions
            ]

        features = self.features
        if features is not UNSET:
            field_dict["features"] = [
                item.to_dict() if isinstance(item, DatapointCoverage) else item for item in features
            ]

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        tool_coverage = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ToolCoverage", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 3:
            try:
                _read_models = src_dict["read_models"]
                _write_actions = src_dict["write_actions"]
                _features = src_dict["features"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _read_models = _get("read_models", UNSET)
            _write_actions = _get("write_actions", UNSET)
            _features = _get("features", UNSET)
        if _read_models is UNSET:
            tool_coverage.read_models = UNSET
        else:
            if not isinstance(_read_models, list):
                raise ModelParseError.invalid("ToolCoverage", "read_models", _read_models, "a JSON array")
            tool_coverage.read_models = list(map(DatapointCoverage.from_dict, _read_models))

        if _write_actions is UNSET:
            tool_coverage.write_actions = UNSET
        else:
            if not isinstance(_write_actions, list):
                raise ModelParseError.invalid("ToolCoverage", "write_actions", _write_actions, "a JSON array")
            tool_coverage.write_actions = list(map(DatapointCoverage.from_dict, _write_actions))

        if _features is UNSET:
            tool_coverage.features = UNSET
        else:
            if not isinstance(_features, list):
                raise ModelParseError.invalid("ToolCoverage", "features", _features, "a JSON array")
            tool_coverage.features = list(map(DatapointCoverage.from_dict, _features))

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            tool_coverage.additional_properties = {}
        else:
            tool_coverage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return tool_coverage

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
from ..models.datapoint_coverage import DatapointCoverage  # noqa: E402
