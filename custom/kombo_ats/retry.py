"""Retry policy: which failures are worth another attempt, and how long to wait before it.

Pure functions with an injectable random source and clock so the timing rules are testable
without sleeping. The loop that applies them lives in ``_http``.
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import httpx

__all__ = ["RETRYABLE_STATUSES", "RetryMode", "backoff_delay", "is_retryable_exception", "parse_retry_after"]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Transient statuses: rate limits, and gateway/server failures that usually pass."""


class RetryMode(enum.Enum):
    """How much we may assume about a failed request having had no effect."""

    IDEMPOTENT = "idempotent"
    """GETs: repeating them is harmless, so any transient failure is retried."""
    UNPROCESSED_ONLY = "unprocessed_only"
    """Writes: retried only when the server provably did not process the request (no duplicates)."""


def is_retryable_status(status_code: int, mode: RetryMode) -> bool:
    """A 429 is never processed, so even writes may repeat it; 5xx only for idempotent requests.

    A 500/502/503/504 on a POST may come after the remote ATS already created the application.
    """
    if mode is RetryMode.UNPROCESSED_ONLY:
        return status_code == 429
    return status_code in RETRYABLE_STATUSES


def is_retryable_exception(exc: httpx.HTTPError, mode: RetryMode) -> bool:
    """Transport failures: GETs retry all of them; writes only those raised before the request left.

    ``ConnectError``/``ConnectTimeout`` mean no connection was established and ``PoolTimeout``
    means none was ever assigned, so nothing was sent. A read timeout or a reset mid-response may
    come after the server acted on the request.
    """
    if mode is RetryMode.UNPROCESSED_ONLY:
        return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    # A URL scheme httpx cannot speak will not start working on the next attempt.
    return isinstance(exc, httpx.TransportError) and not isinstance(exc, httpx.UnsupportedProtocol)


def backoff_delay(
    attempt: int,
    *,
    base: float,
    cap: float,
    rand: Callable[[], float] = random.random,
) -> float:
    """Exponential backoff with "equal jitter" for the wait after failed attempt number ``attempt`` (1-based).

    Half of ``min(cap, base * 2**(attempt-1))`` is fixed and half random, so waits grow reliably
    while concurrent clients still spread out.
    """
    ceiling = min(cap, base * (2 ** (attempt - 1)))
    return float(ceiling / 2 + rand() * ceiling / 2)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or an HTTP date).

    Returns ``None`` when absent or unparsable (the caller then falls back to backoff); a date in
    the past means "now", i.e. ``0.0``.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means no zone was given
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(0.0, seconds)


def next_delay(
    attempt: int,
    *,
    retry_after: float | None,
    base: float,
    cap: float,
    rand: Callable[[], float] = random.random,
) -> float:
    """The wait before the next attempt: the server's ``Retry-After`` if given, else backoff; never above ``cap``."""
    if retry_after is not None:
        return min(cap, retry_after)
    return backoff_delay(attempt, base=base, cap=cap, rand=rand)
