from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.integration_category import IntegrationCategory
from ..models.integration_status import IntegrationStatus
from ..models.setup_status import SetupStatus
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_CATEGORY_BY_VALUE = {member.value: member for member in IntegrationCategory}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_INTEGRATION_STATUS_BY_VALUE = {member.value: member for member in IntegrationStatus}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SETUP_STATUS_BY_VALUE = {member.value: member for member in SetupStatus}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "tool",
        "category",
        "status",
        "setup_status",
        "end_user",
        "scope_config",
        "data_expired_at",
        "created_at",
        "beta",
        "read_models",
        "write_actions",
    }
)

T = TypeVar("T", bound="IntegrationDetails")


@_attrs_define
class IntegrationDetails:
    """An integration (one customer's connected tool) and what it can do."""

    id: str
    """ The integration id (the X-Integration-Id of its calls). """

    tool: IntegrationTool | Unset = UNSET
    """ The tool an integration connects. """

    category: _IntegrationCategoryOpen | Unset = UNSET

    status: _IntegrationStatusOpen | Unset = UNSET

    setup_status: _SetupStatusOpen | Unset = UNSET

    end_user: EndUser | Unset = UNSET
    """ Your customer who connected the integration. """

    scope_config: ScopeConfigReference | Unset = UNSET
    """ The scope config (what Kombo may read and write) the integration uses. """

    data_expired_at: _AwareDatetime | Unset | None = UNSET

    created_at: _AwareDatetime | Unset = UNSET

    beta: bool | Unset = UNSET
    """ Whether the integration with this tool is in beta. """

    read_models: list[DatapointCoverage] | Unset = UNSET

    write_actions: list[DatapointCoverage] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        tool = self.tool
        if tool is not UNSET:
            field_dict["tool"] = tool.to_dict()

        category = self.category
        if category is not UNSET:
            field_dict["category"] = category.value if isinstance(category, IntegrationCategory) else category

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.value if isinstance(status, IntegrationStatus) else status

        setup_status = self.setup_status
        if setup_status is not UNSET:
            field_dict["setup_status"] = setup_status.value if isinstance(setup_status, SetupStatus) else setup_status

        end_user = self.end_user
        if end_user is not UNSET:
            field_dict["end_user"] = end_user.to_dict()

        scope_config = self.scope_config
        if scope_config is not UNSET:
            field_dict["scope_config"] = scope_config.to_dict()

        data_expired_at = self.data_expired_at
        if data_expired_at is not UNSET:
            field_dict["data_expired_at"] = (
                _format_datetime(data_expired_at) if isinstance(data_expired_at, datetime.datetime) else data_expired_at
            )

        created_at = self.created_at
        if created_at is not UNSET:
            field_dict["created_at"] = _format_datetime(created_at)

        beta = self.beta
        if beta is not UNSET:
            field_dict["beta"] = beta

        read_models = self.read_models
        if read_models is not UNSET:
            field_dict["read_models"] = [
                item.to_dict() if isinstance(item, DatapointCoverage) else item for item in read_models
            ]

        write_actions = self.write_actions
        if write_actions is not UNSET:
            field_dict["write_actions"] = [
                item.to_dict() if isinstance(item, DatapointCoverage) else item for item in write_actions
            ]

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        integration_details = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IntegrationDetails", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("IntegrationDetails", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 12:
            try:
                _tool = src_dict["tool"]
                _category = src_dict["category"]
                _status = src_dict["status"]
                _setup_status = src_dict["setup_status"]
                _end_user = src_dict["end_user"]
                _scope_config = src_dict["scope_config"]
                _data_expired_at = src_dict["data_expired_at"]
                _created_at = src_dict["created_at"]
                integration_details.beta = src_dict["beta"]
                _read_models = src_dict["read_models"]
                _write_actions = src_dict["write_actions"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _tool = _get("tool", UNSET)
            _category = _get("category", UNSET)
            _status = _get("status", UNSET)
            _setup_status = _get("setup_status", UNSET)
            _end_user = _get("end_user", UNSET)
            _scope_config = _get("scope_config", UNSET)
            _data_expired_at = _get("data_expired_at", UNSET)
            _created_at = _get("created_at", UNSET)
            integration_details.beta = _get("beta", UNSET)
            _read_models = _get("read_models", UNSET)
            _write_actions = _get("write_actions", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("IntegrationDetails", "id", _id, "a string")

        integration_details.id = _id

        if _tool is UNSET:
            integration_details.tool = UNSET
        else:
            integration_details.tool = IntegrationTool.from_dict(_tool)

        if isinstance(_category, str):
            integration_details.category = _INTEGRATION_CATEGORY_BY_VALUE.get(_category, _category)
        else:
            integration_details.category = _category

        if isinstance(_status, str):
            integration_details.status = _INTEGRATION_STATUS_BY_VALUE.get(_status, _status)
        else:
            integration_details.status = _status

        if isinstance(_setup_status, str):
            integration_details.setup_status = _SETUP_STATUS_BY_VALUE.get(_setup_status, _setup_status)
        else:
            integration_details.setup_status = _setup_status

        if _end_user is UNSET:
            integration_details.end_user = UNSET
        else:
            integration_details.end_user = EndUser.from_dict(_end_user)

        if _scope_config is UNSET:
            integration_details.scope_config = UNSET
        else:
            integration_details.scope_config = ScopeConfigReference.from_dict(_scope_config)

        if isinstance(_data_expired_at, str):
            try:
                _parsed_datetime = _parse_datetime(_data_expired_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "IntegrationDetails",
                    "data_expired_at",
                    _data_expired_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            integration_details.data_expired_at = _parsed_datetime

        else:
            integration_details.data_expired_at = _data_expired_at

        if _created_at is UNSET:
            integration_details.created_at = UNSET
        else:
            try:
                _parsed_datetime = _parse_datetime(_created_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "IntegrationDetails", "created_at", _created_at, "a timezone-aware ISO 8601 date-time string"
                )
            integration_details.created_at = _parsed_datetime

        if _read_models is UNSET:
            integration_details.read_models = UNSET
        else:
            if not isinstance(_read_models, list):
                raise ModelParseError.invalid("IntegrationDetails", "read_models", _read_models, "a JSON array")
            integration_details.read_models = list(map(DatapointCoverage.from_dict, _read_models))

        if _write_actions is UNSET:
            integration_details.write_actions = UNSET
        else:
            if not isinstance(_write_actions, list):
                raise ModelParseError.invalid("IntegrationDetails", "write_actions", _write_actions, "a JSON array")
            integration_details.write_actions = list(map(DatapointCoverage.from_dict, _write_actions))

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            integration_details.additional_properties = {}
        else:
            integration_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return integration_details

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
from ..models.datapoint_coverage import DatapointCoverage  # noqa: E402
from ..models.end_user import EndUser  # noqa: E402
from ..models.integration_tool import IntegrationTool  # noqa: E402
from ..models.scope_config_reference import ScopeConfigReference  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _IntegrationCategoryOpen: TypeAlias = IntegrationCategory | str
    _IntegrationStatusOpen: TypeAlias = IntegrationStatus | str
    _SetupStatusOpen: TypeAlias = SetupStatus | str
else:
    _IntegrationCategoryOpen = _open_enum(IntegrationCategory)
    _IntegrationStatusOpen = _open_enum(IntegrationStatus)
    _SetupStatusOpen = _open_enum(SetupStatus)
