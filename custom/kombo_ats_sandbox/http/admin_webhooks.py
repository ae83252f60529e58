"""``/_sandbox/webhooks``: the webhook settings and the delivery log of a running sandbox.

``GET`` answers ``{"settings": ..., "deliveries": [...]}`` (the settings say ``secret_set``, never the
secret); ``PUT`` with a JSON object of settings changes them (400 naming a bad or unknown setting, in
the API's error envelope like every admin answer); ``DELETE`` clears the log. Registered in
:data:`.admin.ADMIN_ROUTES` with the same bearer key, whose endpoint turns a :class:`SandboxError` into
the envelope.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..data.errors import SandboxError
from ..logic.state import SandboxState
from ..webhooks import hub_for
from .body import read_json

__all__ = ["webhooks"]


async def webhooks(state: SandboxState, request: Request) -> Response:
    hub = hub_for(state)
    if request.method == "PUT":
        changes = await read_json(request)
        if not isinstance(changes, dict):
            raise SandboxError.input_invalid("body must be a JSON object of webhook settings")
        try:
            settings = hub.settings.updated(changes)
        except (ValueError, TypeError) as exc:
            raise SandboxError.input_invalid(str(exc)) from None
        state.config.webhooks = settings
        hub.configure(settings)
    elif request.method == "DELETE":
        hub.worker.clear_log()
    return JSONResponse({"settings": hub.settings.to_dict(), "deliveries": hub.worker.log()})
