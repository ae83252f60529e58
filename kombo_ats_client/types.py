"""Contains some shared types for properties"""

import datetime as _datetime
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Annotated, Any, BinaryIO, Generic, TypeAlias, TypeVar

import msgspec as _msgspec
from attrs import define

# "This optional field was absent from the payload" (distinct from ``null``) is msgspec's own marker, so that
# msgspec can decode JSON straight into the models (it leaves a field it did not see at this default). It is falsy,
# its repr is ``UNSET``, and pickling, ``copy.copy`` and ``copy.deepcopy`` give back the one ``UNSET`` itself
# (``to_dict`` leaves out a field whose value *is* ``UNSET``, so the marker must stay one object).
Unset = _msgspec.UnsetType
UNSET: Unset = _msgspec.UNSET

# A date-time field's type as msgspec reads it: a string that is not timezone-aware is an error, as in from_dict
# (a naive changed_at would break checkpoint comparisons later). Type checkers see a plain datetime.
AwareDatetime: TypeAlias = Annotated[_datetime.datetime, _msgspec.Meta(tz=True)]


class _DecodedWith(type):
    """The metaclass of the markers: msgspec checks a ``dec_hook`` result with ``isinstance(result, marker)``, and
    what ``convert`` returns (an enum member, a string, a model) is by construction what the field holds."""

    def __instancecheck__(cls, instance: Any) -> bool:
        return True


def decoded_with(name: str, convert: Callable[[Any], Any]) -> type:
    """A marker type for msgspec: a field annotated with it is decoded as plain JSON and handed to ``convert``.

    Model modules annotate two kinds of field with such a marker at run time (type checkers see the real type, see
    ``TYPE_CHECKING`` there): an open enum (``Enum | str``, which msgspec cannot express: a known value becomes the
    member, an unknown one stays the string) and a model that is only a map (no declared properties, every key is
    an additional property, which msgspec would drop). ``kombo_ats``'s page decoder calls ``convert`` through its
    ``dec_hook``; an exception there makes the page take the ``from_dict`` path, which names the field.
    """
    return _DecodedWith(name, (), {"__slots__": (), "convert": staticmethod(convert)})


def open_enum(enum: Any) -> type:
    """The msgspec marker of an open enum's field: a known value is the member, anything else stays as it came."""
    by_value = {member.value: member for member in enum}

    def convert(value: Any) -> Any:
        return by_value.get(value, value) if isinstance(value, str) else value

    return decoded_with(f"Open{enum.__name__}", convert)


# Zero-padded digits for format_datetime, built once: indexing a tuple is ~6x cheaper than isoformat().
_TWO_DIGITS = tuple(f"{i:02d}" for i in range(100))
_THREE_DIGITS = tuple(f"{i:03d}" for i in range(1000))
_UTC = _datetime.UTC


def format_datetime(value: _datetime.datetime) -> str:
    """The wire form of a date-time: ``YYYY-MM-DDTHH:mm:ss.sssZ`` for UTC, how Kombo writes timestamps.

    Equal to ``value.isoformat(timespec="milliseconds").replace("+00:00", "Z")`` for every datetime (other
    offsets keep their ``+hh:mm``, naive values have none), but UTC values, which is what the API sends, are
    formatted by indexing digit tables: ``isoformat`` goes through ``PyUnicode_FromFormat`` and costs ~6x as
    much, which made it most of what ``to_dict()`` of a record cost.
    """
    if value.tzinfo is _UTC:
        year = value.year
        if year >= 1000:  # four digits without padding
            return (
                f"{year}-{_TWO_DIGITS[value.month]}-{_TWO_DIGITS[value.day]}T{_TWO_DIGITS[value.hour]}:"
                f"{_TWO_DIGITS[value.minute]}:{_TWO_DIGITS[value.second]}.{_THREE_DIGITS[value.microsecond // 1000]}Z"
            )
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "AwareDatetime",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decoded_with",
    "format_datetime",
    "open_enum",
]
