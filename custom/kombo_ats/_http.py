"""Send one logical request: attempts, retries, logging, and mapping failures to typed errors.

Requests are built by the generated endpoint modules' ``_get_kwargs`` (so URLs, parameter names
and the ``X-Integration-Id`` header come from the spec) and sent through the client's shared
``httpx.AsyncClient``. Per-call headers travel with the request only; the shared client is never
mutated, which is what makes one client safe for many integrations at once.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import anyio
import httpx

from kombo_ats_client import AuthenticatedClient, Client

from ._json import loads as _json_loads
from ._logging import log_attempt, log_retry
from .errors import KomboAPIError, KomboConnectionError, KomboTimeoutError, body_excerpt, error_from_response
from .retry import RetryMode, is_retryable_exception, is_retryable_status, next_delay, parse_retry_after

AnyClient = AuthenticatedClient | Client
T = TypeVar("T")

# Indirections the tests replace to observe waits without sleeping (anyio.sleep works on trio too).
_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
_random: Callable[[], float] = random.random


async def send(client: AnyClient, request_kwargs: Mapping[str, Any], *, mode: RetryMode) -> httpx.Response:
    """Send the request, retrying transient failures per ``mode``; return the 2xx response or raise.

    Raises ``KomboAPIError`` (subclass by status) for error statuses, ``KomboTimeoutError`` or
    ``KomboConnectionError`` when no response came back.
    """
    http = client.get_async_httpx_client()
    max_retries = max(0, int(client.max_retries))
    attempts = max_retries + 1
    method = str(request_kwargs["method"]).upper()
    path = str(request_kwargs["url"])
    headers = request_kwargs.get("headers") or {}
    integration_id = headers.get("X-Integration-Id")
    attempt = 0
    while True:
        attempt += 1
        started = time.perf_counter()
        try:
            response = _detach_stream(await http.request(**request_kwargs))
        except httpx.HTTPError as exc:
            elapsed = time.perf_counter() - started
            log_attempt(
                method=method,
                path=path,
                integration_id=integration_id,
                status=type(exc).__name__,
                duration_s=elapsed,
                attempt=attempt,
                attempts=attempts,
            )
            if attempt <= max_retries and is_retryable_exception(exc, mode):
                delay = next_delay(
                    attempt, retry_after=None, base=client.retry_backoff, cap=client.retry_max_delay, rand=_random
                )
                log_retry(method=method, path=path, reason=type(exc).__name__, delay_s=delay, attempt=attempt)
                await _sleep(delay)
                continue
            raise _transport_error(exc, method=method, path=path, attempt=attempt) from exc
        elapsed = time.perf_counter() - started
        status = response.status_code
        log_attempt(
            method=method,
            path=path,
            integration_id=integration_id,
            status=status,
            duration_s=elapsed,
            attempt=attempt,
            attempts=attempts,
        )
        if 200 <= status < 300:
            return response
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if attempt <= max_retries and is_retryable_status(status, mode):
            delay = next_delay(
                attempt, retry_after=retry_after, base=client.retry_backoff, cap=client.retry_max_delay, rand=_random
            )
            log_retry(method=method, path=path, reason=f"HTTP {status}", delay_s=delay, attempt=attempt)
            await _sleep(delay)
            continue
        raise error_from_response(response, retry_after=retry_after)


def _detach_stream(response: httpx.Response) -> httpx.Response:
    """Break httpx's response <-> stream reference cycle once the body has been read.

    httpx wraps the stream of every response in an object that points back at the response, so a
    finished response (and its page of up to 250 records) is only freed by the cyclic garbage
    collector, not when the last reference goes. A long walk then keeps a varying number of dead
    pages alive. The body is already fully read here (we never stream), so an in-memory stream over
    the same bytes is equivalent and lets reference counting free each page right away.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


def _transport_error(exc: httpx.HTTPError, *, method: str, path: str, attempt: int) -> KomboConnectionError:
    """Wrap an httpx failure; the message names the request but never its headers (the API key)."""
    tries = f" after {attempt} attempts" if attempt > 1 else ""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return KomboTimeoutError(f"{method} {path} timed out{tries}: {detail}")
    return KomboConnectionError(f"{method} {path} failed{tries}: {type(exc).__name__}: {detail}")


def parse_body(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """Turn a 2xx body into the generated model, or raise ``KomboAPIError`` if it is not what the spec says.

    A proxy can answer 200 with HTML; that must surface as an SDK error carrying an excerpt, not as
    a ``JSONDecodeError``/``KeyError`` from deep inside a model.
    """
    try:
        payload = _json_loads(response.content)
        if not isinstance(payload, Mapping):
            raise TypeError(f"expected a JSON object, got {type(payload).__name__}")
        return from_dict(payload)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        excerpt = body_excerpt(response.content)
        raise KomboAPIError(
            f"unexpected response body ({type(exc).__name__}: {exc})",  # names model and field, never values
            status_code=response.status_code,
            body_excerpt=excerpt,
            response=response,
        ) from exc
