"""The endpoint of each operation of the spec: guard, parse, route to its integration, answer.

Routes and accepted parameters come from the spec (:mod:`kombo_ats.spec`), not from a list kept here:
a request is authenticated, checked against the operation's parameters (an undeclared query
parameter is a 400 naming it) and its body against the request schema, routed to its integration,
and answered by the generic list engine (paginated lists) or by the operation's handler
(:mod:`.handlers`). An operation without a handler answers 501, and a test names it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from kombo_ats.spec import Operation
from starlette.requests import Request
from starlette.responses import Response

from ..data.errors import SandboxError
from ..logic.integration import IntegrationStore
from ..logic.params import parse_query, parse_value
from ..logic.state import SandboxState
from ..logic.validate import validate_body
from .auth import authenticate
from .body import read_json
from .calls import Call
from .faults import pick
from .handlers import HANDLERS
from .responses import error_response, json_response

__all__ = ["operation_endpoint"]

Endpoint = Callable[[Request], Awaitable[Response]]


async def guard(state: SandboxState, request: Request) -> Response | None:
    """Latency, authentication, then the configured faults; a response ends the request early."""
    faults = state.faults
    if faults.latency_ms:
        await anyio.sleep(faults.latency_ms / 1000)
    authenticate(state, request)  # before faults: a request without a key is a 401 whatever else is on
    with state.lock:
        fault = pick(state.faults, state.fault_rng)
    if fault is None:
        return None
    if fault.status_code == 429:
        return Response(fault.body, status_code=429, media_type="application/json", headers=fault.headers)
    return Response(fault.body, status_code=fault.status_code, headers={"content-type": fault.content_type})


def _integration(state: SandboxState, op: Operation, request: Request) -> IntegrationStore | None:
    """The integration a request is about: its ``X-Integration-Id`` header or ``{integration_id}`` path."""
    if op.requires_integration_header:
        integration_id = request.headers.get("x-integration-id", "")
        if not integration_id:
            raise SandboxError.input_invalid("X-Integration-Id: Required header is missing")
        return state.integration(integration_id)
    if "integration_id" in request.path_params:
        return state.integration(request.path_params["integration_id"])
    return None


async def _body(op: Operation, request: Request) -> Any:
    """The request body, read at the door (:mod:`.body`) and validated against the operation's request schema."""
    if op.body_schema is None:
        return None
    return validate_body(op.body_schema, await read_json(request))


async def _answer(state: SandboxState, op: Operation, request: Request) -> Response:
    early = await guard(state, request)
    if early is not None:
        return early
    query = {k: request.query_params.getlist(k) for k in request.query_params}
    values = parse_query(op, query)
    for param in op.params_in("path"):
        if param.kind == "enum":
            parse_value(param, request.path_params[param.name])
    store = _integration(state, op, request)
    if op.paginated and store is not None and op.resource in store.kinds():
        with state.lock:
            return json_response(store.list_page(op.resource, query))
    handler = HANDLERS.get(op.operation_id)
    if handler is None:
        raise SandboxError(501, "PLATFORM.UNKNOWN_ERROR", f"{op.method} {op.path} is not implemented by the sandbox")
    body = await _body(op, request)
    call = Call(state, store, op, dict(request.path_params), values, body, request.headers)
    with state.lock:
        status, payload = handler(call)
    return json_response(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode(), status)


def operation_endpoint(state: SandboxState, op: Operation) -> Endpoint:
    """The Starlette endpoint of one operation: every :class:`SandboxError` becomes the error envelope."""

    async def endpoint(request: Request) -> Response:
        try:
            return await _answer(state, op, request)
        except SandboxError as exc:
            return error_response(exc)

    return endpoint
