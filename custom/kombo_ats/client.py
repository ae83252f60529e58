"""``make_client``: the one place that turns user settings into a ready ``AuthenticatedClient``.

It returns the generated client itself (not a wrapper) so the generated endpoint functions keep
working with it; retry settings, limits and the SDK's request hooks ride on fields our client template
adds to it. With those hooks, a generated endpoint function called with this client retries, raises
typed errors and logs exactly like the SDK's own functions.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.client import OperationRequest

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_MAX_ATTACHMENT_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_REGION,
    DEFAULT_TIMEOUT,
    REGIONS,
    USER_AGENT,
)
from ._decode import decode_body
from ._http import AnyClient, send
from ._request import operation_request
from ._validation import check_header_value, check_max_retries, check_positive_int, check_timeout

T = TypeVar("T")

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "REGIONS",
    "USER_AGENT",
    "make_client",
    "with_options",
]


def _attempt_deadline(timeout: float | httpx.Timeout | None) -> float | None:
    """The bound on one attempt as a whole: the number given, or the largest part of an ``httpx.Timeout``.

    httpx's timeouts apply per network operation, so a server trickling one byte at a time could keep
    a call alive forever; this one covers connect, send and every byte of the answer together.
    """
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
        return max(parts) if parts else None
    try:
        return check_timeout(timeout)
    except ValueError:
        raise ValueError(
            f"timeout: must be a positive number of seconds, an httpx.Timeout or None, got {timeout!r}"
        ) from None


def make_client(
    api_key: str | None = None,
    *,
    region: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Create a client for one API key; use it as ``async with make_client() as client:``.

    One client (one connection pool) serves every integration of the key: the integration id is
    passed per call. ``api_key`` falls back to ``$KOMBO_API_KEY``. The server is ``base_url`` if
    given, else ``region`` (``eu``, ``us`` or ``ca``) if given, else ``$KOMBO_BASE_URL`` (the sandbox,
    a proxy), else the EU region. ``timeout`` bounds each attempt as a whole (with retries a call can
    take up to ``(max_retries + 1) * timeout`` plus the waits between attempts). Bodies larger than
    ``max_response_bytes`` are refused, files to upload larger than ``max_attachment_bytes`` too (a
    call can allow more with its own ``max_attachment_bytes=``). ``httpx_args`` goes to ``httpx.AsyncClient`` (e.g.
    ``transport=``, ``event_hooks=``, ``limits=``).
    """
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key: expected a string, got {type(key).__name__}")
    if key is None or not key.strip():
        raise ValueError(
            f"api_key: no Kombo API key given; pass api_key=... or set the {API_KEY_ENV} environment variable"
        )
    key = check_header_value("api_key", key.strip(), secret=True)
    if base_url is None and region is None:
        base_url = os.environ.get(BASE_URL_ENV) or None
    if base_url is None:
        try:
            base_url = REGIONS[(region or DEFAULT_REGION).lower()]
        except (KeyError, AttributeError):
            raise ValueError(f"region: must be one of {sorted(REGIONS)}, got {region!r}") from None
    check_max_retries(max_retries)
    check_positive_int("max_response_bytes", max_response_bytes)
    check_positive_int("max_attachment_bytes", max_attachment_bytes)
    deadline = _attempt_deadline(timeout)
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
        max_response_bytes=max_response_bytes,
        max_attachment_bytes=max_attachment_bytes,
        attempt_timeout=deadline,
        hooks=SDKHooks(),
        httpx_args=extra,
    )


def with_options(
    client: AnyClient,
    *,
    timeout: float | None = None,
    max_retries: int | None = None,
    max_response_bytes: int | None = None,
    max_attachment_bytes: int | None = None,
) -> Any:
    """``client.with_options(...)``: a copy with other settings over the same connection pool.

    The pool (``httpx.AsyncClient``) is created now if it was not yet, so original and copy share it;
    the settings live on the copy and travel with each of its requests (``_http.send``).
    """
    changes: dict[str, Any] = {}
    if timeout is not None:
        changes["attempt_timeout"] = check_timeout(timeout)
        changes["timeout"] = httpx.Timeout(changes["attempt_timeout"])
    if max_retries is not None:
        changes["max_retries"] = check_max_retries(max_retries)
    if max_response_bytes is not None:
        changes["max_response_bytes"] = check_positive_int("max_response_bytes", max_response_bytes)
    if max_attachment_bytes is not None:
        changes["max_attachment_bytes"] = check_positive_int("max_attachment_bytes", max_attachment_bytes)
    pool = client.get_async_httpx_client()
    return attrs.evolve(client, **changes).set_async_httpx_client(pool)


class SDKHooks:
    """The generated client's hooks (``RequestHooks`` in kombo_ats_client): the core's send, parse, with_options."""

    def parse(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
        return decode_body(response, from_dict)

    async def send_operation(self, client: Any, request: OperationRequest) -> httpx.Response:
        return await send(client, operation_request(request))

    def with_options(self, client: Any, options: dict[str, Any]) -> Any:
        return with_options(client, **options)

    def __repr__(self) -> str:
        return "SDKHooks()"
