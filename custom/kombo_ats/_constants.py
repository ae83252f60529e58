"""Every default of the SDK, in one place: change a number here and every module follows.

Defaults that the spec states (page size bounds, the default page size) are read from the spec where
it is at hand; the values below are what the SDK decides for itself.
"""

from __future__ import annotations

import datetime as dt
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
    "MAX_WEBHOOK_BODY_BYTES",
    "REGIONS",
    "SEEN_WEBHOOK_EVENT_IDS",
    "SYNC_BATCH_ROWS",
    "SYNC_CHANGED_COLUMN",
    "SYNC_CONCURRENCY",
    "SYNC_DATASET",
    "SYNC_DELETED_COLUMN",
    "SYNC_DESTINATION",
    "SYNC_INTEGRATION_COLUMN",
    "SYNC_OVERLAP",
    "SYNC_PAGE_SIZE",
    "SYNC_PIPELINE",
    "SYNC_SERVE_HOST",
    "SYNC_SERVE_PORT",
    "SYNC_SYNCED_AT_COLUMN",
    "SYNC_WEBHOOK_PATH",
    "USER_AGENT",
    "WEBHOOK_SECRET_ENV",
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

WEBHOOK_SECRET_ENV: Final = "KOMBO_WEBHOOK_SECRET"
"""Environment variable the webhook receivers read the secret from when none is passed."""
MAX_WEBHOOK_BODY_BYTES: Final = 1024 * 1024
"""1 MiB: Kombo's events are a few hundred bytes; a larger body is refused before it is hashed or parsed."""
SEEN_WEBHOOK_EVENT_IDS: Final = 10_000
"""Event ids the in-memory duplicate filter remembers (oldest forgotten first); well under a megabyte."""

# ------------------------------------------------------------------ sync (kombo_ats.sync, kombo-ats)
SYNC_DESTINATION: Final = "duckdb:///kombo.duckdb"
"""Where ``kombo-ats sync`` writes when no ``--destination`` is given: a DuckDB file in the working directory."""

SYNC_DATASET: Final = "ats"
"""The dataset (schema) the tables go into: ``SELECT * FROM ats.candidates``. (Not ``kombo``: DuckDB cannot tell a
schema from a database file of the same name, and the default file is ``kombo.duckdb``.)"""

SYNC_PIPELINE: Final = "kombo_ats"
"""dlt's pipeline name: its local working state lives under ``~/.dlt/pipelines/<name>``; the sync state
itself is also stored in the destination, so another machine resumes where this one stopped."""

SYNC_OVERLAP: Final = dt.timedelta(seconds=10)
"""An incremental fetch asks from when the previous successful fetch started, minus this much: it absorbs
clock skew between this machine and Kombo. Records fetched twice are merged on their key, never duplicated."""

SYNC_PAGE_SIZE: Final = 250
"""Records per page (the API's maximum): fewer round trips."""

SYNC_BATCH_ROWS: Final = 10_000
"""Pages are handed to dlt as one Arrow table per this many rows: dlt's cost is mostly per item (~70 ms per
page-sized table here), so 40 pages of 250 as one table extract several times faster. Bounds the memory too."""

SYNC_CONCURRENCY: Final = 4
"""Integrations walked at the same time, per list."""

SYNC_INTEGRATION_COLUMN: Final = "integration_id"
"""Added to every row: which integration (customer) the record belongs to; part of the primary key."""

SYNC_SYNCED_AT_COLUMN: Final = "synced_at"
"""Added to every row: when the run that last wrote it started. A complete fetch deletes the rows of that
integration it did not write: the records that vanished without a deletion marker."""

SYNC_DELETED_COLUMN: Final = "remote_deleted_at"
"""Kombo's deletion marker. A row carrying it is deleted from the table (unless deleted rows are kept)."""

SYNC_CHANGED_COLUMN: Final = "changed_at"
"""When Kombo last saw the record change: orders duplicates of one record within a load (newest wins)."""

SYNC_SERVE_HOST: Final = "127.0.0.1"
SYNC_SERVE_PORT: Final = 8080
SYNC_WEBHOOK_PATH: Final = "/webhooks/kombo"
