"""Receiving Kombo's webhooks in any async web framework: verify, drop duplicates, answer, then handle.

:class:`WebhookHandlers` holds your handlers per event class and a store of seen event ids. A web
route calls :meth:`WebhookHandlers.accept` with the raw body and the signature header: it answers with
the HTTP status to send (401 unsigned, 413 too large, 400 malformed, 200 otherwise) and, for a new
event, the event to hand to :meth:`WebhookHandlers.dispatch` *after* answering: Kombo waits for the
answer and redelivers on a slow or failing one, so the work never delays it.

Kombo signs no timestamp, so replays and redeliveries are recognised by the event ``id``. The default
store is in memory (one process); several processes or hosts share one by passing any object with
``async def first_time(event_id) -> bool`` (a Redis ``SET NX EX``, a unique index), see
:class:`SeenEventIds`.

:mod:`kombo_ats.fastapi` wraps this in a router; nothing here needs FastAPI.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import math
import os
import traceback
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol, TypeVar, overload

import anyio
import anyio.to_thread
import attrs
from anyio.streams.memory import MemoryObjectSendStream

from ._constants import MAX_WEBHOOK_BODY_BYTES, SEEN_WEBHOOK_EVENT_IDS, WEBHOOK_SECRET_ENV
from .webhooks import (
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
    _secret_key,
    parse_webhook,
)
from .webhooks_base import WebhookEvent

__all__ = ["InMemorySeenEventIds", "Receipt", "SeenEventIds", "WebhookHandlers", "webhook_secret"]

logger = logging.getLogger("kombo_ats.webhooks")

E = TypeVar("E", bound=WebhookEvent[Any])
E2 = TypeVar("E2", bound=WebhookEvent[Any])
E3 = TypeVar("E3", bound=WebhookEvent[Any])
Handler = Callable[[E], Awaitable[None] | None]


class SeenEventIds(Protocol):
    """Where a receiver remembers the event ids it has accepted (to handle a redelivered event once)."""

    async def first_time(self, event_id: str) -> bool:
        """Record ``event_id``; ``True`` if it was not recorded before. Must be atomic across your receivers."""
        ...


class InMemorySeenEventIds:
    """The last ``capacity`` event ids of this process (the default store; one process only)."""

    def __init__(self, capacity: int = SEEN_WEBHOOK_EVENT_IDS) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self._capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    async def first_time(self, event_id: str) -> bool:
        if event_id in self._ids:  # no await between the check and the insert: atomic in one event loop
            return False
        self._ids[event_id] = None
        if len(self._ids) > self._capacity:
            self._ids.popitem(last=False)
        return True


@attrs.frozen
class Receipt:
    """What :meth:`WebhookHandlers.accept` decided: the status to answer, and the event to dispatch (if any)."""

    status: int
    event: WebhookEvent[Any] | None = None
    duplicate: bool = False
    reason: str = "accepted"


def webhook_secret(secret: str | None = None) -> str:
    """``secret``, or the ``KOMBO_WEBHOOK_SECRET`` environment variable; a clear error if neither is set."""
    value = secret if secret is not None else os.environ.get(WEBHOOK_SECRET_ENV, "")
    if not value:
        raise WebhookSignatureError(
            f"no webhook secret: pass secret=... or set {WEBHOOK_SECRET_ENV} to the secret shown in Kombo's dashboard"
        )
    _secret_key(value)  # one that cannot key an HMAC fails now, at start-up, not at every event
    return value


class WebhookHandlers:
    """Your handlers per event class, the duplicate filter, and the accept/dispatch steps of a receiver.

    Register with ``@handlers.on(DataChangedEvent)`` (several classes at once, or ``WebhookEvent`` for
    every event including unknown types). Handlers are ``async def`` (or plain functions, run in a
    worker thread) taking the event. One that raises is logged (class, event id and type, stack; never
    the message, which may hold personal data) and does not stop the other handlers or later events.
    """

    def __init__(self, *, seen: SeenEventIds | None = None) -> None:
        self.seen: SeenEventIds = seen if seen is not None else InMemorySeenEventIds()
        self._handlers: list[tuple[tuple[type[WebhookEvent[Any]], ...], Handler[Any]]] = []
        self._queue: MemoryObjectSendStream[WebhookEvent[Any]] | None = None

    def __repr__(self) -> str:
        return f"<WebhookHandlers: {len(self._handlers)} handlers>"

    @overload
    def on(self, event_type: type[E], /) -> Callable[[Handler[E]], Handler[E]]: ...
    @overload
    def on(self, t1: type[E], t2: type[E2], /) -> Callable[[Handler[E | E2]], Handler[E | E2]]: ...
    @overload
    def on(
        self, t1: type[E], t2: type[E2], t3: type[E3], /
    ) -> Callable[[Handler[E | E2 | E3]], Handler[E | E2 | E3]]: ...
    @overload
    def on(self, *event_types: type[WebhookEvent[Any]]) -> Callable[[Handler[Any]], Handler[Any]]: ...
    def on(self, *event_types: type[WebhookEvent[Any]]) -> Callable[[Handler[Any]], Handler[Any]]:
        """Decorator: call the function for events of these classes (subclasses of ``WebhookEvent``)."""
        if not event_types:
            raise TypeError("on() needs at least one event class, e.g. on(DataChangedEvent) or on(WebhookEvent)")
        for cls in event_types:
            if not (isinstance(cls, type) and issubclass(cls, WebhookEvent)):
                raise TypeError(
                    f"on() takes event classes from kombo_ats.webhooks (e.g. DataChangedEvent), got {cls!r}"
                )

        def register(handler: Handler[Any]) -> Handler[Any]:
            self._handlers.append((tuple(event_types), handler))
            return handler

        return register

    async def accept(
        self, body: bytes, signature: str | None, *, secret: str, max_bytes: int = MAX_WEBHOOK_BODY_BYTES
    ) -> Receipt:
        """Verify and parse one request and filter duplicates; runs no handler (see :meth:`dispatch`)."""
        try:
            event = parse_webhook(body, signature=signature, secret=secret, max_bytes=max_bytes)
        except WebhookSignatureError as exc:
            logger.warning("webhook refused (401): %s", exc)
            return Receipt(401, reason="invalid signature")
        except WebhookPayloadTooLargeError as exc:
            logger.warning("webhook refused (413): %s", exc)
            return Receipt(413, reason="payload too large")
        except WebhookPayloadError as exc:
            logger.warning("webhook refused (400): %s", exc)
            return Receipt(400, reason=f"malformed payload{f' ({exc.field})' if exc.field else ''}")
        if not await self.seen.first_time(event.id):
            logger.info("webhook %s (%s) is a redelivery; already accepted, not handled again", event.id, event.type)
            return Receipt(200, event=event, duplicate=True, reason="duplicate")
        return Receipt(200, event=event)

    @contextlib.asynccontextmanager
    async def running(self, *, concurrency: int = 16) -> AsyncIterator[None]:
        """Run handlers in tasks of their own while the context is open (an app's lifespan).

        Without it, a web framework runs them after the answer but as part of the request (Starlette's
        background task): the answer is sent, yet the request's ASGI call lasts until every handler is
        done, unbounded in number, and an in-process test client waits for them. With it, :meth:`submit`
        hands events to at most ``concurrency`` concurrent handler runs and returns at once. On exit,
        events already submitted are still handled.
        """
        send, receive = anyio.create_memory_object_stream[WebhookEvent[Any]](math.inf)
        limiter = anyio.CapacityLimiter(concurrency)

        async def run_one(event: WebhookEvent[Any]) -> None:
            async with limiter:
                await self.dispatch(event)

        async with anyio.create_task_group() as tasks:

            async def pump() -> None:
                async with receive:
                    async for event in receive:
                        tasks.start_soon(run_one, event)

            tasks.start_soon(pump)
            self._queue = send
            try:
                yield
            finally:
                self._queue = None
                await send.aclose()

    def submit(self, event: WebhookEvent[Any]) -> bool:
        """Hand ``event`` to the running handler tasks (see :meth:`running`); ``False`` if they are not running."""
        if self._queue is None:
            return False
        self._queue.send_nowait(event)
        return True

    async def dispatch(self, event: WebhookEvent[Any]) -> None:
        """Run every handler registered for the event's class, one after the other; never raises."""
        for event_types, handler in self._handlers:
            if not isinstance(event, event_types):
                continue
            try:
                if inspect.iscoroutinefunction(handler):
                    await handler(event)
                else:
                    result = await anyio.to_thread.run_sync(handler, event)
                    if inspect.isawaitable(result):
                        await result
            except Exception as exc:  # one handler's failure must not stop the others
                _log_failure(handler, event, exc)


def _log_failure(handler: Callable[..., Any], event: WebhookEvent[Any], exc: BaseException) -> None:
    """Which handler failed on which event, with the stack but not the message (it may quote personal data)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    name = getattr(handler, "__qualname__", repr(handler))
    logger.error(
        "webhook handler %s raised %s on event %s (%s); the next events are handled as usual\n%s",
        name,
        type(exc).__name__,
        event.id,
        event.type,
        stack,
    )
