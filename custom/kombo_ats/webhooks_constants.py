"""Defaults of the webhook receiving side, in one place.

Kept in their own module until the SDK-wide ``kombo_ats._constants`` lands on main; they move there
then (and this module re-exports them for one release).
"""

from __future__ import annotations

from typing import Final

WEBHOOK_SECRET_ENV: Final = "KOMBO_WEBHOOK_SECRET"
"""Environment variable the receivers read the webhook secret from when none is passed."""

MAX_WEBHOOK_BODY_BYTES: Final = 1024 * 1024
"""1 MiB: Kombo's events are a few hundred bytes (a ``data-changed`` names at most a few dozen models);
a body past this is refused before it is hashed or parsed."""

SEEN_EVENT_IDS: Final = 10_000
"""Event ids the in-memory duplicate filter remembers (oldest forgotten first); Kombo redelivers within hours,
and ten thousand ids are well under a megabyte."""
