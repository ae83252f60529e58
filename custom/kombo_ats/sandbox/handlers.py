"""Handlers of the operations that are not paginated lists, keyed by operationId.

The app (:mod:`.app`) has already authenticated the request, validated its query against the spec,
found the integration and decoded the JSON body; a handler checks the body's meaning, changes the
state and returns ``(status, payload)``. An operation of the spec without a handler answers 501 and
``tests/test_sandbox_spec_driven.py`` names it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..spec import Operation
from .create import create_application
from .errors import SandboxError

if TYPE_CHECKING:
    from .store import IntegrationStore, SandboxState

__all__ = ["HANDLERS", "Call", "Handler"]


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


Handler = Callable[[Call], tuple[int, Any]]


def _create_application(call: Call) -> tuple[int, Any]:
    doc, warnings = create_application(call.integration(), call.path["job_id"], call.body)
    return 200, {"status": "success", "data": doc, "warnings": [{"message": w} for w in warnings]}


HANDLERS: dict[str, Handler] = {
    "createApplication": _create_application,
}
