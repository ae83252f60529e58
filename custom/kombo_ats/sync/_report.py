"""What a sync did, per integration x list: the summary the CLI prints and the progress it renders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

import attrs

__all__ = ["Outcome", "ProgressCallback", "SyncProgress", "SyncReport"]

Mode = Literal["full", "incremental"]


@attrs.frozen
class SyncProgress:
    """Where one walk stands; handed to ``progress=`` after every page and once at the end."""

    resource: str
    integration_id: str
    mode: Mode
    records: int
    pages: int
    elapsed: float
    """Seconds since this walk started."""
    done: bool = False
    error: str | None = None

    @property
    def records_per_second(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0


ProgressCallback = Callable[[SyncProgress], None]


@attrs.define
class Outcome:
    """One list of one integration in one run."""

    resource: str
    integration_id: str
    mode: Mode
    records: int = 0
    pages: int = 0
    deleted: int = 0
    """Records that came with a deletion marker (their rows are deleted unless deleted rows are kept)."""
    vanished: int = 0
    """Rows removed after a complete fetch because the record no longer exists, marker or not."""
    seconds: float = 0.0
    complete: bool = False
    """The walk reached the last page."""
    error: str | None = None
    since: dt.datetime | None = None
    """The ``updated_after`` an incremental fetch used."""


@attrs.define
class SyncReport:
    """Every outcome of one run; ``ok`` when every walk finished."""

    synced_at: dt.datetime
    outcomes: dict[tuple[str, str], Outcome] = attrs.field(factory=dict)
    loaded: bool = False
    """dlt loaded what was fetched into the destination."""

    @property
    def ok(self) -> bool:
        return self.loaded and all(o.error is None for o in self.outcomes.values())

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes.values() if o.error is not None]

    @property
    def records(self) -> int:
        return sum(o.records for o in self.outcomes.values())
