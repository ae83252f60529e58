"""Walking one list for many integrations at once, from dlt's (synchronous) extract thread.

dlt pulls records from plain generators; the SDK walks with ``async``. Each resource runs its walks in
an event loop of its own (an anyio blocking portal in a background thread), ``concurrency`` integrations
at a time, each reading ahead one page, and hands finished pages to the generator through a small
buffer: the network keeps working while dlt writes the previous page. Pages are walked with ``.as_dicts()``: each
record is the dict Kombo sent (unknown fields and Kombo's date-time text included), the form the store keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

import anyio
import anyio.from_thread
import attrs
from anyio.streams.memory import MemoryObjectSendStream

from .._generated.walkers import iter_pages_dynamic
from .._http import AnyClient
from ..client import make_client
from ._tables import Table

__all__ = ["ClientFactory", "Done", "Failed", "PageOfRecords", "Walk", "walk_many"]

ClientFactory = Callable[[], AbstractAsyncContextManager[AnyClient]]


@attrs.frozen
class Walk:
    """One integration's walk of one list: where it starts."""

    integration_id: str
    since: dt.datetime | None
    """``updated_after`` (``None``: everything)."""
    include_deleted: bool


@attrs.frozen
class PageOfRecords:
    walk: Walk
    records: list[dict[str, Any]]


@attrs.frozen
class Done:
    walk: Walk
    started_at: dt.datetime
    """When the first request of this walk was about to be sent: the next incremental fetch's start."""


@attrs.frozen
class Failed:
    walk: Walk
    error: str


Event = PageOfRecords | Done | Failed


def default_client_factory(client_options: Mapping[str, Any]) -> ClientFactory:
    def factory() -> AbstractAsyncContextManager[AnyClient]:
        return make_client(**client_options)

    return factory


def _describe(exc: BaseException) -> str:
    """One line for the report: the SDK's errors already say what happened and never hold the key."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def _walk_one(
    client: AnyClient,
    table: Table,
    walk: Walk,
    page_size: int,
    limiter: anyio.CapacityLimiter,
    send: MemoryObjectSendStream[Event],
) -> None:
    filters: dict[str, Any] = {}
    if walk.since is not None:
        filters["updated_after"] = walk.since
    if walk.include_deleted:
        filters["include_deleted"] = True
    async with send, limiter:
        started_at = dt.datetime.now(dt.UTC)
        try:
            pages = iter_pages_dynamic(
                client,
                table.resource,
                integration_id=walk.integration_id,
                read_ahead=True,
                page_size=table.page_size_argument(page_size),
                **filters,
            ).as_dicts()  # the records as Kombo sent them, what the store keeps: no models built and unbuilt
            async with pages:
                async for page in pages:
                    await send.send(PageOfRecords(walk, page.results))
        except Exception as exc:  # reported per walk; the other integrations go on
            await send.send(Failed(walk, _describe(exc)))
            return
        await send.send(Done(walk, started_at))


def walk_many(
    table: Table,
    walks: Sequence[Walk],
    *,
    client_factory: ClientFactory,
    concurrency: int,
    page_size: int,
) -> Iterator[Event]:
    """Every page of every walk, as they arrive, then a ``Done`` or ``Failed`` per walk."""
    if not walks:
        return
    send, receive = anyio.create_memory_object_stream[Event](max(2, concurrency))

    async def produce() -> None:
        async with send:
            try:
                async with client_factory() as client, anyio.create_task_group() as group:
                    limiter = anyio.CapacityLimiter(concurrency)
                    for walk in walks:
                        group.start_soon(_walk_one, client, table, walk, page_size, limiter, send.clone())
            except Exception as exc:  # e.g. no API key: every walk fails with the same reason
                for walk in walks:
                    await send.send(Failed(walk, _describe(exc)))

    with anyio.from_thread.start_blocking_portal() as portal:
        future = portal.start_task_soon(produce)
        try:
            while True:
                try:
                    event = portal.call(receive.receive)
                except anyio.EndOfStream:
                    break
                yield event
        finally:
            if not future.done():
                future.cancel()
            portal.call(receive.aclose)
