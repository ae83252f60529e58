"""Decode response bodies: one place that picks the decoder and turns every way decoding fails into ``ValueError``.

``orjson`` decodes Kombo pages about twice as fast as ``json.loads`` (its C parser builds the same dicts and
lists); the standard library is the fallback when it is not installed. Both reject what is not JSON, but they fail
differently on hostile input: ``json.loads`` of a deeply nested body (``[[[[...``) raises ``RecursionError``, which
is not a ``ValueError`` and would escape ``except ValueError`` handlers such as ``error_from_response``'s "never
fails" promise; orjson stops at 1,024 levels with its own ``JSONDecodeError``. Callers only ever see ``ValueError``.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; kept for vendored or minimal installs
    _orjson = None  # type: ignore[assignment]

__all__ = ["DECODER", "loads"]

DECODER = "orjson" if _orjson is not None else "json"


def loads(data: bytes | str) -> Any:
    """The decoded JSON value of ``data``; ``ValueError`` if it is not JSON or nests too deeply."""
    try:
        if _orjson is not None:
            return _orjson.loads(data)
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nests too deeply") from None
    except (ValueError, TypeError) as exc:  # orjson.JSONDecodeError and json.JSONDecodeError are ValueErrors
        raise ValueError(f"invalid JSON: {exc}") from None
