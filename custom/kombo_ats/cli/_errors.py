"""Turning any failure into one line and an exit code: 0 ok, 1 failure, 2 usage. Never a traceback,
never a secret: the API key and a destination's password are masked in whatever is printed."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "Secrets", "describe"]

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
        return re.sub(r"(://[^:/@\s]+:)[^@\s]+@", r"\1***@", text)


def describe(exc: BaseException) -> str:
    """The first line of the deepest cause that says something (dlt wraps errors several times)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = getattr(current, "exception", None) or current.__cause__
    for candidate in reversed(seen):
        text = str(candidate).strip()
        if text:
            first = text.splitlines()[0]
            return f"{type(candidate).__name__}: {first}"
    return type(exc).__name__
