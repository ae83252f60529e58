"""Bearer-key authentication, the same for the Kombo API and the admin API (the key is never echoed)."""

from __future__ import annotations

from starlette.requests import Request

from ..data.errors import SandboxError
from ..logic.state import SandboxState

__all__ = ["authenticate"]


def authenticate(state: SandboxState, request: Request) -> None:
    """``Authorization: Bearer <key>`` with the sandbox's key, else the API's 401."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not state.check_api_key(token.strip()):
        raise SandboxError(401, "PLATFORM.AUTHENTICATION_INVALID", "The API key is missing or invalid.")
