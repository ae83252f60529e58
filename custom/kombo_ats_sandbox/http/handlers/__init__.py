"""Handlers of the operations that are not paginated lists, found by operation id.

A handler is the function named after its operation id in :mod:`.ats` (writes on applications and
candidates, file reads) or :mod:`.general` (the general and Connect operations): ``rejectApplication``
is :func:`.ats.reject_application`. :mod:`..calls` says what a handler gets and returns. An operation of
the spec without a handler (and not a list the generic engine serves) answers 501, and
``tests/test_sandbox_spec_driven.py`` names it; it also fails on a public function that names no operation.
"""

from __future__ import annotations

from types import ModuleType

from kombo_ats.spec import api, snake_case

from ..calls import Call, Handler
from . import ats, general

__all__ = ["HANDLERS", "HANDLER_MODULES", "Call", "Handler"]

HANDLER_MODULES: tuple[ModuleType, ...] = (ats, general)


def _handlers() -> dict[str, Handler]:
    found: dict[str, Handler] = {}
    for op_id in api().operations:
        for module in HANDLER_MODULES:
            handler = getattr(module, snake_case(op_id), None)
            if handler is not None:
                found[op_id] = handler
    return found


HANDLERS: dict[str, Handler] = _handlers()
"""operationId -> handler, for every operation that has one."""
