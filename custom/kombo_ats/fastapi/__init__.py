"""FastAPI integration (extra ``[fastapi]``).

* :func:`webhook_router`: receives Kombo's signed webhooks (see docs/webhooks.md).
"""

try:
    import fastapi as _fastapi  # noqa: F401
except ImportError as exc:  # pragma: no cover
    raise ImportError("kombo_ats.fastapi needs FastAPI: pip install 'kombo-ats-client[fastapi]'") from exc

from ._webhooks import WebhookHandlers, webhook_router

__all__ = [
    "WebhookHandlers",
    "webhook_router",
]
