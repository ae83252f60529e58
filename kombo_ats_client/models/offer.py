from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.offer_status import OfferStatus
from ..types import UNSET, Unset

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_OFFER_STATUS_BY_VALUE = {member.value: member for member in OfferStatus}
_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "changed_at",
        "remote_id",
        "status",
        "employment_start_date",
        "application_id",
        "custom_fields",
        "integration_fields",
        "remote_deleted_at",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
        "application",
    }
)

T = TypeVar("T", bound="Offer")


class _OfferSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class Offer(_OfferSource):
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

        _custom_fields_value = self.custom_fields
        custom_fields: dict[str, Any] | Unset | None
        if isinstance(_custom_fields_value, Unset):
            custom_fields = UNSET
        elif isinstance(_custom_fields_value, CustomFields):
            custom_fields = _custom_fields_value.to_dict()
        else:
            custom_fields = _custom_fields_value

        _integration_fields_value = self.integration_fields
        integration_fields: list[dict[str, Any]] | Unset | None
        if isinstance(_integration_fields_value, Unset):
            integration_fields = UNSET
        elif isinstance(_integration_fields_value, list):
            integration_fields = [
                item.to_dict() if isinstance(item, IntegrationField) else cast(Any, item)
                for item in _integration_fields_value
            ]

        else:
            integration_fields = _integration_fields_value

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

        _application_value = self.application
        application: dict[str, Any] | Unset | None
        if isinstance(_application_value, Unset):
            application = UNSET
        elif isinstance(_application_value, OfferApplication):
            application = _application_value.to_dict()
        else:
            application = _application_value

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
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        offer = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("Offer", src_dict) from None
        try:
            offer.id = src_dict["id"]
            _changed_at = src_dict["changed_at"]
        except KeyError as exc:
            raise MissingFieldError("Offer", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("Offer", src_dict) from None
        try:
            offer.changed_at = datetime.datetime.fromisoformat(_changed_at)
        except (TypeError, ValueError):
            raise ModelParseError.invalid("Offer", "changed_at", _changed_at, "an ISO 8601 date-time string") from None

        offer.remote_id = _get("remote_id", UNSET)
        _status = _get("status", UNSET)
        if isinstance(_status, str):
            offer.status = _OFFER_STATUS_BY_VALUE.get(_status, _status)
        else:
            offer.status = _status

        _employment_start_date = _get("employment_start_date", UNSET)
        if isinstance(_employment_start_date, str):
            try:
                offer.employment_start_date = datetime.datetime.fromisoformat(_employment_start_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer.employment_start_date = cast(Any, _employment_start_date)
        else:
            offer.employment_start_date = _employment_start_date

        offer.application_id = _get("application_id", UNSET)
        _custom_fields_slot_set(offer, _LAZY)
        _integration_fields_slot_set(offer, _LAZY)
        _remote_deleted_at = _get("remote_deleted_at", UNSET)
        if isinstance(_remote_deleted_at, str):
            try:
                offer.remote_deleted_at = datetime.datetime.fromisoformat(_remote_deleted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer.remote_deleted_at = cast(Any, _remote_deleted_at)
        else:
            offer.remote_deleted_at = _remote_deleted_at

        _remote_created_at = _get("remote_created_at", UNSET)
        if isinstance(_remote_created_at, str):
            try:
                offer.remote_created_at = datetime.datetime.fromisoformat(_remote_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer.remote_created_at = cast(Any, _remote_created_at)
        else:
            offer.remote_created_at = _remote_created_at

        _remote_updated_at = _get("remote_updated_at", UNSET)
        if isinstance(_remote_updated_at, str):
            try:
                offer.remote_updated_at = datetime.datetime.fromisoformat(_remote_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer.remote_updated_at = cast(Any, _remote_updated_at)
        else:
            offer.remote_updated_at = _remote_updated_at

        offer.remote_data = _get("remote_data", UNSET)
        _application_slot_set(offer, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            offer.additional_properties = {}
        else:
            offer.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}

        offer._kombo_source = src_dict
        offer._kombo_pending = 3
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


# Lazy nested fields. from_dict sets the record's own fields (strings, numbers, enums, date-times) and keeps the
# payload; each field below starts as _LAZY in its slot and becomes a property that, on first read, parses the
# payload's value with the same code an eager from_dict runs and stores the result in the slot. Later reads get
# the stored object; __init__, assignment, attrs.evolve, ==, repr, to_dict and pickling see ordinary values.
_LAZY: Any = object()
_custom_fields_slot_get = Offer.__dict__["custom_fields"].__get__
_custom_fields_slot_set = Offer.__dict__["custom_fields"].__set__
_custom_fields_slot_delete = Offer.__dict__["custom_fields"].__delete__


def _get_custom_fields(self: Offer) -> Any:
    value = _custom_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _custom_fields = self._kombo_source.get("custom_fields", UNSET)
    if isinstance(_custom_fields, dict):
        try:
            self.custom_fields = CustomFields.from_dict(_custom_fields)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.custom_fields = cast(Any, _custom_fields)
    else:
        self.custom_fields = _custom_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _custom_fields_slot_get(self)


_integration_fields_slot_get = Offer.__dict__["integration_fields"].__get__
_integration_fields_slot_set = Offer.__dict__["integration_fields"].__set__
_integration_fields_slot_delete = Offer.__dict__["integration_fields"].__delete__


def _get_integration_fields(self: Offer) -> Any:
    value = _integration_fields_slot_get(self)
    if value is not _LAZY:
        return value
    _integration_fields = self._kombo_source.get("integration_fields", UNSET)
    if isinstance(_integration_fields, list):
        try:
            self.integration_fields = list(map(IntegrationField.from_dict, _integration_fields))
        except (TypeError, ValueError, AttributeError, KeyError):
            self.integration_fields = cast(Any, _integration_fields)
    else:
        self.integration_fields = _integration_fields

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _integration_fields_slot_get(self)


_application_slot_get = Offer.__dict__["application"].__get__
_application_slot_set = Offer.__dict__["application"].__set__
_application_slot_delete = Offer.__dict__["application"].__delete__


def _get_application(self: Offer) -> Any:
    value = _application_slot_get(self)
    if value is not _LAZY:
        return value
    _application = self._kombo_source.get("application", UNSET)
    if isinstance(_application, dict):
        try:
            self.application = OfferApplication.from_dict(_application)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.application = cast(Any, _application)
    else:
        self.application = _application

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _application_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("custom_fields", _get_custom_fields, _custom_fields_slot_set, _custom_fields_slot_delete),
    ("integration_fields", _get_integration_fields, _integration_fields_slot_set, _integration_fields_slot_delete),
    ("application", _get_application, _application_slot_set, _application_slot_delete),
):
    setattr(Offer, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.integration_field import IntegrationField  # noqa: E402
from ..models.offer_application import OfferApplication  # noqa: E402
