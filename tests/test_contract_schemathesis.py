"""schemathesis against the sandbox (a real socket server), generated from openapi.yaml.

Every operation of the spec, a bounded number of examples each to stay fast; the checks: no server error,
status codes, content types, headers and response bodies all as the spec says. Only positive (spec-valid)
requests are generated, most of them steered to ids that exist; the sandbox's own semantics (unknown ids
-> 404, closed jobs, a stage of another job, ...) may still answer them with a documented 4xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from kombo_ats_sandbox import SandboxConfig, SandboxServer
from kombo_ats_sandbox.logic.state import ConnectionLink
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

SPEC = Path(__file__).resolve().parents[1] / "openapi.yaml"
GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
API_KEY = "sandbox-api-key"
MAX_EXAMPLES = 10  # per operation: every operation of the spec within a few seconds
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(modes=[GenerationMode.POSITIVE])


DISPOSABLE = "lever:schemathesisDeleteMe0000000"  # deleteIntegration may delete this one, not GREENHOUSE


@pytest.fixture(scope="module")
def sandbox_server() -> Iterator[SandboxServer]:
    config = SandboxConfig(seed=11, jobs=10, candidates=40, integrations=(GREENHOUSE, DISPOSABLE))
    with SandboxServer(config) as server:
        yield server


@pytest.fixture(scope="module")
def stages(sandbox_server: SandboxServer) -> dict[str, list[str]]:
    """The stage ids each application can move to (those of its job)."""
    store = sandbox_server.state.integrations[GREENHOUSE]
    return {a.id: [s["id"] for s in store.jobs[a.job].stages] for a in store.applications}


@pytest.fixture(scope="module")
def known(sandbox_server: SandboxServer) -> dict[str, list[str]]:
    """Ids that exist, by path parameter (and body field) name, so generated requests reach the endpoint logic."""
    state = sandbox_server.state
    store = state.integrations[GREENHOUSE]
    jobs = [j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None]
    link = ConnectionLink("tokenSchemathesis0000000", "a@example.com", "Acme", None, "ATS", "greenhouse")
    state.links[link.token] = link
    return {
        "job_id": [jobs[0].id, f"remote:{jobs[1].remote_id}"],
        "application_id": state.ids(GREENHOUSE, "applications"),
        "candidate_id": state.ids(GREENHOUSE, "candidates"),
        "custom_field_id": state.ids(GREENHOUSE, "custom_fields"),
        "integration_field_id": state.ids(GREENHOUSE, "integration_fields"),
        "rejection_reason_id": state.ids(GREENHOUSE, "rejection_reasons"),
        "user_id": state.ids(GREENHOUSE, "users"),
        "integration_id": [GREENHOUSE],
        "tool": [store.tool],
        "token": [link.token],
    }


def _steer(case: schemathesis.Case[Any], known: dict[str, list[str]], stages: dict[str, list[str]]) -> None:
    """Point two of three generated requests at existing ids (the third keeps its random ones: a 404)."""
    pick = len(repr(case.body)) + len(repr(case.path_parameters))
    if case.query:
        case.query.pop("cursor", None)  # a random cursor is always a 400
    if pick % 3 == 2:
        return
    for name in list(case.path_parameters or {}):
        if name in known:
            case.path_parameters[name] = known[name][pick % len(known[name])]
    if case.operation.definition.raw.get("operationId") == "deleteIntegration":
        case.path_parameters["integration_id"] = DISPOSABLE
    body: dict[str, Any] = case.body if isinstance(case.body, dict) else {}
    if "stage_id" in body:
        app_stages = stages.get(str((case.path_parameters or {}).get("application_id")), [])
        if app_stages:
            body["stage_id"] = app_stages[pick % len(app_stages)]
        else:
            del body["stage_id"]  # a new application's default stage
    files: list[dict[str, Any]] = [body["attachment"]] if isinstance(body.get("attachment"), dict) else []
    files += [f for f in body.get("attachments") or [] if isinstance(f, dict)]
    for file in files:  # hypothesis knows neither `contentEncoding: base64` nor "data or data_url"
        file.pop("data_url", None)
        file["data"] = "SGkh"
    if isinstance(body.get("application"), dict):
        body["application"].pop("stage_id", None)
    for key, value in list(body.items()):
        if key in known and isinstance(value, str):
            body[key] = known[key][pick % len(known[key])]
        elif isinstance(value, dict):
            for sub in ("job_id", "user_id"):
                if sub in value:
                    value[sub] = known[sub][pick % len(known[sub])]


@schema.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    phases=[hypothesis.Phase.generate],
    derandomize=True,
)
def test_sandbox_conforms_to_the_spec(
    case: schemathesis.Case[Any],
    sandbox_server: SandboxServer,
    known: dict[str, list[str]],
    stages: dict[str, list[str]],
) -> None:
    _steer(case, known, stages)
    case.call_and_validate(
        base_url=sandbox_server.base_url,
        headers={"Authorization": f"Bearer {API_KEY}", "X-Integration-Id": GREENHOUSE},
        checks=CHECKS,
    )
