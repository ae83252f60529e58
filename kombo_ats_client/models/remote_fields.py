from __future__ import annotations

import datetime as _datetime_module
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "successfactors",
        "talentsoft",
        "teamtailor",
        "greenhouse",
        "lever",
        "workable",
        "bullhorn",
        "smartrecruiters",
        "talentadore",
        "guidecom",
    }
)

T = TypeVar("T", bound="RemoteFields")


@_attrs_define
class RemoteFields:
    """Per-ATS pass-through objects (e.g. `greenhouse.candidate`, `successfactors.JobApplication`). Their content goes to
    the remote system unchanged; other ATS keys are allowed too.

    """

    successfactors: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    talentsoft: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    teamtailor: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    greenhouse: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    lever: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    workable: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    bullhorn: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    smartrecruiters: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    talentadore: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    guidecom: PassThroughFields | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        successfactors = self.successfactors
        if successfactors is not UNSET:
            field_dict["successfactors"] = successfactors.to_dict()

        talentsoft = self.talentsoft
        if talentsoft is not UNSET:
            field_dict["talentsoft"] = talentsoft.to_dict()

        teamtailor = self.teamtailor
        if teamtailor is not UNSET:
            field_dict["teamtailor"] = teamtailor.to_dict()

        greenhouse = self.greenhouse
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse.to_dict()

        lever = self.lever
        if lever is not UNSET:
            field_dict["lever"] = lever.to_dict()

        workable = self.workable
        if workable is not UNSET:
            field_dict["workable"] = workable.to_dict()

        bullhorn = self.bullhorn
        if bullhorn is not UNSET:
            field_dict["bullhorn"] = bullhorn.to_dict()

        smartrecruiters = self.smartrecruiters
        if smartrecruiters is not UNSET:
            field_dict["smartrecruiters"] = smartrecruiters.to_dict()

        talentadore = self.talentadore
        if talentadore is not UNSET:
            field_dict["talentadore"] = talentadore.to_dict()

        guidecom = self.guidecom
        if guidecom is not UNSET:
            field_dict["guidecom"] = guidecom.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        remote_fields = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("RemoteFields", src_dict) from None
        _successfactors = _get("successfactors", UNSET)
        if _successfactors is UNSET:
            remote_fields.successfactors = UNSET
        else:
            remote_fields.successfactors = PassThroughFields.from_dict(_successfactors)

        _talentsoft = _get("talentsoft", UNSET)
        if _talentsoft is UNSET:
            remote_fields.talentsoft = UNSET
        else:
            remote_fields.talentsoft = PassThroughFields.from_dict(_talentsoft)

        _teamtailor = _get("teamtailor", UNSET)
        if _teamtailor is UNSET:
            remote_fields.teamtailor = UNSET
        else:
            remote_fields.teamtailor = PassThroughFields.from_dict(_teamtailor)

        _greenhouse = _get("greenhouse", UNSET)
        if _greenhouse is UNSET:
            remote_fields.greenhouse = UNSET
        else:
            remote_fields.greenhouse = PassThroughFields.from_dict(_greenhouse)

        _lever = _get("lever", UNSET)
        if _lever is UNSET:
            remote_fields.lever = UNSET
        else:
            remote_fields.lever = PassThroughFields.from_dict(_lever)

        _workable = _get("workable", UNSET)
        if _workable is UNSET:
            remote_fields.workable = UNSET
        else:
            remote_fields.workable = PassThroughFields.from_dict(_workable)

        _bullhorn = _get("bullhorn", UNSET)
        if _bullhorn is UNSET:
            remote_fields.bullhorn = UNSET
        else:
            remote_fields.bullhorn = PassThroughFields.from_dict(_bullhorn)

        _smartrecruiters = _get("smartrecruiters", UNSET)
        if _smartrecruiters is UNSET:
            remote_fields.smartrecruiters = UNSET
        else:
            remote_fields.smartrecruiters = PassThroughFields.from_dict(_smartrecruiters)

        _talentadore = _get("talentadore", UNSET)
        if _talentadore is UNSET:
            remote_fields.talentadore = UNSET
        else:
            remote_fields.talentadore = PassThroughFields.from_dict(_talentadore)

        _guidecom = _get("guidecom", UNSET)
        if _guidecom is UNSET:
            remote_fields.guidecom = UNSET
        else:
            remote_fields.guidecom = PassThroughFields.from_dict(_guidecom)

        if _KNOWN_FIELDS.issuperset(src_dict):
            remote_fields.additional_properties = {}
        else:
            remote_fields.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return remote_fields

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
from ..models.pass_through_fields import PassThroughFields  # noqa: E402
