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
        "stage_id",
        "remote_fields",
    }
)

T = TypeVar("T", bound="MoveApplicationToStageRequest")


@_attrs_define
class MoveApplicationToStageRequest:
    """
    Example:
        {'stage_id': '3PJ8PZhZZa1eEdd2DtPNtVup', 'remote_fields': {}}

    """

    stage_id: str
    """ Kombo id of the target stage (from the job's `stages`). """

    remote_fields: StageChangeRemoteFields | Unset = UNSET
    """ Per-ATS options of a stage change; each is used by that ATS only. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["stage_id"] = self.stage_id

        remote_fields = self.remote_fields
        if remote_fields is not UNSET:
            field_dict["remote_fields"] = remote_fields.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        move_application_to_stage_request = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("MoveApplicationToStageRequest", src_dict)
        try:
            _stage_id = src_dict["stage_id"]
        except KeyError as exc:
            raise MissingFieldError("MoveApplicationToStageRequest", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 2:
            try:
                _remote_fields = src_dict["remote_fields"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _remote_fields = _get("remote_fields", UNSET)
        if not isinstance(_stage_id, str):
            raise ModelParseError.invalid("MoveApplicationToStageRequest", "stage_id", _stage_id, "a string")

        move_application_to_stage_request.stage_id = _stage_id

        if _remote_fields is UNSET:
            move_application_to_stage_request.remote_fields = UNSET
        else:
            move_application_to_stage_request.remote_fields = StageChangeRemoteFields.from_dict(_remote_fields)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            move_application_to_stage_request.additional_properties = {}
        else:
            move_application_to_stage_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return move_application_to_stage_request

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
from ..models.stage_change_remote_fields import StageChangeRemoteFields  # noqa: E402
