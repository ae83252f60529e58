"""Route parameter types that reject what the SDK would refuse, as a 422 instead of a 500.

Values taken from the URL end up in the call to Kombo: an integration id in an HTTP header, a record id
in a URL path. The SDK refuses one it cannot send (non-ASCII in a header, control characters, blank,
surrounding whitespace, a ``..`` segment) with a ``ValueError`` before any request. Raised inside a
route that would be a 500; declared as the parameter's type, it is the caller's 422 naming the parameter.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from kombo_ats._validation import check_integration_id, check_path_param

__all__ = ["IntegrationId", "RecordId"]


def _integration_id(value: str) -> str:
    return check_integration_id(value)


def _record_id(value: str) -> str:
    return check_path_param("id", value)


IntegrationId = Annotated[str, AfterValidator(_integration_id)]
"""``async def route(integration_id: IntegrationId)``: an integration id the SDK can send."""

RecordId = Annotated[str, AfterValidator(_record_id)]
"""``async def route(job_id: RecordId)``: a Kombo id (or ``remote:<id>``) the SDK can put in a URL path."""
