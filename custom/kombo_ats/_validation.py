"""Checks shared by every public call, so mistakes fail before a request with the field's name.

Values that end up in a URL path or a header get the strictest checks: httpx normalises ``.`` and
``..`` path segments (``/ats/jobs/../applications`` would reach a different endpoint) and encodes
header values as ASCII (anything else would surface as a ``UnicodeEncodeError`` from inside httpx).
"""

from __future__ import annotations

import math

from kombo_ats_client import AuthenticatedClient, Client

__all__ = [
    "check_client",
    "check_header_value",
    "check_integration_id",
    "check_max_retries",
    "check_path_param",
    "check_positive_int",
    "check_timeout",
    "check_url_path",
]

REMOTE_PREFIX = "remote:"


def check_client(client: object) -> None:
    """The first argument must be the client from ``make_client`` (a common slip: passing the key)."""
    if not isinstance(client, AuthenticatedClient | Client):
        raise TypeError(f"client: expected the client from make_client(), got {type(client).__name__}")


def _control_characters(value: str) -> bool:
    return any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value)


def check_header_value(field: str, value: object, *, secret: bool = False) -> str:
    """A value sent as an HTTP header: a non-empty, single-line ASCII string.

    ``secret`` keeps the value itself out of the message (the API key).
    """
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{field}: must not be empty")
    shown = "the value" if secret else repr(value)
    if _control_characters(value) or value != value.strip():
        raise ValueError(f"{field}: {shown} has surrounding whitespace or control characters")
    if not value.isascii():
        raise ValueError(
            f"{field}: {shown} contains non-ASCII characters, which cannot be sent in an HTTP header; "
            "check that it was copied correctly"
        )
    return value


def check_integration_id(integration_id: object) -> str:
    """Integration ids go into a header (or a path): non-empty, single-line ASCII."""
    return check_header_value("integration_id", integration_id)


def check_path_param(field: str, value: object) -> str:
    """A value placed in a URL path segment (ids, ``remote:<id>``, tokens).

    Rejects what can never be an id and would change the request: empty, ``.`` / ``..`` (normalised
    away by httpx into another endpoint), control characters and surrounding whitespace.
    """
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.strip() or value != value.strip():
        raise ValueError(f"{field}: {value!r} is empty or has surrounding whitespace")
    if value in (".", ".."):
        raise ValueError(f"{field}: {value!r} is not an id (a dot segment would address another endpoint)")
    if _control_characters(value):
        raise ValueError(f"{field}: {value!r} contains control characters")
    if value.startswith(REMOTE_PREFIX) and not value[len(REMOTE_PREFIX) :].strip():
        raise ValueError(f"{field}: 'remote:' must be followed by the record's id in the remote system")
    return value


def check_url_path(path: str) -> None:
    """Last line of defence for requests built elsewhere (generated functions called directly).

    A path whose segments are empty or dots was built from an unusable path parameter.
    """
    segments = path.split("?", 1)[0].split("/")[1:]
    if any(segment in ("", ".", "..") for segment in segments):
        raise ValueError(
            f"request path {path!r} has an empty or dot segment: a path parameter (an id) is empty, '.' or '..'"
        )


def check_timeout(timeout: object) -> float:
    """A timeout in seconds: a positive, finite number."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0 or math.isinf(timeout):
        raise ValueError(f"timeout: must be a positive number of seconds, got {timeout!r}")
    return float(timeout)


def check_max_retries(max_retries: object) -> int:
    """How many times to retry: an int >= 0."""
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries: must be an int >= 0, got {max_retries!r}")
    return max_retries


def check_positive_int(field: str, value: object) -> int:
    """A size limit in bytes and the like: an int >= 1."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{field}: must be a positive int, got {value!r}")
    return value
