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
        "id",
        "label",
        "internal_label",
        "assets",
        "paid_api_details_markdown",
        "fast_track_details_markdown",
        "partner_only_details_markdown",
        "connection_guide_url",
        "coverage",
    }
)

T = TypeVar("T", bound="Tool")


@_attrs_define
class Tool:
    """A tool (integration) enabled in your environment."""

    id: str
    """ The tool's id; pass it as `integration_tool` to `createConnectionLink`. """

    label: str | Unset = UNSET
    """ The tool's name to show to users. """

    internal_label: str | Unset | None = UNSET
    """ A more specific label for debugging variants; show `label` to users. """

    assets: ToolAssets | Unset = UNSET

    paid_api_details_markdown: str | Unset | None = UNSET
    """ Markdown on the tool's paid API; null when the API is free. """

    fast_track_details_markdown: str | Unset | None = UNSET
    """ Markdown on the fast-track process; null when there is none. """

    partner_only_details_markdown: str | Unset | None = UNSET
    """ Markdown on the partnership the tool requires; null when none is needed. """

    connection_guide_url: str | Unset | None = UNSET
    """ Link to the tool's connection guide. """

    coverage: ToolCoverage | Unset = UNSET
    """ The models, actions and features the tool supports through Kombo. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        internal_label = self.internal_label
        if internal_label is not UNSET:
            field_dict["internal_label"] = internal_label

        assets = self.assets
        if assets is not UNSET:
            field_dict["assets"] = assets.to_dict()

        paid_api_details_markdown = self.paid_api_details_markdown
        if paid_api_details_markdown is not UNSET:
            field_dict["paid_api_details_markdown"] = paid_api_details_markdown

        fast_track_details_markdown = self.fast_track_details_markdown
        if fast_track_details_markdown is not UNSET:
            field_dict["fast_track_details_markdown"] = fast_track_details_markdown

        partner_only_details_markdown = self.partner_only_details_markdown
        if partner_only_details_markdown is not UNSET:
            field_dict["partner_only_details_markdown"] = partner_only_details_markdown

        connection_guide_url = self.connection_guide_url
        if connection_guide_url is not UNSET:
            field_dict["connection_guide_url"] = connection_guide_url

        coverage = self.coverage
        if coverage is not UNSET:
            field_dict["coverage"] = coverage.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        tool = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("Tool", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("Tool", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 9:
            try:
                tool.label = src_dict["label"]
                tool.internal_label = src_dict["internal_label"]
                _assets = src_dict["assets"]
                tool.paid_api_details_markdown = src_dict["paid_api_details_markdown"]
                tool.fast_track_details_markdown = src_dict["fast_track_details_markdown"]
                tool.partner_only_details_markdown = src_dict["partner_only_details_markdown"]
                tool.connection_guide_url = src_dict["connection_guide_url"]
                _coverage = src_dict["coverage"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            tool.label = _get("label", UNSET)
            tool.internal_label = _get("internal_label", UNSET)
            _assets = _get("assets", UNSET)
            tool.paid_api_details_markdown = _get("paid_api_details_markdown", UNSET)
            tool.fast_track_details_markdown = _get("fast_track_details_markdown", UNSET)
            tool.partner_only_details_markdown = _get("partner_only_details_markdown", UNSET)
            tool.connection_guide_url = _get("connection_guide_url", UNSET)
            _coverage = _get("coverage", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("Tool", "id", _id, "a string")

        tool.id = _id

        if _assets is UNSET:
            tool.assets = UNSET
        else:
            tool.assets = ToolAssets.from_dict(_assets)

        if _coverage is UNSET:
            tool.coverage = UNSET
        else:
            tool.coverage = ToolCoverage.from_dict(_coverage)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            tool.additional_properties = {}
        else:
            tool.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        return tool

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
from ..models.tool_assets import ToolAssets  # noqa: E402
from ..models.tool_coverage import ToolCoverage  # noqa: E402
