from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.setup_status import SetupStatus
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

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
        "end_user_origin_id",
        "end_user_organization_name",
        "end_user_email",
        "setup_status",
    }
)

T = TypeVar("T", bound="ConnectedIntegration")


@_attrs_define
class ConnectedIntegration:
    """The integration a Connect flow created."""

    id: str
    """ The new integration's id; store it with your customer. """

    tool: str | Unset = UNSET
    """ The connected tool's id. """

    end_user_origin_id: str | Unset | None = UNSET
    """ The id you gave when creating the link. """

    end_user_organization_name: str | Unset = UNSET

    end_user_email: str | Unset | None = UNSET

    setup_status: _SetupStatusOpen | Unset = UNSET

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
            field_dict["tool"] = tool

        end_user_origin_id = self.end_user_origin_id
        if end_user_origin_id is not UNSET:
            field_dict["end_user_origin_id"] = end_user_origin_id

        end_user_organization_name = self.end_user_organization_name
        if end_user_organization_name is not UNSET:
            field_dict["end_user_organization_name"] = end_user_organization_name

        end_user_email = self.end_user_email
        if end_user_email is not UNSET:
            field_dict["end_user_email"] = end_user_email

        setup_status = self.setup_status
        if setup_status is not UNSET:
            field_dict["setup_status"] = setup_status.value if isinstance(setup_status, SetupStatus) else setup_status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        connected_integration = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ConnectedIntegration", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("ConnectedIntegration", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 6:
            try:
                connected_integration.tool = src_dict["tool"]
                connected_integration.end_user_origin_id = src_dict["end_user_origin_id"]
                connected_integration.end_user_organization_name = src_dict["end_user_organization_name"]
                connected_integration.end_user_email = src_dict["end_user_email"]
                _setup_status = src_dict["setup_status"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            connected_integration.tool = _get("tool", UNSET)
            connected_integration.end_user_origin_id = _get("end_user_origin_id", UNSET)
            connected_integration.end_user_organization_name = _get("end_user_organization_name", UNSET)
            connected_integration.end_user_email = _get("end_user_email", UNSET)
            _setup_status = _get("setup_status", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("ConnectedIntegration", "id", _id, "a string")

        connected_integration.id = _id

        if isinstance(_setup_status, str):
            connected_integration.setup_status = _SETUP_STATUS_BY_VALUE.get(_setup_status, _setup_status)
        else:
            connected_integration.setup_status = _setup_status

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            connected_integration.additional_properties = {}
        else:
            connected_integration.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return connected_integration

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


# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _SetupStatusOpen: TypeAlias = SetupStatus | str
else:
    _SetupStatusOpen = _open_enum(SetupStatus)
