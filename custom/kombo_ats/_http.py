"""Send one logical request: attempts, retries, limits, logging, and mapping failures to typed errors.

Requests come built by ``_request`` from the spec's facts (for the SDK's own calls and for the
generated endpoint functions' plain-data calls alike) and are sent through the client's shared
``httpx.AsyncClient``. Per-call headers travel with the request only; the shared client is never
mutated, which is what makes one client safe for many integrations at once.

``client.SDKHooks`` plugs this into the generated client (``make_client`` installs it), so the generated
endpoint functions get exactly the same behaviour as the SDK's own walkers and calls.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import anyio
import anyio.lowlevel
import attrs
import httpx

from kombo_ats_client import AuthenticatedClient, Client

from ._constants import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_RETRY_MAX_DELAY,
)
from ._content_length import declared_over
from ._logging import log_attempt, log_retry
from ._redact import redact_text, request_of, request_secrets
from ._validation import check_max_retries, check_timeout
from .errors import (
    KomboConnectionError,
    KomboTimeoutError,
    ResponseTooLargeError,
    error_from_response,
)
from .retry import RetryMode, is_retryable_exception, is_retryable_status, next_delay, parse_retry_after

__all__ = ["AnyClient", "RequestOptions", "retry_mode_for", "send"]

AnyClient = AuthenticatedClient | Client

# Indirections the tests replace to observe waits without sleeping (anyio.sleep works on trio too).
_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
_random: Callable[[], float] = random.random

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def retry_mode_for(method: str) -> RetryMode:
    """GETs may be repeated after any transient failure; writes only when provably unprocessed."""
    return RetryMode.IDEMPOTENT if method.upper() in _SAFE_METHODS else RetryMode.UNPROCESSED_ONLY


class _AttemptTimeout(httpx.TimeoutException):
    """The whole attempt (connect, send, every byte of the answer) outlived ``attempt_timeout``."""


async def _attempt(http: httpx.AsyncClient, request: httpx.Request, *, limit: int) -> httpx.Response:
    """Send ``request`` and read the whole body, streamed, refusing more than ``limit`` bytes."""
    response = await http.send(request, stream=True)
    try:
        declared = response.headers.get("content-length", "")
        if declared_over(declared, limit) and "content-encoding" not in response.headers:
            raise ResponseTooLargeError.for_response(response, limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise ResponseTooLargeError.for_response(response, limit)
            chunks.append(chunk)
    finally:
        await response.aclose()
    content = b"".join(chunks)
    # httpx links a response and its stream in a reference cycle, so a finished page would only be
    # freed by the cyclic garbage collector. The body is fully read: an in-memory stream over the same
    # bytes is equivalent and lets reference counting free each page as soon as it is dropped.
    response._content = content
    response.stream = httpx.ByteStream(content)
    return response


@attrs.frozen
class RequestOptions:
    """Per-call overrides of the client's settings (``timeout=``, ``max_retries=`` of every call and walker)."""

    timeout: float | None = None
    """Seconds one attempt may take as a whole; None: the client's."""
    max_retries: int | None = None
    """Retries after a retryable failure; None: the client's."""

    @classmethod
    def of(cls, *, timeout: object = None, max_retries: object = None) -> RequestOptions:
        """Checked options (a bad value is a ValueError naming it, before any request)."""
        return cls(
            timeout=None if timeout is None else check_timeout(timeout),
            max_retries=None if max_retries is None else check_max_retries(max_retries),
        )


_NO_OPTIONS = RequestOptions()


async def send(
    client: AnyClient,
    request_kwargs: Mapping[str, Any],
    *,
    mode: RetryMode | None = None,
    options: RequestOptions = _NO_OPTIONS,
) -> httpx.Response:
    """Send the request, retrying transient failures per ``mode``; return the 2xx response or raise.

    ``mode`` defaults to what the method allows (GET: idempotent; anything else: only retried when
    provably unprocessed). ``options`` override the client's timeout and retries for this request.
    Raises ``KomboAPIError`` (subclass by status) for error statuses and for bodies over
    ``client.max_response_bytes``, ``KomboTimeoutError`` when an attempt outlives its timeout (the
    client's ``attempt_timeout`` or httpx's own), ``KomboConnectionError`` when no response came.
    """
    http = client.get_async_httpx_client()
    retries = _setting(options.max_retries, client.max_retries, DEFAULT_MAX_RETRIES)
    deadline: float | None = client.attempt_timeout
    http_timeout = client.http_timeout  # this client's, also when it is a with_options copy over a shared pool
    if options.timeout is not None:
        deadline = options.timeout
        http_timeout = httpx.Timeout(deadline)
    request_kwargs = {**request_kwargs, "timeout": http_timeout}
    method = str(request_kwargs["method"]).upper()
    path = str(request_kwargs["url"])  # built by _request from checked values (ids, headers): sent as it is
    headers: Mapping[str, Any] = request_kwargs.get("headers") or {}
    retry_mode = mode if mode is not None else retry_mode_for(method)
    integration_id = headers.get("X-Integration-Id")
    # Every request is a checkpoint, as trio asks of every async API: a cancelled caller sends nothing, other
    # tasks get a turn, and asyncio gets to drop the timers of earlier attempts (each attempt's deadline is a
    # loop timer; a cancelled one stays in the loop's heap until the loop runs). Over a transport that answers
    # without waiting (in-memory, ASGI) a walk would otherwise never yield: it would starve every other task
    # and pile up one dead timer per page (~200 bytes each, a 100,000-page walk: ~20 MB).
    await anyio.lowlevel.checkpoint()
    attempt = 0
    while True:
        attempt += 1
        started = time.perf_counter()
        response: httpx.Response | None = None
        failure: httpx.HTTPError | None = None
        try:
            response = await _bounded_attempt(http, request_kwargs, client, deadline)
        except httpx.HTTPError as exc:
            failure = exc
        outcome = type(failure).__name__ if response is None else f"HTTP {response.status_code}"
        log_attempt(
            method=method,
            path=path,
            integration_id=integration_id,
            status=outcome if response is None else response.status_code,
            duration_s=time.perf_counter() - started,
            attempt=attempt,
            attempts=retries + 1,
        )
        if response is not None and 200 <= response.status_code < 300:
            return response
        retry_after = parse_retry_after(response.headers.get("Retry-After")) if response is not None else None
        if response is not None:
            retryable = is_retryable_status(response.status_code, retry_mode)
        else:
            retryable = failure is not None and is_retryable_exception(failure, retry_mode)
        if attempt <= retries and retryable:
            delay = next_delay(
                attempt,
                retry_after=retry_after,
                base=_setting(None, client.retry_backoff, DEFAULT_RETRY_BACKOFF),
                cap=_setting(None, client.retry_max_delay, DEFAULT_RETRY_MAX_DELAY),
                rand=_random,
            )
            log_retry(
                method=method, path=path, integration_id=integration_id, reason=outcome, delay_s=delay, attempt=attempt
            )
            await _sleep(delay)
            continue
        if response is None:
            assert failure is not None
            shown = _shown_url(http.base_url, path)
            raise _transport_error(failure, method=method, url=shown, attempt=attempt) from failure
        raise error_from_response(response, retry_after=retry_after)


async def _bounded_attempt(
    http: httpx.AsyncClient, request_kwargs: Mapping[str, Any], client: AnyClient, deadline: float | None
) -> httpx.Response:
    """One attempt within ``deadline`` seconds as a whole, reading at most ``client.max_response_bytes``."""
    request = http.build_request(**request_kwargs)
    limit = _setting(None, client.max_response_bytes, DEFAULT_MAX_RESPONSE_BYTES)
    if deadline is None or math.isinf(deadline):
        return await _attempt(http, request, limit=limit)
    with anyio.move_on_after(deadline) as scope:
        return await _attempt(http, request, limit=limit)
    if scope.cancelled_caught:
        raise _AttemptTimeout(f"no complete answer within {deadline:g} s", request=request)
    raise AssertionError("unreachable")  # pragma: no cover


N = TypeVar("N", int, float)


def _setting(per_call: N | None, on_client: N | None, default: N) -> N:
    """A setting for one request: the call's own, else the client's, else the SDK's default."""
    if per_call is not None:
        return per_call
    return on_client if on_client is not None else default


def _transport_error(exc: httpx.HTTPError, *, method: str, url: str, attempt: int) -> KomboConnectionError:
    """Wrap an httpx failure; the message names the host and the request but never its headers (the API key)."""
    tries = f" after {attempt} attempts" if attempt > 1 else ""
    secrets = request_secrets(request_of(exc))
    # The httpx error stays the __cause__ (tracebacks show it): its message loses the key too.
    exc.args = tuple(redact_text(arg, secrets) if isinstance(arg, str) else arg for arg in exc.args)
    detail = redact_text(str(exc) or type(exc).__name__, secrets)
    if isinstance(exc, httpx.TimeoutException):
        return KomboTimeoutError(f"{method} {url} timed out{tries}: {detail}")
    return KomboConnectionError(f"{method} {url} failed{tries}: {type(exc).__name__}: {detail}")


def _shown_url(base_url: httpx.URL, path: str) -> str:
    """``https://api.kombo.dev/v1/ats/jobs``: where a request went, without user info or query string."""
    port = f":{base_url.port}" if base_url.port is not None else ""
    return f"{base_url.scheme}://{base_url.host}{port}{base_url.path.rstrip('/')}{path}"
