from __future__ import annotations

import builtins
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

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "oracle",
        "greenhouse",
        "workable",
        "icims",
        "talent360",
    }
)

T = TypeVar("T", bound="ResultLinkRemoteFields")


@_attrs_define
class ResultLinkRemoteFields:
    """Per-ATS options of a result link; each is used by that ATS only."""

    oracle: OracleDocumentRemoteFields | Unset = UNSET
    """ Oracle Recruiting options for uploading documents and result links. """

    greenhouse: GreenhouseRemoteFields | Unset = UNSET
    """ Greenhouse-specific options of a write action. """

    workable: WorkableRemoteFields | Unset = UNSET
    """ Workable-specific options of a write action. """

    icims: ResultLinkRemoteFieldsIcims | Unset = UNSET

    talent360: ResultLinkRemoteFieldsTalent360 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        oracle = self.oracle
        if oracle is not UNSET:
            field_dict["oracle"] = oracle.to_dict()

        greenhouse = self.greenhouse
        if greenhouse is not UNSET:
            field_dict["greenhouse"] = greenhouse.to_dict()

        workable = self.workable
        if workable is not UNSET:
            field_dict["workable"] = workable.to_dict()

        icims = self.icims
        if icims is not UNSET:
            field_dict["icims"] = icims.to_dict()

        talent360 = self.talent360
        if talent360 is not UNSET:
            field_dict["talent360"] = talent360.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        result_link_remote_fields = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ResultLinkRemoteFields", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 5:
            try:
                _oracle = src_dict["oracle"]
                _greenhouse = src_dict["greenhouse"]
                _workable = src_dict["workable"]
                _icims = src_dict["icims"]
                _talent360 = src_dict["talent360"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _oracle = _get("oracle", UNSET)
            _greenhouse = _get("greenhouse", UNSET)
            _workable = _get("workable", UNSET)
            _icims = _get("icims", UNSET)
            _talent360 = _get("talent360", UNSET)
        if _oracle is UNSET:
            result_link_remote_fields.oracle = UNSET
        else:
            result_link_remote_fields.oracle = OracleDocumentRemoteFields.from_dict(_oracle)

        if _greenhouse is UNSET:
            result_link_remote_fields.greenhouse = UNSET
        else:
            result_link_remote_fields.greenhouse = GreenhouseRemoteFields.from_dict(_greenhouse)

        if _workable is UNSET:
            result_link_remote_fields.workable = UNSET
        else:
            result_link_remote_fields.workable = WorkableRemoteFields.from_dict(_workable)

        if _icims is UNSET:
            result_link_remote_fields.icims = UNSET
        else:
            result_link_remote_fields.icims = ResultLinkRemoteFieldsIcims.from_dict(_icims)

        if _talent360 is UNSET:
            result_link_remote_fields.talent360 = UNSET
        else:
            result_link_remote_fields.talent360 = ResultLinkRemoteFieldsTalent360.from_dict(_talent360)

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            result_link_remote_fields.additional_properties = {}
        else:
            result_link_remote_fields.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return result_link_remote_fields

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
from ..models.oracle_document_remote_fields import OracleDocumentRemoteFields  # noqa: E402
from ..models.result_link_remote_fields_icims import ResultLinkRemoteFieldsIcims  # noqa: E402
from ..models.result_link_remote_fields_talent_360 import ResultLinkRemoteFieldsTalent360  # noqa: E402
from ..models.workable_remote_fields import WorkableRemoteFields  # noqa: E402
