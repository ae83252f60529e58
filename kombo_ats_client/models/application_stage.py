from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.stage_status import StageStatus
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import decoded_with as _decoded_with
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_STAGE_STATUS_BY_VALUE = {member.value: member for member in StageStatus}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "name",
        "status",
        "custom_fields",
        "remote_deleted_at",
    }
)

T = TypeVar("T", bound="ApplicationStage")


@_attrs_define
class ApplicationStage:
    """An application stage of the ATS as a whole (deprecated endpoint; most ATSs have stages per job, see `Job.stages`)."""

    id: str

    changed_at: _AwareDatetime

    remote_id: str | Unset | None = UNSET

    name: str | Unset | None = UNSET
    """ The stage name, e.g. "Initial Screening". """

    status: _StageStatusOpen | Unset | None = UNSET

    custom_fields: _CustomFieldsMap | Unset | None = UNSET

    remote_deleted_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["changed_at"] = _format_datetime(self.changed_at)

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.value if isinstance(status, StageStatus) else status

        custom_fields = self.custom_fields
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = (
                custom_fields.to_dict() if isinstance(custom_fields, CustomFields) else custom_fields
            )

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
        application_stage = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ApplicationStage", src_dict)
        try:
            _id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("ApplicationStage", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                application_stage.remote_id = src_dict["remote_id"]
                application_stage.name = src_dict["name"]
                _status = src_dict["status"]
                _custom_fields = src_dict["custom_fields"]
                _remote_deleted_at = src_dict["remote_deleted_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            application_stage.remote_id = _get("remote_id", UNSET)
            application_stage.name = _get("name", UNSET)
            _status = _get("status", UNSET)
            _custom_fields = _get("custom_fields", UNSET)
            _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("ApplicationStage", "id", _id, "a string")

        application_stage.id = _id

        try:
            _parsed_datetime = _parse_datetime(_changed_at)
        except (TypeError, ValueError):
            _parsed_datetime = None
        if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
            raise ModelParseError.invalid(
                "ApplicationStage", "changed_at", _changed_at, "a timezone-aware ISO 8601 date-time string"
            )
        application_stage.changed_at = _parsed_datetime

        if isinstance(_status, str):
            application_stage.status = _STAGE_STATUS_BY_VALUE.get(_status, _status)
        else:
            application_stage.status = _status

        if isinstance(_custom_fields, dict):
            try:
                application_stage.custom_fields = CustomFields.from_dict(_custom_fields)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                application_stage.custom_fields = cast(Any, _custom_fields)
            except (TypeError, ValueError, AttributeError, KeyError):
                application_stage.custom_fields = cast(Any, _custom_fields)
        else:
            application_stage.custom_fields = _custom_fields

        if isinstance(_remote_deleted_at, str):
            try:
                _parsed_datetime = _parse_datetime(_remote_deleted_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "ApplicationStage",
                    "remote_deleted_at",
                    _remote_deleted_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            application_stage.remote_deleted_at = _parsed_datetime

        else:
            application_stage.remote_deleted_at = _remote_deleted_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            application_stage.additional_properties = {}
        else:
            application_stage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return application_stage

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
from ..models.custom_fields import CustomFields  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _StageStatusOpen: TypeAlias = StageStatus | str
    _CustomFieldsMap: TypeAlias = CustomFields
else:
    _StageStatusOpen = _open_enum(StageStatus)
    _CustomFieldsMap = _decoded_with("CustomFieldsMap", CustomFields.from_dict)
