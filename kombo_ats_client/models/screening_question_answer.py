from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_answer import FileAnswer


T = TypeVar("T", bound="ScreeningQuestionAnswer")


@_attrs_define
class ScreeningQuestionAnswer:
    question_id: str
    """ Kombo id of the question (from the job's screening_questions). """
    answer: bool | FileAnswer | float | list[str] | str
    """ Text, a boolean, a number, a date-time string, a list of option ids, or a file, according to the question's
    format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_answer import FileAnswer

        question_id = self.question_id

        answer: bool | dict[str, Any] | float | list[str] | str
        if isinstance(self.answer, list):
            answer = self.answer

        elif isinstance(self.answer, FileAnswer):
            answer = self.answer.to_dict()
        else:
            answer = self.answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_id": question_id,
                "answer": answer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_answer import FileAnswer

        d = dict(src_dict)
        question_id = d.pop("question_id")

        def _parse_answer(data: object) -> bool | FileAnswer | float | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answer_type_3 = cast(list[str], data)

                return answer_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_4 = FileAnswer.from_dict(data)

                return answer_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | FileAnswer | float | list[str] | str, data)

        answer = _parse_answer(d.pop("answer"))

        screening_question_answer = cls(
            question_id=question_id,
            answer=answer,
        )

        screening_question_answer.additional_properties = d
        return screening_question_answer

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
