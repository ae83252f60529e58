from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "answer",
        "question",
    }
)

T = TypeVar("T", bound="SubmittedScreeningAnswer")


class _SubmittedScreeningAnswerSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class SubmittedScreeningAnswer(_SubmittedScreeningAnswerSource):
    """A screening question as it was asked and the answer the ATS stored for it."""

    answer: Any | Unset = UNSET
    """ The answer as stored; any JSON value. Usually an object whose key depends on the question type: TEXT
    `content`, SINGLE_SELECT `choice`, MULTI_SELECT `choices`, BOOLEAN `checked`, NUMBER `number`, DATE `date`,
    UNKNOWN `raw`. """
    question: SubmittedScreeningQuestion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer

        _question_value = self.question
        question: dict[str, Any] | Unset | None
        if isinstance(_question_value, Unset):
            question = UNSET
        elif isinstance(_question_value, SubmittedScreeningQuestion):
            question = _question_value.to_dict()
        else:
            question = _question_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if question is not UNSET:
            field_dict["question"] = question

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        submitted_screening_answer = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("SubmittedScreeningAnswer", src_dict) from None
        submitted_screening_answer.answer = _get("answer", UNSET)
        _question_slot_set(submitted_screening_answer, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            submitted_screening_answer.additional_properties = {}
        else:
            submitted_screening_answer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        submitted_screening_answer._kombo_source = src_dict
        submitted_screening_answer._kombo_pending = 1
        return submitted_screening_answer

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
_question_slot_get = SubmittedScreeningAnswer.__dict__["question"].__get__
_question_slot_set = SubmittedScreeningAnswer.__dict__["question"].__set__
_question_slot_delete = SubmittedScreeningAnswer.__dict__["question"].__delete__


def _get_question(self: SubmittedScreeningAnswer) -> Any:
    value = _question_slot_get(self)
    if value is not _LAZY:
        return value
    _question = self._kombo_source.get("question", UNSET)
    if isinstance(_question, dict):
        try:
            self.question = SubmittedScreeningQuestion.from_dict(_question)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.question = cast(Any, _question)
    else:
        self.question = _question

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _question_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (("question", _get_question, _question_slot_set, _question_slot_delete),):
    setattr(SubmittedScreeningAnswer, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.submitted_screening_question import SubmittedScreeningQuestion  # noqa: E402
