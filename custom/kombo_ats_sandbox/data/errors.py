"""The Kombo error envelope, as the sandbox answers it."""

from __future__ import annotations

import json

__all__ = ["SandboxError", "error_body"]

_TITLES = {
    "PLATFORM.AUTHENTICATION_INVALID": "Authentication invalid",
    "PLATFORM.INTEGRATION_NOT_FOUND": "Integration not found",
    "PLATFORM.INPUT_INVALID": "Input invalid",
    "PLATFORM.RATE_LIMIT_EXCEEDED": "Rate limit exceeded",
    "PLATFORM.UNKNOWN_ERROR": "Unknown error",
    "ATS.JOB_CLOSED": "Job closed",
    "ATS.APPLICATION_ALREADY_EXISTS": "Application already exists",
}


def error_body(code: str | None, message: str, *, title: str | None = None, log_url: str | None = None) -> bytes:
    """Render ``{"status": "error", "error": {code, title, message, log_url}}``."""
    if title is None and code is not None:
        title = _TITLES.get(code, code)
    payload = {"status": "error", "error": {"code": code, "title": title, "message": message, "log_url": log_url}}
    return json.dumps(payload, separators=(",", ":")).encode()


class SandboxError(Exception):
    """Raised anywhere in the sandbox to answer with the error envelope."""

    def __init__(self, status_code: int, code: str | None, message: str, *, headers: dict[str, str] | None = None):
        super().__init__(f"{status_code} {code}: {message}")
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = headers or {}

    @classmethod
    def input_invalid(cls, message: str) -> SandboxError:
        return cls(400, "PLATFORM.INPUT_INVALID", message)

    @classmethod
    def not_found(cls, message: str) -> SandboxError:
        # The live API answers an unknown id with 404; the code it uses is the input one.
        return cls(404, "PLATFORM.INPUT_INVALID", message)

    def body(self) -> bytes:
        return error_body(self.code, self.message)
