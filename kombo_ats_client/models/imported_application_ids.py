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
        "erecruiter",
        "successfactors",
        "recruitee",
        "greenhouse",
        "greenhousev3",
        "onlyfy",
        "smartrecruiters",
    }
)

T = TypeVar("T", bound="ImportedApplicationIds")


@_attrs_define
class ImportedApplicationIds:
    """The ATS-specific ids the application was imported with, under its ATS's key."""

    erecruiter: ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | Unset | None = UNSET

    successfactors: ImportByApplicationRemoteId | Unset | None = UNSET

    recruitee: ImportByPlacementId | Unset | None = UNSET

    greenhouse: ImportByApplicationId | Unset | None = UNSET

    greenhousev3: ImportByApplicationId | Unset | None = UNSET

    onlyfy: ImportByApplicationId | Unset | None = UNSET

    smartrecruiters: ImportByCandidateAndJobRemoteIds | Unset | None = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        erecruiter: dict[str, Any] | Unset | None
        if isinstance(self.erecruiter, Unset):
            erecruiter = UNSET
        elif isinstance(self.erecruiter, ImportByApplicationAndJobRemoteIds) or isinstance(
            self.erecruiter, ImportByApplicationAndCandidateRemoteIds
        ):
            erecruiter = self.erecruiter.to_dict()
        else:
            erecruiter = self.erecruiter
        if erecruiter is not UNSET:
            field_dict["erecruiter"] = erecruiter

        successfactors = self.successfactors
        if successfactors is not UNSET:
            field_dict["successfactors"] = (
                successfactors.to_dict() if isinstance(successfactors, ImportByApplicationRemoteId) else successfactors
            )

        recruitee = self.recruitee
        if recruitee is not UNSET:
            field_dict["recruitee"] = recruitee.to_dict() if isinstance(recruitee, ImportByPlacementId) else recruitee

        greenhouse = self.greenhouse
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = (
                greenhouse.to_dict() if isinstance(greenhouse, ImportByApplicationId) else greenhouse
            )

        greenhousev3 = self.greenhousev3
        if greenhousev3 is not UNSET:
            field_dict["greenhousev3"] = (
                greenhousev3.to_dict() if isinstance(greenhousev3, ImportByApplicationId) else greenhousev3
            )

        onlyfy = self.onlyfy
        if onlyfy is not UNSET:
            field_dict["onlyfy"] = onlyfy.to_dict() if isinstance(onlyfy, ImportByApplicationId) else onlyfy

        smartrecruiters = self.smartrecruiters
        if smartrecruiters is not UNSET:
            field_dict["smartrecruiters"] = (
                smartrecruiters.to_dict()
                if isinstance(smartrecruiters, ImportByCandidateAndJobRemoteIds)
                else smartrecruiters
            )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        imported_application_ids = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ImportedApplicationIds", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                _erecruiter = src_dict["erecruiter"]
                _successfactors = src_dict["successfactors"]
                _recruitee = src_dict["recruitee"]
                _greenhouse = src_dict["greenhouse"]
                _greenhousev3 = src_dict["greenhousev3"]
                _onlyfy = src_dict["onlyfy"]
                _smartrecruiters = src_dict["smartrecruiters"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _erecruiter = _get("erecruiter", UNSET)
            _successfactors = _get("successfactors", UNSET)
            _recruitee = _get("recruitee", UNSET)
            _greenhouse = _get("greenhouse", UNSET)
            _greenhousev3 = _get("greenhousev3", UNSET)
            _onlyfy = _get("onlyfy", UNSET)
            _smartrecruiters = _get("smartrecruiters", UNSET)
        try:

            def _parse_erecruiter(
                data: object,
            ) -> ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_erecruiter_import_ids_type_0 = ImportByApplicationAndJobRemoteIds.from_dict(data)

                    return componentsschemas_erecruiter_import_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_erecruiter_import_ids_type_1 = ImportByApplicationAndCandidateRemoteIds.from_dict(
                        data
                    )

                    return componentsschemas_erecruiter_import_ids_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | None | Unset, data
                )

            erecruiter = _parse_erecruiter(_erecruiter)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "ImportedApplicationIds", "erecruiter", _erecruiter, "a value of the documented shape"
            ) from None
        imported_application_ids.erecruiter = erecruiter

        if isinstance(_successfactors, dict):
            try:
                imported_application_ids.successfactors = ImportByApplicationRemoteId.from_dict(_successfactors)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.successfactors = cast(Any, _successfactors)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.successfactors = cast(Any, _successfactors)
        else:
            imported_application_ids.successfactors = _successfactors

        if isinstance(_recruitee, dict):
            try:
                imported_application_ids.recruitee = ImportByPlacementId.from_dict(_recruitee)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.recruitee = cast(Any, _recruitee)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.recruitee = cast(Any, _recruitee)
        else:
            imported_application_ids.recruitee = _recruitee

        if isinstance(_greenhouse, dict):
            try:
                imported_application_ids.greenhouse = ImportByApplicationId.from_dict(_greenhouse)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.greenhouse = cast(Any, _greenhouse)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.greenhouse = cast(Any, _greenhouse)
        else:
            imported_application_ids.greenhouse = _greenhouse

        if isinstance(_greenhousev3, dict):
            try:
                imported_application_ids.greenhousev3 = ImportByApplicationId.from_dict(_greenhousev3)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.greenhousev3 = cast(Any, _greenhousev3)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.greenhousev3 = cast(Any, _greenhousev3)
        else:
            imported_application_ids.greenhousev3 = _greenhousev3

        if isinstance(_onlyfy, dict):
            try:
                imported_application_ids.onlyfy = ImportByApplicationId.from_dict(_onlyfy)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.onlyfy = cast(Any, _onlyfy)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.onlyfy = cast(Any, _onlyfy)
        else:
            imported_application_ids.onlyfy = _onlyfy

        if isinstance(_smartrecruiters, dict):
            try:
                imported_application_ids.smartrecruiters = ImportByCandidateAndJobRemoteIds.from_dict(_smartrecruiters)
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                imported_application_ids.smartrecruiters = cast(Any, _smartrecruiters)
            except (TypeError, ValueError, AttributeError, KeyError):
                imported_application_ids.smartrecruiters = cast(Any, _smartrecruiters)
        else:
            imported_application_ids.smartrecruiters = _smartrecruiters

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            imported_application_ids.additional_properties = {}
        else:
            imported_application_ids.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return imported_application_ids

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
from ..models.import_by_application_and_candidate_remote_ids import ImportByApplicationAndCandidateRemoteIds  # noqa: E402
from ..models.import_by_application_and_job_remote_ids import ImportByApplicationAndJobRemoteIds  # noqa: E402
from ..models.import_by_application_id import ImportByApplicationId  # noqa: E402
from ..models.import_by_application_remote_id import ImportByApplicationRemoteId  # noqa: E402
from ..models.import_by_candidate_and_job_remote_ids import ImportByCandidateAndJobRemoteIds  # noqa: E402
from ..models.import_by_placement_id import ImportByPlacementId  # noqa: E402
