"""FastAPI integration (extra ``[fastapi]``): the pieces every FastAPI backend on this SDK rewrites.

* :func:`kombo_lifespan` and :data:`KomboClient`: one client for the app, handed to routes;
* :data:`IntegrationId`, :data:`RecordId`: route parameters the SDK can send (anything else is the caller's
  422, not a 500);
* :func:`install_error_handlers`: ``KomboError``s as HTTP answers (404, 429 with ``Retry-After``, 502/504);
* :func:`stream_ndjson` / :func:`stream_csv`: a walk as a streamed response that fetches the first page
  before the response starts and ends a broken stream with a line carrying the resume cursor;
* :func:`webhook_router` with :class:`WebhookHandlers`: receives Kombo's signed webhooks (docs/webhooks.md).

The SDK's models need none of this to work in FastAPI where the route declares their type (``-> Job``,
``response_model=list[Job]``, bodies): they speak pydantic's protocol themselves (``kombo_ats._pydantic``).
Importing this package also makes them encodable where it does not (a bare ``return job``).
"""

try:
    import fastapi as _fastapi  # noqa: F401
except ImportError as exc:  # pragma: no cover - tests/test_fastapi_helpers.py checks the message in a subprocess
    raise ImportError("kombo_ats.fastapi needs FastAPI: pip install 'kombo-ats-client[fastapi]'") from exc

from ._client import ClientFactory, KomboClient, get_kombo_client, kombo_lifespan
from ._encoders import register_model_encoders
from ._errors import install_error_handlers, kombo_error_response, status_for
from ._params import IntegrationId, RecordId
from ._streaming import stream_csv, stream_ndjson
from ._webhooks import WebhookHandlers, webhook_router

register_model_encoders()

__all__ = [
    "ClientFactory",
    "IntegrationId",
    "KomboClient",
    "RecordId",
    "WebhookHandlers",
    "get_kombo_client",
    "install_error_handlers",
    "kombo_error_response",
    "kombo_lifespan",
    "status_for",
    "stream_csv",
    "stream_ndjson",
    "webhook_router",
]
