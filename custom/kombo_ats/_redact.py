"""Keep the API key out of anything built from server-provided text.

A 401 message, a proxy's HTML page or a debugging echo server can quote the request's
``Authorization`` header back. Errors, their excerpts and log lines are built from such text, so the
credential the request carried is cut out of the bytes before anything is made of them, in the forms
a server is likely to echo it in: as sent, JSON-escaped and URL-encoded.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx

__all__ = ["REDACTED", "redact_bytes", "redact_text", "request_of", "request_secrets"]

REDACTED = "[REDACTED]"
_MIN_SECRET_CHARS = 4
"""Shorter "secrets" would cut ordinary words out of messages; real keys are far longer."""
_SECRET_HEADERS = ("authorization", "proxy-authorization", "x-api-key")


def request_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credentials ``request`` carried, in every form a server might echo them, longest first."""
    if request is None:
        return ()
    values: set[str] = set()
    for name in _SECRET_HEADERS:
        header = request.headers.get(name)
        if not header:
            continue
        values.add(header)
        _scheme, _, token = header.partition(" ")
        if token.strip():
            values.add(token.strip())
    forms: set[str] = set()
    for value in values:
        if len(value) < _MIN_SECRET_CHARS:
            continue
        quoted = quote(value, safe="")
        forms.update({value, json.dumps(value)[1:-1], quoted, quote(value)})
    return tuple(sorted(forms, key=len, reverse=True))


def request_of(source: httpx.Response | httpx.HTTPError) -> httpx.Request | None:
    """The request behind a response or an httpx error (``None`` when httpx never attached one)."""
    try:
        return source.request
    except RuntimeError:  # httpx raises this when no request is attached
        return None


def redact_text(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_bytes(content: bytes, secrets: tuple[str, ...]) -> bytes:
    for secret in secrets:
        encoded = secret.encode("utf-8")
        if encoded in content:
            content = content.replace(encoded, REDACTED.encode("ascii"))
    return content
