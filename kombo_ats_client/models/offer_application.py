from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "candidate",
        "job",
    }
)

T = TypeVar("T", bound="OfferApplication")


@_attrs_define
class OfferApplication:
    """The application an offer belongs to, in short."""

    candidate: OfferCandidate | Unset | None = UNSET

    job: JobReference | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        candidate = self.candidate
        if candidate is not UNSET:
            field_dict["candidate"] = candidate.to_dict() if isinstance(candidate, OfferCandidate) else candidate

        job = self.job
        if job is not UNSET:
            field_dict["job"] = job.to_dict() if isinstance(job, JobReference) else job

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        offer_application = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("OfferApplication", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 2:
            try:
                _candidate = src_dict["candidate"]
                _job = src_dict["job"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _candidate = _get("candidate", UNSET)
            _job = _get("job", UNSET)
        if isinstance(_candidate, dict):
            try:
                offer_application.candidate = OfferCandidate.from_dict(_candidate)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                offer_application.candidate = cast(Any, _candidate)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer_application.candidate = cast(Any, _candidate)
        else:
            offer_application.candidate = _candidate

        if isinstance(_job, dict):
            try:
                offer_application.job = JobReference.from_dict(_job)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                offer_application.job = cast(Any, _job)
            except (TypeError, ValueError, AttributeError, KeyError):
                offer_application.job = cast(Any, _job)
        else:
            offer_application.job = _job

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            offer_application.additional_properties = {}
        else:
            offer_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return offer_application

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
from ..models.job_reference import JobReference  # noqa: E402
from ..models.offer_candidate import OfferCandidate  # noqa: E402
