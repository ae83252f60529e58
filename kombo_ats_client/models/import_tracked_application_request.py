from __future__ import annotations

import builtins
import datetime
import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
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
        "tracked_at",
        "erecruiter",
        "successfactors",
        "recruitee",
        "greenhouse",
        "greenhousev3",
        "onlyfy",
        "smartrecruiters",
    }
)

T = TypeVar("T", bound="ImportTrackedApplicationRequest")


@_attrs_define
class ImportTrackedApplicationRequest:
    """Send `tracked_at` and the key of the integration's ATS.

    Example:
        {'tracked_at': '2024-04-12T14:33:47.000Z', 'successfactors': {'id_type': 'application_remote_id',
            'application_remote_id': '1224042'}}

    """

    tracked_at: _AwareDatetime | None
    """ When the application started being tracked (e.g. when you created it); may be null. """

    erecruiter: ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | Unset = UNSET
    """ eRecruiter takes either of two id combinations. """

    successfactors: ImportByApplicationRemoteId | Unset = UNSET
    """ Identifies the application by its remote id. """

    recruitee: ImportByPlacementId | Unset = UNSET
    """ Identifies the application by its Recruitee placement id. """

    greenhouse: ImportByApplicationId | Unset = UNSET
    """ Identifies the application by its id in the ATS. """

    greenhousev3: ImportByApplicationId | Unset = UNSET
    """ Identifies the application by its id in the ATS. """

    onlyfy: ImportByApplicationId | Unset = UNSET
    """ Identifies the application by its id in the ATS. """

    smartrecruiters: ImportByCandidateAndJobRemoteIds | Unset = UNSET
    """ Identifies the application by the remote ids of its candidate and job. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        tracked_at = self.tracked_at
        field_dict["tracked_at"] = (
            _format_datetime(tracked_at) if isinstance(tracked_at, datetime.datetime) else tracked_at
        )

        erecruiter: dict[str, Any] | Unset
        if isinstance(self.erecruiter, Unset):
            erecruiter = UNSET
        elif isinstance(self.erecruiter, ImportByApplicationAndJobRemoteIds):
            erecruiter = self.erecruiter.to_dict()
        else:
            erecruiter = self.erecruiter.to_dict()

        if erecruiter is not UNSET:
            field_dict["erecruiter"] = erecruiter

        successfactors = self.successfactors
        if successfactors is not UNSET:
            field_dict["successfactors"] = successfactors.to_dict()

        recruitee = self.recruitee
        if recruitee is not UNSET:
            field_dict["recruitee"] = recruitee.to_dict()

        greenhouse = self.greenhouse
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse.to_dict()

        greenhousev3 = self.greenhousev3
        if greenhousev3 is not UNSET:
            field_dict["greenhousev3"] = greenhousev3.to_dict()

        onlyfy = self.onlyfy
        if onlyfy is not UNSET:
            field_dict["onlyfy"] = onlyfy.to_dict()

        smartrecruiters = self.smartrecruiters
        if smartrecruiters is not UNSET:
            field_dict["smartrecruiters"] = smartrecruiters.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        import_tracked_application_request = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ImportTrackedApplicationRequest", src_dict)
        try:
            _tracked_at = src_dict["tracked_at"]
        except KeyError as exc:
            raise MissingFieldError("ImportTrackedApplicationRequest", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 8:
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
        if isinstance(_tracked_at, str):
            try:
                _parsed_datetime = _parse_datetime(_tracked_at)
            except (TypeError, ValueError):
                _parsed_datetime = None
            if _parsed_datetime is None or _parsed_datetime.tzinfo is None:
                raise ModelParseError.invalid(
                    "ImportTrackedApplicationRequest",
                    "tracked_at",
                    _tracked_at,
                    "a timezone-aware ISO 8601 date-time string",
                )
            import_tracked_application_request.tracked_at = _parsed_datetime

        elif _tracked_at is None:
            import_tracked_application_request.tracked_at = None
        else:
            raise ModelParseError.invalid(
                "ImportTrackedApplicationRequest",
                "tracked_at",
                _tracked_at,
                "a timezone-aware ISO 8601 date-time string or null",
            )

        try:

            def _parse_erecruiter(
                data: object,
            ) -> ImportByApplicationAndCandidateRemoteIds | ImportByApplicationAndJobRemoteIds | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_erecruiter_import_ids_type_0 = ImportByApplicationAndJobRemoteIds.from_dict(data)

                    return componentsschemas_erecruiter_import_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_erecruiter_import_ids_type_1 = ImportByApplicationAndCandidateRemoteIds.from_dict(
                    data
                )

                return componentsschemas_erecruiter_import_ids_type_1

            erecruiter = _parse_erecruiter(_erecruiter)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "ImportTrackedApplicationRequest", "erecruiter", _erecruiter, "a value of the documented shape"
            ) from None
        import_tracked_application_request.erecruiter = erecruiter

        if _successfactors is UNSET:
            import_tracked_application_request.successfactors = UNSET
        else:
            import_tracked_application_request.successfactors = ImportByApplicationRemoteId.from_dict(_successfactors)

        if _recruitee is UNSET:
            import_tracked_application_request.recruitee = UNSET
        else:
            import_tracked_application_request.recruitee = ImportByPlacementId.from_dict(_recruitee)

        if _greenhouse is UNSET:
            import_tracked_application_request.greenhouse = UNSET
        else:
            import_tracked_application_request.greenhouse = ImportByApplicationId.from_dict(_greenhouse)

        if _greenhousev3 is UNSET:
            import_tracked_application_request.greenhousev3 = UNSET
        else:
            import_tracked_application_request.greenhousev3 = ImportByApplicationId.from_dict(_greenhousev3)

        if _onlyfy is UNSET:
            import_tracked_application_request.onlyfy = UNSET
        else:
            import_tracked_application_request.onlyfy = ImportByApplicationId.from_dict(_onlyfy)

        if _smartrecruiters is UNSET:
            import_tracked_application_request.smartrecruiters = UNSET
        else:
            import_tracked_application_request.smartrecruiters = ImportByCandidateAndJobRemoteIds.from_dict(
                _smartrecruiters
            )

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            import_tracked_application_request.additional_properties = {}
        else:
            import_tracked_application_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return import_tracked_application_request

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
