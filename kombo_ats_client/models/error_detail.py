from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "message",
        "code",
        "title",
        "log_url",
    }
)

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    message: str

    code: str | Unset | None = UNSET
    """ Machine-readable code to branch on, e.g. PLATFORM.RATE_LIMIT_EXCEEDED, ATS.JOB_CLOSED. The list grows:
    unknown codes are valid. """

    title: str | Unset | None = UNSET

    log_url: str | Unset | None = UNSET
    """ Link to the request's log in the Kombo dashboard. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message

        code = self.code
        if code is not UNSET:
            field_dict["code"] = code

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        log_url = self.log_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        error_detail = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ErrorDetail", src_dict)
        try:
            _message = src_dict["message"]
        except KeyError as exc:
            raise MissingFieldError("ErrorDetail", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                error_detail.code = src_dict["code"]
                error_detail.title = src_dict["title"]
                error_detail.log_url = src_dict["log_url"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            error_detail.code = _get("code", UNSET)
            error_detail.title = _get("title", UNSET)
            error_detail.log_url = _get("log_url", UNSET)
        if not isinstance(_message, str):
            raise ModelParseError.invalid("ErrorDetail", "message", _message, "a string")

        error_detail.message = _message

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            error_detail.additional_properties = {}
        else:
            error_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return error_detail

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
