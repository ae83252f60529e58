r"""A multi-tenant FastAPI backend on top of kombo-ats-client, written the way FastAPI apps are.

* The SDK's models are FastAPI models: ``response_model=list[Job]`` documents in ``/docs`` exactly
  what Kombo's spec says of a job (fields, enums, descriptions), and ``CreateApplicationCandidate``
  is taken as the request body, checked like the SDK's own writes (a typo is a 422 naming the field).
* ``kombo_lifespan`` opens one SDK client (one connection pool) for the app and closes it on shutdown;
  routes get it as a ``KomboClient`` parameter. Every tenant shares it: the Kombo integration id
  travels with each call, never in shared headers.
* The integration id comes from the request path (in a real service: from the authenticated tenant),
  typed ``IntegrationId`` (and the job id ``RecordId``): an id the SDK could not send is the caller's
  422, not our 500.
* ``install_error_handlers`` turns ``KomboError``s into sensible HTTP answers for *our* callers: a
  missing record is a 404, a rate limit a 429 with ``Retry-After``, but a rejected API key is our
  misconfiguration, so a 502 rather than a 401 that would blame the caller.
* ``POST /kombo/webhooks`` receives Kombo's signed webhooks (``webhook_router``; on when a secret is
  configured: ``webhook_secret=`` or ``KOMBO_WEBHOOK_SECRET``). Bad signatures get a 401, redeliveries
  are dropped, and the ``data-changed`` handler runs after Kombo got its 200: it notes which models of
  which tenant changed, and ``GET /integrations/{id}/changes`` hands them out (in a real service: a
  sync job per event; see docs/webhooks.md).
* ``/candidates.ndjson`` streams every candidate with ``stream_ndjson``, in constant memory. The first
  page is fetched before the response starts, so an unknown integration still gets a 404. If Kombo
  fails mid-stream, the last line is ``{"error": ..., "resume_cursor": ...}``: request the same URL
  with ``?cursor=<resume_cursor>`` and the stream continues exactly after the last complete page.

It needs FastAPI besides the SDK and its sandbox: ``pip install -e '.[sandbox,fastapi]'`` in this
repository (``make demo`` installs FastAPI too, with the sync extra; ``make setup`` installs everything).
Run it against the bundled sandbox (two shells; the sandbox on port 8000, the app on 8080;
``tests/test_fastapi_run_command.py`` runs these very lines)::

    python -m kombo_ats_sandbox --port 8000
    KOMBO_API_KEY=sandbox-api-key KOMBO_BASE_URL=http://127.0.0.1:8000/v1 \
        uvicorn examples.fastapi_app.app:app --port 8080

then ``curl http://127.0.0.1:8080/integrations/greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p/jobs`` (and open
``http://127.0.0.1:8080/docs``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import datetime
from typing import Annotated, Any

from fastapi import Body, FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from kombo_ats import create_application, iter_jobs, iter_pages, make_client
from kombo_ats.fastapi import (
    ClientFactory,
    IntegrationId,
    KomboClient,
    RecordId,
    WebhookHandlers,
    install_error_handlers,
    kombo_lifespan,
    stream_ndjson,
    webhook_router,
)
from kombo_ats.webhooks import WEBHOOK_SECRET_ENV, DataChangedEvent
from pydantic import BaseModel

from kombo_ats_client.models import CreateApplicationCandidate, CreatedApplication, Job


class ApplicationOut(BaseModel):
    """Our answer to an application: the SDK's model of it, nested in our own, plus the ATS's warnings."""

    application: CreatedApplication
    warnings: list[str]


def create_app(client_factory: ClientFactory = make_client, webhook_secret: str | None = None) -> FastAPI:
    """Build the app; tests pass a factory whose client talks to the sandbox (and a webhook secret)."""
    app = FastAPI(title="Recruiting sync (kombo-ats-client example)", lifespan=kombo_lifespan(client_factory))
    install_error_handlers(app)
    changed: dict[str, set[str]] = defaultdict(set)  # integration id -> Kombo models with new data
    handlers = WebhookHandlers()

    @handlers.on(DataChangedEvent)
    async def note_changes(event: DataChangedEvent) -> None:
        changed[event.data.integration_id].update(str(model.name) for model in event.data.changed_models)

    if webhook_secret or os.environ.get(WEBHOOK_SECRET_ENV):
        app.include_router(webhook_router(handlers, secret=webhook_secret, path="/kombo/webhooks"))

    @app.get("/integrations/{integration_id}/changes")
    async def take_changes(integration_id: IntegrationId) -> list[str]:
        """Kombo models of this tenant with new data since the last call (from ``data-changed`` webhooks)."""
        return sorted(changed.pop(integration_id, set()))

    @app.get("/integrations/{integration_id}/jobs", response_model=list[Job])
    async def list_open_jobs(
        integration_id: IntegrationId, kombo: KomboClient, limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> list[Job]:
        """Open jobs of one tenant (the first ``limit``), as Kombo describes them."""
        jobs: list[Job] = []
        async with iter_jobs(kombo, integration_id=integration_id, statuses=["OPEN"], page_size=100) as walk:
            async for job in walk:
                jobs.append(job)
                if len(jobs) >= limit:
                    break
        return jobs

    @app.get("/integrations/{integration_id}/candidates.ndjson")
    async def stream_candidates(
        integration_id: IntegrationId,
        kombo: KomboClient,
        updated_after: datetime | None = None,
        email: str | None = None,
        cursor: str | None = None,
    ) -> StreamingResponse:
        """Every candidate of one tenant as NDJSON, streamed page by page in constant memory.

        ``cursor`` resumes a stream that broke off: its error line carries the cursor to pass.
        """
        if updated_after is not None and updated_after.tzinfo is None:
            raise HTTPException(400, "updated_after: give a timezone, e.g. 2024-01-31T00:00:00Z")
        filters: dict[str, Any] = {}
        if updated_after is not None:
            filters["updated_after"] = updated_after
        if email is not None:
            filters["email"] = email
        pages = iter_pages(
            kombo, "candidates", integration_id=integration_id, page_size=250, read_ahead=True, cursor=cursor, **filters
        )
        return await stream_ndjson(pages)

    @app.post("/integrations/{integration_id}/jobs/{job_id}/applications", status_code=201)
    async def apply(
        integration_id: IntegrationId,
        job_id: RecordId,
        candidate: Annotated[CreateApplicationCandidate, Body()],
        kombo: KomboClient,
    ) -> ApplicationOut:
        """Create an application; the ATS's warnings are passed on, never dropped."""
        result = await create_application(kombo, integration_id=integration_id, job_id=job_id, candidate=candidate)
        return ApplicationOut(application=result.application, warnings=list(result.warnings))

    return app


app = create_app()
