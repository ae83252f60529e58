"""The Starlette application: every operation of the spec under ``/v1``, and the ``/_sandbox`` admin API."""

from __future__ import annotations

from kombo_ats.spec import api
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data.config import SandboxConfig
from ..data.errors import error_body
from ..logic.state import SandboxState
from ..webhooks import WebhookMiddleware, hub_for
from .admin import admin_routes
from .operations import operation_endpoint
from .responses import json_response

__all__ = ["create_app"]


async def not_found(request: Request) -> Response:
    return json_response(error_body("PLATFORM.INPUT_INVALID", f"No route {request.method} {request.url.path}"), 404)


def create_app(state: SandboxState | SandboxConfig | None = None) -> Starlette:
    """Build the ASGI app. ``app.state.sandbox`` is the :class:`SandboxState` it serves."""
    sandbox = state if isinstance(state, SandboxState) else SandboxState(state)
    operations = sorted(api().operations.values(), key=lambda o: (o.path.count("{"), o.path))
    routes = [
        *(Route(f"/v1{op.path}", operation_endpoint(sandbox, op), methods=[op.method]) for op in operations),
        *admin_routes(sandbox),
        Route("/{path:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    # Webhook delivery: the hub subscribes to the state's changes now (Python API writes count too) and the
    # middleware watches every request (created/deleted integrations, forced syncs, join models).
    hub_for(sandbox)
    app = Starlette(routes=routes, middleware=[Middleware(WebhookMiddleware, state=sandbox)])
    app.state.sandbox = sandbox
    return app
