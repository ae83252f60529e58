from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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
        "application_remote_id",
        "job_remote_id",
        "id_type",
    }
)

T = TypeVar("T", bound="ImportByApplicationAndJobRemoteIds")


@_attrs_define
class ImportByApplicationAndJobRemoteIds:
    """Identifies the application by its remote id and its job's remote id."""

    application_remote_id: str

    job_remote_id: str

    id_type: Literal["application_and_job_remote_ids"] | Unset = "application_and_job_remote_ids"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["application_remote_id"] = self.application_remote_id

        field_dict["job_remote_id"] = self.job_remote_id

        id_type = self.id_type
        if id_type is not UNSET:
            field_dict["id_type"] = id_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        import_by_application_and_job_remote_ids = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ImportByApplicationAndJobRemoteIds", src_dict)
        try:
            _application_remote_id = src_dict["application_remote_id"]
            _job_remote_id = src_dict["job_remote_id"]
        except KeyError as exc:
            raise MissingFieldError("ImportByApplicationAndJobRemoteIds", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 3:
            try:
                _id_type = src_dict["id_type"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _id_type = _get("id_type", UNSET)
        if not isinstance(_application_remote_id, str):
            raise ModelParseError.invalid(
                "ImportByApplicationAndJobRemoteIds", "application_remote_id", _application_remote_id, "a string"
            )

        import_by_application_and_job_remote_ids.application_remote_id = _application_remote_id

        if not isinstance(_job_remote_id, str):
            raise ModelParseError.invalid(
                "ImportByApplicationAndJobRemoteIds", "job_remote_id", _job_remote_id, "a string"
            )

        import_by_application_and_job_remote_ids.job_remote_id = _job_remote_id

        try:
            id_type = cast(Literal["application_and_job_remote_ids"] | Unset, _id_type)
            if id_type != "application_and_job_remote_ids" and not isinstance(id_type, Unset):
                raise ValueError(f"id_type must match const 'application_and_job_remote_ids', got '{id_type}'")
        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "ImportByApplicationAndJobRemoteIds", "id_type", _id_type, "a value of the documented shape"
            ) from None
        import_by_application_and_job_remote_ids.id_type = id_type

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            import_by_application_and_job_remote_ids.additional_properties = {}
        else:
            import_by_application_and_job_remote_ids.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return import_by_application_and_job_remote_ids

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
