"""Handlers of the operations that are not paginated lists, keyed by operationId.

The ATS ones live in :mod:`.handlers_ats`, the general and Connect ones in :mod:`.handlers_general`;
:mod:`.calls` says what a handler gets and returns. An operation of the spec without a handler (and
not a list the generic engine serves) answers 501, and ``tests/test_sandbox_spec_driven.py`` names it.
"""

from __future__ import annotations

from .calls import Call, Handler
from .handlers_ats import ATS_HANDLERS
from .handlers_general import GENERAL_HANDLERS

__all__ = ["HANDLERS", "Call", "Handler"]

HANDLERS: dict[str, Handler] = {**ATS_HANDLERS, **GENERAL_HANDLERS}
