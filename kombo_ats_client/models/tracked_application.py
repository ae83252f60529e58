from __future__ import annotations

import datetime
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
        "tracked_at",
        "imported_id",
    }
)

T = TypeVar("T", bound="TrackedApplication")


class _TrackedApplicationSource:
    """The payload from_dict read, kept for the nested fields it leaves to their first access (see _LAZY)
    until the last of them has been parsed."""

    __slots__ = ("_kombo_pending", "_kombo_source")
    _kombo_source: Mapping[str, Any]
    _kombo_pending: int


@_attrs_define
class TrackedApplication(_TrackedApplicationSource):
    """An application Kombo now tracks."""

    id: str
    """ Kombo id of the application. """
    tracked_at: datetime.datetime | Unset | None = UNSET
    imported_id: ImportedApplicationIds | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tracked_at: str | Unset | None
        if isinstance(self.tracked_at, Unset):
            tracked_at = UNSET
        elif isinstance(self.tracked_at, datetime.datetime):
            tracked_at = self.tracked_at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        else:
            tracked_at = self.tracked_at

        _imported_id_value = self.imported_id
        imported_id: dict[str, Any] | Unset | None
        if isinstance(_imported_id_value, Unset):
            imported_id = UNSET
        elif isinstance(_imported_id_value, ImportedApplicationIds):
            imported_id = _imported_id_value.to_dict()
        else:
            imported_id = _imported_id_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if tracked_at is not UNSET:
            field_dict["tracked_at"] = tracked_at
        if imported_id is not UNSET:
            field_dict["imported_id"] = imported_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        tracked_application = _new_instance(cls)
        try:
            _get = src_dict.get
        except AttributeError:
            raise ModelParseError.not_an_object("TrackedApplication", src_dict) from None
        try:
            tracked_application.id = src_dict["id"]
        except KeyError as exc:
            raise MissingFieldError("TrackedApplication", str(exc.args[0])) from None
        except TypeError:
            raise ModelParseError.not_an_object("TrackedApplication", src_dict) from None
        _tracked_at = _get("tracked_at", UNSET)
        if isinstance(_tracked_at, str):
            try:
                tracked_application.tracked_at = datetime.datetime.fromisoformat(_tracked_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                tracked_application.tracked_at = cast(Any, _tracked_at)
        else:
            tracked_application.tracked_at = _tracked_at

        _imported_id_slot_set(tracked_application, _LAZY)
        if _KNOWN_FIELDS.issuperset(src_dict):
            tracked_application.additional_properties = {}
        else:
            tracked_application.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        tracked_application._kombo_source = src_dict
        tracked_application._kombo_pending = 1
        return tracked_application

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
_imported_id_slot_get = TrackedApplication.__dict__["imported_id"].__get__
_imported_id_slot_set = TrackedApplication.__dict__["imported_id"].__set__
_imported_id_slot_delete = TrackedApplication.__dict__["imported_id"].__delete__


def _get_imported_id(self: TrackedApplication) -> Any:
    value = _imported_id_slot_get(self)
    if value is not _LAZY:
        return value
    _imported_id = self._kombo_source.get("imported_id", UNSET)
    if isinstance(_imported_id, dict):
        try:
            self.imported_id = ImportedApplicationIds.from_dict(_imported_id)
        except (TypeError, ValueError, AttributeError, KeyError):
            self.imported_id = cast(Any, _imported_id)
    else:
        self.imported_id = _imported_id

    self._kombo_pending -= 1
    if not self._kombo_pending:  # every lazy field is parsed: the payload is no longer needed
        del self._kombo_source
    return _imported_id_slot_get(self)


# setattr in a loop: the class body declares these fields as plain attributes, for attrs and type checkers.
for _name, _getter, _setter, _deleter in (
    ("imported_id", _get_imported_id, _imported_id_slot_set, _imported_id_slot_delete),
):
    setattr(TrackedApplication, _name, property(_getter, _setter, _deleter))


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.imported_application_ids import ImportedApplicationIds  # noqa: E402
