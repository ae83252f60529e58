from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_application_location import CreateApplicationLocation
    from ..models.salary_expectations import SalaryExpectations


T = TypeVar("T", bound="CreateApplicationCandidate")


@_attrs_define
class CreateApplicationCandidate:
    first_name: str
    last_name: str
    email_address: str
    """ The primary address the application is created with. """
    additional_email_addresses: list[str] | Unset = UNSET
    company: str | Unset = UNSET
    """ Where the candidate currently works. """
    title: str | Unset = UNSET
    """ The candidate's current job title. """
    phone_number: str | Unset = UNSET
    additional_phone_numbers: list[str] | Unset = UNSET
    location: CreateApplicationLocation | Unset = UNSET
    gender: Gender | Unset = UNSET
    availability_date: datetime.date | Unset = UNSET
    """ When the candidate can start. """
    salary_expectations: SalaryExpectations | Unset = UNSET
    """ Converted by Kombo to the period the ATS expects. """
    social_links: list[str] | Unset = UNSET
    """ Social media links; each must be a valid URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email_address = self.email_address

        additional_email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.additional_email_addresses, Unset):
            additional_email_addresses = self.additional_email_addresses

        company = self.company

        title = self.title

        phone_number = self.phone_number

        additional_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.additional_phone_numbers, Unset):
            additional_phone_numbers = self.additional_phone_numbers

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        availability_date: str | Unset = UNSET
        if not isinstance(self.availability_date, Unset):
            availability_date = self.availability_date.isoformat()

        salary_expectations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_expectations, Unset):
            salary_expectations = self.salary_expectations.to_dict()

        social_links: list[str] | Unset = UNSET
        if not isinstance(self.social_links, Unset):
            social_links = self.social_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email_address": email_address,
            }
        )
        if additional_email_addresses is not UNSET:
            field_dict["additional_email_addresses"] = additional_email_addresses
        if company is not UNSET:
            field_dict["company"] = company
        if title is not UNSET:
            field_dict["title"] = title
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if additional_phone_numbers is not UNSET:
            field_dict["additional_phone_numbers"] = additional_phone_numbers
        if location is not UNSET:
            field_dict["location"] = location
        if gender is not UNSET:
            field_dict["gender"] = gender
        if availability_date is not UNSET:
            field_dict["availability_date"] = availability_date
        if salary_expectations is not UNSET:
            field_dict["salary_expectations"] = salary_expectations
        if social_links is not UNSET:
            field_dict["social_links"] = social_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_application_location import CreateApplicationLocation
        from ..models.salary_expectations import SalaryExpectations

        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email_address = d.pop("email_address")

        additional_email_addresses = cast(list[str], d.pop("additional_email_addresses", UNSET))

        company = d.pop("company", UNSET)

        title = d.pop("title", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        additional_phone_numbers = cast(list[str], d.pop("additional_phone_numbers", UNSET))

        _location = d.pop("location", UNSET)
        location: CreateApplicationLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = CreateApplicationLocation.from_dict(_location)

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = Gender(_gender)

        _availability_date = d.pop("availability_date", UNSET)
        availability_date: datetime.date | Unset
        if isinstance(_availability_date, Unset):
            availability_date = UNSET
        else:
            availability_date = datetime.date.fromisoformat(_availability_date)

        _salary_expectations = d.pop("salary_expectations", UNSET)
        salary_expectations: SalaryExpectations | Unset
        if isinstance(_salary_expectations, Unset):
            salary_expectations = UNSET
        else:
            salary_expectations = SalaryExpectations.from_dict(_salary_expectations)

        social_links = cast(list[str], d.pop("social_links", UNSET))

        create_application_candidate = cls(
            first_name=first_name,
            last_name=last_name,
            email_address=email_address,
            additional_email_addresses=additional_email_addresses,
            company=company,
            title=title,
            phone_number=phone_number,
            additional_phone_numbers=additional_phone_numbers,
            location=location,
            gender=gender,
            availability_date=availability_date,
            salary_expectations=salary_expectations,
            social_links=social_links,
        )

        create_application_candidate.additional_properties = d
        return create_application_candidate

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
