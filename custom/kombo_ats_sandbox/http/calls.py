"""What a handler of a non-list operation gets (:class:`Call`) and how it answers (:func:`ok`).

The operation endpoint (:mod:`.operations`) has already authenticated the request, checked its query
and path against the spec, found the integration and validated the JSON body against the operation's request schema
(:mod:`.validate`); a handler checks what only the data can tell (ids that must exist), changes the
state and returns ``(status, payload)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kombo_ats.spec import Operation

from ..data.errors import SandboxError
from ..data.schema import props
from ..logic.integration import IntegrationStore
from ..logic.state import SandboxState

__all__ = ["Call", "Handler", "ok"]


@dataclass(frozen=True, slots=True)
class Call:
    """One validated request to a handler."""

    state: SandboxState
    store: IntegrationStore | None
    op: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    headers: Mapping[str, str]

    def integration(self) -> IntegrationStore:
        if self.store is None:  # pragma: no cover - the app routes every integration-scoped call
            raise SandboxError.input_invalid("X-Integration-Id: Required header is missing")
        return self.store

    def remote_field_warnings(self) -> list[str]:
        """``remote_fields`` meant for other ATSs are ignored by this one, and it says so."""
        remote = self.body.get("remote_fields") if isinstance(self.body, dict) else None
        if not isinstance(remote, dict) or self.store is None:
            return []
        return [
            f"remote_fields.{key} is for another ATS and was ignored by {self.store.tool}"
            for key in remote
            if key != self.store.tool
        ]


Handler = Callable[[Call], tuple[int, Any]]


def ok(call: Call, data: Any, warnings: list[str] | None = None) -> tuple[int, Any]:
    """The 200 envelope of ``call``'s operation (with ``warnings`` where its schema has them)."""
    payload: dict[str, Any] = {"status": "success", "data": data}
    if call.op.response_schema and "warnings" in props(call.op.response_schema):
        payload["warnings"] = [{"message": w} for w in warnings or []]
    return 200, payload
