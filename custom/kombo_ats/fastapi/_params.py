"""Route parameter types that reject what the SDK would refuse, as a 422 instead of a 500.

An integration id taken from the URL ends up in an HTTP header of the call to Kombo; the SDK refuses
one it cannot send (non-ASCII, control characters, blank) with a ``ValueError`` before any request.
Raised inside a route, that would be a 500; declared as the parameter's type, it is the caller's 422.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from kombo_ats._validation import check_integration_id

__all__ = ["IntegrationId"]


def _integration_id(value: str) -> str:
    return check_integration_id(value)


IntegrationId = Annotated[str, AfterValidator(_integration_id)]
"""``async def route(integration_id: IntegrationId)``: a path or query value the SDK can send."""
