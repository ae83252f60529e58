from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pass_through_fields import PassThroughFields


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
        successfactors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.successfactors, Unset):
            successfactors = self.successfactors.to_dict()

        talentsoft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.talentsoft, Unset):
            talentsoft = self.talentsoft.to_dict()

        teamtailor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.teamtailor, Unset):
            teamtailor = self.teamtailor.to_dict()

        greenhouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.greenhouse, Unset):
            greenhouse = self.greenhouse.to_dict()

        lever: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lever, Unset):
            lever = self.lever.to_dict()

        workable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workable, Unset):
            workable = self.workable.to_dict()

        bullhorn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bullhorn, Unset):
            bullhorn = self.bullhorn.to_dict()

        smartrecruiters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smartrecruiters, Unset):
            smartrecruiters = self.smartrecruiters.to_dict()

        talentadore: dict[str, Any] | Unset = UNSET
        if not isinstance(self.talentadore, Unset):
            talentadore = self.talentadore.to_dict()

        guidecom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guidecom, Unset):
            guidecom = self.guidecom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if successfactors is not UNSET:
            field_dict["successfactors"] = successfactors
        if talentsoft is not UNSET:
            field_dict["talentsoft"] = talentsoft
        if teamtailor is not UNSET:
            field_dict["teamtailor"] = teamtailor
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse
        if lever is not UNSET:
            field_dict["lever"] = lever
        if workable is not UNSET:
            field_dict["workable"] = workable
        if bullhorn is not UNSET:
            field_dict["bullhorn"] = bullhorn
        if smartrecruiters is not UNSET:
            field_dict["smartrecruiters"] = smartrecruiters
        if talentadore is not UNSET:
            field_dict["talentadore"] = talentadore
        if guidecom is not UNSET:
            field_dict["guidecom"] = guidecom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pass_through_fields import PassThroughFields

        d = dict(src_dict)
        _successfactors = d.pop("successfactors", UNSET)
        successfactors: PassThroughFields | Unset
        if isinstance(_successfactors, Unset):
            successfactors = UNSET
        else:
            successfactors = PassThroughFields.from_dict(_successfactors)

        _talentsoft = d.pop("talentsoft", UNSET)
        talentsoft: PassThroughFields | Unset
        if isinstance(_talentsoft, Unset):
            talentsoft = UNSET
        else:
            talentsoft = PassThroughFields.from_dict(_talentsoft)

        _teamtailor = d.pop("teamtailor", UNSET)
        teamtailor: PassThroughFields | Unset
        if isinstance(_teamtailor, Unset):
            teamtailor = UNSET
        else:
            teamtailor = PassThroughFields.from_dict(_teamtailor)

        _greenhouse = d.pop("greenhouse", UNSET)
        greenhouse: PassThroughFields | Unset
        if isinstance(_greenhouse, Unset):
            greenhouse = UNSET
        else:
            greenhouse = PassThroughFields.from_dict(_greenhouse)

        _lever = d.pop("lever", UNSET)
        lever: PassThroughFields | Unset
        if isinstance(_lever, Unset):
            lever = UNSET
        else:
            lever = PassThroughFields.from_dict(_lever)

        _workable = d.pop("workable", UNSET)
        workable: PassThroughFields | Unset
        if isinstance(_workable, Unset):
            workable = UNSET
        else:
            workable = PassThroughFields.from_dict(_workable)

        _bullhorn = d.pop("bullhorn", UNSET)
        bullhorn: PassThroughFields | Unset
        if isinstance(_bullhorn, Unset):
            bullhorn = UNSET
        else:
            bullhorn = PassThroughFields.from_dict(_bullhorn)

        _smartrecruiters = d.pop("smartrecruiters", UNSET)
        smartrecruiters: PassThroughFields | Unset
        if isinstance(_smartrecruiters, Unset):
            smartrecruiters = UNSET
        else:
            smartrecruiters = PassThroughFields.from_dict(_smartrecruiters)

        _talentadore = d.pop("talentadore", UNSET)
        talentadore: PassThroughFields | Unset
        if isinstance(_talentadore, Unset):
            talentadore = UNSET
        else:
            talentadore = PassThroughFields.from_dict(_talentadore)

        _guidecom = d.pop("guidecom", UNSET)
        guidecom: PassThroughFields | Unset
        if isinstance(_guidecom, Unset):
            guidecom = UNSET
        else:
            guidecom = PassThroughFields.from_dict(_guidecom)

        remote_fields = cls(
            successfactors=successfactors,
            talentsoft=talentsoft,
            teamtailor=teamtailor,
            greenhouse=greenhouse,
            lever=lever,
            workable=workable,
            bullhorn=bullhorn,
            smartrecruiters=smartrecruiters,
            talentadore=talentadore,
            guidecom=guidecom,
        )

        remote_fields.additional_properties = d
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
