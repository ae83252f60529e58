"""The generic list engine: one page of any paginated list, as the JSON bytes of its 200 answer.

Every list of the spec is served here with the same semantics: the query checked against the
operation's parameters (:mod:`.params`), filters compiled to one predicate (:mod:`.filters`), records
scanned in their stable listing order, at most ``max_scan`` of them per call, and an opaque cursor
(:mod:`.cursors`) carrying the position and the filters. Records are rendered once and cached as JSON
bytes (keyed on the render epoch, which changes with the fault settings).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from kombo_ats._constants import DEFAULT_PAGE_SIZE
from kombo_ats.spec import api

from ..data.errors import SandboxError
from ..data.records import Record
from ..data.store import RecordStore
from .cursors import Cursor, decode_cursor, encode_cursor
from .decorate import decorate
from .filters import compile_filters
from .params import parse_query
from .render import document

__all__ = ["list_page", "render_json"]

_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def render_json(store: RecordStore, kind: str, rec: Record) -> bytes:
    """The record's JSON as a list answers it (with the rendering faults), cached until it changes."""
    epoch = store.shared.render_epoch
    if rec.cache is not None and rec.cache[0] == epoch:
        return rec.cache[1]
    doc = document(store, kind, rec)
    faults = store.shared.config.faults
    if faults.renders:
        doc = decorate(kind, doc, faults)
    raw = _JSON.encode(doc).encode()
    rec.cache = (epoch, raw)
    return raw


def list_page(store: RecordStore, kind: str, query: Mapping[str, Sequence[str]]) -> bytes:
    """One page of the list operation of ``kind``, as the JSON body of the 200 answer (``query`` as received)."""
    op = api().lists[kind]
    values = parse_query(op, query)
    default = op.param("page_size").default  # the spec's default, as the API applies it
    page_size = int(values.get("page_size", default if isinstance(default, int) else DEFAULT_PAGE_SIZE))
    filters = {k: v[0] for k, v in sorted(query.items()) if k not in ("cursor", "page_size") and v}
    start = 0
    cursor_raw = values.get("cursor")
    if cursor_raw is not None:
        cursor = decode_cursor(cursor_raw, integration_id=store.integration_id, kind=kind)
        if filters and filters != cursor.filters:
            raise SandboxError.input_invalid("cursor: The filters differ from those of the query the cursor is for")
        filters, start = cursor.filters, cursor.position
        values = {**parse_query(op, {name: [raw] for name, raw in filters.items()}), "page_size": page_size}
    predicate = compile_filters(op, values, store, kind)
    records = store.records(kind)
    end = len(records)
    limit = min(end, start + max(1, store.shared.config.max_scan))
    parts: list[bytes] = []
    i = start
    while i < limit and len(parts) < page_size:
        rec = records[i]
        i += 1
        if predicate(rec):
            parts.append(render_json(store, kind, rec))
    nxt = "null"
    if i < end:
        nxt = '"' + encode_cursor(Cursor(store.integration_id, kind, i, dict(filters))) + '"'
    return b"".join((b'{"status":"success","data":{"next":', nxt.encode(), b',"results":[', b",".join(parts), b"]}}"))
