"""The sandbox serves only what the spec says: every record it returns is exactly its schema in openapi.yaml.

"Exactly": valid against the record schema (types, enums, formats) and no key the schema lacks, at any
depth (only the ``extra_fields`` fault adds such keys, on purpose). Checked for every record of every list
of every integration, for the answer of every write, for every record a write re-stamped (found with
``updated_after``), and after admin changes. A failure names the field and, for a key the spec lacks,
the sandbox source lines that write it: after a rename in openapi.yaml, that is where to follow it.
"""

from __future__ import annotations

import ast
import json
import random
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import kombo_ats_sandbox
import pytest
from kombo_ats.spec import Operation, api
from kombo_ats_sandbox import SandboxConfig, SandboxState
from kombo_ats_sandbox.data.schema import record_schema, references
from kombo_ats_sandbox.logic.validate import BodyError, check_value
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL
from kombo_ats_sandbox.spec_data import example

pytestmark = pytest.mark.anyio

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
KEY = {"Authorization": "Bearer sandbox-api-key"}
PACKAGE = Path(kombo_ats_sandbox.__file__).parent
READ_ONLY = {"id", "remote_id", "changed_at", "remote_deleted_at", "remote_created_at", "remote_url", "contact_id"}
READ_ONLY |= {"applications", "candidate", "application", "job", "current_stage", "offers", "interviews"}
READ_ONLY |= {"hiring_team", "job_id", "candidate_id", "application_id", "interview_id", "author_id"}


def _key_written(field: str) -> re.Pattern[str]:
    return re.compile(rf"[\"']{re.escape(field)}[\"']\s*(:|\]\s*=)|\b{re.escape(field)}=")


def where_written(field: str, kind: str = "") -> str:
    """Sandbox source lines that write the key ``field`` (what to change when the spec renames it).

    First those inside functions named after the record kind (``candidate_body``, ``_new_candidate`` for
    ``candidates``), else every line of the package writing such a key."""
    written = _key_written(field)
    singular = kind[:-1] if kind.endswith("s") else kind
    near: list[str] = []
    everywhere: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        where = str(path.relative_to(PACKAGE.parent))
        everywhere += [f"{where}:{n}" for n, line in enumerate(lines, 1) if written.search(line)]
        for node in ast.walk(ast.parse(source)):
            if singular and isinstance(node, ast.FunctionDef) and singular in node.name:
                span = range(node.lineno, (node.end_lineno or node.lineno) + 1)
                near += [f"{where}:{n} ({node.name})" for n in span if written.search(lines[n - 1])]
    return ", ".join(near or everywhere) or "nowhere in kombo_ats_sandbox (a test or the spec's example?)"


def problem(schema: str | dict[str, Any], doc: Any, label: str, kind: str = "") -> str | None:
    """What is wrong with ``doc`` against ``schema`` (a component name or a schema), or None."""
    try:
        check_value(api().component(schema) if isinstance(schema, str) else schema, doc, label)
    except BodyError as exc:
        if not exc.message.startswith("Unknown field"):
            return str(exc)
        field = re.split(r"[.\[]", exc.path)[-1]
        return (
            f"{exc} -- the sandbox serves {field!r}, which openapi.yaml does not have there. "
            f"It writes {field!r} at {where_written(field, kind)}: follow the spec there (rename or drop it)"
        )
    return None


def assert_exactly_the_spec(kind: str, docs: list[dict[str, Any]]) -> None:
    found = [p for doc in docs if (p := problem(record_schema(kind), doc, f"{kind}[{doc.get('id')}]", kind))]
    assert not found, f"{len(found)} {kind} record(s) are not exactly their schema; first: {found[0]}"


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    """A smaller data set than the plugin's: every record is checked many times here."""
    return SandboxConfig(seed=7, jobs=6, candidates=25)


@pytest.fixture
async def http(kombo_sandbox_transport: httpx.ASGITransport) -> AsyncIterator[httpx.AsyncClient]:
    headers = {**KEY, "X-Integration-Id": GREENHOUSE}
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, base_url=ASGI_BASE_URL, headers=headers) as c:
        yield c


async def walk(http: httpx.AsyncClient, iid: str, op: Operation, **filters: str) -> list[dict[str, Any]]:
    url = op.path.replace("{integration_id}", iid)
    params: dict[str, Any] = {"page_size": 250, "include_deleted": "true", **filters}
    params = {k: v for k, v in params.items() if k in {p.name for p in op.params_in("query")}}
    records: list[dict[str, Any]] = []
    while True:
        page = await http.get(url, params=params, headers={"X-Integration-Id": iid})
        assert page.status_code == 200, page.text
        data = page.json()["data"]
        records += data["results"]
        if data["next"] is None:
            return records
        params = {"cursor": data["next"]}


async def assert_every_list_is_exactly_the_spec(http: httpx.AsyncClient, iid: str, **filters: str) -> int:
    seen = 0
    for kind, op in sorted(api().lists.items()):
        docs = await walk(http, iid, op, **filters)
        assert_exactly_the_spec(kind, docs)
        seen += len(docs)
    return seen


async def test_every_record_of_every_list_of_every_integration_is_exactly_its_schema(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState
) -> None:
    for iid in kombo_sandbox.integrations:
        assert await assert_every_list_is_exactly_the_spec(http, iid) > 200


# ---------------------------------------------------------------------------------------------- writes
def _steer(value: Any, known: dict[str, Any], counter: Iterator[int]) -> Any:
    """Make a spec-made body one the data accepts: real ids, a new e-mail, no random screening answers."""
    if isinstance(value, dict):
        for key in list(value):
            if key in known:
                value[key] = known[key]
            elif key == "email_address":
                value[key] = f"new-{next(counter)}@example.com"
            elif key == "screening_question_answers":
                value[key] = []
            else:
                _steer(value[key], known, counter)
    elif isinstance(value, list):
        for item in value:
            _steer(item, known, counter)
    return value


def _writes() -> list[tuple[Operation, str]]:
    writes = [op for op in api().operations.values() if op.method != "GET" and op.operation_id != "deleteIntegration"]
    # importTrackedApplication's ids go under the key of the integration's ATS: optional in the schema, so only
    # the "full" body (every key) has greenhouse's
    return [
        (op, mode)
        for op in sorted(writes, key=lambda o: o.operation_id)
        for mode in ("sparse", "full")
        if (op.operation_id, mode) != ("importTrackedApplication", "sparse")
    ]


@pytest.mark.parametrize(("op", "mode"), _writes(), ids=lambda v: v.operation_id if isinstance(v, Operation) else v)
async def test_after_every_write_what_it_answers_and_re_stamps_is_exactly_the_spec(
    http: httpx.AsyncClient, kombo_sandbox: SandboxState, op: Operation, mode: str
) -> None:
    store = kombo_sandbox.integrations[GREENHOUSE]
    job = next(j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None and len(j.stages) > 1)
    app = next(a for a in store.applications if a.deleted_ms is None and a.job == job.seq)
    path_ids = {"candidate_id": store.candidates[app.cand].id, "application_id": app.id, "job_id": job.id}
    path_ids |= {"integration_id": GREENHOUSE, "tool": "greenhouse", "api": "default"}
    path_ids |= {"integration_field_id": kombo_sandbox.ids(GREENHOUSE, "integration_fields")[0]}
    path_ids |= {"custom_field_id": kombo_sandbox.ids(GREENHOUSE, "custom_fields")[0]}
    known = {
        "stage_id": job.stages[1]["id"],
        "rejection_reason_id": kombo_sandbox.ids(GREENHOUSE, "rejection_reasons")[0],
    }
    known |= {"job_id": job.id, "user_id": kombo_sandbox.ids(GREENHOUSE, "users")[0], "application_id": app.remote_id}
    known |= {"integration_field_id": None}
    body = example(api().document, op.body_schema, rng=random.Random(1), mode=mode) if op.body_schema else None  # type: ignore[arg-type]
    body = _steer(body, known, iter(range(1000)))
    before = max(
        json.loads(store.render(k, r))["changed_at"] for k in ("candidates", "applications") for r in store.records(k)
    )
    answer = await http.request(op.method, re.sub(r"\{(\w+)\}", lambda m: path_ids[m.group(1)], op.path), json=body)
    assert answer.status_code == 200, answer.text
    assert (p := problem(op.response_schema or "", answer.json(), op.operation_id)) is None, p
    assert await assert_every_list_is_exactly_the_spec(http, GREENHOUSE, updated_after=before) >= 0


# ---------------------------------------------------------------------------------------------- admin
def _writable(kind: str) -> list[str]:
    schema = api().component(record_schema(kind))
    refs = {r.name for r in references(record_schema(kind))}
    return [n for n in schema["properties"] if n not in READ_ONLY and n not in refs and n != "current_stage_id"]


@pytest.mark.parametrize("kind", sorted(api().lists))
async def test_admin_changes_with_spec_made_values_serve_exactly_the_spec(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox: SandboxState, kind: str
) -> None:
    schema = api().component(record_schema(kind))
    changes = {
        name: example(api().document, schema["properties"][name], rng=random.Random(name), mode="full")
        for name in _writable(kind)
    }
    record_id = kombo_sandbox.ids(GREENHOUSE, kind)[0]
    url = f"http://sandbox/_sandbox/integrations/{GREENHOUSE}/{kind}/{record_id}"
    async with httpx.AsyncClient(transport=kombo_sandbox_transport, headers=KEY) as admin:
        answer = await admin.patch(url, json=changes)
    assert answer.status_code == 200, answer.text
    assert_exactly_the_spec(kind, [answer.json()])
    assert_exactly_the_spec(kind, [kombo_sandbox.get(GREENHOUSE, kind, record_id)])


# ---------------------------------------------------------------------------------------------- the check itself
def test_the_check_fails_on_a_key_the_spec_lacks_and_names_where_the_sandbox_writes_it(
    kombo_sandbox: SandboxState,
) -> None:
    kombo_sandbox.set_faults(extra_fields=True)  # the one deliberate way to serve unknown keys
    store = kombo_sandbox.integrations[GREENHOUSE]
    doc = json.loads(store.render("candidates", store.candidates[0]))
    found = problem("Candidate", doc, "candidates[0]", "candidates")
    assert found is not None and "Unknown field" in found and "logic/decorate.py" in found, found
    assert problem("Candidate", {**doc, "title": 5}, "x") is not None
    assert "(candidate_body)" in where_written("title", "candidates")
    assert "nowhere" in where_written("job_title_not_in_spec", "candidates")
