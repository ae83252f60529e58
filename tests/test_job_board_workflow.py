"""The demo's job-board workflow leaves the ATS (the sandbox) in the state each step promises.

Read back through the SDK's own walkers: the application is declined with the chosen reason and sits in
the job's second stage; the candidate has the corrected list fields, the tag, the CV; the note and the
result link are notes of the application.
"""

from __future__ import annotations

import httpx
import pytest
from kombo_ats import iter_applications, iter_attachments, iter_candidates, iter_notes, make_client
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from examples.job_board import TAG, run_workflow


@pytest.mark.anyio
async def test_the_workflow_changes_what_it_says(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    iid = next(iter(kombo_sandbox.integrations))
    lines: list[str] = []
    async with make_client(
        kombo_sandbox_api_key, base_url=ASGI_BASE_URL, httpx_args={"transport": kombo_sandbox_transport}
    ) as client:
        outcome = await run_workflow(client, iid, say=lines.append)
        (application,) = [a async for a in iter_applications(client, integration_id=iid, ids=[outcome.application_id])]
        (candidate,) = [c async for c in iter_candidates(client, integration_id=iid, ids=[outcome.candidate_id])]
        notes = [n async for n in iter_notes(client, integration_id=iid, application_ids=[outcome.application_id])]
        files = [f async for f in iter_attachments(client, integration_id=iid, candidate_ids=[outcome.candidate_id])]
    assert application.outcome == "DECLINED"
    assert application.rejection_reason_name == outcome.rejection_reason and application.rejected_at
    assert application.current_stage and application.current_stage.name == outcome.stage_name
    assert TAG in [t.name for t in candidate.tags or []]
    emails = {e.email_address for e in candidate.email_addresses or []}
    assert {"ada.lovelace@example.com", "ada@analytical-engine.example"} <= emails
    assert any("linkedin.com/in/ada-lovelace" in str(s.link) for s in candidate.social_media or [])
    assert len(notes) == 2 and any("Assessment report" in str(n.content_html) for n in notes)
    assert any(f.file_name == "Ada Lovelace CV.txt" for f in files)
    assert len(lines) == 6 and outcome.warnings == []
