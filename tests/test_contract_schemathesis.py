"""schemathesis against the sandbox (a real socket server), generated from openapi.yaml.

Bounded examples per operation keep it fast; the checks: no server error, status codes, content types,
headers and response bodies all as the spec says. Only positive (spec-valid) requests are generated; the
sandbox's own semantics (unknown ids -> 404, closed jobs, ...) may still answer them with a documented 4xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from kombo_ats.sandbox import SandboxConfig, SandboxServer
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
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(modes=[GenerationMode.POSITIVE])


@pytest.fixture(scope="module")
def sandbox_server() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxConfig(seed=11, jobs=10, candidates=40)) as server:
        yield server


@pytest.fixture(scope="module")
def open_job_ids(sandbox_server: SandboxServer) -> list[str]:
    store = sandbox_server.state.integrations[GREENHOUSE]
    jobs = [j for j in store.jobs if j.status == "OPEN" and j.deleted_ms is None]
    return [jobs[0].id, f"remote:{jobs[1].remote_id}"]


def _served(operation_id: str) -> bool:
    from kombo_ats.sandbox.handlers import HANDLERS
    from kombo_ats.spec import api

    op = api().operations[operation_id]
    return operation_id in HANDLERS or op.resource in ("jobs", "candidates", "applications", "offers")


@schema.parametrize()
@hypothesis.settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
    derandomize=True,
)
def test_sandbox_conforms_to_the_spec(
    case: schemathesis.Case[Any], sandbox_server: SandboxServer, open_job_ids: list[str]
) -> None:
    if not _served(case.operation.definition.raw.get("operationId", "")):  # TEMPORARY until the sandbox serves all
        pytest.skip("the sandbox does not serve this operation yet")
    # Steer generated requests past the first guard so they reach the endpoint logic: a real
    # integration, no random cursor (always 400), an open job for half the creates (else a 404).
    if case.query:
        case.query.pop("cursor", None)
    if case.path_parameters and "job_id" in case.path_parameters:
        choice = len(str(case.body)) % 3
        if choice < 2:
            case.path_parameters["job_id"] = open_job_ids[choice]
    case.call_and_validate(
        base_url=sandbox_server.base_url,
        headers={"Authorization": f"Bearer {API_KEY}", "X-Integration-Id": GREENHOUSE},
        checks=CHECKS,
    )
