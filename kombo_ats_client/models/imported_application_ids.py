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


class _ImportedApplicationIdsSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class ImportedApplicationIds(_ImportedApplicationIdsSource):
    """The ATS-specific ids the application was imported with, under its ATS's key."""

    erecruiter: ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | Unset | None = UNSET
    successfactors: ImportByApplicationRemoteId | Unset | None = UNSET
    recruitee: ImportByPlacementId | Unset | None = UNSET
    greenhouse: ImportByApplicationId | Unset | None = UNSET
    greenhousev3: ImportByApplicationId | Unset | None = UNSET
    onlyfy: ImportByApplicationId | Unset | None = UNSET
    smartrecruiters: ImportByCandidateAndJobRemoteIds | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        erecruiter: dict[str, Any] | Unset | None
        if isinstance(self.erecruiter, Unset):
            erecruiter = UNSET
        elif isinstance(self.erecruiter, ImportByApplicationAndJobRemoteIds) or isinstance(
            self.erecruiter, ImportByApplicationAndCandidateRemoteIds
        ):
            erecruiter = self.erecruiter.to_dict()
        else:
            erecruiter = self.erecruiter

        _successfactors_value = self.successfactors
        successfactors: dict[str, Any] | Unset | None
        if isinstance(_successfactors_value, Unset):
            successfactors = UNSET
        elif isinstance(_successfactors_value, ImportByApplicationRemoteId):
            successfactors = _successfactors_value.to_dict()
        else:
            successfactors = _successfactors_value

        _recruitee_value = self.recruitee
        recruitee: dict[str, Any] | Unset | None
        if isinstance(_recruitee_value, Unset):
            recruitee = UNSET
        elif isinstance(_recruitee_value, ImportByPlacementId):
            recruitee = _recruitee_value.to_dict()
        else:
            recruitee = _recruitee_value

        _greenhouse_value = self.greenhouse
        greenhouse: dict[str, Any] | Unset | None
        if isinstance(_greenhouse_value, Unset):
            greenhouse = UNSET
        elif isinstance(_greenhouse_value, ImportByApplicationId):
            greenhouse = _greenhouse_value.to_dict()
        else:
            greenhouse = _greenhouse_value

        _greenhousev3_value = self.greenhousev3
        greenhousev3: dict[str, Any] | Unset | None
        if isinstance(_greenhousev3_value, Unset):
            greenhousev3 = UNSET
        elif isinstance(_greenhousev3_value, ImportByApplicationId):
            greenhousev3 = _greenhousev3_value.to_dict()
        else:
            greenhousev3 = _greenhousev3_value

        _onlyfy_value = self.onlyfy
        onlyfy: dict[str, Any] | Unset | None
        if isinstance(_onlyfy_value, Unset):
            onlyfy = UNSET
        elif isinstance(_onlyfy_value, ImportByApplicationId):
            onlyfy = _onlyfy_value.to_dict()
        else:
            onlyfy = _onlyfy_value

        _smartrecruiters_value = self.smartrecruiters
        smartrecruiters: dict[str, Any] | Unset | None
        if isinstance(_smartrecruiters_value, Unset):
            smartrecruiters = UNSET
        elif isinstance(_smartrecruiters_value, ImportByCandidateAndJobRemoteIds):
            smartrecruiters = _smartrecruiters_value.to_dict()
        else:
            smartrecruiters = _smartrecruiters_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if erecruiter is not UNSET:
            field_dict["erecruiter"] = erecruiter
        if successfactors is not UNSET:
            field_dict["successfactors"] = successfactors
        if recruitee is not UNSET:
            field_dict["recruitee"] = recruitee
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse
        if greenhousev3 is not UNSET:
            field_dict["greenhousev3"] = greenhousev3
        if onlyfy is not UNSET:
            field_dict["onlyfy"] = onlyfy
        if smartrecruiters is not UNSET:
            field_dict["smartrecruiters"] = smartrecruiters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        imported_application_ids = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("ImportedApplicationIds", src_dict) from None
        _erecruiter = _get("erecruiter", UNSET)

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

        imported_application_ids.erecruiter = erecruiter

        _successfactors_slot_set(imported_application_ids, _LAZY)
        _recruitee_slot_set(imported_application_ids, _LAZY)
        _greenhouse_slot_set(imported_application_ids, _LAZY)
        _greenhousev3_slot_set(imported_application_ids, _LAZY)
        _onlyfy_slot_set(imported_application_ids, _LAZY)
        _smartrecruiters_slot_set(imported_application_ids, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            imported_application_ids.additional_properties = {}
        else:
            imported_application_ids.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        imported_application_ids._kombo_source = src_dict
        imported_application_ids._kombo_pending = 6
        return imported_application_ids

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
_successfactors_slot_get = ImportedApplicationIds.__dict__["successfactors"].__get__
_successfactors_slot_set = ImportedApplicationIds.__dict__["successfactors"].__set__
_successfactors_slot_delete = ImportedApplicationIds.__dict__["successfactors"].__delete__


def _get_successfactors(self: ImportedApplicationIds) -> Any:
    value = _successfactors_slot_get(self)
    if value is not _LAZY:
        return value
    _successfactors = self._kombo_source.get("successfactors", UNSET)
    if isinstance(_successfactors, dict):
        try:
            self.successfactors = ImportByApplicationRemoteId.from_dict(_successfactors)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.successfactors = cast(Any, _successfactors)
    else:
        self.successfactors = _successfactors

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _successfactors_slot_get(self)


_recruitee_slot_get = ImportedApplicationIds.__dict__["recruitee"].__get__
_recruitee_slot_set = ImportedApplicationIds.__dict__["recruitee"].__set__
_recruitee_slot_delete = ImportedApplicationIds.__dict__["recruitee"].__delete__


def _get_recruitee(self: ImportedApplicationIds) -> Any:
    value = _recruitee_slot_get(self)
    if value is not _LAZY:
        return value
    _recruitee = self._kombo_source.get("recruitee", UNSET)
    if isinstance(_recruitee, dict):
        try:
            self.recruitee = ImportByPlacementId.from_dict(_recruitee)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.recruitee = cast(Any, _recruitee)
    else:
        self.recruitee = _recruitee

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _recruitee_slot_get(self)


_greenhouse_slot_get = ImportedApplicationIds.__dict__["greenhouse"].__get__
_greenhouse_slot_set = ImportedApplicationIds.__dict__["greenhouse"].__set__
_greenhouse_slot_delete = ImportedApplicationIds.__dict__["greenhouse"].__delete__


def _get_greenhouse(self: ImportedApplicationIds) -> Any:
    value = _greenhouse_slot_get(self)
    if value is not _LAZY:
        return value
    _greenhouse = self._kombo_source.get("greenhouse", UNSET)
    if isinstance(_greenhouse, dict):
        try:
            self.greenhouse = ImportByApplicationId.from_dict(_greenhouse)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.greenhouse = cast(Any, _greenhouse)
    else:
        self.greenhouse = _greenhouse

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _greenhouse_slot_get(self)


_greenhousev3_slot_get = ImportedApplicationIds.__dict__["greenhousev3"].__get__
_greenhousev3_slot_set = ImportedApplicationIds.__dict__["greenhousev3"].__set__
_greenhousev3_slot_delete = ImportedApplicationIds.__dict__["greenhousev3"].__delete__


def _get_greenhousev3(self: ImportedApplicationIds) -> Any:
    value = _greenhousev3_slot_get(self)
    if value is not _LAZY:
        return value
    _greenhousev3 = self._kombo_source.get("greenhousev3", UNSET)
    if isinstance(_greenhousev3, dict):
        try:
            self.greenhousev3 = ImportByApplicationId.from_dict(_greenhousev3)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.greenhousev3 = cast(Any, _greenhousev3)
    else:
        self.greenhousev3 = _greenhousev3

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _greenhousev3_slot_get(self)


_onlyfy_slot_get = ImportedApplicationIds.__dict__["onlyfy"].__get__
_onlyfy_slot_set = ImportedApplicationIds.__dict__["onlyfy"].__set__
_onlyfy_slot_delete = ImportedApplicationIds.__dict__["onlyfy"].__delete__


def _get_onlyfy(self: ImportedApplicationIds) -> Any:
    value = _onlyfy_slot_get(self)
    if value is not _LAZY:
        return value
    _onlyfy = self._kombo_source.get("onlyfy", UNSET)
    if isinstance(_onlyfy, dict):
        try:
            self.onlyfy = ImportByApplicationId.from_dict(_onlyfy)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.onlyfy = cast(Any, _onlyfy)
    else:
        self.onlyfy = _onlyfy

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _onlyfy_slot_get(self)


_smartrecruiters_slot_get = ImportedApplicationIds.__dict__["smartrecruiters"].__get__
_smartrecruiters_slot_set = ImportedApplicationIds.__dict__["smartrecruiters"].__set__
_smartrecruiters_slot_delete = ImportedApplicationIds.__dict__["smartrecruiters"].__delete__


def _get_smartrecruiters(self: ImportedApplicationIds) -> Any:
    value = _smartrecruiters_slot_get(self)
    if value is not _LAZY:
        return value
    _smartrecruiters = self._kombo_source.get("smartrecruiters", UNSET)
    if isinstance(_smartrecruiters, dict):
        try:
            self.smartrecruiters = ImportByCandidateAndJobRemoteIds.from_dict(_smartrecruiters)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.smartrecruiters = cast(Any, _smartrecruiters)
    else:
        self.smartrecruiters = _smartrecruiters

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _smartrecruiters_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("successfactors", _get_successfactors, _successfactors_slot_set, _successfactors_slot_delete),
    ("recruitee", _get_recruitee, _recruitee_slot_set, _recruitee_slot_delete),
    ("greenhouse", _get_greenhouse, _greenhouse_slot_set, _greenhouse_slot_delete),
    ("greenhousev3", _get_greenhousev3, _greenhousev3_slot_set, _greenhousev3_slot_delete),
    ("onlyfy", _get_onlyfy, _onlyfy_slot_set, _onlyfy_slot_delete),
    ("smartrecruiters", _get_smartrecruiters, _smartrecruiters_slot_set, _smartrecruiters_slot_delete),
):
    setattr(ImportedApplicationIds, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.import_by_application_and_candidate_remote_ids import ImportByApplicationAndCandidateRemoteIds  # noqa: E402
from ..models.import_by_application_and_job_remote_ids import ImportByApplicationAndJobRemoteIds  # noqa: E402
from ..models.import_by_application_id import ImportByApplicationId  # noqa: E402
from ..models.import_by_application_remote_id import ImportByApplicationRemoteId  # noqa: E402
from ..models.import_by_candidate_and_job_remote_ids import ImportByCandidateAndJobRemoteIds  # noqa: E402
from ..models.import_by_placement_id import ImportByPlacementId  # noqa: E402
