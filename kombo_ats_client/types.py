"""Contains some shared types for properties"""

import datetime as _datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: "this optional field was absent from the payload" (distinct from ``null``).

    ``to_dict`` leaves out a field whose value *is* ``UNSET``, so the marker must stay one object: pickling,
    ``copy.copy`` and ``copy.deepcopy`` give back the module's ``UNSET`` itself instead of a new instance
    (which would be written into ``to_dict`` output and break ``json.dumps``).
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # A string means "the module-level global of that name": unpickling looks up types.UNSET.
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self


UNSET: Unset = Unset()

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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "format_datetime"]
