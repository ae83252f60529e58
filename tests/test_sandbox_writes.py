"""The ATS writes change the sandbox's state as the API says, seen through the SDK's typed calls and walkers.

Every exchange goes through :class:`ContractTransport` (requests and answers checked against openapi.yaml).
"Re-stamped" means a ``changed_at`` after the checkpoint: ``updated_after`` then finds exactly those records.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from kombo_ats import (
    InvalidInputError,
    KomboAPIError,
    NotFoundError,
    Resource,
    add_application_attachment,
    add_application_note,
    add_application_result_link,
    add_candidate_attachment,
    add_candidate_result_link,
    add_candidate_tag,
    create_candidate,
    get_application_attachments,
    get_candidate_attachments,
    import_tracked_application,
    iter_pages,
    make_client,
    move_application_to_stage,
    reject_application,
    remove_candidate_tag,
)
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.contract import ContractTransport, OpenAPIContract
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL

from kombo_ats_client import AuthenticatedClient

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
CHECKPOINT = "2025-06-02T00:00:00.000Z"  # after all generated history: only live changes are newer
SINCE = datetime(2025, 6, 2, tzinfo=UTC)
UNKNOWN = "unknownunknownunknown000"


@pytest.fixture(scope="session")
def contract() -> OpenAPIContract:
    return OpenAPIContract()


@pytest.fixture
async def client(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract, kombo_sandbox_api_key: str
) -> AsyncIterator[AuthenticatedClient]:
    transport = ContractTransport(kombo_sandbox_transport, contract)
    async with make_client(
        api_key=kombo_sandbox_api_key, base_url=ASGI_BASE_URL, max_retries=0, httpx_args={"transport": transport}
    ) as c:
        yield c


@pytest.fixture
async def raw(
    kombo_sandbox_transport: httpx.ASGITransport, contract: OpenAPIContract
) -> AsyncIterator[httpx.AsyncClient]:
    """Plain httpx for bodies the typed calls would refuse to send; answers are still checked against the spec."""
    transport = ContractTransport(kombo_sandbox_transport, contract, validate_requests=False)
    headers = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=transport, base_url=ASGI_BASE_URL, headers=headers) as http:
        yield http


async def records(client: AuthenticatedClient, kind: Resource, **filters: Any) -> list[dict[str, Any]]:
    """Every record of a list as plain dicts (the SDK parsed them; ``to_dict`` keeps what the API sent)."""
    pages = iter_pages(client, kind, integration_id=GREENHOUSE, page_size=250, **filters)
    return [r.to_dict() async for page in pages for r in page.results]


async def changed(client: AuthenticatedClient, kind: Resource) -> set[str]:
    return {r["id"] for r in await records(client, kind, updated_after=SINCE, include_deleted=True)}


def pending_application(state: SandboxState, *, with_interviews: bool = False) -> dict[str, Any]:
    store = state.integrations[GREENHOUSE]
    for app_id in state.ids(GREENHOUSE, "applications"):
        app = state.get(GREENHOUSE, "applications", app_id)
        job = state.get(GREENHOUSE, "jobs", app["job_id"])
        if app["outcome"] == "PENDING" and len(job["stages"]) > 2 and (app["interviews"] or not with_interviews):
            assert store.find("applications", app_id) is not None
            return app
    raise AssertionError("the seed data has no such application")


# ---------------------------------------------------------------------------------------------- stage moves
async def test_moving_an_application_changes_its_stage_and_the_copies(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    app = pending_application(kombo_sandbox)
    job = kombo_sandbox.get(GREENHOUSE, "jobs", app["job_id"])
    target = next(s for s in job["stages"] if s["id"] != app["current_stage_id"])
    result = await move_application_to_stage(
        client, integration_id=GREENHOUSE, application_id=app["id"], stage_id=target["id"]
    )
    assert result.warnings == []
    (moved,) = await records(client, "applications", ids=[app["id"]])
    assert moved["current_stage_id"] == target["id"] and moved["current_stage"]["name"] == target["name"]
    assert moved["changed_at"] > CHECKPOINT
    (cand,) = await records(client, "candidates", ids=[app["candidate_id"]])
    embedded = next(a for a in cand["applications"] if a["id"] == app["id"])
    assert embedded["current_stage"]["id"] == target["id"]
    assert await changed(client, "applications") == {app["id"]}
    assert await changed(client, "candidates") == {app["candidate_id"]}
    assert await changed(client, "interviews") == set()  # an interview's copy of the application has no stage


async def test_moving_to_a_stage_of_another_job_or_an_unknown_application_fails(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    app = pending_application(kombo_sandbox)
    other_job = next(j for j in kombo_sandbox.ids(GREENHOUSE, "jobs") if j != app["job_id"])
    stage = kombo_sandbox.get(GREENHOUSE, "jobs", other_job)["stages"][0]["id"]
    with pytest.raises(InvalidInputError) as bad:
        await move_application_to_stage(client, integration_id=GREENHOUSE, application_id=app["id"], stage_id=stage)
    assert bad.value.message.startswith("stage_id:")
    with pytest.raises(NotFoundError) as missing:
        await move_application_to_stage(client, integration_id=GREENHOUSE, application_id=UNKNOWN, stage_id=stage)
    assert missing.value.message.startswith("application_id:")
    assert await changed(client, "applications") == set()


# ---------------------------------------------------------------------------------------------- rejections
async def test_rejecting_sets_outcome_reason_and_rejected_at(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    app = pending_application(kombo_sandbox, with_interviews=True)
    reason = (await records(client, "rejection_reasons"))[2]
    await reject_application(
        client,
        integration_id=GREENHOUSE,
        application_id=app["id"],
        rejection_reason_id=reason["id"],
        note="Great culture fit but lacks the hard skills we need.",
    )
    (rejected,) = await records(client, "applications", ids=[app["id"]])
    assert rejected["outcome"] == "DECLINED" and rejected["rejection_reason_name"] == reason["name"]
    assert rejected["rejected_at"] == rejected["changed_at"] > CHECKPOINT
    (cand,) = await records(client, "candidates", ids=[app["candidate_id"]])
    assert next(a for a in cand["applications"] if a["id"] == app["id"])["outcome"] == "DECLINED"
    interviews = {iv["id"] for iv in app["interviews"]}
    assert await changed(client, "interviews") == interviews  # they embed the application's outcome
    (note,) = await records(client, "notes", updated_after=SINCE)
    assert note["application_id"] == app["id"] and "hard skills" in note["content_html"]


async def test_a_rejection_reason_must_exist(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    app = pending_application(kombo_sandbox)
    with pytest.raises(NotFoundError) as missing:
        await reject_application(
            client, integration_id=GREENHOUSE, application_id=app["id"], rejection_reason_id=UNKNOWN
        )
    assert missing.value.message.startswith("rejection_reason_id:")
    assert (await records(client, "applications", ids=[app["id"]]))[0]["outcome"] == "PENDING"


# ---------------------------------------------------------------------------------------------- tags
async def test_tags_added_and_removed_show_on_the_candidate_and_in_tags(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    cand = next(
        kombo_sandbox.get(GREENHOUSE, "candidates", c)
        for c in kombo_sandbox.ids(GREENHOUSE, "candidates")
        if kombo_sandbox.get(GREENHOUSE, "candidates", c)["applications"]
    )
    await add_candidate_tag(client, integration_id=GREENHOUSE, candidate_id=cand["id"], tag={"name": "Sandbox VIP"})
    (tagged,) = await records(client, "candidates", ids=[cand["id"]])
    assert "Sandbox VIP" in [t["name"] for t in tagged["tags"]]
    (new_tag,) = await records(client, "tags", updated_after=SINCE)
    assert new_tag["name"] == "Sandbox VIP" and new_tag["id"] in [t["id"] for t in tagged["tags"]]
    apps = {a["id"] for a in cand["applications"]}
    assert await changed(client, "applications") == apps  # they embed the candidate's tags
    for app in await records(client, "applications", ids=sorted(apps)):
        assert "Sandbox VIP" in [t["name"] for t in app["candidate"]["tags"]]
    assert await changed(client, "offers") == set()  # an offer's copy of the candidate has no tags

    before = {t["id"] for t in await records(client, "tags")}
    await add_candidate_tag(client, integration_id=GREENHOUSE, candidate_id=cand["id"], tag={"name": "sandbox vip"})
    assert {t["id"] for t in await records(client, "tags")} == before, "an existing name is reused, any case"
    await remove_candidate_tag(client, integration_id=GREENHOUSE, candidate_id=cand["id"], tag={"name": "SANDBOX VIP"})
    (untagged,) = await records(client, "candidates", ids=[cand["id"]])
    assert "Sandbox VIP" not in [t["name"] for t in untagged["tags"]]
    stamp = untagged["changed_at"]
    await remove_candidate_tag(client, integration_id=GREENHOUSE, candidate_id=cand["id"], tag={"name": "Never had"})
    assert (await records(client, "candidates", ids=[cand["id"]]))[0]["changed_at"] == stamp, "nothing changed"


async def test_tagging_an_unknown_candidate_is_404(client: AuthenticatedClient) -> None:
    with pytest.raises(NotFoundError) as missing:
        await add_candidate_tag(client, integration_id=GREENHOUSE, candidate_id=UNKNOWN, tag={"name": "X"})
    assert missing.value.message.startswith("candidate_id:")


# ---------------------------------------------------------------------------------------------- create candidate
def open_job(state: SandboxState) -> dict[str, Any]:
    store = state.integrations[GREENHOUSE]
    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None)
    return state.get(GREENHOUSE, "jobs", job.id)


async def test_create_candidate_creates_the_candidate_and_its_application(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    job = open_job(kombo_sandbox)
    recruiter = (await records(client, "users"))[1]
    with pytest.warns(DeprecationWarning, match="source is deprecated"):
        result = await create_candidate(
            client,
            integration_id=GREENHOUSE,
            candidate={
                "first_name": "Grace",
                "last_name": "Hopper",
                "email_address": "grace.hopper@example.com",
                "additional_email_addresses": [{"email_address": "grace@navy.example.mil", "type": "WORK"}],
                "phone_number": "+1 555 0100",
                "additional_phone_numbers": [{"phone_number": "+1 555 0199", "type": "OTHER"}],
                "social_links": [{"url": "https://www.linkedin.com/in/gracehopper"}],
                "availability_date": "2026-01-01T00:00:00.000Z",
            },
            application={"job_id": job["id"]},
            source={"name": "Example Job Board"},
            sourced_by=f"remote:{recruiter['remote_id']}",
        )
    cand = result.data
    assert cand.first_name == "Grace" and cand.source == "Example Job Board"
    (listed,) = await records(client, "candidates", email="GRACE@navy.example.mil")
    assert listed["id"] == cand.id
    assert [e["email_address"] for e in listed["email_addresses"]] == [
        "grace.hopper@example.com",
        "grace@navy.example.mil",
    ]
    assert [p["phone_number"] for p in listed["phone_numbers"]] == ["+1 555 0100", "+1 555 0199"]
    assert listed["social_media"][0]["link"] == "https://www.linkedin.com/in/gracehopper"
    assert listed["social_media"][0]["type"] == "LINKEDIN"
    (app,) = await records(client, "applications", updated_after=SINCE)
    assert app["candidate_id"] == cand.id and app["job_id"] == job["id"]
    assert app["current_stage_id"] == job["stages"][0]["id"]
    assert await changed(client, "candidates") == {cand.id}


@pytest.mark.parametrize(
    ("candidate_extra", "application", "field", "error"),
    [
        ({"email_address": "nope"}, None, "candidate.email_address: Invalid email", InvalidInputError),
        ({"additional_email_addresses": [{"email_address": "a@b.co", "type": "HOME"}]}, None,
         "candidate.additional_email_addresses[0].type", InvalidInputError),
        ({"social_links": [{"url": "not a url"}]}, None, "candidate.social_links[0].url", InvalidInputError),
        ({}, {"job_id": UNKNOWN}, "application.job_id", NotFoundError),
        ({}, {"stage_id": "nope"}, "application.stage_id", InvalidInputError),
    ],
)  # fmt: skip
async def test_create_candidate_bad_input_names_the_field(
    client: AuthenticatedClient,
    raw: httpx.AsyncClient,
    kombo_sandbox: SandboxState,
    candidate_extra: dict[str, Any],
    application: dict[str, Any] | None,
    field: str,
    error: type[KomboAPIError],
) -> None:
    job = open_job(kombo_sandbox)
    candidate = {"first_name": "A", "last_name": "B", "email_address": "a.b@example.com", **candidate_extra}
    response = await raw.post(
        "/ats/candidates", json={"candidate": candidate, "application": {"job_id": job["id"], **(application or {})}}
    )
    status = 404 if error is NotFoundError else 400
    assert response.status_code == status, response.text
    assert response.json()["error"]["message"].startswith(field)
    assert await changed(client, "candidates") == set()


async def test_sourced_by_must_name_a_user(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    job = open_job(kombo_sandbox)
    with pytest.raises(NotFoundError) as missing:
        await create_candidate(
            client,
            integration_id=GREENHOUSE,
            candidate={"first_name": "A", "last_name": "B", "email_address": "a.b@example.com"},
            application={"job_id": job["id"]},
            sourced_by="remote:nobody",
        )
    assert missing.value.message.startswith("sourced_by.user_id:")


# ---------------------------------------------------------------------------------------------- notes, links, files
async def test_notes_and_result_links_appear_in_notes(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    app = pending_application(kombo_sandbox)
    await add_application_note(
        client,
        integration_id=GREENHOUSE,
        application_id=app["id"],
        content="Called <b>back</b>",
        content_type="PLAIN_TEXT",
    )
    await add_application_result_link(
        client,
        integration_id=GREENHOUSE,
        application_id=app["id"],
        label="Assessment Result",
        url="https://example.com/results/1",
        details={"custom_field_name_prefix": "Acme:", "attributes": [{"key": "Score", "value": "100%"}]},
    )
    await add_candidate_result_link(
        client, integration_id=GREENHOUSE, candidate_id=app["candidate_id"], label="Profile", url="https://x.example/p"
    )
    notes = await records(client, "notes", updated_after=SINCE)
    assert notes[0]["content_html"] == "<p>Called &lt;b&gt;back&lt;/b&gt;</p>"
    assert [n["application_id"] for n in notes] == [app["id"], app["id"], None]
    assert all(n["candidate_id"] == app["candidate_id"] and n["author_id"] is None for n in notes)
    assert "https://example.com/results/1" in notes[1]["content_html"]
    assert {n["id"] for n in await records(client, "notes", application_ids=[app["id"]])} >= {
        notes[0]["id"],
        notes[1]["id"],
    }
    (linked,) = await records(client, "applications", ids=[app["id"]])
    assert linked["custom_fields"]["Acme: Score"] == "100%"


async def test_attachments_appear_in_their_lists(client: AuthenticatedClient, kombo_sandbox: SandboxState) -> None:
    app = pending_application(kombo_sandbox)
    cv = {"name": "Frank Doe CV.txt", "type": "CV", "content_type": "text/plain", "data": "SGk="}
    await add_application_attachment(client, integration_id=GREENHOUSE, application_id=app["id"], attachment=cv)
    letter = {"name": "letter.pdf", "type": "COVER_LETTER", "data_url": "https://example.com/letter.pdf"}
    await add_candidate_attachment(
        client, integration_id=GREENHOUSE, candidate_id=app["candidate_id"], attachment=letter
    )
    stored = await records(client, "attachments", updated_after=SINCE)
    assert [(a["file_name"], a["application_id"], a["candidate_id"]) for a in stored] == [
        ("Frank Doe CV.txt", app["id"], app["candidate_id"]),
        ("letter.pdf", None, app["candidate_id"]),
    ]
    on_app = (await get_application_attachments(client, integration_id=GREENHOUSE, application_id=app["id"])).data
    names = {a.file_name: a for a in on_app.results}
    assert {"Frank Doe CV.txt", "letter.pdf"} <= set(names)  # the candidate's files come along
    assert names["Frank Doe CV.txt"].content_type == "text/plain"
    assert str(names["Frank Doe CV.txt"].data_url).startswith("https://")
    on_cand = (
        await get_candidate_attachments(client, integration_id=GREENHOUSE, candidate_id=app["candidate_id"])
    ).data
    assert {"Frank Doe CV.txt", "letter.pdf"} <= {a.file_name for a in on_cand.results}
    with pytest.raises(NotFoundError):
        await get_candidate_attachments(client, integration_id=GREENHOUSE, candidate_id=UNKNOWN)


async def test_a_single_attachment_takes_bytes_a_path_or_a_tuple_and_defaults_to_other(
    client: AuthenticatedClient, kombo_sandbox: SandboxState, tmp_path: Path
) -> None:
    app = pending_application(kombo_sandbox)
    report = tmp_path / "assessment report.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    on_application = {"application_id": app["id"]}
    await add_application_attachment(client, integration_id=GREENHOUSE, **on_application, attachment=report)
    await add_application_attachment(client, integration_id=GREENHOUSE, **on_application, attachment=b"%PDF-1.4")
    on_candidate = {"candidate_id": app["candidate_id"]}
    await add_candidate_attachment(
        client, integration_id=GREENHOUSE, **on_candidate, attachment=("notes.txt", b"hello", "text/plain")
    )
    await add_candidate_attachment(
        client, integration_id=GREENHOUSE, **on_candidate, attachment={"path": report, "type": "CV"}
    )
    stored = await records(client, "attachments", updated_after=SINCE)
    assert [(a["file_name"], a["type"]) for a in stored] == [
        ("assessment report.pdf", "OTHER"),
        ("attachment.pdf", "OTHER"),
        ("notes.txt", "OTHER"),
        ("assessment report.pdf", "CV"),
    ]
    live = (await get_candidate_attachments(client, integration_id=GREENHOUSE, **on_candidate)).data.results
    content_types = {a.file_name: a.content_type for a in live}
    assert content_types["notes.txt"] == "text/plain"
    assert content_types["attachment.pdf"] == content_types["assessment report.pdf"] == "application/pdf"
    with pytest.raises(TypeError, match=r"attachment: expected bytes, a pathlib.Path"):
        await add_candidate_attachment(client, integration_id=GREENHOUSE, **on_candidate, attachment=42)  # type: ignore[arg-type]


async def test_an_attachment_needs_exactly_one_of_data_and_data_url(
    raw: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    app = pending_application(kombo_sandbox)
    url = f"/ats/applications/{app['id']}/attachments"
    response = await raw.post(url, json={"attachment": {"name": "cv.pdf", "type": "CV"}})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "attachment: Give exactly one of data or data_url"


# ---------------------------------------------------------------------------------------------- import
async def test_import_tracked_application_finds_it_by_its_ats_ids(
    client: AuthenticatedClient, kombo_sandbox: SandboxState
) -> None:
    app = pending_application(kombo_sandbox)
    result = await import_tracked_application(
        client,
        integration_id=GREENHOUSE,
        tracked_at="2024-04-12T14:33:47.000Z",
        greenhouse={"application_id": app["remote_id"]},
    )
    assert result.data.id == app["id"]
    assert result.data.to_dict()["imported_id"]["greenhouse"]["id_type"] == "application_id"
    assert await changed(client, "applications") == {app["id"]}  # the next sync fetches it in full
    with pytest.raises(NotFoundError) as missing:
        await import_tracked_application(
            client, integration_id=GREENHOUSE, tracked_at="2024-04-12T14:33:47.000Z", greenhouse={"application_id": "x"}
        )
    assert missing.value.message.startswith("greenhouse.application_id:")
