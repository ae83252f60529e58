"""Every default of the SDK, in one place: change a number here and every module follows.

Defaults that the spec states (page size bounds, the default page size) are read from the spec where
it is at hand; the values below are what the SDK decides for itself.
"""

from __future__ import annotations

from typing import Final

from ._version import __version__

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_MAX_ATTACHMENT_BYTES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_REGION",
    "DEFAULT_RETRY_BACKOFF",
    "DEFAULT_RETRY_MAX_DELAY",
    "DEFAULT_TIMEOUT",
    "MAX_PAGE_SIZE",
    "REGIONS",
    "USER_AGENT",
]

API_KEY_ENV: Final = "KOMBO_API_KEY"
BASE_URL_ENV: Final = "KOMBO_BASE_URL"
REGIONS: Final[dict[str, str]] = {
    "eu": "https://api.kombo.dev/v1",
    "us": "https://api.us.kombo.dev/v1",
    "ca": "https://api.ca.kombo.dev/v1",
}
DEFAULT_REGION: Final = "eu"
USER_AGENT: Final = f"kombo-ats-client/{__version__}"

DEFAULT_TIMEOUT: Final = 30.0
"""Seconds one attempt may take as a whole (connect, send, every byte of the answer)."""
DEFAULT_MAX_RETRIES: Final = 2
"""Retries after a retryable failure (429, 5xx and connection errors for reads; see ``retry``)."""
DEFAULT_RETRY_BACKOFF: Final = 0.5
"""Base delay in seconds of the exponential backoff (doubled each attempt, with jitter)."""
DEFAULT_RETRY_MAX_DELAY: Final = 30.0
"""Longest single wait in seconds between retries, also the cap on an honoured ``Retry-After``."""

DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""64 MiB: a page of 250 records is a few MB; anything this large is not an answer worth keeping in memory."""
DEFAULT_MAX_ATTACHMENT_BYTES: Final = 32 * 1024 * 1024
"""32 MiB per file: larger than any CV or cover letter; base64 and the JSON body make it ~2.7x that in memory."""

DEFAULT_PAGE_SIZE: Final = 100
"""Page size when the spec states no default for a list."""
MAX_PAGE_SIZE: Final = 250
"""Largest page size when the spec states no maximum for a list."""
