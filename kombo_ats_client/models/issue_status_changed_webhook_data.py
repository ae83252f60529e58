from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.issue_change import IssueChange
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_ISSUE_CHANGE_BY_VALUE = {member.value: member for member in IssueChange}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "issue",
        "change",
        "integration",
    }
)

T = TypeVar("T", bound="IssueStatusChangedWebhookData")


@_attrs_define
class IssueStatusChangedWebhookData:
    """An issue was raised or resolved."""

    issue: WebhookIssue
    """ A problem Kombo observed with an integration or the environment. """

    change: _IssueChangeOpen | Unset | None = UNSET

    integration: Unset | WebhookIssueIntegration | None = UNSET
    """ `null` for issues of the whole environment. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["issue"] = self.issue.to_dict()

        change = self.change
        if change is not UNSET:
            field_dict["change"] = change.value if isinstance(change, IssueChange) else change

        integration = self.integration
        if integration is not UNSET:
            field_dict["integration"] = (
                integration.to_dict() if isinstance(integration, WebhookIssueIntegration) else integration
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        issue_status_changed_webhook_data = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("IssueStatusChangedWebhookData", src_dict)
        try:
            _issue = src_dict["issue"]
        except KeyError as exc:
            raise MissingFieldError("IssueStatusChangedWebhookData", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 3:
            try:
                _change = src_dict["change"]
                _integration = src_dict["integration"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _change = _get("change", UNSET)
            _integration = _get("integration", UNSET)
        issue_status_changed_webhook_data.issue = WebhookIssue.from_dict(_issue)

        if isinstance(_change, str):
            issue_status_changed_webhook_data.change = _ISSUE_CHANGE_BY_VALUE.get(_change, _change)
        else:
            issue_status_changed_webhook_data.change = _change

        if isinstance(_integration, dict):
            try:
                issue_status_changed_webhook_data.integration = WebhookIssueIntegration.from_dict(_integration)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                issue_status_changed_webhook_data.integration = cast(Any, _integration)
            except (TypeError, ValueError, AttributeError, KeyError):
                issue_status_changed_webhook_data.integration = cast(Any, _integration)
        else:
            issue_status_changed_webhook_data.integration = _integration

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            issue_status_changed_webhook_data.additional_properties = {}
        else:
            issue_status_changed_webhook_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return issue_status_changed_webhook_data

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
from ..models.webhook_issue import WebhookIssue  # noqa: E402
from ..models.webhook_issue_integration import WebhookIssueIntegration  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _IssueChangeOpen: TypeAlias = IssueChange | str
else:
    _IssueChangeOpen = _open_enum(IssueChange)
