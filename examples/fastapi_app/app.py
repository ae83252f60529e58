r"""A multi-tenant FastAPI backend on top of kombo-ats-client, written the way FastAPI apps are.

* One SDK client (one connection pool) is created in the app's lifespan and closed on shutdown;
  a dependency hands it to the routes. Every tenant shares it: the Kombo integration id travels
  with each call, never in shared headers.
* The integration id comes from the request path (in a real service: from the authenticated
  tenant).
* ``KomboError``s become sensible HTTP answers for *our* callers: a missing record is a 404, a
  rate limit a 429 with ``Retry-After``, but a rejected API key is our misconfiguration, so a 502
  rather than a 401 that would blame the caller.
* ``/candidates.ndjson`` streams every candidate straight from the async walker, one JSON line
  each, in constant memory. The first page is fetched before the response starts so that errors
  such as an unknown integration still get a proper status code. If Kombo fails mid-stream, the
  last line is ``{"error": ..., "resume_cursor": ...}``: request the same URL with
  ``?cursor=<resume_cursor>`` and the stream continues exactly after the last complete page.

It needs FastAPI besides the SDK and its sandbox: ``pip install -e '.[sandbox,fastapi]'`` in this
repository (``make demo`` installs only the SDK and its sandbox; ``make setup`` installs everything).
Run it against the bundled sandbox (two shells; the sandbox on port 8000, the app on 8080;
``tests/test_fastapi_run_command.py`` runs these very lines)::

    python -m kombo_ats_sandbox --port 8000
    KOMBO_API_KEY=sandbox-api-key KOMBO_BASE_URL=http://127.0.0.1:8000/v1 \
        uvicorn examples.fastapi_app.app:app --port 8080

then ``curl http://127.0.0.1:8080/integrations/greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p/jobs``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from kombo_ats import (
    AuthenticationError,
    InvalidInputError,
    KomboAPIError,
    KomboConnectionError,
    KomboError,
    KomboTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    create_application,
    iter_jobs,
    iter_pages,
    make_client,
)
from pydantic import BaseModel

from kombo_ats_client import AuthenticatedClient

logger = logging.getLogger(__name__)

ClientFactory = Callable[[], AuthenticatedClient]


def client_from_environment() -> AuthenticatedClient:
    """The production client: key from ``KOMBO_API_KEY``, server from ``KOMBO_BASE_URL`` if set (the sandbox)."""
    return make_client()


def get_kombo(request: Request) -> AuthenticatedClient:
    """Dependency: the app-wide SDK client opened by the lifespan."""
    client: AuthenticatedClient = request.app.state.kombo
    return client


Kombo = Annotated[AuthenticatedClient, Depends(get_kombo)]


class CandidateIn(BaseModel):
    first_name: str
    last_name: str
    email_address: str
    phone_number: str | None = None


class ApplicationOut(BaseModel):
    application_id: str
    candidate_id: str | None
    warnings: list[str]


def _error_body(code: str | None, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _status_for(exc: KomboError) -> int:
    """Map an SDK error to the status *our* API answers with."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, RateLimitError):
        return 429
    if isinstance(exc, InvalidInputError):
        return 400
    if isinstance(exc, PermissionDeniedError):
        return 403
    if isinstance(exc, AuthenticationError):
        return 502  # our Kombo key was rejected: our fault, not the caller's
    if isinstance(exc, KomboTimeoutError):
        return 504
    if isinstance(exc, KomboConnectionError):
        return 503
    if isinstance(exc, KomboAPIError) and 400 <= exc.status_code < 500:
        return 400 if exc.status_code != 409 else 409
    return 502


async def kombo_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KomboError)
    status = _status_for(exc)
    code = exc.code if isinstance(exc, KomboAPIError) else None
    headers = {}
    if isinstance(exc, RateLimitError) and exc.retry_after is not None:
        headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    log = logger.warning if status < 500 else logger.error
    log("kombo call failed for %s %s: %s", request.method, request.url.path, exc)
    message = exc.message if isinstance(exc, KomboAPIError) else "The ATS provider could not be reached."
    return JSONResponse(_error_body(code, message), status_code=status, headers=headers)


def create_app(client_factory: ClientFactory = client_from_environment) -> FastAPI:
    """Build the app; tests pass a factory whose client talks to the sandbox."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as client:
            app.state.kombo = client
            yield

    app = FastAPI(title="Recruiting sync (kombo-ats-client example)", lifespan=lifespan)
    app.add_exception_handler(KomboError, kombo_error_handler)

    @app.get("/integrations/{integration_id}/jobs")
    async def list_open_jobs(
        integration_id: str, kombo: Kombo, limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> list[dict[str, Any]]:
        """Open jobs of one tenant, as compact JSON (first ``limit``)."""
        jobs: list[dict[str, Any]] = []
        async with iter_jobs(kombo, integration_id=integration_id, statuses=["OPEN"], page_size=100) as walk:
            async for job in walk:
                jobs.append({"id": job.id, "name": job.name, "status": job.status})
                if len(jobs) >= limit:
                    break
        return jobs

    @app.get("/integrations/{integration_id}/candidates.ndjson")
    async def stream_candidates(
        integration_id: str,
        kombo: Kombo,
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
            kombo,
            "candidates",
            integration_id=integration_id,
            page_size=250,
            read_ahead=True,
            cursor=cursor or None,
            **filters,
        )
        try:
            first = await pages.__anext__()  # errors before the first byte still get a status code
        except StopAsyncIteration:  # pragma: no cover - the API always answers with a page
            first = None
        except BaseException:
            await pages.aclose()
            raise

        async def lines() -> AsyncIterator[bytes]:
            # Whole pages only: the cursor after the last page written resumes exactly where the
            # stream stopped, with nothing skipped and nothing sent twice.
            resume = cursor
            try:
                page = first
                while page is not None:
                    yield b"".join(json.dumps(c.to_dict()).encode() + b"\n" for c in page.results)
                    resume = page.next_cursor
                    page = await pages.__anext__() if not page.is_last else None
            except KomboError as exc:
                # Headers are gone already: end the stream with an error line the reader can detect.
                logger.error("candidate stream for %s broke off: %s", integration_id, type(exc).__name__)
                code = exc.code if isinstance(exc, KomboAPIError) else None
                line = {**_error_body(code, "stream interrupted; repeat the request with ?cursor=<resume_cursor>")}
                line["resume_cursor"] = resume
                yield json.dumps(line).encode() + b"\n"
            finally:
                await pages.aclose()

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    @app.post("/integrations/{integration_id}/jobs/{job_id}/applications", status_code=201)
    async def apply(integration_id: str, job_id: str, candidate: CandidateIn, kombo: Kombo) -> ApplicationOut:
        """Create an application; the ATS's warnings are passed on, never dropped."""
        result = await create_application(
            kombo,
            integration_id=integration_id,
            job_id=job_id,
            candidate=candidate.model_dump(exclude_none=True),
        )
        return ApplicationOut(
            application_id=result.application.id,
            candidate_id=result.application.candidate_id if isinstance(result.application.candidate_id, str) else None,
            warnings=list(result.warnings),
        )

    return app


app = create_app()
