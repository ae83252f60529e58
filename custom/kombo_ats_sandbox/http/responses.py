"""How the sandbox answers: the JSON body of a success, the Kombo error envelope of a :class:`SandboxError`."""

from __future__ import annotations

from starlette.responses import Response

from ..data.errors import SandboxError

__all__ = ["error_response", "json_response"]


def error_response(exc: SandboxError) -> Response:
    """The error envelope with the error's status and headers (``Retry-After`` of a 429)."""
    return Response(exc.body(), status_code=exc.status_code, media_type="application/json", headers=exc.headers)


def json_response(raw: bytes, status_code: int = 200) -> Response:
    """Already-encoded JSON (list pages are assembled from cached record bytes)."""
    return Response(raw, status_code=status_code, media_type="application/json")
