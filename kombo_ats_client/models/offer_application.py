from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "candidate",
        "job",
    }
)

T = TypeVar("T", bound="OfferApplication")


class _OfferApplicationSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class OfferApplication(_OfferApplicationSource):
    """The application an offer belongs to, in short."""

    candidate: OfferCandidate | Unset | None = UNSET
    job: JobReference | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _candidate_value = self.candidate
        candidate: dict[str, Any] | Unset | None
        if isinstance(_candidate_value, Unset):
            candidate = UNSET
        elif isinstance(_candidate_value, OfferCandidate):
            candidate = _candidate_value.to_dict()
        else:
            candidate = _candidate_value

        _job_value = self.job
        job: dict[str, Any] | Unset | None
        if isinstance(_job_value, Unset):
            job = UNSET
        elif isinstance(_job_value, JobReference):
            job = _job_value.to_dict()
        else:
            job = _job_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate is not UNSET:
            field_dict["candidate"] = candidate
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        offer_application = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("OfferApplication", src_dict) from None
        _candidate_slot_set(offer_application, _LAZY)
        _job_slot_set(offer_application, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            offer_application.additional_properties = {}
        else:
            offer_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        offer_application._kombo_source = src_dict
        offer_application._kombo_pending = 2
        return offer_application

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
_candidate_slot_get = OfferApplication.__dict__["candidate"].__get__
_candidate_slot_set = OfferApplication.__dict__["candidate"].__set__
_candidate_slot_delete = OfferApplication.__dict__["candidate"].__delete__


def _get_candidate(self: OfferApplication) -> Any:
    value = _candidate_slot_get(self)
    if value is not _LAZY:
        return value
    _candidate = self._kombo_source.get("candidate", UNSET)
    if isinstance(_candidate, dict):
        try:
            self.candidate = OfferCandidate.from_dict(_candidate)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.candidate = cast(Any, _candidate)
    else:
        self.candidate = _candidate

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _candidate_slot_get(self)


_job_slot_get = OfferApplication.__dict__["job"].__get__
_job_slot_set = OfferApplication.__dict__["job"].__set__
_job_slot_delete = OfferApplication.__dict__["job"].__delete__


def _get_job(self: OfferApplication) -> Any:
    value = _job_slot_get(self)
    if value is not _LAZY:
        return value
    _job = self._kombo_source.get("job", UNSET)
    if isinstance(_job, dict):
        try:
            self.job = JobReference.from_dict(_job)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.job = cast(Any, _job)
    else:
        self.job = _job

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _job_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("candidate", _get_candidate, _candidate_slot_set, _candidate_slot_delete),
    ("job", _get_job, _job_slot_set, _job_slot_delete),
):
    setattr(OfferApplication, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.job_reference import JobReference  # noqa: E402
from ..models.offer_candidate import OfferCandidate  # noqa: E402
