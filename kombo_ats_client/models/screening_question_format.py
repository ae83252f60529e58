from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.screening_question_display_type import ScreeningQuestionDisplayType
from ..models.screening_question_type import ScreeningQuestionType
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCREENING_QUESTION_TYPE_BY_VALUE = {member.value: member for member in ScreeningQuestionType}
# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCREENING_QUESTION_DISPLAY_TYPE_BY_VALUE = {member.value: member for member in ScreeningQuestionDisplayType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "display_type",
        "max_length",
        "min",
        "max",
        "accepted_mime_types",
        "max_file_size_bytes",
        "options",
        "raw_question",
    }
)

T = TypeVar("T", bound="ScreeningQuestionFormat")


@_attrs_define
class ScreeningQuestionFormat:
    """The answer format. `type` says which other properties apply: TEXT carries `display_type` and `max_length`; NUMBER
    `display_type`, `min` and `max`; FILE `accepted_mime_types` and `max_file_size_bytes`; SINGLE_SELECT and
    MULTI_SELECT `options` (SINGLE_SELECT also `display_type`); UNKNOWN `raw_question`.

    """

    type: _ScreeningQuestionTypeOpen | Unset | None = _attrs_field(default=UNSET, alias="type_")

    display_type: _ScreeningQuestionDisplayTypeOpen | Unset | None = UNSET

    max_length: int | Unset | None = UNSET
    """ Longest accepted TEXT answer in characters. """

    min: int | float | Unset | None = _attrs_field(default=UNSET, alias="min_")
    """ Smallest accepted NUMBER answer. """

    max: int | float | Unset | None = _attrs_field(default=UNSET, alias="max_")
    """ Largest accepted NUMBER answer. """

    accepted_mime_types: list[str] | Unset | None = UNSET
    """ MIME types a FILE answer may have; null when any type is accepted. """

    max_file_size_bytes: int | Unset | None = UNSET
    """ Largest accepted FILE answer in bytes. """

    options: list[ScreeningQuestionOption] | Unset | None = UNSET

    raw_question: Any | Unset = UNSET
    """ The question as the ATS returned it (UNKNOWN questions only); any JSON value. """

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

    @property
    def min_(self) -> float | Unset | None:
        """``min`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.min

    @min_.setter
    def min_(self, value: float | Unset | None) -> None:
        self.min = value

    @property
    def max_(self) -> float | Unset | None:
        """``max`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.max

    @max_.setter
    def max_(self, value: float | Unset | None) -> None:
        self.max = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_.value if isinstance(type_, ScreeningQuestionType) else type_

        display_type = self.display_type
        if display_type is not UNSET:
            field_dict["display_type"] = (
                display_type.value if isinstance(display_type, ScreeningQuestionDisplayType) else display_type
            )

        max_length = self.max_length
        if max_length is not UNSET:
            field_dict["max_length"] = max_length

        min_ = self.min
        if min_ is not UNSET:
            field_dict["min"] = min_

        max_ = self.max
        if max_ is not UNSET:
            field_dict["max"] = max_

        accepted_mime_types = self.accepted_mime_types
        if accepted_mime_types is not UNSET:
            field_dict["accepted_mime_types"] = accepted_mime_types

        max_file_size_bytes = self.max_file_size_bytes
        if max_file_size_bytes is not UNSET:
            field_dict["max_file_size_bytes"] = max_file_size_bytes

        options = self.options
        if options is not UNSET:
            field_dict["options"] = (
                [item.to_dict() if isinstance(item, ScreeningQuestionOption) else item for item in options]
                if isinstance(options, list)
                else options
            )

        raw_question = self.raw_question
        if raw_question is not UNSET:
            field_dict["raw_question"] = raw_question

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        screening_question_format = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ScreeningQuestionFormat", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 9:
            try:
                _type_ = src_dict["type"]
                _display_type = src_dict["display_type"]
                screening_question_format.max_length = src_dict["max_length"]
                screening_question_format.min = src_dict["min"]
                screening_question_format.max = src_dict["max"]
                screening_question_format.accepted_mime_types = src_dict["accepted_mime_types"]
                screening_question_format.max_file_size_bytes = src_dict["max_file_size_bytes"]
                _options = src_dict["options"]
                screening_question_format.raw_question = src_dict["raw_question"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _type_ = _get("type", UNSET)
            _display_type = _get("display_type", UNSET)
            screening_question_format.max_length = _get("max_length", UNSET)
            screening_question_format.min = _get("min", UNSET)
            screening_question_format.max = _get("max", UNSET)
            screening_question_format.accepted_mime_types = _get("accepted_mime_types", UNSET)
            screening_question_format.max_file_size_bytes = _get("max_file_size_bytes", UNSET)
            _options = _get("options", UNSET)
            screening_question_format.raw_question = _get("raw_question", UNSET)
        if isinstance(_type_, str):
            screening_question_format.type = _SCREENING_QUESTION_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            screening_question_format.type = _type_

        if isinstance(_display_type, str):
            screening_question_format.display_type = _SCREENING_QUESTION_DISPLAY_TYPE_BY_VALUE.get(
                _display_type, _display_type
            )
        else:
            screening_question_format.display_type = _display_type

        if isinstance(_options, list):
            try:
                screening_question_format.options = list(map(ScreeningQuestionOption.from_dict, _options))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                screening_question_format.options = cast(Any, _options)
            except (TypeError, ValueError, AttributeError, KeyError):
                screening_question_format.options = cast(Any, _options)
        else:
            screening_question_format.options = _options

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            screening_question_format.additional_properties = {}
        else:
            screening_question_format.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return screening_question_format

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
from ..models.screening_question_option import ScreeningQuestionOption  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _ScreeningQuestionTypeOpen: TypeAlias = ScreeningQuestionType | str
    _ScreeningQuestionDisplayTypeOpen: TypeAlias = ScreeningQuestionDisplayType | str
else:
    _ScreeningQuestionTypeOpen = _open_enum(ScreeningQuestionType)
    _ScreeningQuestionDisplayTypeOpen = _open_enum(ScreeningQuestionDisplayType)
