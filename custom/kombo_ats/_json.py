"""JSON decoding for response bodies: one place, so every body fails the same typed way.

Invalid JSON and bodies nested too deeply to decode both raise ``ValueError``: a hostile or broken
server must never surface as a ``RecursionError`` from deep inside the SDK.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]


def loads(data: bytes | str) -> Any:
    """Decode a JSON document; ``ValueError`` for anything that is not one (including absurd nesting)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None
