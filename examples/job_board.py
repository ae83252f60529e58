"""What a job board or an assessment vendor runs against its customers' ATSs, with the SDK's typed calls.

One candidate's way through a hiring process, from the vendor's side:

1. list the open jobs (to publish them) and pick one;
2. apply to it with a CV and the candidate's other addresses and profiles;
3. move the application to the job's next stage (the candidate passed a screening);
4. add a note and a link to the assessment result;
5. tag the candidate;
6. reject the application with a reason the ATS knows (from ``/ats/rejection-reasons``).

Each step is one ``await``; the ATS's warnings are collected, never dropped. Used by ``examples.demo``::

    async with make_client() as client:
        outcome = await run_workflow(client, "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p")
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from kombo_ats import (
    add_application_note,
    add_application_result_link,
    add_candidate_tag,
    create_application,
    iter_jobs,
    iter_rejection_reasons,
    move_application_to_stage,
    reject_application,
)

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.models import Job

__all__ = ["TAG", "WorkflowOutcome", "run_workflow"]

TAG = "Assessment passed"
CV = b"Ada Lovelace\nAnalyst of the Analytical Engine\nNotes on the Analytical Engine, 1843\n"
Say = Callable[[str], None]


@attrs.frozen
class WorkflowOutcome:
    """What the workflow did, for the caller to show and to check a later sync against."""

    job: Job
    candidate_id: str
    application_id: str
    stage_name: str
    rejection_reason: str
    warnings: list[str]


def _next_stage_id(job: Job) -> tuple[str, str]:
    """The second stage of the job (applications start in the first)."""
    stages = sorted(job.stages or [], key=lambda s: s.index if isinstance(s.index, int) else 0)
    if len(stages) < 2 or not isinstance(stages[1].id, str):
        raise ValueError(f"job {job.id} has no second stage to move to")
    return stages[1].id, str(stages[1].name)


async def _open_job(client: AuthenticatedClient, integration_id: str) -> Job:
    async with iter_jobs(client, integration_id=integration_id, statuses=["OPEN"], page_size=50) as jobs:
        async for job in jobs:
            if len(job.stages or []) >= 2:
                return job
    raise LookupError(f"{integration_id} has no open job with two stages")


async def run_workflow(client: AuthenticatedClient, integration_id: str, say: Say = print) -> WorkflowOutcome:
    """Run the six steps for one integration and return what they did."""
    job = await _open_job(client, integration_id)
    say(f"    open job            {job.name!r} ({job.id})")

    created = await create_application(
        client,
        integration_id=integration_id,
        job_id=f"remote:{job.remote_id}",  # the ATS's own id works as well as Kombo's
        candidate={
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email_address": "ada.lovelace@example.com",
            "additional_email_addresses": [{"email_address": "ada@analytical-engine.example", "type": "WORK"}],
            "additional_phone_numbers": [{"phone_number": "+44 20 7946 0018", "type": "PERSONAL"}],
            "social_links": [{"url": "https://www.linkedin.com/in/ada-lovelace"}],
        },
        attachments=[("Ada Lovelace CV.txt", CV)],  # bytes: base64 and content type are handled
    )
    application = created.application
    candidate_id = str(application.candidate_id)
    warnings = list(created.warnings)
    say(f"    applied             application {application.id}, candidate {candidate_id}, with a CV")

    stage_id, stage_name = _next_stage_id(job)
    moved = await move_application_to_stage(
        client, integration_id=integration_id, application_id=application.id, stage_id=stage_id
    )
    say(f"    moved to stage      {stage_name!r}")
    noted = await add_application_note(
        client,
        integration_id=integration_id,
        application_id=application.id,
        content="Passed the screening call; strong analytical background.",
        content_type="PLAIN_TEXT",
    )
    linked = await add_application_result_link(
        client,
        integration_id=integration_id,
        application_id=application.id,
        label="Assessment report",
        url="https://assessments.example.com/reports/ada-lovelace",
    )
    say("    note + result link  added")
    tagged = await add_candidate_tag(client, integration_id=integration_id, candidate_id=candidate_id, tag=TAG)
    say(f"    tagged              {TAG!r}")

    async with iter_rejection_reasons(client, integration_id=integration_id) as reasons:
        reason = await anext(reasons)
    rejected = await reject_application(
        client, integration_id=integration_id, application_id=application.id, rejection_reason_id=reason.id
    )
    say(f"    rejected            reason {reason.name!r} (from /ats/rejection-reasons)")
    for result in (moved, noted, linked, tagged, rejected):
        warnings.extend(result.warnings)
    return WorkflowOutcome(
        job=job,
        candidate_id=candidate_id,
        application_id=application.id,
        stage_name=stage_name,
        rejection_reason=str(reason.name),
        warnings=warnings,
    )
