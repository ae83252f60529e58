"""The admin API under ``/_sandbox`` (not part of Kombo's API): read and change data, faults, reset.

Same bearer key as the API (the key itself is never part of an answer), except ``/_sandbox/health``
for readiness probes. Errors use the API's envelope; bodies are read at the door like the API's
(:mod:`.body`). Changes go through the same mutation code as the API's writes
(:mod:`..logic.mutations`): checked against the record schema of the spec, they stamp ``changed_at``
and notify the change observers the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..data.config import Faults
from ..data.errors import SandboxError
from ..logic.state import SandboxState
from .admin_webhooks import webhooks
from .auth import authenticate
from .body import read_json
from .responses import error_response

__all__ = ["admin_routes"]

Endpoint = Callable[[Request], Awaitable[Response]]
AdminHandler = Callable[[SandboxState, Request], Awaitable[Response]]


def _error(message: str, status_code: int) -> Response:
    """Admin errors use the API's error envelope too: one error shape for everything the sandbox answers."""
    return error_response(SandboxError(status_code, "PLATFORM.INPUT_INVALID", message))


def _unknown(state: SandboxState, request: Request) -> Response | None:
    iid, kind = request.path_params["integration_id"], request.path_params["kind"]
    if iid not in state.integrations or kind not in state.integrations[iid].kinds():
        return _error(f"unknown integration {iid!r} or kind {kind!r}", 404)
    return None


async def health(state: SandboxState, request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def integrations(state: SandboxState, request: Request) -> Response:
    with state.lock:
        body = {iid: store.counts() for iid, store in state.integrations.items()}
    return JSONResponse({"integrations": body})


async def record(state: SandboxState, request: Request) -> Response:
    unknown = _unknown(state, request)
    if unknown is not None:
        return unknown
    iid, kind, rid = (request.path_params[k] for k in ("integration_id", "kind", "record_id"))
    try:
        if request.method == "GET":
            return JSONResponse(state.get(iid, kind, rid))
        if request.method == "DELETE":
            return JSONResponse(state.delete(iid, kind, rid))
        changes = await read_json(request)
        if not isinstance(changes, dict):
            return _error("body must be a JSON object of fields to change", 400)
        return JSONResponse(state.update(iid, kind, rid, **changes))
    except KeyError as exc:
        return _error(str(exc.args[0]), 404)
    except ValueError as exc:
        return _error(str(exc), 400)


async def ids(state: SandboxState, request: Request) -> Response:
    unknown = _unknown(state, request)
    if unknown is not None:
        return unknown
    iid, kind = request.path_params["integration_id"], request.path_params["kind"]
    include_deleted = request.query_params.get("include_deleted") == "true"
    return JSONResponse({"ids": state.ids(iid, kind, include_deleted=include_deleted)})


async def faults(state: SandboxState, request: Request) -> Response:
    if request.method == "PUT":
        data = await read_json(request)
        if not isinstance(data, dict):
            return _error("body must be a JSON object of fault settings", 400)
        try:
            new = state.set_faults(Faults.from_dict(data))
        except (ValueError, TypeError) as exc:
            return _error(str(exc), 400)
        return JSONResponse(new.to_dict())
    return JSONResponse(state.faults.to_dict())


async def reset(state: SandboxState, request: Request) -> Response:
    state.reset()
    return JSONResponse({"status": "ok"})


def _endpoint(state: SandboxState, handler: AdminHandler, *, public: bool = False) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            if not public:
                authenticate(state, request)
            return await handler(state, request)
        except SandboxError as exc:
            return error_response(exc)

    return endpoint


ADMIN_ROUTES: tuple[tuple[str, AdminHandler, tuple[str, ...], str], ...] = (
    (
        "/_sandbox/health",
        health,
        ("GET",),
        '`{"status": "ok"}`; the one admin request that needs no key, for readiness probes (it reveals nothing)',
    ),
    ("/_sandbox/integrations", integrations, ("GET",), "integration ids with record counts (total/deleted per kind)"),
    (
        "/_sandbox/faults",
        faults,
        ("GET", "PUT"),
        "read / replace the fault settings (a JSON object; 400 naming a bad one)",
    ),
    ("/_sandbox/reset", reset, ("POST",), "back to the seed data"),
    ("/_sandbox/webhooks", webhooks, ("GET", "PUT", "DELETE"), "webhook settings and delivery log (docs/webhooks.md)"),
    (
        "/_sandbox/integrations/{integration_id}/{kind}",
        ids,
        ("GET",),
        '`{"ids": [...]}` in listing order (`?include_deleted=true`: deleted ones too); `{kind}` is any list kind: '
        "`jobs`, `candidates`, `applications`, `users`, `tags`, `interviews`, ...",
    ),
    (
        "/_sandbox/integrations/{integration_id}/{kind}/{record_id}",
        record,
        ("GET", "PATCH", "DELETE"),
        "`GET`: the record; `PATCH` + JSON object: change fields, checked against the record schema of the spec "
        "(400 naming a field or value it does not allow; ids, stamps and embedded records are read-only) -> the "
        "record; `DELETE`: delete it, cascading as an ATS does -> the record; an unknown id is a 404",
    ),
)
"""(path, handler, methods, what it does) of every admin route; docs/sandbox.md's table is made from it."""


def admin_routes(state: SandboxState) -> list[Route]:
    """The ``/_sandbox`` routes serving ``state``."""
    return [
        Route(path, _endpoint(state, handler, public=handler is health), methods=list(methods))
        for path, handler, methods, _ in ADMIN_ROUTES
    ]
