from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset
from ..types import decoded_with as _decoded_with

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "url",
        "status",
        "headers",
        "data",
    }
)

T = TypeVar("T", bound="PassthroughResult")


@_attrs_define
class PassthroughResult:
    """What the remote system answered."""

    url: str | Unset = UNSET
    """ The full URL Kombo called; handy to debug 404s from a wrong path. """

    status: int | Unset = UNSET
    """ The remote HTTP status code. """

    headers: _PassthroughHeadersMap | Unset = UNSET
    """ Response headers of the remote system; a header sent several times is a list. """

    data: Any | Unset = UNSET
    """ The remote body: parsed JSON (object or array) when the remote sent JSON, else a string (base64 with
    `response_as_base64`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status

        headers = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers.to_dict()

        data = self.data
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        passthrough_result = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("PassthroughResult", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                passthrough_result.url = src_dict["url"]
                passthrough_result.status = src_dict["status"]
                _headers = src_dict["headers"]
                passthrough_result.data = src_dict["data"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            passthrough_result.url = _get("url", UNSET)
            passthrough_result.status = _get("status", UNSET)
            _headers = _get("headers", UNSET)
            passthrough_result.data = _get("data", UNSET)
        if _headers is UNSET:
            passthrough_result.headers = UNSET
        else:
            passthrough_result.headers = PassthroughHeaders.from_dict(_headers)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            passthrough_result.additional_properties = {}
        else:
            passthrough_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return passthrough_result

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
from ..models.passthrough_headers import PassthroughHeaders  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _PassthroughHeadersMap: TypeAlias = PassthroughHeaders
else:
    _PassthroughHeadersMap = _decoded_with("PassthroughHeadersMap", PassthroughHeaders.from_dict)
