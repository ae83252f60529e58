"""Opaque pagination cursors.

A cursor is base64url JSON naming the integration, the kind of record, the position to resume
scanning at and the filters of the query. Positions refer to the stable listing order (records are
only ever appended), so records created while a client pages still show up at the end and nothing is
returned twice.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from .errors import SandboxError

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


def decode_cursor(value: str, *, integration_id: str, kind: str) -> Cursor:
    """Parse a cursor from a request; a cursor of another integration or endpoint is invalid input."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        data = json.loads(raw)
        cursor = Cursor(str(data["i"]), str(data["k"]), int(data["p"]), {str(k): str(v) for k, v in data["f"].items()})
        if data.get("v") != 1 or cursor.position < 0:
            raise ValueError("bad cursor")
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error, UnicodeDecodeError):
        raise SandboxError.input_invalid("cursor: Invalid cursor") from None
    if cursor.integration_id != integration_id or cursor.kind != kind:
        raise SandboxError.input_invalid("cursor: The cursor belongs to another integration or endpoint")
    return cursor
