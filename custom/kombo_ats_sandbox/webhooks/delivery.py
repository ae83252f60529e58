"""Signed delivery of webhook events with bounded retries, off the request path, and its log.

One scheduler thread keeps a heap of timed jobs (a coalescing window closing, a sync finishing, a
retry falling due) and hands due deliveries to a small thread pool; an API request only ever
appends to the heap, so no answer waits for a delivery. Each event goes to every configured URL as
the exact bytes that were signed (``X-Kombo-Signature``: HMAC-SHA256, base64url without padding);
a non-2xx answer, a timeout or a connection error is retried after ``backoff_seconds``, doubled per
attempt (at most 8 s), up to ``max_attempts``. ``log()`` lists every delivery: event id, type, URL,
attempts, last status and state (``pending``, ``delivered``, ``failed``).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
from kombo_ats.webhooks import SIGNATURE_HEADER, sign_webhook

from ..data.webhook_settings import WebhookSettings

__all__ = ["Delivery", "DeliveryWorker"]

logger = logging.getLogger("kombo_ats_sandbox.webhooks")
_MAX_BACKOFF = 8.0
_LOG_LIMIT = 1000  # deliveries kept in the log (oldest dropped)


@dataclass
class Delivery:
    """One event to one URL."""

    event_id: str
    type: str
    url: str
    body: bytes = field(repr=False)
    attempts: int = 0
    last_status: int | str | None = None  # HTTP status, or "timeout" / "connection error"
    state: str = "pending"
    created_at: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "type": self.type,
            "url": self.url,
            "attempts": self.attempts,
            "last_status": self.last_status,
            "state": self.state,
        }


class DeliveryWorker:
    """Schedules jobs and delivers events (see the module docstring). Threads start on first use."""

    def __init__(self, settings: WebhookSettings) -> None:
        self.settings = settings
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._busy = 0  # jobs taken off the heap and not finished yet
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._client: httpx.Client | None = None
        self._closed = False
        self._log: list[Delivery] = []

    # ------------------------------------------------------------------------------ scheduling
    def call_later(self, delay: float, job: Callable[[], None]) -> None:
        """Run ``job`` (short, non-blocking) in the scheduler thread after ``delay`` seconds."""
        with self._cond:
            if self._closed:
                return
            self._start()
            heapq.heappush(self._heap, (time.monotonic() + max(delay, 0.0), next(self._seq), job))
            self._cond.notify_all()

    def _start(self) -> None:
        if self._thread is None:
            self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kombo-sandbox-webhook")
            self._client = httpx.Client(timeout=self.settings.timeout_seconds, trust_env=False)
            self._thread = threading.Thread(target=self._run, name="kombo-sandbox-webhooks", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (not self._heap or self._heap[0][0] > time.monotonic()):
                    self._cond.wait(None if not self._heap else self._heap[0][0] - time.monotonic())
                if self._closed:
                    return
                _, _, job = heapq.heappop(self._heap)
                self._busy += 1
            try:
                job()
            except Exception:  # a job's bug must not stop the scheduler
                logger.exception("sandbox webhook job failed")
            finally:
                self._done()

    def _done(self) -> None:
        with self._cond:
            self._busy -= 1
            self._cond.notify_all()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until nothing is scheduled or in flight (tests, demos); ``False`` on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._heap or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(min(remaining, 0.05))
            return True

    def close(self) -> None:
        """Stop the threads; pending jobs are dropped."""
        with self._cond:
            self._closed = True
            self._heap.clear()
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(5)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._client is not None:
            self._client.close()

    # ------------------------------------------------------------------------------ delivering
    def send(self, event: dict[str, Any]) -> None:
        """Deliver ``event`` to every configured URL (now, from the pool)."""
        settings = self.settings
        if not settings.enabled:
            return
        body = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        for url in settings.urls:
            delivery = Delivery(event_id=str(event["id"]), type=str(event["type"]), url=url, body=body)
            with self._cond:
                self._log.append(delivery)
                del self._log[:-_LOG_LIMIT]
            self.call_later(0.0, functools.partial(self._submit, delivery))

    def _submit(self, delivery: Delivery) -> None:
        assert self._pool is not None
        with self._cond:
            self._busy += 1  # in flight until the attempt is over
        try:
            self._pool.submit(self._attempt, delivery)
        except RuntimeError:  # the pool was shut down (closing)
            self._done()

    def _attempt(self, delivery: Delivery) -> None:
        try:
            self._post(delivery)
        except Exception as exc:  # the pool would swallow it, leaving the delivery "pending" for ever
            delivery.state, delivery.last_status = "failed", f"error: {type(exc).__name__}"
            logger.exception("webhook %s to %s could not be sent", delivery.event_id, delivery.url)
        finally:
            self._done()

    def _post(self, delivery: Delivery) -> None:
        settings, client = self.settings, self._client
        assert client is not None and settings.secret
        delivery.attempts += 1
        try:
            response = client.post(
                delivery.url,
                content=delivery.body,
                headers={
                    "Content-Type": "application/json",
                    SIGNATURE_HEADER: sign_webhook(delivery.body, settings.secret),
                },
            )
            delivery.last_status = response.status_code
            ok = 200 <= response.status_code < 300
        except httpx.TimeoutException:
            delivery.last_status, ok = "timeout", False
        except httpx.HTTPError:
            delivery.last_status, ok = "connection error", False
        if ok:
            delivery.state = "delivered"
        elif delivery.attempts >= settings.max_attempts:
            delivery.state = "failed"
            logger.warning(
                "webhook %s to %s failed after %d attempts", delivery.event_id, delivery.url, delivery.attempts
            )
        else:
            delay = min(settings.backoff_seconds * 2 ** (delivery.attempts - 1), _MAX_BACKOFF)
            self.call_later(delay, functools.partial(self._submit, delivery))

    def log(self) -> list[dict[str, Any]]:
        """Every delivery so far (newest last)."""
        with self._cond:
            return [d.to_dict() for d in self._log]

    def clear_log(self) -> None:
        with self._cond:
            self._log.clear()
