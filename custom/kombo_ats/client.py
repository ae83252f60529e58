"""``make_client``: the one place that turns user settings into a ready ``AuthenticatedClient``.

It returns the generated client itself (not a wrapper) so the generated endpoint functions keep
working with it; retry settings ride on fields our client template adds to it.
"""

from __future__ import annotations

import os
from typing import Any, Final

import httpx

from kombo_ats_client import AuthenticatedClient

from ._version import __version__

__all__ = ["API_KEY_ENV", "REGIONS", "USER_AGENT", "make_client"]

API_KEY_ENV: Final = "KOMBO_API_KEY"
REGIONS: Final[dict[str, str]] = {
    "eu": "https://api.kombo.dev/v1",
    "us": "https://api.us.kombo.dev/v1",
    "ca": "https://api.ca.kombo.dev/v1",
}
USER_AGENT: Final = f"kombo-ats-client/{__version__}"


def make_client(
    api_key: str | None = None,
    *,
    region: str = "eu",
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = 30.0,
    max_retries: int = 2,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Create a client for one API key; use it as ``async with make_client() as client:``.

    One client (one connection pool) serves every integration of the key: the integration id is
    passed per call. ``api_key`` falls back to ``$KOMBO_API_KEY``. ``region`` picks the server
    (``eu``, ``us`` or ``ca``); ``base_url`` overrides it (sandbox, tests, proxies).
    ``httpx_args`` goes to ``httpx.AsyncClient`` (e.g. ``transport=``, ``event_hooks=``).
    """
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key: expected a string, got {type(key).__name__}")
    if key is None or not key.strip():
        raise ValueError(
            f"api_key: no Kombo API key given; pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    key = key.strip()
    if any(ch in key for ch in "\r\n"):
        raise ValueError("api_key: contains a line break")
    if base_url is None:
        try:
            base_url = REGIONS[region.lower()]
        except (KeyError, AttributeError):
            raise ValueError(f"region: must be one of {sorted(REGIONS)}, got {region!r}") from None
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries: must be an int >= 0, got {max_retries!r}")
    extra = dict(httpx_args or {})
    for reserved in ("base_url", "timeout"):
        if reserved in extra:
            raise ValueError(f"httpx_args: pass {reserved}= to make_client() itself")
    # These have their own fields on the generated client, which passes them to httpx itself.
    headers = {"User-Agent": USER_AGENT, **dict(extra.pop("headers", None) or {})}
    cookies = dict(extra.pop("cookies", None) or {})
    verify = extra.pop("verify", True)
    follow_redirects = bool(extra.pop("follow_redirects", False))
    http_timeout = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
    return AuthenticatedClient(
        base_url=base_url.rstrip("/"),
        token=key,
        headers=headers,
        cookies=cookies,
        verify_ssl=verify,
        follow_redirects=follow_redirects,
        timeout=http_timeout,
        max_retries=max_retries,
        httpx_args=extra,
    )
