"""Cursor walking: ``Page``, the page and item iterators, and the walk every list operation shares.

Walkers are plain functions returning iterators (not async generators) so that every argument is
validated when the walker is called, before any request, and so that breaking out of ``async for``
needs no cleanup in the caller's task (see ``_prefetch``). Only the current page is held (plus
the prefetched one with ``read_ahead``), so walking a million records needs one page of memory.

The typed walkers (``iter_candidates`` & co) and ``iter_pages`` are generated from the spec
(``_generated/walkers.py``); they all end in :func:`walk` with their operation's :class:`ListEndpoint`.
"""

from __future__ import annotations

import hashlib
import operator
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import attrs
import httpx

from ._constants import DEFAULT_PAGE_SIZE
from ._decode import decode_body
from ._http import AnyClient, RequestOptions, send
from ._prefetch import Prefetch
from ._records import checked_next_cursor, decode_dict_page, page_rules
from ._request import build_request, route_params
from ._validation import check_client
from .errors import PaginationError
from .filters import Filters, build_filters, encode_filters, validate_page_size, warn_deprecated_operation
from .spec import Operation, api

__all__ = [
    "ItemIterator",
    "ListEndpoint",
    "Page",
    "PageIterator",
    "WalkProgress",
    "WalkProgressCallback",
    "walk",
    "walk_resource",
]

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    """One page of results.

    Persist ``next_cursor`` to checkpoint a long walk, then pass it as ``cursor=`` to resume right
    after this page. ``cursor`` is the cursor that fetched this page (``None`` for the first).
    """

    results: list[T]
    next_cursor: str | None
    cursor: str | None

    @property
    def is_last(self) -> bool:
        """True when the API said there is nothing after this page (``next: null``)."""
        return self.next_cursor is None


@attrs.frozen
class WalkProgress:
    """How far a walk has got, handed to ``progress=`` after every page it fetched (empty pages too)."""

    records: int
    """Records fetched so far."""
    pages: int
    """Pages fetched so far."""
    elapsed: float
    """Seconds since the walk asked for its first page."""


WalkProgressCallback = Callable[[WalkProgress], None]
"""``progress=`` of the walkers: called in the walking task, so it should return quickly (a counter, a
progress bar update); an exception it raises ends the walk."""


@attrs.frozen
class ListEndpoint:
    """What the walk needs of one paginated list operation besides the spec: its generated classes."""

    operation_id: str
    response: Callable[[Mapping[str, Any]], Any]
    """The generated envelope's ``from_dict``."""
    filters: type[Filters]

    @property
    def operation(self) -> Operation:
        return api().operations[self.operation_id]


FetchPage = Callable[[str | None], Awaitable[Page[Any]]]
FetchDicts = Callable[[str | None], Awaitable[Page[dict[str, Any]]]]


class _ClosedOnExit:
    """``async with walker:`` closes it (cancelling a pending prefetch) however the block ends."""

    async def aclose(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _short(cursor: str) -> str:
    return repr(cursor if len(cursor) <= 60 else cursor[:57] + "...")


def _cursor_digest(cursor: str) -> bytes:
    """What the cycle guard keeps of each cursor walked: 16 bytes, however long the cursor is.

    A walk remembers every cursor it requested; keeping the strings themselves would make its memory grow with
    the cursors' length (Kombo's run to ~100 characters, a misbehaving server's could be megabytes). A 128-bit
    blake2b digest keeps the growth at a fixed ~50 bytes per page and cannot collide in practice (unlike
    ``hash()``, whose 64 bits an adversarial server could collide on purpose).
    """
    return hashlib.blake2b(cursor.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class PageIterator(_ClosedOnExit, Generic[T]):
    """Async iterator over pages; fetches lazily, so a ``break`` sends no further request.

    With ``read_ahead`` the next page is requested as soon as a page is handed out, overlapping
    the network with the caller's work; never more than that one request is in flight. Usable as
    ``async with`` (or ``aclose()``) to cancel a pending prefetch deterministically; dropping the
    iterator cancels it too. A cursor that comes back after it was already walked (a cycle of any
    length) ends the walk with ``PaginationError`` instead of looping forever.
    """

    def __init__(
        self,
        fetch: FetchPage,
        *,
        cursor: str | None,
        read_ahead: bool,
        label: str = "walk",
        progress: WalkProgressCallback | None = None,
        fetch_dicts: FetchDicts | None = None,
    ) -> None:
        self._fetch = fetch
        self._fetch_dicts = fetch_dicts
        self._progress = progress
        self._records = 0
        self._pages = 0
        self._started: float | None = None
        self._cursor = cursor
        self._read_ahead = read_ahead
        self._label = label
        self._finished = False
        self._prefetch: Prefetch[Page[Any]] | None = None
        self._seen: set[bytes] = {_cursor_digest(cursor)} if cursor is not None else set()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Page[T]:
        if self._finished:
            raise StopAsyncIteration
        prefetch, self._prefetch = self._prefetch, None
        if self._started is None:
            self._started = time.monotonic()
        try:
            page: Page[T] = await prefetch.result() if prefetch is not None else await self._fetch(self._cursor)
        except BaseException:
            self._finished = True
            raise
        if self._progress is not None:
            self._pages += 1
            self._records += len(page.results)
            self._progress(WalkProgress(self._records, self._pages, time.monotonic() - self._started))
        next_cursor = page.next_cursor
        if next_cursor is None:
            self._finished = True
            return page
        digest = _cursor_digest(next_cursor)
        if digest in self._seen:
            self._finished = True
            raise PaginationError(
                f"{self._label}: the page fetched with cursor {_short(page.cursor) if page.cursor else 'None'} "
                f"names cursor {_short(next_cursor)} as next, which this walk already requested; "
                "stopping instead of looping forever"
            )
        self._seen.add(digest)
        self._cursor = next_cursor
        if self._read_ahead:
            # Capture the fetch function, not ``self``: the running prefetch must not keep this
            # iterator alive, or dropping it (``break``) could not cancel the prefetch.
            fetch = self._fetch
            self._prefetch = Prefetch(lambda: fetch(next_cursor))
        return page

    def as_dicts(self) -> PageIterator[dict[str, Any]]:
        """The same walk with each record as a plain dict, exactly as Kombo sent it: the fastest way to a store.

        No models are built: the page's bytes are decoded into dicts in C, unknown fields and date-times as
        Kombo writes them included, and only what a store relies on is checked against the spec (see
        ``kombo_ats._records``). Cursors, ``read_ahead``, ``progress=``, retries and errors are those of the walk.
        Allowed before the first page is fetched (else ``ValueError``); go on with the returned iterator.
        """
        if self._started is not None:
            raise ValueError(
                "as_dicts(): this walk already fetched its first page; "
                "call it right after the walker, before the first page or record is taken"
            )
        if self._fetch_dicts is None:
            raise ValueError(f"as_dicts(): this {self._label} iterator was not built by a walker and has no dict form")
        return PageIterator(
            self._fetch_dicts,
            cursor=self._cursor,
            read_ahead=self._read_ahead,
            label=self._label,
            progress=self._progress,
            fetch_dicts=self._fetch_dicts,
        )

    async def aclose(self) -> None:
        """Stop walking: cancel a pending prefetch and wait for it to finish."""
        self._finished = True
        prefetch, self._prefetch = self._prefetch, None
        if prefetch is not None:
            await prefetch.aclose()

    def __del__(self) -> None:
        prefetch = getattr(self, "_prefetch", None)
        if prefetch is not None:
            prefetch.cancel()


class ItemIterator(_ClosedOnExit, Generic[T]):
    """Async iterator over the records of every page, in order; skips empty pages.

    :meth:`by_page` turns it into whole pages (each with the cursor to resume after it) for code that
    must work page by page, e.g. a stream that ends with a resume cursor.
    """

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter([])  # a list's iterator: it knows how many records are left

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            page = await self._pages.__anext__()
            self._items = iter(page.results)

    def by_page(self) -> PageIterator[T]:
        """The rest of this walk as whole pages: ``await anext(pages)`` fetches the next one now (so its errors
        come before you commit to anything), and each page's ``next_cursor`` resumes right after it.

        Allowed before the first record or right after the last record of a page. In the middle of a page it
        is a ``ValueError``: the page's remaining records would be skipped, and no cursor resumes mid-page.
        The pages are handed over: go on with the returned iterator, not with this one.
        """
        left = operator.length_hint(self._items)
        if left:
            raise ValueError(
                f"by_page(): {left} record(s) of the current page were not taken yet and would be skipped; "
                "call it before the first record or after the last record of a page"
            )
        return self._pages

    def as_dicts(self) -> ItemIterator[dict[str, Any]]:
        """The same walk yielding each record as a plain dict, exactly as Kombo sent it (see
        ``PageIterator.as_dicts``): ``iter_candidates(client, ...).as_dicts()``. ``.by_page()`` after it gives
        ``Page[dict[str, Any]]``. Allowed before the first record is taken (else ``ValueError``)."""
        return ItemIterator(self._pages.as_dicts())

    async def aclose(self) -> None:
        """Stop walking (see ``PageIterator.aclose``)."""
        self._items = iter([])
        await self._pages.aclose()


def walk(
    endpoint: ListEndpoint,
    client: AnyClient,
    *,
    integration_id: str | None,
    path: Mapping[str, object],
    cursor: str | None,
    page_size: int | None,
    read_ahead: bool,
    filters: Filters | None,
    filter_kwargs: Mapping[str, Any],
    stacklevel: int,
    timeout: float | None = None,
    max_retries: int | None = None,
    progress: WalkProgressCallback | None = None,
) -> PageIterator[Any]:
    """Validate everything and return a page iterator; ``stacklevel`` locates the caller for warnings."""
    op = endpoint.operation
    check_client(client)
    params = route_params(op, integration_id=integration_id, path=path)
    warn_deprecated_operation(op, stacklevel=stacklevel + 1)
    if cursor is not None and (not isinstance(cursor, str) or not cursor):
        raise TypeError(f"cursor: expected a non-empty string or None, got {cursor!r}")
    if not isinstance(read_ahead, bool):
        raise TypeError(f"read_ahead: expected a bool, got {type(read_ahead).__name__}")
    if progress is not None and not callable(progress):
        raise TypeError(f"progress: expected a callable taking a WalkProgress, got {type(progress).__name__}")
    size_param = op.param("page_size") if any(p.name == "page_size" for p in op.params) else None
    if size_param is not None:
        default = size_param.default if isinstance(size_param.default, int) else DEFAULT_PAGE_SIZE
        params["page_size"] = validate_page_size(default if page_size is None else page_size, size_param)
    elif page_size is not None:
        raise TypeError(f"page_size: {op.name} has no page size")
    options = RequestOptions.of(timeout=timeout, max_retries=max_retries)
    chosen = build_filters(endpoint.filters, filters, filter_kwargs)
    params.update(encode_filters(chosen, warn=True, stacklevel=stacklevel + 1))

    async def get(page_cursor: str | None) -> httpx.Response:
        request = build_request(op, params if page_cursor is None else {**params, "cursor": page_cursor})
        return await send(client, request, options=options)

    async def fetch(page_cursor: str | None) -> Page[Any]:
        response = await get(page_cursor)
        body = decode_body(response, endpoint.response)
        return Page(
            results=list(body.data.results or ()),
            next_cursor=checked_next_cursor(body.data.next_, response, op),
            cursor=page_cursor,
        )

    async def fetch_dicts(page_cursor: str | None) -> Page[dict[str, Any]]:
        results, next_cursor = decode_dict_page(await get(page_cursor), page_rules(op.operation_id))
        return Page(results=results, next_cursor=next_cursor, cursor=page_cursor)

    return PageIterator(
        fetch, cursor=cursor, read_ahead=read_ahead, label=op.resource, progress=progress, fetch_dicts=fetch_dicts
    )


def walk_resource(
    endpoints: Mapping[str, ListEndpoint],
    client: AnyClient,
    resource: str,
    *,
    integration_id: str | None,
    cursor: str | None,
    page_size: int | None,
    read_ahead: bool,
    filters: Filters | None,
    kwargs: Mapping[str, Any],
    stacklevel: int,
    timeout: float | None = None,
    max_retries: int | None = None,
    progress: WalkProgressCallback | None = None,
) -> PageIterator[Any]:
    """``iter_pages``: walk a list operation chosen by name; path parameters and filters come as keywords."""
    endpoint = endpoints.get(resource) if isinstance(resource, str) else None
    if endpoint is None:
        raise ValueError(f"resource: must be one of {sorted(endpoints)}, got {resource!r}")
    path_names = {p.name for p in endpoint.operation.params_in("path")} - {"integration_id"}
    path = {k: v for k, v in kwargs.items() if k in path_names}
    return walk(
        endpoint,
        client,
        integration_id=integration_id,
        path=path,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs={k: v for k, v in kwargs.items() if k not in path_names},
        stacklevel=stacklevel + 1,
        timeout=timeout,
        max_retries=max_retries,
        progress=progress,
    )
