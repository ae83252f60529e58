"""Opaque pagination cursors.

A cursor is base64url JSON naming the integration, the kind of record, the position to resume
scanning at and the filters of the query. Positions refer to the stable listing order (records are
only ever appended), so records created while a client pages still show up at the end and nothing is
returned twice.

A cursor comes back from the client, so it is read like any other input: bounded in length, strict JSON
(:mod:`..data.safe_json`: no ``NaN``, ``1e400``, lone surrogates or deep nesting), and of exactly the
shape the sandbox writes (an integer position, a flat map of filter texts); anything else is the API's
400 ``cursor: Invalid cursor``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from ..data import safe_json
from ..data.config import MAX_CURSOR_CHARS
from ..data.errors import SandboxError

__all__ = ["Cursor", "decode_cursor", "encode_cursor"]


@dataclass(frozen=True, slots=True)
class Cursor:
    integration_id: str
    kind: str
    position: int
    filters: dict[str, str]


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps(
        {"v": 1, "i": cursor.integration_id, "k": cursor.kind, "p": cursor.position, "f": cursor.filters},
        separators=(",", ":"),
        sort_keys=True,
    ).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_MAX_POSITION = 2**53
_MAX_FILTERS = 64


def _invalid() -> SandboxError:
    return SandboxError.input_invalid("cursor: Invalid cursor")


def _parse(value: str) -> Cursor:
    if not value or len(value) > MAX_CURSOR_CHARS:
        raise _invalid()
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (ValueError, binascii.Error):
        raise _invalid() from None
    try:
        data: Any = safe_json.loads(raw, what="cursor", max_depth=2)
    except SandboxError:
        raise _invalid() from None
    if not isinstance(data, dict) or data.get("v") != 1:
        raise _invalid()
    position, filters, iid, kind = data.get("p"), data.get("f"), data.get("i"), data.get("k")
    if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position <= _MAX_POSITION:
        raise _invalid()
    if not isinstance(iid, str) or not isinstance(kind, str) or not isinstance(filters, dict):
        raise _invalid()
    if len(filters) > _MAX_FILTERS or not all(isinstance(v, str) for v in filters.values()):
        raise _invalid()
    return Cursor(iid, kind, position, dict(filters))


def decode_cursor(value: str, *, integration_id: str, kind: str) -> Cursor:
    """Parse a cursor from a request; a cursor of another integration or endpoint is invalid input."""
    cursor = _parse(value)
    if cursor.integration_id != integration_id or cursor.kind != kind:
        raise SandboxError.input_invalid("cursor: The cursor belongs to another integration or endpoint")
    return cursor
