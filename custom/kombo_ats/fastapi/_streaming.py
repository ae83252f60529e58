"""Stream a walk as NDJSON or CSV: errors before the first byte get a status, errors after it a last line.

The obvious ``StreamingResponse(iter_candidates(...))`` answers *200 with an empty body* when the
integration id or the key is wrong: the walk's first request only runs once the response has started,
too late for a status code. These helpers fetch the first page *before* returning the response, so
such an error propagates from the route (a 404 or 502 through :func:`install_error_handlers`).

Once streaming, a status can no longer change. If Kombo fails mid-way the stream ends with one last
line the reader can recognise, carrying the cursor to resume from::

    {"error": {"code": "...", "message": "..."}, "resume_cursor": "<cursor>"}

Pages are written whole, so the cursor after the last page written resumes exactly where the stream
stopped: nothing skipped, nothing sent twice. Memory stays at one page (two with ``read_ahead``).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

from fastapi.responses import StreamingResponse

from kombo_ats._json import dumps
from kombo_ats._pydantic import spec_schema
from kombo_ats.errors import KomboAPIError, KomboError
from kombo_ats.pagination import ItemIterator, Page, PageIterator
from kombo_ats.storage import records_to_dicts, records_to_ndjson

from ._errors import status_for

__all__ = ["CSV_MEDIA_TYPE", "NDJSON_MEDIA_TYPE", "stream_csv", "stream_ndjson"]

logger = logging.getLogger("kombo_ats.fastapi")

NDJSON_MEDIA_TYPE = "application/x-ndjson"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_ERROR_MARKER = "#error"
"""First cell of the last CSV row when the stream broke off (code and resume cursor follow)."""

_INTERRUPTED = "The ATS failed mid-stream; everything before this line is complete. Resume with resume_cursor."

Walk = PageIterator[Any] | ItemIterator[Any]


def _pages_of(walk: Walk) -> PageIterator[Any]:
    """Pages of a walk: ``iter_pages(...)`` as it is, ``iter_candidates(...)`` & co through ``by_page()``."""
    if isinstance(walk, PageIterator):
        return walk
    if isinstance(walk, ItemIterator):
        try:
            return walk.by_page()  # whole pages, so that a resume cursor exists after each
        except ValueError as exc:
            raise ValueError(
                f"walk: this walker was already iterated into a page ({exc}); pass a fresh iter_<resource>(...)"
                " or iter_pages"
            ) from None
    raise TypeError(f"walk: expected iter_pages(...) or an iter_<resource>(...) walker, got {type(walk).__name__}")


async def _first_page(pages: PageIterator[Any]) -> Page[Any] | None:
    try:
        return await pages.__anext__()
    except StopAsyncIteration:  # pragma: no cover - the API always answers with a page
        return None
    except BaseException:
        await pages.aclose()
        raise


def _interruption(exc: Exception) -> str | None:
    """Log why a stream broke off (the class, never the message); Kombo's error code if it has one."""
    if isinstance(exc, KomboError):
        logger.error(
            "stream broke off: %s (before the stream it would have been a %d)", type(exc).__name__, status_for(exc)
        )
        return exc.code if isinstance(exc, KomboAPIError) else None
    logger.error("stream broke off on an unexpected %s", type(exc).__name__, exc_info=exc)
    return None


async def _chunks(
    pages: PageIterator[Any],
    first: Page[Any] | None,
    encode: Callable[[list[Any]], bytes],
    error_line: Callable[[str | None, str | None], bytes],
) -> AsyncIterator[bytes]:
    resume = first.cursor if first is not None else None
    try:
        page = first
        while page is not None:
            yield encode(page.results)
            resume = page.next_cursor
            page = None if page.is_last else await pages.__anext__()
    except StopAsyncIteration:  # pragma: no cover - a finished iterator after a page that named a next one
        return
    except Exception as exc:  # the status is sent already: the last line tells the reader
        yield error_line(_interruption(exc), resume)
    finally:
        await pages.aclose()


def _ndjson_error(code: str | None, resume: str | None) -> bytes:
    return dumps({"error": {"code": code, "message": _INTERRUPTED}, "resume_cursor": resume}) + b"\n"


async def stream_ndjson(walk: Walk, *, headers: Mapping[str, str] | None = None) -> StreamingResponse:
    """One JSON object per record, page by page: the storage serialisation (``kombo_ats.storage``), ``to_dict()``;
    with an ``.as_dicts()`` walk, each record exactly as Kombo sent it (the fastest way: no models built).

    ``walk`` is ``iter_pages(client, "<resource>", ...)`` or a fresh ``iter_<resource>(...)`` walker. Await it
    in the route: errors of the first page are raised here, before any byte is sent.
    """
    pages = _pages_of(walk)
    first = await _first_page(pages)
    return StreamingResponse(
        _chunks(pages, first, records_to_ndjson, _ndjson_error), media_type=NDJSON_MEDIA_TYPE, headers=headers
    )


def _cell(value: Any) -> Any:
    """A CSV cell: scalars as they are, absent and null empty, nested objects and lists as JSON."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return dumps(value).decode()
    return value


class _CsvEncoder:
    """Pages to CSV rows; the header goes before the first row (columns from the first record if not given)."""

    def __init__(self, columns: Sequence[str] | None) -> None:
        self.columns = tuple(columns) if columns is not None else None
        self.header_sent = False

    @staticmethod
    def _rows(data: list[Sequence[Any]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(data)
        return buffer.getvalue().encode()

    def page(self, records: list[Any]) -> bytes:
        if self.columns is None:
            if not records:
                return b""
            self.columns = _spec_columns(records[0])
        columns = self.columns
        data: list[Sequence[Any]] = [[_cell(d.get(c)) for c in columns] for d in records_to_dicts(records)]
        if not self.header_sent:
            self.header_sent = True
            data.insert(0, columns)
        return self._rows(data)

    def error(self, code: str | None, resume: str | None) -> bytes:
        return self._rows([[CSV_ERROR_MARKER, code or "", resume or "", _INTERRUPTED]])


async def stream_csv(
    walk: Walk, *, columns: Sequence[str] | None = None, headers: Mapping[str, str] | None = None
) -> StreamingResponse:
    """Records as CSV rows (RFC 4180) under a header of ``columns``; the first page is fetched first.

    ``columns`` default to the spec's fields of the walk's records (nested objects and lists are JSON
    cells); for an ``.as_dicts()`` walk, to the first record's keys as Kombo sent them. A stream that breaks
    off ends with a row ``#error,<code>,<resume cursor>,<message>``.
    """
    pages = _pages_of(walk)
    first = await _first_page(pages)
    encoder = _CsvEncoder(columns)
    return StreamingResponse(
        _chunks(pages, first, encoder.page, encoder.error), media_type=CSV_MEDIA_TYPE, headers=headers
    )


def _spec_columns(record: Any) -> tuple[str, ...]:
    """The properties the spec gives the record's schema, in the spec's order; for a record dict of an
    ``.as_dicts()`` walk, which names no schema, its keys as Kombo sent them."""
    if type(record) is dict:
        return tuple(record)
    properties: Mapping[str, Any] = spec_schema(type(record)).get("properties", {})
    return tuple(properties)
