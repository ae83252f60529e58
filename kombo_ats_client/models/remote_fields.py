from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset
from ..types import decoded_with as _decoded_with

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "successfactors",
        "personio",
        "talentsoft",
        "teamtailor",
        "greenhouse",
        "greenhousev3",
        "lever",
        "workable",
        "workday",
        "zohorecruit",
        "bullhorn",
        "smartrecruiters",
        "talentadore",
        "guidecom",
        "dvinci",
        "hrworks",
        "jobylon",
        "avature",
        "recruitee",
        "rexx",
        "umantis",
        "piloga",
        "pinpoint",
        "covetorest",
        "afas",
        "recruitcrm",
    }
)

T = TypeVar("T", bound="RemoteFields")


@_attrs_define
class RemoteFields:
    """Per-ATS pass-through objects for creating an application or candidate (e.g. `greenhouse.post_headers`,
    `successfactors.JobApplication`, `lever.candidate`). Each goes to that ATS unchanged and is ignored by the others;
    further ATS keys are allowed too.

    """

    successfactors: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    personio: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    talentsoft: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    teamtailor: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    greenhouse: GreenhouseRemoteFields | Unset = UNSET
    """ Greenhouse-specific options of a write action. """

    greenhousev3: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    lever: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    workable: WorkableRemoteFields | Unset = UNSET
    """ Workable-specific options of a write action. """

    workday: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    zohorecruit: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    bullhorn: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    smartrecruiters: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    talentadore: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    guidecom: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    dvinci: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    hrworks: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    jobylon: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    avature: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    recruitee: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    rexx: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    umantis: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    piloga: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    pinpoint: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    covetorest: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    afas: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    recruitcrm: _PassThroughFieldsMap | Unset = UNSET
    """ Free-form fields passed to the remote ATS as they are. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        successfactors = self.successfactors
        if successfactors is not UNSET:
            field_dict["successfactors"] = successfactors.to_dict()

        personio = self.personio
        if personio is not UNSET:
            field_dict["personio"] = personio.to_dict()

        talentsoft = self.talentsoft
        if talentsoft is not UNSET:
            field_dict["talentsoft"] = talentsoft.to_dict()

        teamtailor = self.teamtailor
        if teamtailor is not UNSET:
            field_dict["teamtailor"] = teamtailor.to_dict()

        greenhouse = self.greenhouse
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse.to_dict()

        greenhousev3 = self.greenhousev3
        if greenhousev3 is not UNSET:
            field_dict["greenhousev3"] = greenhousev3.to_dict()

        lever = self.lever
        if lever is not UNSET:
            field_dict["lever"] = lever.to_dict()

        workable = self.workable
        if workable is not UNSET:
            field_dict["workable"] = workable.to_dict()

        workday = self.workday
        if workday is not UNSET:
            field_dict["workday"] = workday.to_dict()

        zohorecruit = self.zohorecruit
        if zohorecruit is not UNSET:
            field_dict["zohorecruit"] = zohorecruit.to_dict()

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

        dvinci = self.dvinci
        if dvinci is not UNSET:
            field_dict["dvinci"] = dvinci.to_dict()

        hrworks = self.hrworks
        if hrworks is not UNSET:
            field_dict["hrworks"] = hrworks.to_dict()

        jobylon = self.jobylon
        if jobylon is not UNSET:
            field_dict["jobylon"] = jobylon.to_dict()

        avature = self.avature
        if avature is not UNSET:
            field_dict["avature"] = avature.to_dict()

        recruitee = self.recruitee
        if recruitee is not UNSET:
            field_dict["recruitee"] = recruitee.to_dict()

        rexx = self.rexx
        if rexx is not UNSET:
            field_dict["rexx"] = rexx.to_dict()

        umantis = self.umantis
        if umantis is not UNSET:
            field_dict["umantis"] = umantis.to_dict()

        piloga = self.piloga
        if piloga is not UNSET:
            field_dict["piloga"] = piloga.to_dict()

        pinpoint = self.pinpoint
        if pinpoint is not UNSET:
            field_dict["pinpoint"] = pinpoint.to_dict()

        covetorest = self.covetorest
        if covetorest is not UNSET:
            field_dict["covetorest"] = covetorest.to_dict()

        afas = self.afas
        if afas is not UNSET:
            field_dict["afas"] = afas.to_dict()

        recruitcrm = self.recruitcrm
        if recruitcrm is not UNSET:
            field_dict["recruitcrm"] = recruitcrm.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        remote_fields = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("RemoteFields", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 26:
            try:
                _successfactors = src_dict["successfactors"]
                _personio = src_dict["personio"]
                _talentsoft = src_dict["talentsoft"]
                _teamtailor = src_dict["teamtailor"]
                _greenhouse = src_dict["greenhouse"]
                _greenhousev3 = src_dict["greenhousev3"]
                _lever = src_dict["lever"]
                _workable = src_dict["workable"]
                _workday = src_dict["workday"]
                _zohorecruit = src_dict["zohorecruit"]
                _bullhorn = src_dict["bullhorn"]
                _smartrecruiters = src_dict["smartrecruiters"]
                _talentadore = src_dict["talentadore"]
                _guidecom = src_dict["guidecom"]
                _dvinci = src_dict["dvinci"]
                _hrworks = src_dict["hrworks"]
                _jobylon = src_dict["jobylon"]
                _avature = src_dict["avature"]
                _recruitee = src_dict["recruitee"]
                _rexx = src_dict["rexx"]
                _umantis = src_dict["umantis"]
                _piloga = src_dict["piloga"]
                _pinpoint = src_dict["pinpoint"]
                _covetorest = src_dict["covetorest"]
                _afas = src_dict["afas"]
                _recruitcrm = src_dict["recruitcrm"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _successfactors = _get("successfactors", UNSET)
            _personio = _get("personio", UNSET)
            _talentsoft = _get("talentsoft", UNSET)
            _teamtailor = _get("teamtailor", UNSET)
            _greenhouse = _get("greenhouse", UNSET)
            _greenhousev3 = _get("greenhousev3", UNSET)
            _lever = _get("lever", UNSET)
            _workable = _get("workable", UNSET)
            _workday = _get("workday", UNSET)
            _zohorecruit = _get("zohorecruit", UNSET)
            _bullhorn = _get("bullhorn", UNSET)
            _smartrecruiters = _get("smartrecruiters", UNSET)
            _talentadore = _get("talentadore", UNSET)
            _guidecom = _get("guidecom", UNSET)
            _dvinci = _get("dvinci", UNSET)
            _hrworks = _get("hrworks", UNSET)
            _jobylon = _get("jobylon", UNSET)
            _avature = _get("avature", UNSET)
            _recruitee = _get("recruitee", UNSET)
            _rexx = _get("rexx", UNSET)
            _umantis = _get("umantis", UNSET)
            _piloga = _get("piloga", UNSET)
            _pinpoint = _get("pinpoint", UNSET)
            _covetorest = _get("covetorest", UNSET)
            _afas = _get("afas", UNSET)
            _recruitcrm = _get("recruitcrm", UNSET)
        if _successfactors is UNSET:
            remote_fields.successfactors = UNSET
        else:
            remote_fields.successfactors = PassThroughFields.from_dict(_successfactors)

        if _personio is UNSET:
            remote_fields.personio = UNSET
        else:
            remote_fields.personio = PassThroughFields.from_dict(_personio)

        if _talentsoft is UNSET:
            remote_fields.talentsoft = UNSET
        else:
            remote_fields.talentsoft = PassThroughFields.from_dict(_talentsoft)

        if _teamtailor is UNSET:
            remote_fields.teamtailor = UNSET
        else:
            remote_fields.teamtailor = PassThroughFields.from_dict(_teamtailor)

        if _greenhouse is UNSET:
            remote_fields.greenhouse = UNSET
        else:
            remote_fields.greenhouse = GreenhouseRemoteFields.from_dict(_greenhouse)

        if _greenhousev3 is UNSET:
            remote_fields.greenhousev3 = UNSET
        else:
            remote_fields.greenhousev3 = PassThroughFields.from_dict(_greenhousev3)

        if _lever is UNSET:
            remote_fields.lever = UNSET
        else:
            remote_fields.lever = PassThroughFields.from_dict(_lever)

        if _workable is UNSET:
            remote_fields.workable = UNSET
        else:
            remote_fields.workable = WorkableRemoteFields.from_dict(_workable)

        if _workday is UNSET:
            remote_fields.workday = UNSET
        else:
            remote_fields.workday = PassThroughFields.from_dict(_workday)

        if _zohorecruit is UNSET:
            remote_fields.zohorecruit = UNSET
        else:
            remote_fields.zohorecruit = PassThroughFields.from_dict(_zohorecruit)

        if _bullhorn is UNSET:
            remote_fields.bullhorn = UNSET
        else:
            remote_fields.bullhorn = PassThroughFields.from_dict(_bullhorn)

        if _smartrecruiters is UNSET:
            remote_fields.smartrecruiters = UNSET
        else:
            remote_fields.smartrecruiters = PassThroughFields.from_dict(_smartrecruiters)

        if _talentadore is UNSET:
            remote_fields.talentadore = UNSET
        else:
            remote_fields.talentadore = PassThroughFields.from_dict(_talentadore)

        if _guidecom is UNSET:
            remote_fields.guidecom = UNSET
        else:
            remote_fields.guidecom = PassThroughFields.from_dict(_guidecom)

        if _dvinci is UNSET:
            remote_fields.dvinci = UNSET
        else:
            remote_fields.dvinci = PassThroughFields.from_dict(_dvinci)

        if _hrworks is UNSET:
            remote_fields.hrworks = UNSET
        else:
            remote_fields.hrworks = PassThroughFields.from_dict(_hrworks)

        if _jobylon is UNSET:
            remote_fields.jobylon = UNSET
        else:
            remote_fields.jobylon = PassThroughFields.from_dict(_jobylon)

        if _avature is UNSET:
            remote_fields.avature = UNSET
        else:
            remote_fields.avature = PassThroughFields.from_dict(_avature)

        if _recruitee is UNSET:
            remote_fields.recruitee = UNSET
        else:
            remote_fields.recruitee = PassThroughFields.from_dict(_recruitee)

        if _rexx is UNSET:
            remote_fields.rexx = UNSET
        else:
            remote_fields.rexx = PassThroughFields.from_dict(_rexx)

        if _umantis is UNSET:
            remote_fields.umantis = UNSET
        else:
            remote_fields.umantis = PassThroughFields.from_dict(_umantis)

        if _piloga is UNSET:
            remote_fields.piloga = UNSET
        else:
            remote_fields.piloga = PassThroughFields.from_dict(_piloga)

        if _pinpoint is UNSET:
            remote_fields.pinpoint = UNSET
        else:
            remote_fields.pinpoint = PassThroughFields.from_dict(_pinpoint)

        if _covetorest is UNSET:
            remote_fields.covetorest = UNSET
        else:
            remote_fields.covetorest = PassThroughFields.from_dict(_covetorest)

        if _afas is UNSET:
            remote_fields.afas = UNSET
        else:
            remote_fields.afas = PassThroughFields.from_dict(_afas)

        if _recruitcrm is UNSET:
            remote_fields.recruitcrm = UNSET
        else:
            remote_fields.recruitcrm = PassThroughFields.from_dict(_recruitcrm)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            remote_fields.additional_properties = {}
        else:
            remote_fields.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return remote_fields

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
from ..models.greenhouse_remote_fields import GreenhouseRemoteFields  # noqa: E402
from ..models.pass_through_fields import PassThroughFields  # noqa: E402
from ..models.workable_remote_fields import WorkableRemoteFields  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _PassThroughFieldsMap: TypeAlias = PassThroughFields
else:
    _PassThroughFieldsMap = _decoded_with("PassThroughFieldsMap", PassThroughFields.from_dict)
