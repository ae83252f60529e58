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
from ..models.integration_status import IntegrationStatus
from ..models.qa_status import QaStatus
from ..models.setup_status import SetupStatus
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_CATEGORY_BY_VALUE = {member.value: member for member in IntegrationCategory}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_QA_STATUS_BY_VALUE = {member.value: member for member in QaStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SETUP_STATUS_BY_VALUE = {member.value: member for member in SetupStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_STATUS_BY_VALUE = {member.value: member for member in IntegrationStatus}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "integration_id",
        "integration_tool",
        "integration_category",
        "end_user",
        "qa_status",
        "setup_status",
        "state",
        "updated_at",
    }
)

T = TypeVar("T", bound="IntegrationStateChangedWebhookData")


@_attrs_define
class IntegrationStateChangedWebhookData:
    """An integration's state, setup status or QA status changed (e.g. INVALID credentials: ask the customer to reconnect)."""

    integration_id: str

    integration_tool: str | Unset | None = UNSET

    integration_category: _IntegrationCategoryOpen | Unset | None = UNSET

    end_user: EndUser | Unset | None = UNSET

    qa_status: _QaStatusOpen | Unset | None = UNSET

    setup_status: _SetupStatusOpen | Unset | None = UNSET

    state: _IntegrationStatusOpen | Unset | None = UNSET

    updated_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["integration_id"] = self.integration_id

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

        qa_status = self.qa_status
        if qa_status is not UNSET:
            field_dict["qa_status"] = qa_status.value if isinstance(qa_status, QaStatus) else qa_status

        setup_status = self.setup_status
        if setup_status is not UNSET:
            field_dict["setup_status"] = setup_status.value if isinstance(setup_status, SetupStatus) else setup_status

        state = self.state
        if state is not UNSET:
            field_dict["state"] = state.value if isinstance(state, IntegrationStatus) else state

        updated_at = self.updated_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = (
                _format_datetime(updated_at) if isinstance(updated_at, datetime.datetime) else updated_at
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        integration_state_changed_webhook_data = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IntegrationStateChangedWebhookData", src_dict)
        try:
            _integration_id = src_dict["integration_id"]
        except KeyError as exc:
            raise MissingFieldError("IntegrationStateChangedWebhookData", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 8:
            try:
                integration_state_changed_webhook_data.integration_tool = src_dict["integration_tool"]
                _integration_category = src_dict["integration_category"]
                _end_user = src_dict["end_user"]
                _qa_status = src_dict["qa_status"]
                _setup_status = src_dict["setup_status"]
                _state = src_dict["state"]
                _updated_at = src_dict["updated_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            integration_state_changed_webhook_data.integration_tool = _get("integration_tool", UNSET)
            _integration_category = _get("integration_category", UNSET)
            _end_user = _get("end_user", UNSET)
            _qa_status = _get("qa_status", UNSET)
            _setup_status = _get("setup_status", UNSET)
            _state = _get("state", UNSET)
            _updated_at = _get("updated_at", UNSET)
        if not isinstance(_integration_id, str):
            raise ModelParseError.invalid(
                "IntegrationStateChangedWebhookData", "integration_id", _integration_id, "a string"
            )

        integration_state_changed_webhook_data.integration_id = _integration_id

        if isinstance(_integration_category, str):
            integration_state_changed_webhook_data.integration_category = _INTEGRATION_CATEGORY_BY_VALUE.get(
                _integration_category, _integration_category
            )
        else:
            integration_state_changed_webhook_data.integration_category = _integration_category

        if isinstance(_end_user, dict):
            try:
                integration_state_changed_webhook_data.end_user = EndUser.from_dict(_end_user)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                integration_state_changed_webhook_data.end_user = cast(Any, _end_user)
            except (TypeError, ValueError, AttributeError, KeyError):
                integration_state_changed_webhook_data.end_user = cast(Any, _end_user)
        else:
            integration_state_changed_webhook_data.end_user = _end_user

        if isinstance(_qa_status, str):
            integration_state_changed_webhook_data.qa_status = _QA_STATUS_BY_VALUE.get(_qa_status, _qa_status)
        else:
            integration_state_changed_webhook_data.qa_status = _qa_status

        if isinstance(_setup_status, str):
            integration_state_changed_webhook_data.setup_status = _SETUP_STATUS_BY_VALUE.get(
                _setup_status, _setup_status
            )
        else:
            integration_state_changed_webhook_data.setup_status = _setup_status

        if isinstance(_state, str):
            integration_state_changed_webhook_data.state = _INTEGRATION_STATUS_BY_VALUE.get(_state, _state)
        else:
            integration_state_changed_webhook_data.state = _state

        if isinstance(_updated_at, str):
            try:
                _parsed_datetime = _parse_datetime(_updated_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "IntegrationStateChangedWebhookData",
                    "updated_at",
                    _updated_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            integration_state_changed_webhook_data.updated_at = _parsed_datetime

        else:
            integration_state_changed_webhook_data.updated_at = _updated_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            integration_state_changed_webhook_data.additional_properties = {}
        else:
            integration_state_changed_webhook_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return integration_state_changed_webhook_data

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
    _IntegrationCategoryOpen: TypeAlias = IntegrationCategory | str
    _QaStatusOpen: TypeAlias = QaStatus | str
    _SetupStatusOpen: TypeAlias = SetupStatus | str
    _IntegrationStatusOpen: TypeAlias = IntegrationStatus | str
else:
    _IntegrationCategoryOpen = _open_enum(IntegrationCategory)
    _QaStatusOpen = _open_enum(QaStatus)
    _SetupStatusOpen = _open_enum(SetupStatus)
    _IntegrationStatusOpen = _open_enum(IntegrationStatus)
