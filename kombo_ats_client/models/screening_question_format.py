from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.screening_question_display_type import ScreeningQuestionDisplayType
from ..models.screening_question_type import ScreeningQuestionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.screening_question_option import ScreeningQuestionOption


T = TypeVar("T", bound="ScreeningQuestionFormat")


@_attrs_define
class ScreeningQuestionFormat:
    """The answer format. `type` says which other properties apply: TEXT questions carry `display_type` and `max_length`,
    select questions carry `options`.

    """

    type_: ScreeningQuestionType | str | Unset | None = UNSET
    display_type: ScreeningQuestionDisplayType | str | Unset | None = UNSET
    max_length: int | Unset | None = UNSET
    options: list[ScreeningQuestionOption] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ScreeningQuestionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        display_type: str | Unset | None
        if isinstance(self.display_type, Unset):
            display_type = UNSET
        elif isinstance(self.display_type, ScreeningQuestionDisplayType):
            display_type = self.display_type.value
        else:
            display_type = self.display_type

        max_length: int | Unset | None
        if isinstance(self.max_length, Unset):
            max_length = UNSET
        else:
            max_length = self.max_length

        options: list[dict[str, Any]] | Unset | None
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_type is not UNSET:
            field_dict["display_type"] = display_type
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.screening_question_option import ScreeningQuestionOption

        d = dict(src_dict)

        def _parse_type_(data: object) -> ScreeningQuestionType | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ScreeningQuestionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScreeningQuestionType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_display_type(data: object) -> ScreeningQuestionDisplayType | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_type_type_0 = ScreeningQuestionDisplayType(data)

                return display_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScreeningQuestionDisplayType | str | Unset, data)

        display_type = _parse_display_type(d.pop("display_type", UNSET))

        def _parse_max_length(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_length = _parse_max_length(d.pop("max_length", UNSET))

        def _parse_options(data: object) -> list[ScreeningQuestionOption] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = ScreeningQuestionOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScreeningQuestionOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        screening_question_format = cls(
            type_=type_,
            display_type=display_type,
            max_length=max_length,
            options=options,
        )

        screening_question_format.additional_properties = d
        return screening_question_format

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
