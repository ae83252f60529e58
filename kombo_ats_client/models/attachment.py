from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_type import AttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file to upload; give its content either inline as base64 `data` or as a `data_url` Kombo downloads."""

    name: str
    """ File name """
    type_: AttachmentType
    content_type: str | Unset = UNSET
    """ MIME type, e.g. "application/pdf". """
    data: str | Unset = UNSET
    """ The file content """
    data_url: str | Unset = UNSET
    """ A URL the file can be downloaded from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        content_type = self.content_type

        data = self.data

        data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
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

        type_ = AttachmentType(d.pop("type"))

        content_type = d.pop("content_type", UNSET)

        data = d.pop("data", UNSET)

        data_url = d.pop("data_url", UNSET)

        attachment = cls(
            name=name,
            type_=type_,
            content_type=content_type,
            data=data,
            data_url=data_url,
        )

        attachment.additional_properties = d
        return attachment

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
