from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.screening_question_format import ScreeningQuestionFormat


T = TypeVar("T", bound="ScreeningQuestion")


@_attrs_define
class ScreeningQuestion:
    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    format_: ScreeningQuestionFormat | Unset | None = UNSET
    index: int | Unset | None = UNSET
    required: bool | Unset | None = UNSET
    precondition_question_id: str | Unset | None = UNSET
    """ Show this question only if that question is answered with one of `precondition_options`. """
    precondition_options: list[bool | str] | Unset | None = UNSET
    """ Option ids (select questions) or true/false (BOOLEAN questions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.screening_question_format import ScreeningQuestionFormat

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

        format_: dict[str, Any] | Unset | None
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ScreeningQuestionFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

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
        from ..models.screening_question_format import ScreeningQuestionFormat

        d = dict(src_dict)

        def _parse_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_remote_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_format_(data: object) -> ScreeningQuestionFormat | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ScreeningQuestionFormat.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScreeningQuestionFormat | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_index(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_required(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_precondition_question_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        precondition_question_id = _parse_precondition_question_id(d.pop("precondition_question_id", UNSET))

        def _parse_precondition_options(data: object) -> list[bool | str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                precondition_options_type_0 = []
                _precondition_options_type_0 = data
                for precondition_options_type_0_item_data in _precondition_options_type_0:

                    def _parse_precondition_options_type_0_item(data: object) -> bool | str:
                        return cast(bool | str, data)

                    precondition_options_type_0_item = _parse_precondition_options_type_0_item(
                        precondition_options_type_0_item_data
                    )

                    precondition_options_type_0.append(precondition_options_type_0_item)

                return precondition_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool | str] | None | Unset, data)

        precondition_options = _parse_precondition_options(d.pop("precondition_options", UNSET))

        screening_question = cls(
            id=id,
            remote_id=remote_id,
            title=title,
            description=description,
            format_=format_,
            index=index,
            required=required,
            precondition_question_id=precondition_question_id,
            precondition_options=precondition_options,
        )

        screening_question.additional_properties = d
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
