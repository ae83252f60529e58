from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.gender import Gender
from ..types import UNSET, Unset
from ..types import AwareDatetime as _AwareDatetime
from ..types import format_datetime as _format_datetime

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "email_address",
        "additional_email_addresses",
        "company",
        "title",
        "phone_number",
        "additional_phone_numbers",
        "location",
        "gender",
        "availability_date",
        "salary_expectations",
        "social_links",
    }
)

T = TypeVar("T", bound="CreateApplicationCandidate")


@_attrs_define
class CreateApplicationCandidate:
    """The person applying. Also used by `createCandidate`."""

    first_name: str

    last_name: str

    email_address: str
    """ The primary address the application is created with. """

    additional_email_addresses: list[AdditionalEmailAddress] | Unset = UNSET

    company: str | Unset = UNSET
    """ Where the candidate currently works. """

    title: str | Unset = UNSET
    """ The candidate's current job title. """

    phone_number: str | Unset = UNSET

    additional_phone_numbers: list[AdditionalPhoneNumber] | Unset = UNSET

    location: CreateApplicationLocation | Unset = UNSET

    gender: Gender | Unset = UNSET

    availability_date: datetime.date | _AwareDatetime | Unset = UNSET
    """ When the candidate can start: a date (`2021-01-01`) or a date-time. Both are accepted; Kombo's own SDK sends
    a date-time. """

    salary_expectations: SalaryExpectations | Unset = UNSET
    """ Converted by Kombo to the period the ATS expects. """

    social_links: list[SocialLink] | Unset = UNSET
    """ Links to the candidate's social media profiles. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["first_name"] = self.first_name

        field_dict["last_name"] = self.last_name

        field_dict["email_address"] = self.email_address

        additional_email_addresses = self.additional_email_addresses
        if additional_email_addresses is not UNSET:
            field_dict["additional_email_addresses"] = [
                item.to_dict() if isinstance(item, AdditionalEmailAddress) else item
                for item in additional_email_addresses
            ]

        company = self.company
        if company is not UNSET:
            field_dict["company"] = company

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        phone_number = self.phone_number
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        additional_phone_numbers = self.additional_phone_numbers
        if additional_phone_numbers is not UNSET:
            field_dict["additional_phone_numbers"] = [
                item.to_dict() if isinstance(item, AdditionalPhoneNumber) else item for item in additional_phone_numbers
            ]

        location = self.location
        if location is not UNSET:
            field_dict["location"] = location.to_dict()

        gender = self.gender
        if gender is not UNSET:
            field_dict["gender"] = gender.value

        availability_date: str | Unset
        if isinstance(self.availability_date, Unset):
            availability_date = UNSET
        elif isinstance(self.availability_date, datetime.date):
            availability_date = self.availability_date.isoformat()
        else:
            availability_date = _format_datetime(self.availability_date)

        if availability_date is not UNSET:
            field_dict["availability_date"] = availability_date

        salary_expectations = self.salary_expectations
        if salary_expectations is not UNSET:
            field_dict["salary_expectations"] = salary_expectations.to_dict()

        social_links = self.social_links
        if social_links is not UNSET:
            field_dict["social_links"] = [
                item.to_dict() if isinstance(item, SocialLink) else item for item in social_links
            ]

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        create_application_candidate = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("CreateApplicationCandidate", src_dict)
        try:
            _first_name = src_dict["first_name"]
            _last_name = src_dict["last_name"]
            _email_address = src_dict["email_address"]
        except KeyError as exc:
            raise MissingFieldError("CreateApplicationCandidate", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 13:
            try:
                _additional_email_addresses = src_dict["additional_email_addresses"]
                create_application_candidate.company = src_dict["company"]
                create_application_candidate.title = src_dict["title"]
                create_application_candidate.phone_number = src_dict["phone_number"]
                _additional_phone_numbers = src_dict["additional_phone_numbers"]
                _location = src_dict["location"]
                _gender = src_dict["gender"]
                _availability_date = src_dict["availability_date"]
                _salary_expectations = src_dict["salary_expectations"]
                _social_links = src_dict["social_links"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _additional_email_addresses = _get("additional_email_addresses", UNSET)
            create_application_candidate.company = _get("company", UNSET)
            create_application_candidate.title = _get("title", UNSET)
            create_application_candidate.phone_number = _get("phone_number", UNSET)
            _additional_phone_numbers = _get("additional_phone_numbers", UNSET)
            _location = _get("location", UNSET)
            _gender = _get("gender", UNSET)
            _availability_date = _get("availability_date", UNSET)
            _salary_expectations = _get("salary_expectations", UNSET)
            _social_links = _get("social_links", UNSET)
        if not isinstance(_first_name, str):
            raise ModelParseError.invalid("CreateApplicationCandidate", "first_name", _first_name, "a string")

        create_application_candidate.first_name = _first_name

        if not isinstance(_last_name, str):
            raise ModelParseError.invalid("CreateApplicationCandidate", "last_name", _last_name, "a string")

        create_application_candidate.last_name = _last_name

        if not isinstance(_email_address, str):
            raise ModelParseError.invalid("CreateApplicationCandidate", "email_address", _email_address, "a string")

        create_application_candidate.email_address = _email_address

        if _additional_email_addresses is UNSET:
            create_application_candidate.additional_email_addresses = UNSET
        else:
            if not isinstance(_additional_email_addresses, list):
                raise ModelParseError.invalid(
                    "CreateApplicationCandidate",
                    "additional_email_addresses",
                    _additional_email_addresses,
                    "a JSON array",
                )
            create_application_candidate.additional_email_addresses = list(
                map(AdditionalEmailAddress.from_dict, _additional_email_addresses)
            )

        if _additional_phone_numbers is UNSET:
            create_application_candidate.additional_phone_numbers = UNSET
        else:
            if not isinstance(_additional_phone_numbers, list):
                raise ModelParseError.invalid(
                    "CreateApplicationCandidate", "additional_phone_numbers", _additional_phone_numbers, "a JSON array"
                )
            create_application_candidate.additional_phone_numbers = list(
                map(AdditionalPhoneNumber.from_dict, _additional_phone_numbers)
            )

        if _location is UNSET:
            create_application_candidate.location = UNSET
        else:
            create_application_candidate.location = CreateApplicationLocation.from_dict(_location)

        if _gender is UNSET:
            create_application_candidate.gender = UNSET
        else:
            try:
                create_application_candidate.gender = Gender(_gender)
            except (TypeError, ValueError):
                raise ModelParseError.invalid(
                    "CreateApplicationCandidate", "gender", _gender, "a Gender value"
                ) from None

        try:

            def _parse_availability_date(data: object) -> datetime.date | datetime.datetime | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    availability_date_type_0 = datetime.date.fromisoformat(data)

                    return availability_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                availability_date_type_1 = datetime.datetime.fromisoformat(data)

                return availability_date_type_1

            availability_date = _parse_availability_date(_availability_date)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "CreateApplicationCandidate", "availability_date", _availability_date, "a value of the documented shape"
            ) from None
        create_application_candidate.availability_date = availability_date

        if _salary_expectations is UNSET:
            create_application_candidate.salary_expectations = UNSET
        else:
            create_application_candidate.salary_expectations = SalaryExpectations.from_dict(_salary_expectations)

        if _social_links is UNSET:
            create_application_candidate.social_links = UNSET
        else:
            if not isinstance(_social_links, list):
                raise ModelParseError.invalid(
                    "CreateApplicationCandidate", "social_links", _social_links, "a JSON array"
                )
            create_application_candidate.social_links = list(map(SocialLink.from_dict, _social_links))

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            create_application_candidate.additional_properties = {}
        else:
            create_application_candidate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return create_application_candidate

    # pydantic's protocol (FastAPI response models, bodies, /docs); kombo_ats._pydantic is imported only when asked.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import core_schema

        return core_schema(cls, handler)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import json_schema

        return json_schema(cls, schema, handler)

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


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.additional_email_address import AdditionalEmailAddress  # noqa: E402
from ..models.additional_phone_number import AdditionalPhoneNumber  # noqa: E402
from ..models.create_application_location import CreateApplicationLocation  # noqa: E402
from ..models.salary_expectations import SalaryExpectations  # noqa: E402
from ..models.social_link import SocialLink  # noqa: E402
