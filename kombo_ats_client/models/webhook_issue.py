from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ISSUE_STATUS_BY_VALUE = {member.value: member for member in IssueStatus}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "type",
        "title",
        "status",
        "markdown_message",
        "first_observed_at",
        "resolved_at",
    }
)

T = TypeVar("T", bound="WebhookIssue")


@_attrs_define
class WebhookIssue:
    """A problem Kombo observed with an integration or the environment."""

    id: str

    type: str | Unset | None = _attrs_field(default=UNSET, alias="type_")
    """ The kind of issue (an open set of identifiers). """

    title: str | Unset | None = UNSET

    status: _IssueStatusOpen | Unset | None = UNSET

    markdown_message: str | Unset | None = UNSET
    """ What is wrong and what to do about it (Markdown). """

    first_observed_at: _AwareDatetime | Unset | None = UNSET

    resolved_at: _AwareDatetime | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def type_(self) -> str | Unset | None:
        """``type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.type

    @type_.setter
    def type_(self, value: str | Unset | None) -> None:
        self.type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        status = self.status
        if status is not UNSET:
            field_dict["status"] = status.value if isinstance(status, IssueStatus) else status

        markdown_message = self.markdown_message
        if markdown_message is not UNSET:
            field_dict["markdown_message"] = markdown_message

        first_observed_at = self.first_observed_at
        if first_observed_at is not UNSET:
            field_dict["first_observed_at"] = (
                _format_datetime(first_observed_at)
                if isinstance(first_observed_at, datetime.datetime)
                else first_observed_at
            )

        resolved_at = self.resolved_at
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = (
                _format_datetime(resolved_at) if isinstance(resolved_at, datetime.datetime) else resolved_at
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        webhook_issue = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("WebhookIssue", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("WebhookIssue", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                webhook_issue.type = src_dict["type"]
                webhook_issue.title = src_dict["title"]
                _status = src_dict["status"]
                webhook_issue.markdown_message = src_dict["markdown_message"]
                _first_observed_at = src_dict["first_observed_at"]
                _resolved_at = src_dict["resolved_at"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            webhook_issue.type = _get("type", UNSET)
            webhook_issue.title = _get("title", UNSET)
            _status = _get("status", UNSET)
            webhook_issue.markdown_message = _get("markdown_message", UNSET)
            _first_observed_at = _get("first_observed_at", UNSET)
            _resolved_at = _get("resolved_at", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("WebhookIssue", "id", _id, "a string")

        webhook_issue.id = _id

        if isinstance(_status, str):
            webhook_issue.status = _ISSUE_STATUS_BY_VALUE.get(_status, _status)
        else:
            webhook_issue.status = _status

        if isinstance(_first_observed_at, str):
            try:
                _parsed_datetime = _parse_datetime(_first_observed_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "WebhookIssue",
                    "first_observed_at",
                    _first_observed_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            webhook_issue.first_observed_at = _parsed_datetime

        else:
            webhook_issue.first_observed_at = _first_observed_at

        if isinstance(_resolved_at, str):
            try:
                _parsed_datetime = _parse_datetime(_resolved_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "WebhookIssue", "resolved_at", _resolved_at, "a timezone-aware ISO 8601 date-time string"
                )
            webhook_issue.resolved_at = _parsed_datetime

        else:
            webhook_issue.resolved_at = _resolved_at

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            webhook_issue.additional_properties = {}
        else:
            webhook_issue.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return webhook_issue

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
    _IssueStatusOpen: TypeAlias = IssueStatus | str
else:
    _IssueStatusOpen = _open_enum(IssueStatus)
