"""A FastAPI route that receives Kombo's webhooks: :func:`webhook_router`.

The route reads the raw body (never more than the size limit), verifies ``X-Kombo-Signature`` on
those exact bytes, drops redelivered event ids and answers at once: 200, or 401 for a bad signature
(with nothing that helps a forger), 413 for an oversized body, 400 for a signed body that is no event.
Your handlers run after the answer has been sent, because Kombo waits for the answer and redelivers
on a slow or failing one: in tasks of their own while the app's lifespan runs (the router brings one;
FastAPI merges it), else as a Starlette background task of the request. The logic lives in
:class:`kombo_ats.webhooks_receiver.WebhookHandlers`; this module only adapts it to FastAPI.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from .._constants import MAX_WEBHOOK_BODY_BYTES
from .._content_length import declared_over
from ..webhooks import SIGNATURE_HEADER, WEBHOOK_EVENTS
from ..webhooks_receiver import WebhookHandlers, webhook_secret

__all__ = ["WebhookHandlers", "webhook_router"]


async def _read_body(request: Request, max_bytes: int) -> bytes | None:
    """The raw body, or ``None`` as soon as it is longer than ``max_bytes`` (the rest is never read)."""
    if declared_over(request.headers.get("content-length", ""), max_bytes):
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


# What /docs shows of the route: the signature header and the event envelope (the route reads raw bytes itself).
_OPENAPI = {
    "parameters": [{"name": SIGNATURE_HEADER, "in": "header", "required": True, "schema": {"type": "string"}}],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["id", "type", "data"],
                    "properties": {
                        "id": {"type": "string"},
                        "type": {"type": "string", "examples": sorted(WEBHOOK_EVENTS)},
                        "data": {"type": "object"},
                    },
                }
            }
        },
    },
}


def webhook_router(
    handlers: WebhookHandlers,
    *,
    secret: str | None = None,
    path: str = "/webhooks/kombo",
    max_bytes: int = MAX_WEBHOOK_BODY_BYTES,
) -> APIRouter:
    """An ``APIRouter`` with one ``POST path`` receiving Kombo's webhooks for ``handlers``.

    ``secret`` defaults to the ``KOMBO_WEBHOOK_SECRET`` environment variable, read now: a missing
    secret fails at start-up, not at the first event. Mount it with ``app.include_router(...)``.
    """
    key = webhook_secret(secret)
    # The app's lifespan (FastAPI merges a router's into it) runs the handlers in tasks of their own, at most 16
    # at once; without a lifespan each runs as a background task of its request (after the answer too).
    router = APIRouter(lifespan=lambda app: handlers.running())

    @router.post(
        path,
        summary="Receive a Kombo webhook",
        description=f"Kombo's signed events ({SIGNATURE_HEADER}); answered at once, handled afterwards.",
        responses={401: {"description": "Bad signature"}, 400: {"description": "Not an event"}},
        openapi_extra=_OPENAPI,
    )
    async def receive_kombo_webhook(request: Request) -> JSONResponse:
        body = await _read_body(request, max_bytes)
        if body is None:
            return JSONResponse({"detail": "payload too large"}, status_code=413)
        receipt = await handlers.accept(body, request.headers.get(SIGNATURE_HEADER), secret=key, max_bytes=max_bytes)
        if receipt.status != 200:
            return JSONResponse({"detail": receipt.reason}, status_code=receipt.status)
        task = None
        if receipt.event is not None and not receipt.duplicate and not handlers.submit(receipt.event):
            task = BackgroundTask(handlers.dispatch, receipt.event)
        return JSONResponse({"received": receipt.event.id if receipt.event else None}, background=task)

    return router
