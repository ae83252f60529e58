from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..models.scorecard_question_type import ScorecardQuestionType
from ..types import UNSET, Unset
from ..types import open_enum as _open_enum

# Open enum: from_dict looks values up here; a value missing from the enum stays a plain str.
_SCORECARD_QUESTION_TYPE_BY_VALUE = {member.value: member for member in ScorecardQuestionType}
_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "remote_id",
        "label",
        "description",
        "required",
        "options",
        "answer",
    }
)

T = TypeVar("T", bound="ScorecardResponse")


@_attrs_define
class ScorecardResponse:
    """One question of a scorecard with the interviewer's answer. The shape of `answer` follows `type`."""

    type: _ScorecardQuestionTypeOpen | Unset | None = _attrs_field(default=UNSET, alias="type_")

    remote_id: str | Unset | None = UNSET
    """ The question's id in the ATS; null for ratings or summaries the ATS keeps outside the rubric. """

    label: str | Unset | None = UNSET
    """ What is being assessed. """

    description: str | Unset | None = UNSET
    """ Guidance shown to the interviewer. """

    required: bool | Unset | None = UNSET
    """ Whether the ATS marks the question mandatory. """

    options: list[ScorecardOption] | Unset | None = UNSET
    """ Every option of a select question. """

    answer: bool | int | float | list[ScorecardOption] | ScorecardOption | str | Unset | None = UNSET
    """ TEXT: a string; DATE: a `YYYY-MM-DD` string; NUMBER: a number; BOOLEAN: true or false; SINGLE_SELECT: one
    option; MULTI_SELECT: a list of options; null when not answered. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    @property
    def type_(self) -> ScorecardQuestionType | str | Unset | None:
        """``type`` in the JSON and the attribute (the generator's Python name, kept as an alias)."""
        return self.type

    @type_.setter
    def type_(self, value: ScorecardQuestionType | str | Unset | None) -> None:
        self.type = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        type_ = self.type
        if type_ is not UNSET:
            field_dict["type"] = type_.value if isinstance(type_, ScorecardQuestionType) else type_

        remote_id = self.remote_id
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id

        label = self.label
        if label is not UNSET:
            field_dict["label"] = label

        description = self.description
        if description is not UNSET:
            field_dict["description"] = description

        required = self.required
        if required is not UNSET:
            field_dict["required"] = required

        options = self.options
        if options is not UNSET:
            field_dict["options"] = (
                [item.to_dict() if isinstance(item, ScorecardOption) else item for item in options]
                if isinstance(options, list)
                else options
            )

        answer: bool | dict[str, Any] | float | list[dict[str, Any]] | str | Unset | None
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, ScorecardOption):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, list):
            answer = [item.to_dict() if isinstance(item, ScorecardOption) else cast(Any, item) for item in self.answer]

        else:
            answer = self.answer
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        scorecard_response = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("ScorecardResponse", src_dict)
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 7:
            try:
                _type_ = src_dict["type"]
                scorecard_response.remote_id = src_dict["remote_id"]
                scorecard_response.label = src_dict["label"]
                scorecard_response.description = src_dict["description"]
                scorecard_response.required = src_dict["required"]
                _options = src_dict["options"]
                _answer = src_dict["answer"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _type_ = _get("type", UNSET)
            scorecard_response.remote_id = _get("remote_id", UNSET)
            scorecard_response.label = _get("label", UNSET)
            scorecard_response.description = _get("description", UNSET)
            scorecard_response.required = _get("required", UNSET)
            _options = _get("options", UNSET)
            _answer = _get("answer", UNSET)
        if isinstance(_type_, str):
            scorecard_response.type = _SCORECARD_QUESTION_TYPE_BY_VALUE.get(_type_, _type_)
        else:
            scorecard_response.type = _type_

        if isinstance(_options, list):
            try:
                scorecard_response.options = list(map(ScorecardOption.from_dict, _options))
            except ModelParseError as exc:
                # A nested record that contradicts the spec is an error, not a silently raw dict; an item that is
                # not an object at all is kept as it is (stock semantics).
                if exc.field is not None:
                    raise
                scorecard_response.options = cast(Any, _options)
            except (TypeError, ValueError, AttributeError, KeyError):
                scorecard_response.options = cast(Any, _options)
        else:
            scorecard_response.options = _options

        try:

            def _parse_answer(
                data: object,
            ) -> bool | float | list[ScorecardOption] | ScorecardOption | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answer_type_3 = ScorecardOption.from_dict(data)

                    return answer_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    answer_type_4 = []
                    _answer_type_4 = data
                    for answer_type_4_item_data in _answer_type_4:
                        answer_type_4_item = ScorecardOption.from_dict(answer_type_4_item_data)

                        answer_type_4.append(answer_type_4_item)

                    return answer_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[ScorecardOption] | None | ScorecardOption | str | Unset, data)

            answer = _parse_answer(_answer)

        except (TypeError, ValueError, AttributeError, KeyError):
            raise ModelParseError.invalid(
                "ScorecardResponse", "answer", _answer, "a value of the documented shape"
            ) from None
        scorecard_response.answer = answer

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            scorecard_response.additional_properties = {}
        else:
            scorecard_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return scorecard_response

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
from ..models.scorecard_option import ScorecardOption  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _ScorecardQuestionTypeOpen: TypeAlias = ScorecardQuestionType | str
else:
    _ScorecardQuestionTypeOpen = _open_enum(ScorecardQuestionType)
