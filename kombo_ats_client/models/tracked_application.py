from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "tracked_at",
        "imported_id",
    }
)

T = TypeVar("T", bound="TrackedApplication")


@_attrs_define
class TrackedApplication:
    """An application Kombo now tracks."""

    id: str
    """ Kombo id of the application. """

    tracked_at: _AwareDatetime | Unset | None = UNSET

    imported_id: ImportedApplicationIds | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        tracked_at = self.tracked_at
        if tracked_at is not UNSET:
            field_dict["tracked_at"] = (
                _format_datetime(tracked_at) if isinstance(tracked_at, datetime.datetime) else tracked_at
            )

        imported_id = self.imported_id
        if imported_id is not UNSET:
            field_dict["imported_id"] = (
                imported_id.to_dict() if isinstance(imported_id, ImportedApplicationIds) else imported_id
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        tracked_application = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("TrackedApplication", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("TrackedApplication", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 3:
            try:
                _tracked_at = src_dict["tracked_at"]
                _imported_id = src_dict["imported_id"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _tracked_at = _get("tracked_at", UNSET)
            _imported_id = _get("imported_id", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("TrackedApplication", "id", _id, "a string")

        tracked_application.id = _id

        if isinstance(_tracked_at, str):
            try:
                _parsed_datetime = _parse_datetime(_tracked_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "TrackedApplication", "tracked_at", _tracked_at, "a timezone-aware ISO 8601 date-time string"
                )
            tracked_application.tracked_at = _parsed_datetime

        else:
            tracked_application.tracked_at = _tracked_at

        if isinstance(_imported_id, dict):
            try:
                tracked_application.imported_id = ImportedApplicationIds.from_dict(_imported_id)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                tracked_application.imported_id = cast(Any, _imported_id)
            except (TypeError, ValueError, AttributeError, KeyError):
                tracked_application.imported_id = cast(Any, _imported_id)
        else:
            tracked_application.imported_id = _imported_id

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            tracked_application.additional_properties = {}
        else:
            tracked_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return tracked_application

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
from ..models.imported_application_ids import ImportedApplicationIds  # noqa: E402
