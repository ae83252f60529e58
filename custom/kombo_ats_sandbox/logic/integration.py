"""An integration as the layers above use it: its records plus rendering, listing and changes as methods.

:class:`IntegrationStore` is the data layer's :class:`~kombo_ats_sandbox.data.store.RecordStore` with the
logic of this layer attached, so HTTP handlers, tests and demos can say ``store.list_page(...)`` or
``store.update(...)``; the logic itself lives in :mod:`.render`, :mod:`.listing` and :mod:`.mutations`,
which work on any ``RecordStore``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..data.records import Record
from ..data.store import RecordStore
from . import listing, mutations, render

__all__ = ["IntegrationStore"]


class IntegrationStore(RecordStore):
    """All records of one integration, and what can be done with them."""

    def doc(self, kind: str, rec: Record) -> dict[str, Any]:
        """The record as built from its fields (what filters and change detection look at)."""
        return render.build_doc(self, kind, rec)

    def document(self, kind: str, rec: Record) -> dict[str, Any]:
        """The record as the API shows it: complete per the spec, without fault decoration."""
        return render.document(self, kind, rec)

    def render(self, kind: str, rec: Record) -> bytes:
        """The record's JSON as a list answers it (with the rendering faults)."""
        return listing.render_json(self, kind, rec)

    def list_page(self, kind: str, query: Mapping[str, Sequence[str]]) -> bytes:
        """One page of the list operation of ``kind`` (see :func:`.listing.list_page`)."""
        return listing.list_page(self, kind, query)

    def update(self, kind: str, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a record (see :func:`.mutations.update`)."""
        return mutations.update(self, kind, record_id, changes)

    def delete(self, kind: str, record_id: str) -> dict[str, Any]:
        """Delete a record in the "remote system" (see :func:`.mutations.delete`)."""
        return mutations.delete(self, kind, record_id)
