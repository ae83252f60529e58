from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.screening_question_type import ScreeningQuestionType
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCREENING_QUESTION_TYPE_BY_VALUE = {member.value: member for member in ScreeningQuestionType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "remote_id",
        "title",
        "type",
    }
)

T = TypeVar("T", bound="SubmittedScreeningQuestion")


@_attrs_define
class SubmittedScreeningQuestion:
    remote_id: str | Unset | None = UNSET

    title: str | Unset | None = UNSET

    type: _ScreeningQuestionTypeOpen | Unset | None = _attrs_field(default=UNSET, alias="type_")

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def type_(self) -> ScreeningQuestionType | str | Unset | None:
        """``type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.type

    @type_.setter
    def type_(self, value: ScreeningQuestionType | str | Unset | None) -> None:
        self.type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_.value if isinstance(type_, ScreeningQuestionType) else type_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        submitted_screening_question = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("SubmittedScreeningQuestion", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 3:
            try:
                submitted_screening_question.remote_id = src_dict["remote_id"]
                submitted_screening_question.title = src_dict["title"]
                _type_ = src_dict["type"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            submitted_screening_question.remote_id = _get("remote_id", UNSET)
            submitted_screening_question.title = _get("title", UNSET)
            _type_ = _get("type", UNSET)
        if isinstance(_type_, str):
            submitted_screening_question.type = _SCREENING_QUESTION_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            submitted_screening_question.type = _type_

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            submitted_screening_question.additional_properties = {}
        else:
            submitted_screening_question.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return submitted_screening_question

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
    _ScreeningQuestionTypeOpen: TypeAlias = ScreeningQuestionType | str
else:
    _ScreeningQuestionTypeOpen = _open_enum(ScreeningQuestionType)
