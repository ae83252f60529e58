"""Typed errors: one hierarchy for everything that can go wrong talking to Kombo.

Callers branch on the class (or on ``code`` for API errors, which is what Kombo recommends) instead
of on HTTP statuses or httpx exceptions. Building an error from a response never fails: load
balancers answer with HTML, plain text, empty bodies or JSON of another shape, and a decode error
or ``KeyError`` raised while reporting an error would hide the real problem.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _json
from ._redact import redact_bytes, request_of, request_secrets

__all__ = [
    "AttachmentTooLargeError",
    "AuthenticationError",
    "InvalidInputError",
    "KomboAPIError",
    "KomboConnectionError",
    "KomboError",
    "KomboTimeoutError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "error_from_response",
]

_EXCERPT_CHARS = 200


class KomboError(Exception):
    """Base class of every error this SDK raises on purpose (catch this to catch them all)."""


class KomboConnectionError(KomboError):
    """The request did not get an HTTP response: DNS, refused connection, reset, TLS, protocol error."""


class KomboTimeoutError(KomboConnectionError):
    """No response within the configured timeout (a connection problem too, so it subclasses one)."""


class AttachmentTooLargeError(KomboError, ValueError):
    """A file to upload is larger than ``max_attachment_bytes``; found before anything was read whole or sent.

    A ``ValueError`` too: like every other bad argument, it is the caller's input that must change.
    """


class BodyError(ValueError):
    """A value that does not fit the request schema; the message starts with the field's path."""


def type_error(path: str, expected: str, value: object) -> TypeError:
    """``<path>: expected <what>, got <type>``: the TypeError of every argument check."""
    return TypeError(f"{path}: expected {expected}, got {type(value).__name__}")


class PaginationError(KomboError):
    """The API's cursors broke the walk (a cursor came back that was already walked); stopping beats looping forever."""


class KomboAPIError(KomboError):
    """Kombo (or a proxy in front of it) answered with an error status.

    ``code`` is the machine-readable code from the error envelope (e.g. ``PLATFORM.INPUT_INVALID``),
    or ``None`` when the body was not Kombo's envelope; ``body_excerpt`` then holds the first
    characters of what came back. ``response`` is the raw ``httpx.Response`` for anything else.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        title: str | None = None,
        log_url: str | None = None,
        body_excerpt: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.title = title
        self.message = message
        self.log_url = log_url
        self.body_excerpt = body_excerpt
        self.response = response
        super().__init__(self._describe())

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable (e.g. across process pools); the live ``response`` is not carried over."""
        state = {
            "status_code": self.status_code,
            "code": self.code,
            "title": self.title,
            "log_url": self.log_url,
            "body_excerpt": self.body_excerpt,
        }
        return (_rebuild_api_error, (type(self), self.message, state, getattr(self, "retry_after", None)))

    def _describe(self) -> str:
        parts = [f"HTTP {self.status_code}"]
        if self.code:
            parts.append(self.code)
        text = " ".join(parts) + f": {self.message}"
        if self.log_url:
            text += f" (log: {self.log_url})"
        return text


def _rebuild_api_error(
    cls: type[KomboAPIError], message: str, state: dict[str, Any], retry_after: float | None
) -> KomboAPIError:
    error = cls(message, **state)
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error


class InvalidInputError(KomboAPIError):
    """400: the request was rejected as invalid (``PLATFORM.INPUT_INVALID``, ``REMOTE.INPUT_INVALID``...)."""


class AuthenticationError(KomboAPIError):
    """401: the API key (or the integration's credentials in the remote ATS) was not accepted."""


class PermissionDeniedError(KomboAPIError):
    """403: the key or integration may not do this (scope, IP allow-list, disabled model or action)."""


class NotFoundError(KomboAPIError):
    """404: unknown integration, job or id (an unknown id in ``ids`` is a 404 too)."""


class RateLimitError(KomboAPIError):
    """429: rate or concurrency limit; ``retry_after`` is the server's hint in seconds, if it sent one."""

    retry_after: float | None = None


class ServerError(KomboAPIError):
    """5xx: Kombo, the remote ATS or a load balancer failed; often transient."""


class ResponseTooLargeError(KomboAPIError):
    """The answer was larger than ``max_response_bytes``; reading stopped there, so memory stayed bounded."""

    @classmethod
    def for_response(cls, response: httpx.Response, limit: int) -> ResponseTooLargeError:
        return cls(
            f"{response.request.method} {response.request.url.path}: response body larger than "
            f"{limit:,} bytes (max_response_bytes); reading stopped",
            status_code=response.status_code,
        )


_BY_STATUS: dict[int, type[KomboAPIError]] = {
    400: InvalidInputError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[KomboAPIError]:
    """The most specific error class for a status; unknown 4xx stay plain ``KomboAPIError``."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, KomboAPIError)


def body_excerpt(content: bytes) -> str:
    """A short, single-line, always-decodable preview of a body, for messages and debugging."""
    text = " ".join(content[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace").split())
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 3] + "..."


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_response(response: httpx.Response, *, retry_after: float | None = None) -> KomboAPIError:
    """Build the typed error for a non-2xx response, whatever its body looks like."""
    status = response.status_code
    cls = error_class_for(status)
    try:
        content = response.content
    except httpx.StreamError:  # a streamed response nobody read (or already closed): no body to show
        content = b""
    content = redact_bytes(content, request_secrets(request_of(response)))
    excerpt = body_excerpt(content)
    detail: Any = None
    try:
        payload = _json.loads(content) if content else None
    except ValueError:  # not JSON (HTML page, plain text, truncated body, absurd nesting)
        payload = None
    if isinstance(payload, dict):
        detail = payload.get("error")
    if isinstance(detail, dict) and isinstance(detail.get("message"), str):
        message: str = detail["message"]
        code = _str_or_none(detail.get("code"))
        title = _str_or_none(detail.get("title"))
        log_url = _str_or_none(detail.get("log_url"))
    else:
        reason = response.reason_phrase or "error"
        message = f"{reason} (unexpected body: {excerpt!r})" if excerpt else f"{reason} (empty body)"
        code = title = log_url = None
    error = cls(
        message,
        status_code=status,
        code=code,
        title=title,
        log_url=log_url,
        body_excerpt=excerpt,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error
