from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "remote_id",
        "changed_at",
        "remote_deleted_at",
    }
)

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A tag (label) of the ATS. Embedded in candidates with id, name and remote_id; the `getTags` records add `changed_at`
    and `remote_deleted_at`.

    """

    id: str

    name: str | Unset | None = UNSET

    remote_id: str | Unset | None = UNSET

    changed_at: _AwareDatetime | Unset = UNSET
    """ When Kombo last saw this tag change. """

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        changed_at = self.changed_at
        if changed_at is not UNSET:
            field_dict["changed_at"] = _format_datetime(changed_at)

        remote_deleted_at = self.remote_deleted_at
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = (
                _format_datetime(remote_deleted_at)
                if isinstance(remote_deleted_at, datetime.datetime)
                else remote_deleted_at
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        tag = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Tag", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("Tag", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 5:
            try:
                tag.name = src_dict["name"]
                tag.remote_id = src_dict["remote_id"]
                _changed_at = src_dict["changed_at"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            tag.name = _get("name", UNSET)
            tag.remote_id = _get("remote_id", UNSET)
            _changed_at = _get("changed_at", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Tag", "id", _id, "a string")

        tag.id = _id

        if _changed_at is UNSET:
            tag.changed_at = UNSET
        else:
            try:
                _parsed_datetime = _parse_datetime(_changed_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Tag", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
                )
            tag.changed_at = _parsed_datetime

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "Tag", "remote_deleted_at", _remote_deleted_at, "a timezone-aware ISO 8601 date-time string"
                )
            tag.remote_deleted_at = _parsed_datetime

        else:
            tag.remote_deleted_at = _remote_deleted_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            tag.additional_properties = {}
        else:
            tag.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return tag

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
