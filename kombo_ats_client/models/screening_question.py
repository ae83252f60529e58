from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.screening_question_category import ScreeningQuestionCategory
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCREENING_QUESTION_CATEGORY_BY_VALUE = {member.value: member for member in ScreeningQuestionCategory}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "remote_id",
        "title",
        "description",
        "category",
        "format",
        "index",
        "required",
        "precondition_question_id",
        "precondition_options",
    }
)

T = TypeVar("T", bound="ScreeningQuestion")


@_attrs_define
class ScreeningQuestion:
    id: str

    remote_id: str | Unset | None = UNSET

    title: str | Unset | None = UNSET

    description: str | Unset | None = UNSET
    """ Further instructions; from a short sentence to a long text (EEO questions). May hold HTML. """

    category: _ScreeningQuestionCategoryOpen | Unset | None = UNSET

    format: ScreeningQuestionFormat | Unset | None = _attrs_field(default=UNSET, alias="format_")

    index: int | Unset | None = UNSET

    required: bool | Unset | None = UNSET

    precondition_question_id: str | Unset | None = UNSET
    """ Show this question only if that question is answered with one of `precondition_options`. """

    precondition_options: list[bool | str] | Unset | None = UNSET
    """ Option ids (select questions) or true/false (BOOLEAN questions). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def format_(self) -> ScreeningQuestionFormat | Unset | None:
        """``format`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.format

    @format_.setter
    def format_(self, value: ScreeningQuestionFormat | Unset | None) -> None:
        self.format = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        category = self.category
        if category is not UNSET:
            field_dict["category"] = category.value if isinstance(category, ScreeningQuestionCategory) else category

        format_ = self.format
        if format_ is not UNSET:
            field_dict["format"] = format_.to_dict() if isinstance(format_, ScreeningQuestionFormat) else format_

        index = self.index
        if index is not UNSET:
            field_dict["index"] = index

        required = self.required
        if required is not UNSET:
            field_dict["required"] = required

        precondition_question_id = self.precondition_question_id
        if precondition_question_id is not UNSET:
            field_dict["precondition_question_id"] = precondition_question_id

        precondition_options = self.precondition_options
        if precondition_options is not UNSET:
            field_dict["precondition_options"] = precondition_options

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        screening_question = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ScreeningQuestion", src_dict)
        try:
            _id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("ScreeningQuestion", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 10:
            try:
                screening_question.remote_id = src_dict["remote_id"]
                screening_question.title = src_dict["title"]
                screening_question.description = src_dict["description"]
                _category = src_dict["category"]
                _format_ = src_dict["format"]
                screening_question.index = src_dict["index"]
                screening_question.required = src_dict["required"]
                screening_question.precondition_question_id = src_dict["precondition_question_id"]
                screening_question.precondition_options = src_dict["precondition_options"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            screening_question.remote_id = _get("remote_id", UNSET)
            screening_question.title = _get("title", UNSET)
            screening_question.description = _get("description", UNSET)
            _category = _get("category", UNSET)
            _format_ = _get("format", UNSET)
            screening_question.index = _get("index", UNSET)
            screening_question.required = _get("required", UNSET)
            screening_question.precondition_question_id = _get("precondition_question_id", UNSET)
            screening_question.precondition_options = _get("precondition_options", UNSET)
        if not isinstance(_id, str):
            raise ModelParseError.invalid("ScreeningQuestion", "id", _id, "a string")

        screening_question.id = _id

        if isinstance(_category, str):
            screening_question.category = _SCREENING_QUESTION_CATEGORY_BY_VALUE.get(_category, _category)
        else:
            screening_question.category = _category

        if isinstance(_format_, dict):
            try:
                screening_question.format = ScreeningQuestionFormat.from_dict(_format_)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                screening_question.format = cast(Any, _format_)
            except (TypeError, ValueError, AttributeError, KeyError):
                screening_question.format = cast(Any, _format_)
        else:
            screening_question.format = _format_

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            screening_question.additional_properties = {}
        else:
            screening_question.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return screening_question

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
from ..models.screening_question_format import ScreeningQuestionFormat  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _ScreeningQuestionCategoryOpen: TypeAlias = ScreeningQuestionCategory | str
else:
    _ScreeningQuestionCategoryOpen = _open_enum(ScreeningQuestionCategory)
