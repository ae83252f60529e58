"""The common calls of the kombo_ats SDK, end to end.

Run against the live API (or the local sandbox with KOMBO_BASE_URL=http://localhost:8000/v1):

    KOMBO_API_KEY=... KOMBO_INTEGRATION_ID=workday:... python -m examples.basic_usage
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys

import anyio
from kombo_ats import (
    AuthenticationError,
    JobFilters,
    KomboAPIError,
    KomboConnectionError,
    NotFoundError,
    RateLimitError,
    create_application,
    iter_candidates,
    iter_jobs,
    iter_pages,
    make_client,
)


async def main() -> int:
    integration_id = os.environ.get("KOMBO_INTEGRATION_ID", "")
    if not integration_id:
        print("set KOMBO_INTEGRATION_ID (and KOMBO_API_KEY)", file=sys.stderr)
        return 2
    # api_key=None reads KOMBO_API_KEY; base_url (if set) points at the sandbox instead of a region.
    client = make_client(region="eu", base_url=os.environ.get("KOMBO_BASE_URL"), max_retries=3)
    async with client:
        try:
            # 1. Walk every record matching some filters; pages are fetched as you go.
            since = dt.datetime.now(dt.UTC) - dt.timedelta(days=7)
            async for candidate in iter_candidates(
                client, integration_id=integration_id, updated_after=since, include_deleted=True, page_size=250
            ):
                print("candidate", candidate.id, candidate.first_name, candidate.last_name)

            # 2. Reusable filters; lists become one comma-separated value on the wire.
            open_full_time = JobFilters(statuses=["OPEN"], employment_types=["FULL_TIME", "PART_TIME"])
            first_job_id: str | None = None
            async for job in iter_jobs(client, integration_id=integration_id, filters=open_full_time):
                print("job", job.id, job.name, job.status)
                first_job_id = first_job_id or job.id

            # 3. Page by page with a checkpoint: store next_cursor, resume later with cursor=.
            checkpoint: str | None = None
            async for page in iter_pages(client, "applications", integration_id=integration_id, read_ahead=True):
                print("applications page with", len(page.results), "records")
                checkpoint = page.next_cursor
                break  # stop early: no further request is sent
            if checkpoint is not None:
                async for page in iter_pages(client, "applications", integration_id=integration_id, cursor=checkpoint):
                    print("resumed page with", len(page.results), "records")
                    break

            # 4. Create an application; warnings are what the ATS could not take.
            if first_job_id is not None and os.environ.get("KOMBO_CREATE_APPLICATION") == "1":
                result = await create_application(
                    client,
                    integration_id=integration_id,
                    job_id=first_job_id,  # or "remote:<id in the ATS>"
                    candidate={"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"},
                    attachments=[("ada-cv.pdf", b"%PDF-1.4 ...", "application/pdf")],
                )
                print("created application", result.application.id)
                for warning in result.warnings:
                    print("warning:", warning)
        except AuthenticationError as exc:
            print("the API key was rejected:", exc.message, file=sys.stderr)
            return 1
        except NotFoundError as exc:
            print("unknown integration or id:", exc.code, exc.message, file=sys.stderr)
            return 1
        except RateLimitError as exc:
            print("rate limited even after retries; retry after", exc.retry_after, file=sys.stderr)
            return 1
        except KomboAPIError as exc:
            print(f"API error {exc.status_code} {exc.code}: {exc.message} ({exc.log_url})", file=sys.stderr)
            return 1
        except KomboConnectionError as exc:
            print("network problem:", exc, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("kombo_ats").setLevel(logging.DEBUG)  # method, path, status, duration, attempt
    sys.exit(anyio.run(main))
