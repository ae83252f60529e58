from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.screening_question_category import ScreeningQuestionCategory
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCREENING_QUESTION_CATEGORY_BY_VALUE = {member.value: member for member in ScreeningQuestionCategory}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
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


class _ScreeningQuestionSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class ScreeningQuestion(_ScreeningQuestionSource):
    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    """ Further instructions; from a short sentence to a long text (EEO questions). May hold HTML. """
    category: ScreeningQuestionCategory | str | Unset | None = UNSET
    format_: ScreeningQuestionFormat | Unset | None = UNSET
    index: int | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    precondition_question_id: str | Unset | None = UNSET
    """ Show this question only if that question is answered with one of `precondition_options`. """
    precondition_options: list[bool | str] | Unset | None = UNSET
    """ Option ids (select questions) or true/false (BOOLEAN questions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category: str | Unset | None
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ScreeningQuestionCategory):
            category = self.category.value
        else:
            category = self.category

        _format__value = self.format_
        format_: dict[str, Any] | Unset | None
        if isinstance(_format__value, Unset):
            format_ = UNSET
        elif isinstance(_format__value, ScreeningQuestionFormat):
            format_ = _format__value.to_dict()
        else:
            format_ = _format__value

        index: int | Unset | None
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        required: bool | Unset | None
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        precondition_question_id: str | Unset | None
        if isinstance(self.precondition_question_id, Unset):
            precondition_question_id = UNSET
        else:
            precondition_question_id = self.precondition_question_id

        precondition_options: list[bool | str] | Unset | None
        if isinstance(self.precondition_options, Unset):
            precondition_options = UNSET
        elif isinstance(self.precondition_options, list):
            precondition_options = []
            for precondition_options_type_0_item_data in self.precondition_options:
                precondition_options_type_0_item: bool | str
                precondition_options_type_0_item = precondition_options_type_0_item_data
                precondition_options.append(precondition_options_type_0_item)

        else:
            precondition_options = self.precondition_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if format_ is not UNSET:
            field_dict["format"] = format_
        if index is not UNSET:
            field_dict["index"] = index
        if required is not UNSET:
            field_dict["required"] = required
        if precondition_question_id is not UNSET:
            field_dict["precondition_question_id"] = precondition_question_id
        if precondition_options is not UNSET:
            field_dict["precondition_options"] = precondition_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        screening_question = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("ScreeningQuestion", src_dict) from None
        screening_question.id = _get("id", UNSET)
        screening_question.remote_id = _get("remote_id", UNSET)
        screening_question.title = _get("title", UNSET)
        screening_question.description = _get("description", UNSET)
        _category = _get("category", UNSET)
        if isinstance(_category, str):
            screening_question.category = _SCREENING_QUESTION_CATEGORY_BY_VALUE.get(_category, _category)
        else:
            screening_question.category = _category

        _format__slot_set(screening_question, _LAZY)
        screening_question.index = _get("index", UNSET)
        screening_question.required = _get("required", UNSET)
        screening_question.precondition_question_id = _get("precondition_question_id", UNSET)
        screening_question.precondition_options = _get("precondition_options", UNSET)
        if _KNOWN_FIELDS.issuperset(src_dict):
            screening_question.additional_properties = {}
        else:
            screening_question.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        screening_question._kombo_source = src_dict
        screening_question._kombo_pending = 1
        return screening_question

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


# Lazy nested fields. from_dict sets the record's own fields (strings, numbers, enums, date-times) and keeps the
# payload; each field below starts as _LAZY in its slot and becomes a property that, on first read, parses the
# payload's value with the same code an eager from_dict runs and stores the result in the slot. Later reads get
# the stored object; __init__, assignment, attrs.evolve, ==, repr, to_dict and pickling see ordinary values.
_LAZY: Any = object()
_format__slot_get = ScreeningQuestion.__dict__["format_"].__get__
_format__slot_set = ScreeningQuestion.__dict__["format_"].__set__
_format__slot_delete = ScreeningQuestion.__dict__["format_"].__delete__


def _get_format_(self: ScreeningQuestion) -> Any:
    value = _format__slot_get(self)
    if value is not _LAZY:
        return value
    _format_ = self._kombo_source.get("format", UNSET)
    if isinstance(_format_, dict):
        try:
            self.format_ = ScreeningQuestionFormat.from_dict(_format_)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.format_ = cast(Any, _format_)
    else:
        self.format_ = _format_

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _format__slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (("format_", _get_format_, _format__slot_set, _format__slot_delete),):
    setattr(ScreeningQuestion, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.screening_question_format import ScreeningQuestionFormat  # noqa: E402
