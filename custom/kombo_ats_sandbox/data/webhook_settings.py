"""How the sandbox sends webhooks: where to, with which secret, how eagerly (:class:`WebhookSettings`).

Plain data with its checks, so every layer (the config, the command line, the admin API) can hold it;
the sending itself is :mod:`kombo_ats_sandbox.webhooks`, a layer above. The secret never appears in
``repr`` or in ``to_dict`` (the admin API shows whether one is set, not what it is).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

import httpx
from kombo_ats.webhooks import WEBHOOK_SECRET_ENV

__all__ = ["MAX_URLS", "MAX_URL_LENGTH", "SYNC_OUTCOMES", "WEBHOOK_SECRET_ENV", "WebhookSettings"]

SYNC_OUTCOMES = ("SUCCEEDED", "PARTIALLY_FAILED", "FAILED")


MAX_URL_LENGTH = 2048
MAX_URLS = 20  # every event goes to each of them: a long list only multiplies the sandbox's outgoing requests


def _url_problem(url: str) -> str | None:
    """Why ``url`` cannot be delivered to (``None`` if it can): checked when the settings are made, so a URL
    the HTTP client would refuse is a 400 / usage error now, not a delivery that fails in a worker later."""
    if len(url) > MAX_URL_LENGTH:
        return f"is longer than {MAX_URL_LENGTH} characters; use a shorter URL"
    if any("\ud800" <= char <= "\udfff" for char in url):  # from a command line that was not UTF-8
        return "is not UTF-8 text; use a URL of valid characters"
    if any(char <= " " or char == "\x7f" for char in url):
        return "contains a space or a control character; use a URL without them"
    try:
        parts = urlsplit(url)
        port = parts.port  # reading it checks it: a number from 0 to 65535
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        return f"is no valid URL ({exc}); use an absolute http(s) URL"
    if parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        return "must be an absolute http(s) URL with a host (and a port from 1 to 65535, if any)"
    return None


@dataclass
class WebhookSettings:
    """Webhook delivery of one sandbox. Nothing is sent while ``urls`` is empty."""

    urls: list[str] = field(default_factory=list)
    secret: str | None = field(default=None, repr=False)  # None: $KOMBO_WEBHOOK_SECRET when urls are set
    coalesce_seconds: float = 0.25  # an integration's changes until none came for this long: one data-changed
    coalesce_max_seconds: float = 2.0  # ... but sent at the latest this long after the first of them
    max_attempts: int = 5  # attempts per event and URL (the first one included)
    backoff_seconds: float = 0.25  # wait before the 2nd attempt; doubled for each further one, at most 8 s
    timeout_seconds: float = 2.0  # an attempt without an answer within this counts as failed
    sync_seconds: float = 0.1  # how long a forced sync "runs" before sync-finished is sent
    sync_outcome: str = "SUCCEEDED"  # the fault setting of syncs: SUCCEEDED, PARTIALLY_FAILED or FAILED

    def __post_init__(self) -> None:
        if self.secret is None and self.urls:
            self.secret = os.environ.get(WEBHOOK_SECRET_ENV) or None
        self.validate()

    @property
    def enabled(self) -> bool:
        return bool(self.urls)

    def validate(self) -> None:
        """Raise ``ValueError`` naming the setting and the fix."""
        if not isinstance(self.urls, list) or not all(isinstance(u, str) for u in self.urls):
            raise ValueError("webhook urls must be a list of strings")
        if len(self.urls) > MAX_URLS:
            raise ValueError(f"webhook urls: at most {MAX_URLS} receivers, got {len(self.urls)}")
        for url in self.urls:
            problem = _url_problem(url)
            if problem:
                shown = url if len(url) <= 100 else f"{url[:100]}..."
                raise ValueError(f"webhook url {shown!r} {problem}, e.g. http://127.0.0.1:8080/hooks")
        if isinstance(self.secret, str) and any("\ud800" <= char <= "\udfff" for char in self.secret):
            raise ValueError("webhook secret is not UTF-8 text (a lone surrogate); pass the secret as valid text")
        if self.urls and not (isinstance(self.secret, str) and self.secret):
            raise ValueError(
                f"webhook urls are set but no secret: pass --webhook-secret (or set {WEBHOOK_SECRET_ENV}); "
                "receivers refuse unsigned events"
            )
        for name, low, high in (
            ("coalesce_seconds", 0.0, 60.0),
            ("coalesce_max_seconds", 0.0, 600.0),
            ("backoff_seconds", 0.0, 60.0),
            ("timeout_seconds", 0.01, 60.0),
            ("sync_seconds", 0.0, 600.0),
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
                raise ValueError(f"webhook {name} must be a number between {low:g} and {high:g}")
        if (
            isinstance(self.max_attempts, bool)
            or not isinstance(self.max_attempts, int)
            or not 1 <= self.max_attempts <= 20
        ):
            raise ValueError("webhook max_attempts must be an integer between 1 and 20")
        if self.sync_outcome not in SYNC_OUTCOMES:
            raise ValueError(f"webhook sync_outcome must be one of {', '.join(SYNC_OUTCOMES)}")

    def to_dict(self) -> dict[str, Any]:
        """The settings as the admin API shows them: ``secret_set`` instead of the secret."""
        shown: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "secret"}
        shown["secret_set"] = bool(self.secret)
        return shown

    def updated(self, changes: dict[str, Any]) -> WebhookSettings:
        """A copy with ``changes`` applied (admin API); unknown names are a ``ValueError``."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown webhook setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        return WebhookSettings(**{**current, **changes})
