from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.coverage_status import CoverageStatus
from ..models.scope_config_setting import ScopeConfigSetting
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_COVERAGE_STATUS_BY_VALUE = {member.value: member for member in CoverageStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCOPE_CONFIG_SETTING_BY_VALUE = {member.value: member for member in ScopeConfigSetting}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "label",
        "coverage_status",
        "is_available",
        "scope_config_setting",
        "opted_out_by_customer",
        "fields",
    }
)

T = TypeVar("T", bound="DatapointCoverage")


@_attrs_define
class DatapointCoverage:
    """Whether a read model (e.g. `ats_candidates`), a write action (e.g. `ats_create_candidate`) or a feature is covered,
    with its fields.

    """

    id: str | Unset = UNSET

    label: str | Unset = UNSET
    """ A readable name, e.g. Candidates. """

    coverage_status: _CoverageStatusOpen | Unset = UNSET

    is_available: bool | Unset = UNSET
    """ Whether it is supported, enabled and not opted out of (integration details only). """

    scope_config_setting: _ScopeConfigSettingOpen | Unset = UNSET

    opted_out_by_customer: bool | Unset = UNSET
    """ Whether your customer opted out of it while connecting. """

    fields: list[FieldCoverage] | Unset = UNSET
    """ Coverage per field. Action fields cannot be configured in the scope config nor opted out of. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        coverage_status = self.coverage_status
        if coverage_status is not UNSET:
            field_dict["coverage_status"] = (
                coverage_status.value if isinstance(coverage_status, CoverageStatus) else coverage_status
            )

        is_available = self.is_available
        if is_available is not UNSET:
            field_dict["is_available"] = is_available

        scope_config_setting = self.scope_config_setting
        if scope_config_setting is not UNSET:
            field_dict["scope_config_setting"] = (
                scope_config_setting.value
                if isinstance(scope_config_setting, ScopeConfigSetting)
                else scope_config_setting
            )

        opted_out_by_customer = self.opted_out_by_customer
        if opted_out_by_customer is not UNSET:
            field_dict["opted_out_by_customer"] = opted_out_by_customer

        fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = [item.to_dict() if isinstance(item, FieldCoverage) else item for item in fields]

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        datapoint_coverage = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("DatapointCoverage", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                datapoint_coverage.id = src_dict["id"]
                datapoint_coverage.label = src_dict["label"]
                _coverage_status = src_dict["coverage_status"]
                datapoint_coverage.is_available = src_dict["is_available"]
                _scope_config_setting = src_dict["scope_config_setting"]
                datapoint_coverage.opted_out_by_customer = src_dict["opted_out_by_customer"]
                _fields = src_dict["fields"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            datapoint_coverage.id = _get("id", UNSET)
            datapoint_coverage.label = _get("label", UNSET)
            _coverage_status = _get("coverage_status", UNSET)
            datapoint_coverage.is_available = _get("is_available", UNSET)
            _scope_config_setting = _get("scope_config_setting", UNSET)
            datapoint_coverage.opted_out_by_customer = _get("opted_out_by_customer", UNSET)
            _fields = _get("fields", UNSET)
        if isinstance(_coverage_status, str):
            datapoint_coverage.coverage_status = _COVERAGE_STATUS_BY_VALUE.get(_coverage_status, _coverage_status)
        else:
            datapoint_coverage.coverage_status = _coverage_status

        if isinstance(_scope_config_setting, str):
            datapoint_coverage.scope_config_setting = _SCOPE_CONFIG_SETTING_BY_VALUE.get(
                _scope_config_setting, _scope_config_setting
            )
        else:
            datapoint_coverage.scope_config_setting = _scope_config_setting

        if _fields is UNSET:
            datapoint_coverage.fields = UNSET
        else:
            if not isinstance(_fields, list):
                raise ModelParseError.invalid("DatapointCoverage", "fields", _fields, "a JSON array")
            datapoint_coverage.fields = list(map(FieldCoverage.from_dict, _fields))

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            datapoint_coverage.additional_properties = {}
        else:
            datapoint_coverage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return datapoint_coverage

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
from ..models.field_coverage import FieldCoverage  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _CoverageStatusOpen: TypeAlias = CoverageStatus | str
    _ScopeConfigSettingOpen: TypeAlias = ScopeConfigSetting | str
else:
    _CoverageStatusOpen = _open_enum(CoverageStatus)
    _ScopeConfigSettingOpen = _open_enum(ScopeConfigSetting)
