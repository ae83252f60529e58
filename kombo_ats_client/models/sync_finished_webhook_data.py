from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.integration_category import IntegrationCategory
from ..models.sync_state import SyncState
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SYNC_STATE_BY_VALUE = {member.value: member for member in SyncState}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_CATEGORY_BY_VALUE = {member.value: member for member in IntegrationCategory}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "sync_id",
        "sync_state",
        "integration_id",
        "sync_started_at",
        "sync_ended_at",
        "sync_duration_seconds",
        "integration_tool",
        "integration_category",
        "end_user",
        "log_url",
    }
)

T = TypeVar("T", bound="SyncFinishedWebhookData")


@_attrs_define
class SyncFinishedWebhookData:
    """A sync of an integration ended (in any state). The first one after connecting means reads stop answering 503."""

    sync_id: str

    sync_state: _SyncStateOpen

    integration_id: str

    sync_started_at: _AwareDatetime | Unset | None = UNSET

    sync_ended_at: _AwareDatetime | Unset | None = UNSET

    sync_duration_seconds: int | float | Unset | None = UNSET
    """ Whole or fractional seconds (Kombo's examples show both). """

    integration_tool: str | Unset | None = UNSET

    integration_category: _IntegrationCategoryOpen | Unset | None = UNSET

    end_user: EndUser | Unset | None = UNSET

    log_url: str | Unset | None = UNSET
    """ The sync's log in the Kombo dashboard. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["sync_id"] = self.sync_id

        sync_state = self.sync_state
        field_dict["sync_state"] = sync_state.value if isinstance(sync_state, SyncState) else sync_state

        field_dict["integration_id"] = self.integration_id

        sync_started_at = self.sync_started_at
        if sync_started_at is not UNSET:
            field_dict["sync_started_at"] = (
                _format_datetime(sync_started_at) if isinstance(sync_started_at, datetime.datetime) else sync_started_at
            )

        sync_ended_at = self.sync_ended_at
        if sync_ended_at is not UNSET:
            field_dict["sync_ended_at"] = (
                _format_datetime(sync_ended_at) if isinstance(sync_ended_at, datetime.datetime) else sync_ended_at
            )

        sync_duration_seconds = self.sync_duration_seconds
        if sync_duration_seconds is not UNSET:
            field_dict["sync_duration_seconds"] = sync_duration_seconds

        integration_tool = self.integration_tool
        if integration_tool is not UNSET:
            field_dict["integration_tool"] = integration_tool

        integration_category = self.integration_category
        if integration_category is not UNSET:
            field_dict["integration_category"] = (
                integration_category.value
                if isinstance(integration_category, IntegrationCategory)
                else integration_category
            )

        end_user = self.end_user
        if end_user is not UNSET:
            field_dict["end_user"] = end_user.to_dict() if isinstance(end_user, EndUser) else end_user

        log_url = self.log_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        sync_finished_webhook_data = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("SyncFinishedWebhookData", src_dict)
        try:
            _sync_id = src_dict["sync_id"]
            _sync_state = src_dict["sync_state"]
            _integration_id = src_dict["integration_id"]
        except KeyError as exc:
            raise MissingFieldError("SyncFinishedWebhookData", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 10:
            try:
                _sync_started_at = src_dict["sync_started_at"]
                _sync_ended_at = src_dict["sync_ended_at"]
                sync_finished_webhook_data.sync_duration_seconds = src_dict["sync_duration_seconds"]
                sync_finished_webhook_data.integration_tool = src_dict["integration_tool"]
                _integration_category = src_dict["integration_category"]
                _end_user = src_dict["end_user"]
                sync_finished_webhook_data.log_url = src_dict["log_url"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _sync_started_at = _get("sync_started_at", UNSET)
            _sync_ended_at = _get("sync_ended_at", UNSET)
            sync_finished_webhook_data.sync_duration_seconds = _get("sync_duration_seconds", UNSET)
            sync_finished_webhook_data.integration_tool = _get("integration_tool", UNSET)
            _integration_category = _get("integration_category", UNSET)
            _end_user = _get("end_user", UNSET)
            sync_finished_webhook_data.log_url = _get("log_url", UNSET)
        if not isinstance(_sync_id, str):
            raise ModelParseError.invalid("SyncFinishedWebhookData", "sync_id", _sync_id, "a string")

        sync_finished_webhook_data.sync_id = _sync_id

        if isinstance(_sync_state, str):
            sync_finished_webhook_data.sync_state = _SYNC_STATE_BY_VALUE.get(_sync_state, _sync_state)
        else:
            sync_finished_webhook_data.sync_state = _sync_state

        if not isinstance(_integration_id, str):
            raise ModelParseError.invalid("SyncFinishedWebhookData", "integration_id", _integration_id, "a string")

        sync_finished_webhook_data.integration_id = _integration_id

        if isinstance(_sync_started_at, str):
            try:
                _parsed_datetime = _parse_datetime(_sync_started_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "SyncFinishedWebhookData",
                    "sync_started_at",
                    _sync_started_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            sync_finished_webhook_data.sync_started_at = _parsed_datetime

        else:
            sync_finished_webhook_data.sync_started_at = _sync_started_at

        if isinstance(_sync_ended_at, str):
            try:
                _parsed_datetime = _parse_datetime(_sync_ended_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "SyncFinishedWebhookData",
                    "sync_ended_at",
                    _sync_ended_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            sync_finished_webhook_data.sync_ended_at = _parsed_datetime

        else:
            sync_finished_webhook_data.sync_ended_at = _sync_ended_at

        if isinstance(_integration_category, str):
            sync_finished_webhook_data.integration_category = _INTEGRATION_CATEGORY_BY_VALUE.get(
                _integration_category, _integration_category
            )
        else:
            sync_finished_webhook_data.integration_category = _integration_category

        if isinstance(_end_user, dict):
            try:
                sync_finished_webhook_data.end_user = EndUser.from_dict(_end_user)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                sync_finished_webhook_data.end_user = cast(Any, _end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                sync_finished_webhook_data.end_user = cast(Any, _end_user)
        else:
            sync_finished_webhook_data.end_user = _end_user

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            sync_finished_webhook_data.additional_properties = {}
        else:
            sync_finished_webhook_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return sync_finished_webhook_data

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
from ..models.end_user import EndUser  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _SyncStateOpen: TypeAlias = SyncState | str
    _IntegrationCategoryOpen: TypeAlias = IntegrationCategory | str
else:
    _SyncStateOpen = _open_enum(SyncState)
    _IntegrationCategoryOpen = _open_enum(IntegrationCategory)
