"""The SDK's logger: one place so every module logs under ``kombo_ats`` and the format stays uniform.

Only method, path (no query string: it can hold e-mail addresses), integration id, status,
duration and attempt are logged; headers never are, so the API key cannot leak through logs.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("kombo_ats")


def log_attempt(
    *,
    method: str,
    path: str,
    integration_id: str | None,
    status: int | str,
    duration_s: float,
    attempt: int,
    attempts: int,
) -> None:
    """Record one HTTP attempt at DEBUG level."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s integration=%s -> %s in %.1f ms (attempt %d/%d)",
            method,
            path,
            integration_id or "-",
            status,
            duration_s * 1000.0,
            attempt,
            attempts,
        )


def log_retry(*, method: str, path: str, integration_id: str | None, reason: str, delay_s: float, attempt: int) -> None:
    """Record why and how long we wait before the next attempt (with the integration, to tell fan-outs apart)."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug(
        "%s %s integration=%s: %s; retrying in %.3f s (attempt %d failed)",
        method,
        path,
        integration_id or "-",
        reason,
        delay_s,
        attempt,
    )
