"""The in-memory records of the sandbox, and the timestamp and id helpers every module shares.

Four kinds are hand-built for speed (``JobRec``, ``CandRec``, ``AppRec``, ``OfferRec``: 100,000 candidates
must start in about a second); every other kind is an :class:`ItemRec`, a generic record whose stored
fields are its ``body``. All of them share identity, timestamps, a lazy body and a render cache, which is
what the list engine, the filters and the mutation code work with.
"""

from __future__ import annotations

import base64
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

# One pause of the cyclic GC for the SDK and its sandbox: it nests and is shared by threads (the sandbox seeds in
# the same process the SDK decodes in, in tests and demos), and gives the collector back as it found it.
from kombo_ats._gc_pause import gc_paused as paused_gc

__all__ = [
    "ANCHOR_MS",
    "DAY_MS",
    "AppRec",
    "CandRec",
    "ItemRec",
    "JobRec",
    "OfferRec",
    "Record",
    "iso",
    "make_id",
    "parse_timestamp_us",
    "paused_gc",
]

# Generated history ends here (2025-06-01T00:00:00Z); live changes use the wall clock, which is later.
ANCHOR_MS = 1_748_736_000_000
DAY_MS = 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ID_TRANSLATE = bytes.maketrans(b"-_", b"xZ")
_TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$")
_DAY_PREFIX: dict[int, str] = {}


def make_id(rng: random.Random) -> str:
    """A 24-character alphanumeric id, like Kombo's."""
    return base64.urlsafe_b64encode(rng.getrandbits(144).to_bytes(18, "big")).translate(_ID_TRANSLATE).decode()


def iso(ms: int) -> str:
    """Milliseconds since the epoch -> ``YYYY-MM-DDTHH:mm:ss.sssZ`` (hot: called for every timestamp served)."""
    day, rest = divmod(ms, 86_400_000)
    prefix = _DAY_PREFIX.get(day)
    if prefix is None:
        prefix = _DAY_PREFIX[day] = f"{_EPOCH + timedelta(days=day):%Y-%m-%d}T"
    secs, milli = divmod(rest, 1000)
    hours, secs = divmod(secs, 3600)
    minutes, secs = divmod(secs, 60)
    return f"{prefix}{hours:02d}:{minutes:02d}:{secs:02d}.{milli:03d}Z"


def parse_timestamp_us(value: str) -> int | None:
    """``YYYY-MM-DDTHH:mm:ss[.ffffff]Z`` -> microseconds since the epoch (None if malformed)."""
    m = _TS_RE.match(value)
    if m is None:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g) for g in m.groups()[:6])
        dt = datetime(y, mo, d, h, mi, sec, tzinfo=UTC)
    except ValueError:
        return None
    frac = (m.group(7) or "").ljust(6, "0")
    return (dt - _EPOCH) // timedelta(microseconds=1) + int(frac or 0)


@dataclass(slots=True, eq=False)
class Record:
    """What every record has: identity, timestamps, a lazy body and a render cache."""

    seq: int  # position in the integration's list of this kind; the listing order
    id: str
    remote_id: str
    created_ms: int
    changed_ms: int
    deleted_ms: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # fields set through the mutation API / writes
    body: dict[str, Any] | None = None  # lazy generated fields
    cache: tuple[int, bytes] | None = None  # (render epoch, JSON)


@dataclass(slots=True, eq=False)
class JobRec(Record):
    name: str = ""
    status: str = "OPEN"
    employment_type: str = "FULL_TIME"
    visibility: str = "PUBLIC"
    job_code: str = ""
    post_url: str = ""
    stages: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    team: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (user seq, hiring team roles)


@dataclass(slots=True, eq=False)
class CandRec(Record):
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    apps: list[int] = field(default_factory=list)  # seqs of applications
    tags: list[int] | None = None  # seqs of tags; None until the lazy body is generated


@dataclass(slots=True, eq=False)
class AppRec(Record):
    cand: int = 0
    job: int = 0
    outcome: str = "PENDING"
    stage_id: str | None = None
    offers: list[int] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class OfferRec(Record):
    app: int = 0
    status: str = "DRAFT"


@dataclass(slots=True, eq=False)
class ItemRec(Record):
    """A record of any other kind: ``body`` holds its fields as the API shows them (never None).

    ``links`` hold references rendered as embedded objects (``{"users": [user ids]}``,
    ``{"integration_field": id}``); ``<x>_id`` fields in the body embed ``<x>`` the same way where the
    record schema has such a property (``author_id`` -> ``author``). See :mod:`.render`.
    """

    links: dict[str, Any] = field(default_factory=dict)
