from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candidate_application import CandidateApplication
    from ..models.custom_fields import CustomFields
    from ..models.email_address import EmailAddress
    from ..models.integration_field import IntegrationField
    from ..models.location import Location
    from ..models.phone_number import PhoneNumber
    from ..models.social_media import SocialMedia
    from ..models.tag import Tag


T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """A candidate (a person) in the ATS."""

    id: str
    """ Kombo's globally unique id; the recommended primary key for syncing. """
    changed_at: datetime.datetime
    """ When Kombo last saw this entry change. """
    remote_id: str | Unset | None = UNSET
    """ The raw id in the remote system; not a safe primary key. """
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    company: str | Unset | None = UNSET
    """ The candidate's current company. """
    title: str | Unset | None = UNSET
    """ The candidate's current job title. """
    confidential: bool | Unset | None = UNSET
    """ Whether the profile is confidential in the ATS. """
    source: str | Unset | None = UNSET
    """ The hiring source (lets job boards verify referrals). """
    phone_numbers: list[PhoneNumber] | Unset | None = UNSET
    email_addresses: list[EmailAddress] | Unset | None = UNSET
    social_media: list[SocialMedia] | Unset | None = UNSET
    location: Location | Unset | None = UNSET
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    applications: list[CandidateApplication] | Unset | None = UNSET
    tags: list[Tag] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_fields import CustomFields
        from ..models.location import Location

        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        confidential: bool | Unset | None
        if isinstance(self.confidential, Unset):
            confidential = UNSET
        else:
            confidential = self.confidential

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        phone_numbers: list[dict[str, Any]] | Unset | None
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        elif isinstance(self.phone_numbers, list):
            phone_numbers = []
            for phone_numbers_type_0_item_data in self.phone_numbers:
                phone_numbers_type_0_item = phone_numbers_type_0_item_data.to_dict()
                phone_numbers.append(phone_numbers_type_0_item)

        else:
            phone_numbers = self.phone_numbers

        email_addresses: list[dict[str, Any]] | Unset | None
        if isinstance(self.email_addresses, Unset):
            email_addresses = UNSET
        elif isinstance(self.email_addresses, list):
            email_addresses = []
            for email_addresses_type_0_item_data in self.email_addresses:
                email_addresses_type_0_item = email_addresses_type_0_item_data.to_dict()
                email_addresses.append(email_addresses_type_0_item)

        else:
            email_addresses = self.email_addresses

        social_media: list[dict[str, Any]] | Unset | None
        if isinstance(self.social_media, Unset):
            social_media = UNSET
        elif isinstance(self.social_media, list):
            social_media = []
            for social_media_type_0_item_data in self.social_media:
                social_media_type_0_item = social_media_type_0_item_data.to_dict()
                social_media.append(social_media_type_0_item)

        else:
            social_media = self.social_media

        location: dict[str, Any] | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, Location):
            location = self.location.to_dict()
        else:
            location = self.location

        custom_fields: dict[str, Any] | Unset | None
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        integration_fields: list[dict[str, Any]] | Unset | None
        if isinstance(self.integration_fields, Unset):
            integration_fields = UNSET
        elif isinstance(self.integration_fields, list):
            integration_fields = []
            for integration_fields_type_0_item_data in self.integration_fields:
                integration_fields_type_0_item = integration_fields_type_0_item_data.to_dict()
                integration_fields.append(integration_fields_type_0_item)

        else:
            integration_fields = self.integration_fields

        remote_created_at: str | Unset | None
        if isinstance(self.remote_created_at, Unset):
            remote_created_at = UNSET
        elif isinstance(self.remote_created_at, datetime.datetime):
            remote_created_at = self.remote_created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_created_at = self.remote_created_at

        remote_updated_at: str | Unset | None
        if isinstance(self.remote_updated_at, Unset):
            remote_updated_at = UNSET
        elif isinstance(self.remote_updated_at, datetime.datetime):
            remote_updated_at = self.remote_updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_updated_at = self.remote_updated_at

        remote_data = self.remote_data

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

        applications: list[dict[str, Any]] | Unset | None
        if isinstance(self.applications, Unset):
            applications = UNSET
        elif isinstance(self.applications, list):
            applications = []
            for applications_type_0_item_data in self.applications:
                applications_type_0_item = applications_type_0_item_data.to_dict()
                applications.append(applications_type_0_item)

        else:
            applications = self.applications

        tags: list[dict[str, Any]] | Unset | None
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "changed_at": changed_at,
            }
        )
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if title is not UNSET:
            field_dict["title"] = title
        if confidential is not UNSET:
            field_dict["confidential"] = confidential
        if source is not UNSET:
            field_dict["source"] = source
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if email_addresses is not UNSET:
            field_dict["email_addresses"] = email_addresses
        if social_media is not UNSET:
            field_dict["social_media"] = social_media
        if location is not UNSET:
            field_dict["location"] = location
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = integration_fields
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if applications is not UNSET:
            field_dict["applications"] = applications
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_application import CandidateApplication
        from ..models.custom_fields import CustomFields
        from ..models.email_address import EmailAddress
        from ..models.integration_field import IntegrationField
        from ..models.location import Location
        from ..models.phone_number import PhoneNumber
        from ..models.social_media import SocialMedia
        from ..models.tag import Tag

        d = dict(src_dict)
        id = d.pop("id")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_remote_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        def _parse_first_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_company(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_confidential(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confidential = _parse_confidential(d.pop("confidential", UNSET))

        def _parse_source(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_phone_numbers(data: object) -> list[PhoneNumber] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phone_numbers_type_0 = []
                _phone_numbers_type_0 = data
                for phone_numbers_type_0_item_data in _phone_numbers_type_0:
                    phone_numbers_type_0_item = PhoneNumber.from_dict(phone_numbers_type_0_item_data)

                    phone_numbers_type_0.append(phone_numbers_type_0_item)

                return phone_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhoneNumber] | None | Unset, data)

        phone_numbers = _parse_phone_numbers(d.pop("phone_numbers", UNSET))

        def _parse_email_addresses(data: object) -> list[EmailAddress] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_addresses_type_0 = []
                _email_addresses_type_0 = data
                for email_addresses_type_0_item_data in _email_addresses_type_0:
                    email_addresses_type_0_item = EmailAddress.from_dict(email_addresses_type_0_item_data)

                    email_addresses_type_0.append(email_addresses_type_0_item)

                return email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAddress] | None | Unset, data)

        email_addresses = _parse_email_addresses(d.pop("email_addresses", UNSET))

        def _parse_social_media(data: object) -> list[SocialMedia] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                social_media_type_0 = []
                _social_media_type_0 = data
                for social_media_type_0_item_data in _social_media_type_0:
                    social_media_type_0_item = SocialMedia.from_dict(social_media_type_0_item_data)

                    social_media_type_0.append(social_media_type_0_item)

                return social_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SocialMedia] | None | Unset, data)

        social_media = _parse_social_media(d.pop("social_media", UNSET))

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

        def _parse_custom_fields(data: object) -> CustomFields | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFields | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_integration_fields(data: object) -> list[IntegrationField] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integration_fields_type_0 = []
                _integration_fields_type_0 = data
                for integration_fields_type_0_item_data in _integration_fields_type_0:
                    integration_fields_type_0_item = IntegrationField.from_dict(integration_fields_type_0_item_data)

                    integration_fields_type_0.append(integration_fields_type_0_item)

                return integration_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IntegrationField] | None | Unset, data)

        integration_fields = _parse_integration_fields(d.pop("integration_fields", UNSET))

        def _parse_remote_created_at(data: object) -> datetime.datetime | Unset | None:
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

        remote_created_at = _parse_remote_created_at(d.pop("remote_created_at", UNSET))

        def _parse_remote_updated_at(data: object) -> datetime.datetime | Unset | None:
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

        remote_updated_at = _parse_remote_updated_at(d.pop("remote_updated_at", UNSET))

        remote_data = d.pop("remote_data", UNSET)

        def _parse_remote_deleted_at(data: object) -> datetime.datetime | Unset | None:
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

        remote_deleted_at = _parse_remote_deleted_at(d.pop("remote_deleted_at", UNSET))

        def _parse_applications(data: object) -> list[CandidateApplication] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applications_type_0 = []
                _applications_type_0 = data
                for applications_type_0_item_data in _applications_type_0:
                    applications_type_0_item = CandidateApplication.from_dict(applications_type_0_item_data)

                    applications_type_0.append(applications_type_0_item)

                return applications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CandidateApplication] | None | Unset, data)

        applications = _parse_applications(d.pop("applications", UNSET))

        def _parse_tags(data: object) -> list[Tag] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        candidate = cls(
            id=id,
            changed_at=changed_at,
            remote_id=remote_id,
            first_name=first_name,
            last_name=last_name,
            company=company,
            title=title,
            confidential=confidential,
            source=source,
            phone_numbers=phone_numbers,
            email_addresses=email_addresses,
            social_media=social_media,
            location=location,
            custom_fields=custom_fields,
            integration_fields=integration_fields,
            remote_created_at=remote_created_at,
            remote_updated_at=remote_updated_at,
            remote_data=remote_data,
            remote_deleted_at=remote_deleted_at,
            applications=applications,
            tags=tags,
        )

        candidate.additional_properties = d
        return candidate

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
