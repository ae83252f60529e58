from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location


T = TypeVar("T", bound="Interview")


@_attrs_define
class Interview:
    id: str | Unset | None = UNSET
    remote_id: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    starting_at: datetime.datetime | Unset | None = UNSET
    ending_at: datetime.datetime | Unset | None = UNSET
    location: Location | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location import Location

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

        starting_at: str | Unset | None
        if isinstance(self.starting_at, Unset):
            starting_at = UNSET
        elif isinstance(self.starting_at, datetime.datetime):
            starting_at = self.starting_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            starting_at = self.starting_at

        ending_at: str | Unset | None
        if isinstance(self.ending_at, Unset):
            ending_at = UNSET
        elif isinstance(self.ending_at, datetime.datetime):
            ending_at = self.ending_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            ending_at = self.ending_at

        location: dict[str, Any] | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, Location):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if title is not UNSET:
            field_dict["title"] = title
        if starting_at is not UNSET:
            field_dict["starting_at"] = starting_at
        if ending_at is not UNSET:
            field_dict["ending_at"] = ending_at
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location

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

        def _parse_starting_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starting_at = _parse_starting_at(d.pop("starting_at", UNSET))

        def _parse_ending_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ending_at = _parse_ending_at(d.pop("ending_at", UNSET))

        def _parse_location(data: object) -> Location | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = Location.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Location | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        interview = cls(
            id=id,
            remote_id=remote_id,
            title=title,
            starting_at=starting_at,
            ending_at=ending_at,
            location=location,
        )

        interview.additional_properties = d
        return interview

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
