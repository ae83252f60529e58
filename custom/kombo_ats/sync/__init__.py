"""Keep a database in sync with Kombo: a dlt source of every list of the spec, and ``sync()`` to run it.

Needs the ``sync`` extra (``pip install 'kombo-ats-client[sync]'``: dlt with DuckDB and PostgreSQL, pyarrow).
See docs/sync.md::

    from kombo_ats.sync import sync

    report = sync(["greenhouse:..."], destination="duckdb:///kombo.duckdb")   # blocking
"""

from __future__ import annotations

from ._extra import INSTALL_HINT  # first: names the extra when it is missing
from ._report import Outcome, ProgressCallback, SyncProgress, SyncReport
from ._run import destination_from_url, make_pipeline, remove_integration, remove_vanished, sync
from ._tables import Column, Table, tables
from .source import check_page_size, kombo_source, resolve_resources

__all__ = [
    "INSTALL_HINT",
    "Column",
    "Outcome",
    "ProgressCallback",
    "SyncProgress",
    "SyncReport",
    "Table",
    "check_page_size",
    "destination_from_url",
    "kombo_source",
    "make_pipeline",
    "remove_integration",
    "remove_vanished",
    "resolve_resources",
    "sync",
    "tables",
]
