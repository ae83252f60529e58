from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileAnswer")


@_attrs_define
class FileAnswer:
    """A file given as the answer to a FILE screening question."""

    name: str
    content_type: str | Unset = UNSET
    data: str | Unset = UNSET
    data_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content_type = self.content_type

        data = self.data

        data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if data is not UNSET:
            field_dict["data"] = data
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        content_type = d.pop("content_type", UNSET)

        data = d.pop("data", UNSET)

        data_url = d.pop("data_url", UNSET)

        file_answer = cls(
            name=name,
            content_type=content_type,
            data=data,
            data_url=data_url,
        )

        file_answer.additional_properties = d
        return file_answer

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
