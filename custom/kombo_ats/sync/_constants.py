"""Defaults of the sync, in one place (the CLI and the Dagster module read them from here)."""

from __future__ import annotations

import datetime as dt

DEFAULT_DESTINATION = "duckdb:///kombo.duckdb"
"""Where ``kombo-ats sync`` writes when no ``--destination`` is given: a DuckDB file in the working directory."""

DEFAULT_DATASET = "ats"
"""The dataset (schema) the tables go into: ``SELECT * FROM ats.candidates``. (Not ``kombo``: DuckDB cannot tell a
schema from a database file of the same name, and the default file is ``kombo.duckdb``.)"""

DEFAULT_PIPELINE = "kombo_ats"
"""dlt's pipeline name: its local working state lives under ``~/.dlt/pipelines/<name>``; the sync state
itself is also stored in the destination, so another machine resumes where this one stopped."""

OVERLAP = dt.timedelta(seconds=10)
"""An incremental fetch asks from when the previous successful fetch started, minus this much: it absorbs
clock skew between this machine and Kombo. Records fetched twice are merged on their key, never duplicated."""

PAGE_SIZE = 250
"""Records per page (the API's maximum): fewer round trips."""

BATCH_ROWS = 10_000
"""Pages are handed to dlt as one Arrow table per this many rows: dlt's cost is mostly per item (~70 ms per
page-sized table here), so 40 pages of 250 as one table extract several times faster. Bounds the memory too."""

CONCURRENCY = 4
"""Integrations walked at the same time, per list."""

INTEGRATION_COLUMN = "integration_id"
"""Added to every row: which integration (customer) the record belongs to; part of the primary key."""

SYNCED_AT_COLUMN = "synced_at"
"""Added to every row: when the run that last wrote it started. A complete fetch deletes the rows of that
integration it did not write: the records that vanished without a deletion marker."""

DELETED_COLUMN = "remote_deleted_at"
"""Kombo's deletion marker. A row carrying it is deleted from the table (unless deleted rows are kept)."""

CHANGED_COLUMN = "changed_at"
"""When Kombo last saw the record change: orders duplicates of one record within a load (newest wins)."""

CHANGED_MODELS_EXTENSION = "x-kombo-changed-models"
"""The spec's extension on a list operation naming the ``data-changed`` models that make it stale."""

SERVE_HOST = "127.0.0.1"
SERVE_PORT = 8080
WEBHOOK_PATH = "/webhooks/kombo"
