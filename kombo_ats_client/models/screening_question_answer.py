from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "question_id",
        "answer",
    }
)

T = TypeVar("T", bound="ScreeningQuestionAnswer")


@_attrs_define
class ScreeningQuestionAnswer:
    question_id: str
    """ Kombo id of the question (from the job's screening_questions). """

    answer: bool | _AwareDatetime | FileAnswer | int | float | list[str] | str
    """ Text, a boolean, a number, a date-time, a list of option ids, or a file, according to the question's format.
    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["question_id"] = self.question_id

        answer: bool | dict[str, Any] | float | list[str] | str
        if isinstance(self.answer, datetime.datetime):
            answer = _format_datetime(self.answer)
        elif isinstance(self.answer, list):
            answer = self.answer

        elif isinstance(self.answer, FileAnswer):
            answer = self.answer.to_dict()
        else:
            answer = self.answer
        field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        screening_question_answer = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ScreeningQuestionAnswer", src_dict)
        try:
            _question_id = src_dict["question_id"]
            _answer = src_dict["answer"]
        except KeyError as exc:
            raise MissingFieldError("ScreeningQuestionAnswer", str(exc.args[0])) from None
        if not isinstance(_question_id, str):
            raise ModelParseError.invalid("ScreeningQuestionAnswer", "question_id", _question_id, "a string")

        screening_question_answer.question_id = _question_id

        try:

            def _parse_answer(data: object) -> bool | datetime.datetime | FileAnswer | float | list[str] | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    answer_type_1 = datetime.datetime.fromisoformat(data)

                    return answer_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    answer_type_4 = cast(list[str], data)

                    return answer_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answer_type_5 = FileAnswer.from_dict(data)

                    return answer_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | datetime.datetime | FileAnswer | float | list[str] | str, data)

            answer = _parse_answer(_answer)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "ScreeningQuestionAnswer", "answer", _answer, "a value of the documented shape"
            ) from None
        screening_question_answer.answer = answer

        if len(src_dict) == 2:
            screening_question_answer.additional_properties = {}
        else:
            screening_question_answer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return screening_question_answer

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
from ..models.file_answer import FileAnswer  # noqa: E402
