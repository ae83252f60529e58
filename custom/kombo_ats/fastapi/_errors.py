"""The SDK's errors as HTTP answers of *your* API: one call installs the handlers.

Kombo answers your backend, not your caller, so statuses are translated, not forwarded: a record or
integration Kombo does not know is your caller's 404, a rate limit their 429 with ``Retry-After``, a
failing or unreachable Kombo your 502 (504 on a timeout). Kombo rejecting *your* API key (its 401) is
your misconfiguration, so your caller gets a 502 too, never a 401 that would tell them to log in again.

The answer is ``{"error": {"code": <Kombo's code or null>, "message": <a fixed sentence>}}``: Kombo's own
message can quote the input it refused (names, e-mail addresses) and is logged by no one here; the key
never appears in an error of the SDK in the first place. The log line names the route's template
(``/candidates/{email}``, never the values), the status and the error class and code.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kombo_ats.errors import (
    AuthenticationError,
    InvalidInputError,
    KomboAPIError,
    KomboError,
    KomboTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = ["DEFAULT_RETRY_AFTER_S", "error_body", "install_error_handlers", "kombo_error_response", "status_for"]

logger = logging.getLogger("kombo_ats.fastapi")

DEFAULT_RETRY_AFTER_S = 1
"""``Retry-After`` sent with a 429 when Kombo's own answer had none."""

_MESSAGES: dict[int, str] = {
    400: "The ATS rejected the input of this request.",
    401: "The ATS provider refused the credentials of this service.",
    403: "The ATS integration is not permitted to do this.",
    404: "Not found in the ATS.",
    409: "The ATS reports a conflict with existing data.",
    429: "Too many requests to the ATS; retry after the time in Retry-After.",
    502: "The ATS provider failed or could not be reached.",
    504: "The ATS provider did not answer in time.",
}


def status_for(exc: KomboError) -> int:
    """The status your API answers with for an SDK error."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, RateLimitError):
        return 429
    if isinstance(exc, InvalidInputError):
        return 400
    if isinstance(exc, PermissionDeniedError):
        return 403
    if isinstance(exc, AuthenticationError):
        return 502  # your Kombo key was rejected: your fault, not your caller's
    if isinstance(exc, KomboTimeoutError):
        return 504
    if isinstance(exc, KomboAPIError) and exc.status_code in (409, 422):
        return 409 if exc.status_code == 409 else 400
    return 502  # Kombo's 5xx, unexpected 4xx, connection failures, broken cursor chains, oversized answers


def error_body(status: int, code: str | None) -> dict[str, dict[str, str | None]]:
    """The JSON body of an error answer: Kombo's code (machine-readable) and a fixed sentence."""
    return {"error": {"code": code, "message": _MESSAGES.get(status, _MESSAGES[502])}}


def kombo_error_response(exc: KomboError, *, status: int | None = None) -> JSONResponse:
    """The answer for one SDK error (what the installed handler sends); ``status`` overrides :func:`status_for`."""
    status = status_for(exc) if status is None else status
    code = exc.code if isinstance(exc, KomboAPIError) else None
    headers: dict[str, str] = {}
    if isinstance(exc, RateLimitError):
        wait = exc.retry_after
        headers["Retry-After"] = str(max(1, math.ceil(wait)) if wait is not None else DEFAULT_RETRY_AFTER_S)
    return JSONResponse(error_body(status, code), status_code=status, headers=headers)


def _route(request: Request) -> str:
    """The route's template (``/candidates/{email}``), not the URL: path parameters can be personal data."""
    route = request.scope.get("route")
    template = getattr(route, "path", None)
    return template if isinstance(template, str) else "(no route)"


def install_error_handlers(app: FastAPI, *, overrides: Mapping[type[KomboError], int] | None = None) -> None:
    """Answer every ``KomboError`` a route raises as described in this module (404/403/400/429/502/504).

    ``overrides`` changes the status for some error classes (and their subclasses), e.g.
    ``{AuthenticationError: 401}`` for an internal service whose callers own the Kombo key.
    """
    chosen = dict(overrides or {})

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        if not isinstance(exc, KomboError):  # pragma: no cover - registered for KomboError only
            raise exc
        status = next((s for cls, s in chosen.items() if isinstance(exc, cls)), None)
        response = kombo_error_response(exc, status=status)
        log = logger.warning if response.status_code < 500 else logger.error
        code = exc.code if isinstance(exc, KomboAPIError) else None
        log(
            "%s %s -> %d: %s%s",
            request.method,
            _route(request),
            response.status_code,
            type(exc).__name__,
            f" {code}" if code else "",
        )
        return response

    app.add_exception_handler(KomboError, handle)
