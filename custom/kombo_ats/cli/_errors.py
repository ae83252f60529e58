"""Turning any failure into one line and an exit code: 0 ok, 1 failure, 2 usage. Never a traceback,
never a secret: the API key and a destination's password are masked in whatever is printed."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "Secrets", "advice", "describe", "with_advice"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class Secrets:
    """Values that must never be printed: the API key (``$KOMBO_API_KEY``) and passwords in URLs."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        key = os.environ.get("KOMBO_API_KEY", "").strip()
        if key:
            self._values.add(key)

    def add_value(self, value: str) -> None:
        if value:
            self._values.add(value)

    def add_url(self, url: str | None) -> None:
        if url:
            password = urlsplit(url).password
            if password:
                self._values.add(password)

    def mask(self, text: str) -> str:
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, "***")
        # Any other password in a URL too (the placeholder of a usage message is not one).
        return re.sub(r"(://[^:/@\s]+:)(?!PASSWORD@)[^@\s]+@", r"\1***@", text)


_UNREACHABLE = "is the server up and reachable? check --base-url, $KOMBO_BASE_URL or --region"
_ADVICE = {
    "AuthenticationError": "check KOMBO_API_KEY (a key works only on its own region's server: --region, --base-url)",
    "PermissionDeniedError": "the API key may not do this; check its permissions in Kombo's dashboard",
    "KomboConnectionError": _UNREACHABLE,
    "KomboTimeoutError": _UNREACHABLE,
}


def advice(line: str) -> str:
    """What to do about a failure described as ``TypeName: message`` (empty when there is nothing to add)."""
    kind = line.split(":", 1)[0]
    if kind == "NotFoundError" and "INTEGRATION_NOT_FOUND" in line:
        return "check --integration (the integration ids are listed in Kombo's dashboard)"
    return _ADVICE.get(kind, "")


def with_advice(error: str, line: str | None = None) -> str:
    """``line`` (default: ``error``), followed by what to do about ``error`` when that is known."""
    hint = advice(error)
    shown = error if line is None else line
    return f"{shown} -> {hint}" if hint else shown


def describe(exc: BaseException) -> str:
    """One line: the SDK's own error when there is one (it names the URL it tried and what went wrong), else
    the first line of the deepest cause that says something (dlt wraps errors several times)."""
    from ..errors import KomboError

    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = getattr(current, "exception", None) or current.__cause__
    ours = [candidate for candidate in seen if isinstance(candidate, KomboError) and str(candidate).strip()]
    for candidate in ours[:1] or reversed(seen):
        text = str(candidate).strip()
        if text:
            first = text.splitlines()[0]
            return f"{type(candidate).__name__}: {first}"
    return type(exc).__name__
