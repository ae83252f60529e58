"""The Starlette application: every operation of the spec under ``/v1``, and the ``/_sandbox`` admin API.

Routes and accepted parameters come from the spec (:mod:`kombo_ats.spec`), not from a list kept here:
each operation gets a route; a request is authenticated, checked against the operation's parameters
(an undeclared query parameter is a 400 naming it) and its body against the request schema
(:mod:`.validate`), routed to its integration, and answered by the generic list engine (paginated
lists) or by the operation's handler (:mod:`.handlers`). An operation without a handler answers 501,
and a test names it.
"""

from __future__ import annotations

import json
from typing import Any

import anyio
from kombo_ats.spec import Operation, api
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .config import SandboxConfig
from .errors import SandboxError, error_body
from .faults import Faults
from .handlers import HANDLERS, Call
from .params import parse_query, parse_value
from .state import SandboxState
from .validate import validate_body

__all__ = ["create_app"]


def _error_response(exc: SandboxError) -> Response:
    return Response(exc.body(), status_code=exc.status_code, media_type="application/json", headers=exc.headers)


def _json(raw: bytes, status_code: int = 200) -> Response:
    return Response(raw, status_code=status_code, media_type="application/json")


def create_app(state: SandboxState | SandboxConfig | None = None) -> Starlette:
    """Build the ASGI app. ``app.state.sandbox`` is the :class:`SandboxState` it serves."""
    if not isinstance(state, SandboxState):
        state = SandboxState(state)
    sandbox: SandboxState = state

    def authenticate(request: Request) -> None:
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not sandbox.check_api_key(token.strip()):
            raise SandboxError(401, "PLATFORM.AUTHENTICATION_INVALID", "The API key is missing or invalid.")

    async def guard(request: Request) -> Response | None:
        """Latency, authentication, then the configured faults; a response ends the request early."""
        faults = sandbox.faults
        if faults.latency_ms:
            await anyio.sleep(faults.latency_ms / 1000)
        authenticate(request)  # before faults: a request without a key is a 401 whatever else is on
        fault = sandbox.pick_fault()
        if fault is None:
            return None
        if fault.status_code == 429:
            return Response(fault.body, status_code=429, media_type="application/json", headers=fault.headers)
        return Response(fault.body, status_code=fault.status_code, headers={"content-type": fault.content_type})

    def operation_endpoint(op: Operation) -> Any:
        handler = HANDLERS.get(op.operation_id)

        async def endpoint(request: Request) -> Response:
            try:
                early = await guard(request)
                if early is not None:
                    return early
                query = {k: request.query_params.getlist(k) for k in request.query_params}
                values = parse_query(op, query)
                for param in op.params_in("path"):
                    if param.kind == "enum":
                        parse_value(param, request.path_params[param.name])
                store = None
                if op.requires_integration_header:
                    integration_id = request.headers.get("x-integration-id", "")
                    if not integration_id:
                        raise SandboxError.input_invalid("X-Integration-Id: Required header is missing")
                    store = sandbox.integration(integration_id)
                elif "integration_id" in request.path_params:
                    store = sandbox.integration(request.path_params["integration_id"])
                if op.paginated and store is not None and op.resource in store.kinds():
                    with sandbox.lock:
                        return _json(store.list_page(op.resource, query))
                if handler is None:
                    raise SandboxError(
                        501, "PLATFORM.UNKNOWN_ERROR", f"{op.method} {op.path} is not implemented by the sandbox"
                    )
                body: Any = None
                if op.body_schema is not None:
                    raw = await request.body()
                    try:
                        body = json.loads(raw) if raw else None
                    except ValueError:
                        raise SandboxError.input_invalid("body: Malformed JSON") from None
                    body = validate_body(op.body_schema, body)
                call = Call(sandbox, store, op, dict(request.path_params), values, body, request.headers)
                with sandbox.lock:
                    status, payload = handler(call)
                return _json(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode(), status)
            except SandboxError as exc:
                return _error_response(exc)

        return endpoint

    # ------------------------------------------------------------------------------------ admin
    # Same bearer key as the API; the key itself is never part of an answer.
    def admin(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                authenticate(request)
            except SandboxError as exc:
                return _error_response(exc)
            result: Response = await handler(request)
            return result

        return endpoint

    async def admin_health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def admin_integrations(request: Request) -> Response:
        with sandbox.lock:
            body = {iid: store.counts() for iid, store in sandbox.integrations.items()}
        return JSONResponse({"integrations": body})

    async def admin_record(request: Request) -> Response:
        iid = request.path_params["integration_id"]
        kind = request.path_params["kind"]
        rid = request.path_params["record_id"]
        if iid not in sandbox.integrations or kind not in sandbox.integrations[iid].kinds():
            return JSONResponse({"error": f"unknown integration {iid!r} or kind {kind!r}"}, status_code=404)
        try:
            if request.method == "GET":
                return JSONResponse(sandbox.get(iid, kind, rid))
            if request.method == "DELETE":
                return JSONResponse(sandbox.delete(iid, kind, rid))
            changes = await request.json()
            if not isinstance(changes, dict):
                return JSONResponse({"error": "body must be a JSON object of fields to change"}, status_code=400)
            return JSONResponse(sandbox.update(iid, kind, rid, **changes))
        except KeyError as exc:
            return JSONResponse({"error": str(exc.args[0])}, status_code=404)
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)

    async def admin_ids(request: Request) -> Response:
        iid = request.path_params["integration_id"]
        kind = request.path_params["kind"]
        if iid not in sandbox.integrations or kind not in sandbox.integrations[iid].kinds():
            return JSONResponse({"error": f"unknown integration {iid!r} or kind {kind!r}"}, status_code=404)
        include_deleted = request.query_params.get("include_deleted") == "true"
        return JSONResponse({"ids": sandbox.ids(iid, kind, include_deleted=include_deleted)})

    async def admin_faults(request: Request) -> Response:
        if request.method == "PUT":
            try:
                data = await request.json()
                faults = sandbox.set_faults(Faults.from_dict(data if isinstance(data, dict) else {}))
            except (ValueError, TypeError) as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            return JSONResponse(faults.to_dict())
        return JSONResponse(sandbox.faults.to_dict())

    async def admin_reset(request: Request) -> Response:
        sandbox.reset()
        return JSONResponse({"status": "ok"})

    async def not_found(request: Request) -> Response:
        return _json(error_body("PLATFORM.INPUT_INVALID", f"No route {request.method} {request.url.path}"), 404)

    operations = sorted(api().operations.values(), key=lambda o: (o.path.count("{"), o.path))
    routes = [
        *(Route(f"/v1{op.path}", operation_endpoint(op), methods=[op.method]) for op in operations),
        Route("/_sandbox/health", admin_health, methods=["GET"]),
        Route("/_sandbox/integrations", admin(admin_integrations), methods=["GET"]),
        Route("/_sandbox/faults", admin(admin_faults), methods=["GET", "PUT"]),
        Route("/_sandbox/reset", admin(admin_reset), methods=["POST"]),
        Route("/_sandbox/integrations/{integration_id}/{kind}", admin(admin_ids), methods=["GET"]),
        Route(
            "/_sandbox/integrations/{integration_id}/{kind}/{record_id}",
            admin(admin_record),
            methods=["GET", "PATCH", "DELETE"],
        ),
        Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    app = Starlette(routes=routes)
    app.state.sandbox = sandbox
    return app
