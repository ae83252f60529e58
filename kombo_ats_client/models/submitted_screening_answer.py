from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submitted_screening_question import SubmittedScreeningQuestion


T = TypeVar("T", bound="SubmittedScreeningAnswer")


@_attrs_define
class SubmittedScreeningAnswer:
    answer: Any | Unset = UNSET
    """ The answer as stored, e.g. `{"content": "..."}`; its shape depends on the question type. """
    question: SubmittedScreeningQuestion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.submitted_screening_question import SubmittedScreeningQuestion

        answer = self.answer

        question: dict[str, Any] | Unset | None
        if isinstance(self.question, Unset):
            question = UNSET
        elif isinstance(self.question, SubmittedScreeningQuestion):
            question = self.question.to_dict()
        else:
            question = self.question

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
        from ..models.submitted_screening_question import SubmittedScreeningQuestion

        d = dict(src_dict)
        answer = d.pop("answer", UNSET)

        def _parse_question(data: object) -> SubmittedScreeningQuestion | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                question_type_0 = SubmittedScreeningQuestion.from_dict(data)

                return question_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmittedScreeningQuestion | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        submitted_screening_answer = cls(
            answer=answer,
            question=question,
        )

        submitted_screening_answer.additional_properties = d
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
