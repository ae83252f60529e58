from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..types import UNSET, Unset

_new_instance = object.__new__

# The JSON keys this model knows; from_dict puts any others into additional_properties.
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "key",
        "model",
        "label",
        "description",
        "integration_field",
    }
)

T = TypeVar("T", bound="CustomFieldMapping")


class _CustomFieldMappingSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class CustomFieldMapping(_CustomFieldMappingSource):
    """A custom field you defined in Kombo and the integration field it is mapped to (its values then appear in the
    records' `custom_fields`).

    """

    id: str
    key: str | Unset = UNSET
    """ The key the values appear under in `custom_fields`. """
    model: str | Unset = UNSET
    """ The model the custom field belongs to. """
    label: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    integration_field: IntegrationFieldDefinition | Unset | None = UNSET
    """ The mapped integration field; null when unmapped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        model = self.model

        label: str | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        _integration_field_value = self.integration_field
        integration_field: dict[str, Any] | Unset | None
        if isinstance(_integration_field_value, Unset):
            integration_field = UNSET
        elif isinstance(_integration_field_value, IntegrationFieldDefinition):
            integration_field = _integration_field_value.to_dict()
        else:
            integration_field = _integration_field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if model is not UNSET:
            field_dict["model"] = model
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if integration_field is not UNSET:
            field_dict["integration_field"] = integration_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        custom_field_mapping = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("CustomFieldMapping", src_dict) from None
        try:
            custom_field_mapping.id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("CustomFieldMapping", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("CustomFieldMapping", src_dict) from None
        custom_field_mapping.key = _get("key", UNSET)
        custom_field_mapping.model = _get("model", UNSET)
        custom_field_mapping.label = _get("label", UNSET)
        custom_field_mapping.description = _get("description", UNSET)
        _integration_field_slot_set(custom_field_mapping, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            custom_field_mapping.additional_properties = {}
        else:
            custom_field_mapping.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        custom_field_mapping._kombo_source = src_dict
        custom_field_mapping._kombo_pending = 1
        return custom_field_mapping

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
_integration_field_slot_get = CustomFieldMapping.__dict__["integration_field"].__get__
_integration_field_slot_set = CustomFieldMapping.__dict__["integration_field"].__set__
_integration_field_slot_delete = CustomFieldMapping.__dict__["integration_field"].__delete__


def _get_integration_field(self: CustomFieldMapping) -> Any:
    value = _integration_field_slot_get(self)
    if value is not _LAZY:
        return value
    _integration_field = self._kombo_source.get("integration_field", UNSET)
    if isinstance(_integration_field, dict):
        try:
            self.integration_field = IntegrationFieldDefinition.from_dict(_integration_field)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.integration_field = cast(Any, _integration_field)
    else:
        self.integration_field = _integration_field

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _integration_field_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("integration_field", _get_integration_field, _integration_field_slot_set, _integration_field_slot_delete),
):
    setattr(CustomFieldMapping, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.integration_field_definition import IntegrationFieldDefinition  # noqa: E402
