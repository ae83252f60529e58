from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.connect_language import ConnectLanguage
from ..models.integration_category import IntegrationCategory
from ..models.link_type import LinkType
from ..models.tool_id import ToolId
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_TOOL_ID_BY_VALUE = {member.value: member for member in ToolId}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "end_user_email",
        "end_user_organization_name",
        "end_user_origin_id",
        "remote_environment",
        "integration_category",
        "integration_tool",
        "language",
        "scope_config_id",
        "enable_filtering",
        "enable_field_mapping",
        "enable_static_ips",
        "link_type",
    }
)

T = TypeVar("T", bound="CreateConnectionLinkRequest")


@_attrs_define
class CreateConnectionLinkRequest:
    """
    Example:
        {'end_user_email': 'test@example.com', 'end_user_organization_name': 'Test Inc.', 'integration_category': 'ATS',
            'integration_tool': 'greenhouse', 'end_user_origin_id': '123', 'language': 'en', 'link_type': 'EMBEDDED'}

    """

    end_user_email: str
    """ Email of the person the link is for. """

    end_user_organization_name: str
    """ Name of that person's organization (your customer). """

    end_user_origin_id: str | Unset = UNSET
    """ Your id for this customer; it comes back on the integration (`end_user.origin_id`). """

    remote_environment: str | Unset = UNSET
    """ The tool's environment to connect where it has several (production when left out); needs `integration_tool`.
    """

    integration_category: IntegrationCategory | Unset = UNSET
    """ The kind of system an integration connects. """

    integration_tool: _ToolIdOpen | Unset = UNSET
    """ Restrict the link to this tool (skips the tool picker). """

    language: ConnectLanguage | Unset = UNSET
    """ Language of the Kombo Connect UI. """

    scope_config_id: str | Unset = UNSET
    """ The scope config to use instead of the default (advanced). """

    enable_filtering: bool | Unset = False
    """ Enable the filtering setup step (HRIS only). """

    enable_field_mapping: bool | Unset = False
    """ Enable the field-mapping setup step. """

    enable_static_ips: bool | Unset = False
    """ Make every call to the tool come from a fixed set of IPs the customer can allowlist. """

    link_type: LinkType | Unset = UNSET
    """ EMBEDDED - for the embedded flow with the Kombo Connect SDK (valid for one hour); MAGIC_LINK - a link you
    send to the customer yourself (valid for one year). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["end_user_email"] = self.end_user_email

        field_dict["end_user_organization_name"] = self.end_user_organization_name

        end_user_origin_id = self.end_user_origin_id
        if end_user_origin_id is not UNSET:
            field_dict["end_user_origin_id"] = end_user_origin_id

        remote_environment = self.remote_environment
        if remote_environment is not UNSET:
            field_dict["remote_environment"] = remote_environment

        integration_category = self.integration_category
        if integration_category is not UNSET:
            field_dict["integration_category"] = integration_category.value

        integration_tool = self.integration_tool
        if integration_tool is not UNSET:
            field_dict["integration_tool"] = (
                integration_tool.value if isinstance(integration_tool, ToolId) else integration_tool
            )

        language = self.language
        if language is not UNSET:
            field_dict["language"] = language.value

        scope_config_id = self.scope_config_id
        if scope_config_id is not UNSET:
            field_dict["scope_config_id"] = scope_config_id

        enable_filtering = self.enable_filtering
        if enable_filtering is not UNSET:
            field_dict["enable_filtering"] = enable_filtering

        enable_field_mapping = self.enable_field_mapping
        if enable_field_mapping is not UNSET:
            field_dict["enable_field_mapping"] = enable_field_mapping

        enable_static_ips = self.enable_static_ips
        if enable_static_ips is not UNSET:
            field_dict["enable_static_ips"] = enable_static_ips

        link_type = self.link_type
        if link_type is not UNSET:
            field_dict["link_type"] = link_type.value

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        create_connection_link_request = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CreateConnectionLinkRequest", src_dict)
        try:
            _end_user_email = src_dict["end_user_email"]
            _end_user_organization_name = src_dict["end_user_organization_name"]
        except KeyError as exc:
            raise MissingFieldError("CreateConnectionLinkRequest", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 12:
            try:
                create_connection_link_request.end_user_origin_id = src_dict["end_user_origin_id"]
                create_connection_link_request.remote_environment = src_dict["remote_environment"]
                _integration_category = src_dict["integration_category"]
                _integration_tool = src_dict["integration_tool"]
                _language = src_dict["language"]
                create_connection_link_request.scope_config_id = src_dict["scope_config_id"]
                create_connection_link_request.enable_filtering = src_dict["enable_filtering"]
                create_connection_link_request.enable_field_mapping = src_dict["enable_field_mapping"]
                create_connection_link_request.enable_static_ips = src_dict["enable_static_ips"]
                _link_type = src_dict["link_type"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            create_connection_link_request.end_user_origin_id = _get("end_user_origin_id", UNSET)
            create_connection_link_request.remote_environment = _get("remote_environment", UNSET)
            _integration_category = _get("integration_category", UNSET)
            _integration_tool = _get("integration_tool", UNSET)
            _language = _get("language", UNSET)
            create_connection_link_request.scope_config_id = _get("scope_config_id", UNSET)
            create_connection_link_request.enable_filtering = _get("enable_filtering", UNSET)
            create_connection_link_request.enable_field_mapping = _get("enable_field_mapping", UNSET)
            create_connection_link_request.enable_static_ips = _get("enable_static_ips", UNSET)
            _link_type = _get("link_type", UNSET)
        if not isinstance(_end_user_email, str):
            raise ModelParseError.invalid("CreateConnectionLinkRequest", "end_user_email", _end_user_email, "a string")

        create_connection_link_request.end_user_email = _end_user_email

        if not isinstance(_end_user_organization_name, str):
            raise ModelParseError.invalid(
                "CreateConnectionLinkRequest", "end_user_organization_name", _end_user_organization_name, "a string"
            )

        create_connection_link_request.end_user_organization_name = _end_user_organization_name

        if _integration_category is UNSET:
            create_connection_link_request.integration_category = UNSET
        else:
            try:
                create_connection_link_request.integration_category = IntegrationCategory(_integration_category)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "CreateConnectionLinkRequest",
                    "integration_category",
                    _integration_category,
                    "a IntegrationCategory value",
                ) from None

        if isinstance(_integration_tool, str):
            create_connection_link_request.integration_tool = _TOOL_ID_BY_VALUE.get(
                _integration_tool, _integration_tool
            )
        else:
            create_connection_link_request.integration_tool = _integration_tool

        if _language is UNSET:
            create_connection_link_request.language = UNSET
        else:
            try:
                create_connection_link_request.language = ConnectLanguage(_language)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "CreateConnectionLinkRequest", "language", _language, "a ConnectLanguage value"
                ) from None

        if _link_type is UNSET:
            create_connection_link_request.link_type = UNSET
        else:
            try:
                create_connection_link_request.link_type = LinkType(_link_type)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "CreateConnectionLinkRequest", "link_type", _link_type, "a LinkType value"
                ) from None

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            create_connection_link_request.additional_properties = {}
        else:
            create_connection_link_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return create_connection_link_request

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
    _ToolIdOpen: TypeAlias = ToolId | str
else:
    _ToolIdOpen = _open_enum(ToolId)
