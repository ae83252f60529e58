from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_status import OfferStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields
    from ..models.integration_field import IntegrationField
    from ..models.offer_application import OfferApplication


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """A job offer made to a candidate."""

    id: str
    changed_at: datetime.datetime
    remote_id: str | Unset | None = UNSET
    status: OfferStatus | str | Unset | None = UNSET
    employment_start_date: datetime.datetime | Unset | None = UNSET
    application_id: str | Unset | None = UNSET
    """ Kombo id of the application the offer belongs to. """
    custom_fields: CustomFields | Unset | None = UNSET
    integration_fields: list[IntegrationField] | Unset | None = UNSET
    remote_deleted_at: datetime.datetime | Unset | None = UNSET
    remote_created_at: datetime.datetime | Unset | None = UNSET
    remote_updated_at: datetime.datetime | Unset | None = UNSET
    remote_data: Any | Unset = UNSET
    """ Raw data from the remote system, keyed by the endpoint path it came from (e.g. `{"/companies": {...}}`). Not
    on every plan; null when not enabled. """
    application: OfferApplication | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_fields import CustomFields
        from ..models.offer_application import OfferApplication

        id = self.id

        changed_at = self.changed_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        remote_id: str | Unset | None
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OfferStatus):
            status = self.status.value
        else:
            status = self.status

        employment_start_date: str | Unset | None
        if isinstance(self.employment_start_date, Unset):
            employment_start_date = UNSET
        elif isinstance(self.employment_start_date, datetime.datetime):
            employment_start_date = self.employment_start_date.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            employment_start_date = self.employment_start_date

        application_id: str | Unset | None
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

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

        remote_deleted_at: str | Unset | None
        if isinstance(self.remote_deleted_at, Unset):
            remote_deleted_at = UNSET
        elif isinstance(self.remote_deleted_at, datetime.datetime):
            remote_deleted_at = self.remote_deleted_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            remote_deleted_at = self.remote_deleted_at

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

        application: dict[str, Any] | Unset | None
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, OfferApplication):
            application = self.application.to_dict()
        else:
            application = self.application

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
        if status is not UNSET:
            field_dict["status"] = status
        if employment_start_date is not UNSET:
            field_dict["employment_start_date"] = employment_start_date
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if integration_fields is not UNSET:
            field_dict["integration_fields"] = integration_fields
        if remote_deleted_at is not UNSET:
            field_dict["remote_deleted_at"] = remote_deleted_at
        if remote_created_at is not UNSET:
            field_dict["remote_created_at"] = remote_created_at
        if remote_updated_at is not UNSET:
            field_dict["remote_updated_at"] = remote_updated_at
        if remote_data is not UNSET:
            field_dict["remote_data"] = remote_data
        if application is not UNSET:
            field_dict["application"] = application

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields import CustomFields
        from ..models.integration_field import IntegrationField
        from ..models.offer_application import OfferApplication

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

        def _parse_status(data: object) -> OfferStatus | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OfferStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_employment_start_date(data: object) -> datetime.datetime | Unset | None:
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

        employment_start_date = _parse_employment_start_date(d.pop("employment_start_date", UNSET))

        def _parse_application_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("application_id", UNSET))

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

        def _parse_application(data: object) -> OfferApplication | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = OfferApplication.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferApplication | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        offer = cls(
            id=id,
            changed_at=changed_at,
            remote_id=remote_id,
            status=status,
            employment_start_date=employment_start_date,
            application_id=application_id,
            custom_fields=custom_fields,
            integration_fields=integration_fields,
            remote_deleted_at=remote_deleted_at,
            remote_created_at=remote_created_at,
            remote_updated_at=remote_updated_at,
            remote_data=remote_data,
            application=application,
        )

        offer.additional_properties = d
        return offer

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
