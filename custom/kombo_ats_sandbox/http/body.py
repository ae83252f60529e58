"""Reading a request's JSON body at the door: content type, size, then strict JSON (:mod:`..data.safe_json`).

Every body the sandbox reads (the API's writes, the admin API's PATCH and PUT) comes through
:func:`read_json`, so a body that could break a later answer never reaches a handler.
"""

from __future__ import annotations

from typing import Any

from kombo_ats._content_length import declared_over
from starlette.requests import Request

from ..data import safe_json
from ..data.config import MAX_BODY_BYTES
from ..data.errors import SandboxError

__all__ = ["read_json"]


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


def _too_large() -> SandboxError:
    return SandboxError(413, "PLATFORM.INPUT_INVALID", f"body: Larger than {MAX_BODY_BYTES} bytes")


async def _read(request: Request) -> bytes:
    """The body, refused with 413 as soon as it is known to be larger than the limit."""
    if declared_over(request.headers.get("content-length", ""), MAX_BODY_BYTES):
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


async def read_json(request: Request) -> Any:
    """The parsed JSON body (``None`` when there is none), or the API's 4xx naming what is wrong."""
    raw = await _read(request)
    if not raw.strip():
        return None
    content_type = request.headers.get("content-type", "")
    if not _is_json(content_type):
        shown = content_type[:100] or "none"
        raise SandboxError(
            415, "PLATFORM.INPUT_INVALID", f"Content-Type: Expected application/json for a JSON body, received {shown}"
        )
    return safe_json.loads(raw, what="body")
