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
        "name",
        "content_type",
        "data",
        "data_url",
    }
)

T = TypeVar("T", bound="MultipartFile")


@_attrs_define
class MultipartFile:
    """A file sent as a multipart form field: base64 `data` or a `data_url` Kombo downloads right away."""

    name: str
    """ File name with a meaningful extension, e.g. Resume.pdf. """

    content_type: str | Unset = UNSET
    """ MIME type; needed with `data`. """

    data: str | Unset = UNSET

    data_url: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name

        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        data = self.data
        if data is not UNSET:
            field_dict["data"] = data

        data_url = self.data_url
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        multipart_file = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("MultipartFile", src_dict)
        try:
            _name = src_dict["name"]
        except KeyError as exc:
            raise MissingFieldError("MultipartFile", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 4:
            try:
                multipart_file.content_type = src_dict["content_type"]
                multipart_file.data = src_dict["data"]
                multipart_file.data_url = src_dict["data_url"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            multipart_file.content_type = _get("content_type", UNSET)
            multipart_file.data = _get("data", UNSET)
            multipart_file.data_url = _get("data_url", UNSET)
        if not isinstance(_name, str):
            raise ModelParseError.invalid("MultipartFile", "name", _name, "a string")

        multipart_file.name = _name

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            multipart_file.additional_properties = {}
        else:
            multipart_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return multipart_file

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
