"""Cursor walking: ``Page``, the page and item iterators, and the per-endpoint walkers.

Walkers are plain functions returning iterators (not async generators) so that every argument is
validated when the walker is called, before any request, and so that breaking out of ``async for``
needs no cleanup in the caller's task (see ``_prefetch``). Only the current page is held (plus
the prefetched one with ``read_ahead``), so walking a million records needs one page of memory.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from types import ModuleType, TracebackType
from typing import Any, Generic, Literal, Self, TypeVar, overload

import attrs

from kombo_ats_client.api.ats import get_applications, get_candidates, get_jobs, get_offers
from kombo_ats_client.models.application import Application
from kombo_ats_client.models.candidate import Candidate
from kombo_ats_client.models.get_applications_response import GetApplicationsResponse
from kombo_ats_client.models.get_candidates_response import GetCandidatesResponse
from kombo_ats_client.models.get_jobs_response import GetJobsResponse
from kombo_ats_client.models.get_offers_response import GetOffersResponse
from kombo_ats_client.models.job import Job
from kombo_ats_client.models.offer import Offer

from ._http import AnyClient, parse_body, send
from ._prefetch import Prefetch
from ._validation import check_client, check_integration_id
from .errors import PaginationError
from .filters import (
    ApplicationFilters,
    CandidateFilters,
    Filters,
    JobFilters,
    OfferFilters,
    build_filters,
    encode_filters,
    validate_page_size,
)
from .retry import RetryMode

__all__ = ["ItemIterator", "Page", "PageIterator", "iter_pages"]

T = TypeVar("T")
Resource = Literal["candidates", "jobs", "applications", "offers"]
DEFAULT_PAGE_SIZE = 100


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
class _Endpoint:
    """What differs between the list endpoints; everything else is shared."""

    module: ModuleType
    response: Callable[[Mapping[str, Any]], Any]
    filters: type[Filters]


_ENDPOINTS: dict[str, _Endpoint] = {
    "candidates": _Endpoint(get_candidates, GetCandidatesResponse.from_dict, CandidateFilters),
    "jobs": _Endpoint(get_jobs, GetJobsResponse.from_dict, JobFilters),
    "applications": _Endpoint(get_applications, GetApplicationsResponse.from_dict, ApplicationFilters),
    "offers": _Endpoint(get_offers, GetOffersResponse.from_dict, OfferFilters),
}

FetchPage = Callable[[str | None], Awaitable[Page[Any]]]


class PageIterator(Generic[T]):
    """Async iterator over pages; fetches lazily, so a ``break`` sends no further request.

    With ``read_ahead`` the next page is requested as soon as a page is handed out, overlapping
    the network with the caller's work; never more than that one request is in flight. Usable as
    ``async with`` (or ``aclose()``) to cancel a pending prefetch deterministically; dropping the
    iterator cancels it too.
    """

    def __init__(self, fetch: FetchPage, *, cursor: str | None, read_ahead: bool) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._read_ahead = read_ahead
        self._finished = False
        self._prefetch: Prefetch[Page[Any]] | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Page[T]:
        if self._finished:
            raise StopAsyncIteration
        prefetch, self._prefetch = self._prefetch, None
        page: Page[T] = await prefetch.result() if prefetch is not None else await self._fetch(self._cursor)
        if page.next_cursor is None:
            self._finished = True
        else:
            self._cursor = page.next_cursor
            if self._read_ahead:
                # Capture the fetch function, not ``self``: the running prefetch must not keep this
                # iterator alive, or dropping it (``break``) could not cancel the prefetch.
                fetch, cursor = self._fetch, page.next_cursor
                self._prefetch = Prefetch(lambda: fetch(cursor))
        return page

    async def aclose(self) -> None:
        """Stop walking: cancel a pending prefetch and wait for it to finish."""
        self._finished = True
        prefetch, self._prefetch = self._prefetch, None
        if prefetch is not None:
            await prefetch.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        prefetch = getattr(self, "_prefetch", None)
        if prefetch is not None:
            prefetch.cancel()


class ItemIterator(Generic[T]):
    """Async iterator over the records of every page, in order; skips empty pages."""

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                return item
            page = await self._pages.__anext__()
            self._items = iter(page.results)

    async def aclose(self) -> None:
        """Stop walking (see ``PageIterator.aclose``)."""
        self._items = iter(())
        await self._pages.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def prepare_walk(
    client: AnyClient,
    resource: str,
    *,
    integration_id: str,
    cursor: str | None,
    page_size: int,
    read_ahead: bool,
    filters: Filters | None,
    filter_kwargs: dict[str, Any],
    stacklevel: int,
) -> PageIterator[Any]:
    """Validate everything and return a page iterator; ``stacklevel`` locates the caller for warnings."""
    endpoint = _ENDPOINTS.get(resource) if isinstance(resource, str) else None
    if endpoint is None:
        raise ValueError(f"resource: must be one of {sorted(_ENDPOINTS)}, got {resource!r}")
    check_client(client)
    check_integration_id(integration_id)
    if cursor is not None and (not isinstance(cursor, str) or not cursor):
        raise TypeError(f"cursor: expected a non-empty string or None, got {cursor!r}")
    if not isinstance(read_ahead, bool):
        raise TypeError(f"read_ahead: expected a bool, got {type(read_ahead).__name__}")
    size = validate_page_size(page_size)
    params = encode_filters(
        build_filters(endpoint.filters, filters, filter_kwargs), warn=True, stacklevel=stacklevel + 1
    )

    async def fetch(page_cursor: str | None) -> Page[Any]:
        kwargs = endpoint.module._get_kwargs(x_integration_id=integration_id, page_size=size, **params)
        if page_cursor is not None:
            kwargs["params"]["cursor"] = page_cursor
        response = await send(client, kwargs, mode=RetryMode.IDEMPOTENT)
        body = parse_body(response, endpoint.response)
        next_cursor = body.data.next_
        if next_cursor is not None and next_cursor == page_cursor:
            raise PaginationError(
                f"{resource}: the page fetched with cursor {page_cursor!r} names the same cursor as next; "
                "stopping instead of requesting it forever"
            )
        return Page(
            results=list(body.data.results or ()),
            next_cursor=next_cursor if isinstance(next_cursor, str) and next_cursor else None,
            cursor=page_cursor,
        )

    return PageIterator(fetch, cursor=cursor, read_ahead=read_ahead)


@overload
def iter_pages(
    client: AnyClient,
    resource: Literal["candidates"],
    *,
    integration_id: str,
    cursor: str | None = ...,
    page_size: int = ...,
    read_ahead: bool = ...,
    filters: Filters | None = ...,
    **filter_kwargs: Any,
) -> PageIterator[Candidate]: ...
@overload
def iter_pages(
    client: AnyClient,
    resource: Literal["jobs"],
    *,
    integration_id: str,
    cursor: str | None = ...,
    page_size: int = ...,
    read_ahead: bool = ...,
    filters: Filters | None = ...,
    **filter_kwargs: Any,
) -> PageIterator[Job]: ...
@overload
def iter_pages(
    client: AnyClient,
    resource: Literal["applications"],
    *,
    integration_id: str,
    cursor: str | None = ...,
    page_size: int = ...,
    read_ahead: bool = ...,
    filters: Filters | None = ...,
    **filter_kwargs: Any,
) -> PageIterator[Application]: ...
@overload
def iter_pages(
    client: AnyClient,
    resource: Literal["offers"],
    *,
    integration_id: str,
    cursor: str | None = ...,
    page_size: int = ...,
    read_ahead: bool = ...,
    filters: Filters | None = ...,
    **filter_kwargs: Any,
) -> PageIterator[Offer]: ...
@overload
def iter_pages(
    client: AnyClient,
    resource: str,
    *,
    integration_id: str,
    cursor: str | None = ...,
    page_size: int = ...,
    read_ahead: bool = ...,
    filters: Filters | None = ...,
    **filter_kwargs: Any,
) -> PageIterator[Any]: ...
def iter_pages(
    client: AnyClient,
    resource: str,
    *,
    integration_id: str,
    cursor: str | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    read_ahead: bool = False,
    filters: Filters | None = None,
    **filter_kwargs: Any,
) -> PageIterator[Any]:
    """Walk ``resource`` ("candidates", "jobs", "applications" or "offers") page by page.

    Filters come as keywords (same names as the API) and/or a ``filters=`` object of the matching
    class; keywords override the object's fields. ``cursor`` resumes after a checkpointed page.
    Everything is validated here, before the first request.
    """
    return prepare_walk(
        client,
        resource,
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs=filter_kwargs,
        stacklevel=2,
    )
