"""The Starlette application: the five ATS operations under ``/v1`` and the ``/_sandbox`` admin API."""

from __future__ import annotations

import json
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .create import create_application
from .errors import SandboxError, error_body
from .faults import Faults
from .store import KINDS, SandboxConfig, SandboxState

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

    async def guard(request: Request) -> str | Response:
        """Latency, load-balancer faults, auth, integration and rate limit; the integration id or a response."""
        faults = sandbox.faults
        if faults.latency_ms:
            await anyio.sleep(faults.latency_ms / 1000)
        fault = sandbox.pick_fault()
        if fault is not None and fault.status_code != 429:
            return Response(fault.body, status_code=fault.status_code, headers={"content-type": fault.content_type})
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not sandbox.check_api_key(token.strip()):
            raise SandboxError(401, "PLATFORM.AUTHENTICATION_INVALID", "The API key is missing or invalid.")
        integration_id = request.headers.get("x-integration-id", "")
        if not integration_id:
            raise SandboxError.input_invalid("X-Integration-Id: Required header is missing")
        sandbox.integration(integration_id)
        if fault is not None:
            return Response(fault.body, status_code=429, media_type="application/json", headers=fault.headers)
        return integration_id

    def list_endpoint(kind: str) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                checked = await guard(request)
                if isinstance(checked, Response):
                    return checked
                params = {k: request.query_params.getlist(k) for k in request.query_params}
                with sandbox.lock:
                    raw = sandbox.integration(checked).list_page(kind, params)
                return _json(raw)
            except SandboxError as exc:
                return _error_response(exc)

        return endpoint

    async def create(request: Request) -> Response:
        try:
            checked = await guard(request)
            if isinstance(checked, Response):
                return checked
            raw = await request.body()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                raise SandboxError.input_invalid("body: Malformed JSON") from None
            with sandbox.lock:
                doc, warnings = create_application(sandbox.integration(checked), request.path_params["job_id"], body)
            payload = {"status": "success", "data": doc, "warnings": [{"message": w} for w in warnings]}
            return _json(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
        except SandboxError as exc:
            return _error_response(exc)

    # ------------------------------------------------------------------------------------ admin
    async def admin_health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def admin_integrations(request: Request) -> Response:
        with sandbox.lock:
            body = {iid: store.counts() for iid, store in sandbox.integrations.items()}
        return JSONResponse({"integrations": body, "api_key": sandbox.config.api_key})

    async def admin_record(request: Request) -> Response:
        iid = request.path_params["integration_id"]
        kind = request.path_params["kind"]
        rid = request.path_params["record_id"]
        if iid not in sandbox.integrations or kind not in KINDS:
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
        if iid not in sandbox.integrations or kind not in KINDS:
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

    routes = [
        *(Route(f"/v1/ats/{kind}", list_endpoint(kind), methods=["GET"]) for kind in KINDS),
        Route("/v1/ats/jobs/{job_id}/applications", create, methods=["POST"]),
        Route("/_sandbox/health", admin_health, methods=["GET"]),
        Route("/_sandbox/integrations", admin_integrations, methods=["GET"]),
        Route("/_sandbox/faults", admin_faults, methods=["GET", "PUT"]),
        Route("/_sandbox/reset", admin_reset, methods=["POST"]),
        Route("/_sandbox/integrations/{integration_id}/{kind}", admin_ids, methods=["GET"]),
        Route(
            "/_sandbox/integrations/{integration_id}/{kind}/{record_id}",
            admin_record,
            methods=["GET", "PATCH", "DELETE"],
        ),
        Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    app = Starlette(routes=routes)
    app.state.sandbox = sandbox
    return app
