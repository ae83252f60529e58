from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.salary_expectation_period import SalaryExpectationPeriod

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "period",
        "amount",
    }
)

T = TypeVar("T", bound="SalaryExpectations")


@_attrs_define
class SalaryExpectations:
    """Converted by Kombo to the period the ATS expects."""

    period: SalaryExpectationPeriod

    amount: int | float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["period"] = self.period.value

        field_dict["amount"] = self.amount

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        salary_expectations = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("SalaryExpectations", src_dict)
        try:
            _period = src_dict["period"]
            _amount = src_dict["amount"]
        except KeyError as exc:
            raise MissingFieldError("SalaryExpectations", str(exc.args[0])) from None
        try:
            salary_expectations.period = SalaryExpectationPeriod(_period)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "SalaryExpectations", "period", _period, "a SalaryExpectationPeriod value"
            ) from None

        if not (isinstance(_amount, int | float) and not isinstance(_amount, bool)):
            raise ModelParseError.invalid("SalaryExpectations", "amount", _amount, "a number")

        salary_expectations.amount = _amount

        if len(src_dict) == 2:
            salary_expectations.additional_properties = {}
        else:
            salary_expectations.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return salary_expectations

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
