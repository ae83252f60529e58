"""JSON in and out: one place that picks the codec and turns every way decoding fails into ``ValueError``.

``msgspec`` (a C library, a runtime dependency) decodes Kombo pages about twice as fast as ``json.loads`` into the
same dicts and lists, and encodes several times as fast as ``json.dumps``. The standard library is the fallback
when it is missing. Both reject what is not JSON, but they fail differently on hostile input: a deeply nested
body (``[[[[...``) raises ``RecursionError``, which is not a ``ValueError`` and would escape ``except ValueError``
handlers such as ``error_from_response``'s "never fails" promise. Callers only ever see ``ValueError``.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - msgspec is a dependency; kept for vendored or minimal installs
    _msgspec = None  # type: ignore[assignment]

__all__ = ["DECODER", "dumps", "dumps_lines", "loads"]

DECODER = "msgspec" if _msgspec is not None else "json"
_ENCODER = _msgspec.json.Encoder() if _msgspec is not None else None
_DECODER = _msgspec.json.Decoder() if _msgspec is not None else None


def loads(data: bytes | str) -> Any:
    """The decoded JSON value of ``data``; ``ValueError`` if it is not JSON or nests too deeply."""
    try:
        if _DECODER is not None:
            return _DECODER.decode(data)
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nests too deeply") from None
    except (ValueError, TypeError) as exc:  # msgspec.DecodeError and json.JSONDecodeError are ValueErrors
        raise ValueError(f"invalid JSON: {exc}") from None


def dumps(value: Any) -> bytes:
    """``value`` (JSON types only: dicts with str keys, lists, str, int, float, bool, None) as compact UTF-8 JSON.

    Keys keep their order. Raises ``ValueError`` (never a bare ``TypeError`` or ``UnicodeEncodeError``) for a value
    that has no JSON form: a non-JSON type, a lone surrogate in a string, an integer too large for the encoder.
    """
    try:
        if _ENCODER is not None:
            return _ENCODER.encode(value)
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    except (TypeError, UnicodeEncodeError, OverflowError) as exc:
        raise ValueError(f"not JSON-serialisable: {type(exc).__name__}: {str(exc)[:120]}") from None


def dumps_lines(values: list[Any]) -> bytes:
    """Newline-delimited JSON of ``values``: each as ``dumps`` writes it, each line ending in ``\\n`` (one C call)."""
    try:
        if _ENCODER is not None:
            return _ENCODER.encode_lines(values)
        return b"".join(json.dumps(v, separators=(",", ":"), ensure_ascii=False).encode() + b"\n" for v in values)
    except (TypeError, UnicodeEncodeError, OverflowError) as exc:
        raise ValueError(f"not JSON-serialisable: {type(exc).__name__}: {str(exc)[:120]}") from None
