"""``kombo_ats.fastapi`` in a real FastAPI app against the sandbox: in-process (httpx's ASGI transport) and
over real sockets (the app on uvicorn, the sandbox on uvicorn, each on a free loopback port).

The lifespan owns one client, ``KomboError``s become HTTP answers without leaking the key or Kombo's
message, and streams fetch the first page before answering (a wrong integration id or key is a proper
status, not a 200 with an empty body) and end a stream that breaks off with the cursor to resume from.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from kombo_ats import (
    AuthenticationError,
    InvalidInputError,
    KomboAPIError,
    KomboConnectionError,
    KomboError,
    KomboTimeoutError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    iter_candidates,
    iter_jobs,
    iter_pages,
    make_client,
)
from kombo_ats.fastapi import (
    KomboClient,
    install_error_handlers,
    kombo_lifespan,
    stream_csv,
    stream_ndjson,
)
from kombo_ats_sandbox import SandboxConfig, SandboxState

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.models import Candidate, Job

PAGE = 50
SECRET_MESSAGE = "Candidate ada@example.com already exists"  # what Kombo's message may quote: never forwarded


@pytest.fixture
def kombo_sandbox_config() -> SandboxConfig:
    """Three pages of candidates at PAGE records a page."""
    return SandboxConfig(seed=5, jobs=6, candidates=2 * PAGE + 30)


class FailFrom(httpx.AsyncBaseTransport):
    """Forwards to the sandbox; from request ``nth`` on, the sandbox's fault script answers 502 once."""

    def __init__(self, inner: httpx.AsyncBaseTransport, sandbox: SandboxState, nth: int) -> None:
        self.inner, self.sandbox, self.nth, self.count = inner, sandbox, nth, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count == self.nth:
            self.sandbox.set_faults(script=["502"])
        return await self.inner.handle_async_request(request)


def make_app(factory: Callable[[], AuthenticatedClient]) -> FastAPI:
    app = FastAPI(lifespan=kombo_lifespan(factory))
    install_error_handlers(app)

    @app.get("/{integration_id}/jobs", response_model=list[Job])
    async def jobs(integration_id: str, kombo: KomboClient) -> Any:
        return [job async for job in iter_jobs(kombo, integration_id=integration_id)]

    @app.get("/{integration_id}/candidates.ndjson")
    async def candidates_ndjson(
        integration_id: str, kombo: KomboClient, cursor: str | None = None
    ) -> StreamingResponse:
        return await stream_ndjson(
            iter_pages(kombo, "candidates", integration_id=integration_id, cursor=cursor, page_size=PAGE)
        )

    @app.get("/{integration_id}/candidates.csv")
    async def candidates_csv(integration_id: str, kombo: KomboClient) -> StreamingResponse:
        return await stream_csv(iter_candidates(kombo, integration_id=integration_id, page_size=PAGE))

    @app.get("/{integration_id}/candidates.wire.ndjson")
    async def candidates_wire_ndjson(integration_id: str, kombo: KomboClient) -> StreamingResponse:
        return await stream_ndjson(iter_candidates(kombo, integration_id=integration_id, page_size=PAGE).as_dicts())

    @app.get("/{integration_id}/candidates.wire.csv")
    async def candidates_wire_csv(integration_id: str, kombo: KomboClient) -> StreamingResponse:
        return await stream_csv(
            iter_pages(kombo, "candidates", integration_id=integration_id, page_size=PAGE).as_dicts()
        )

    return app


@asynccontextmanager
async def app_client(
    sandbox_transport: httpx.AsyncBaseTransport, api_key: str, made: list[AuthenticatedClient] | None = None
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    def factory() -> AuthenticatedClient:
        client = make_client(
            api_key, base_url="http://sandbox/v1", max_retries=0, httpx_args={"transport": sandbox_transport}
        )
        if made is not None:
            made.append(client)
        return client

    app = make_app(factory)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http,
    ):
        yield app, http


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line]


# ------------------------------------------------------------------------------------------------- lifespan
@pytest.mark.anyio
async def test_lifespan_owns_one_client_for_every_request(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    made: list[AuthenticatedClient] = []
    integration = next(iter(kombo_sandbox.integrations))
    async with app_client(kombo_sandbox_transport, kombo_sandbox_api_key, made) as (app, http):
        first = await http.get(f"/{integration}/jobs")
        second = await http.get(f"/{integration}/jobs")
        assert app.state.kombo is made[0]
    assert first.status_code == second.status_code == 200
    assert len(made) == 1 and made[0].get_async_httpx_client().is_closed
    assert {job["id"] for job in first.json()} == set(kombo_sandbox.ids(integration, "jobs"))
    assert first.json() == [
        Job.from_dict(kombo_sandbox.get(integration, "jobs", j)).to_dict()
        for j in kombo_sandbox.ids(integration, "jobs")
    ]
    assert not hasattr(app.state, "kombo")


@pytest.mark.anyio
async def test_without_the_lifespan_the_dependency_says_what_to_do() -> None:
    app = FastAPI()

    @app.get("/x")
    async def route(kombo: KomboClient) -> None:
        raise AssertionError("unreachable")

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        with pytest.raises(RuntimeError, match=r"FastAPI\(lifespan=kombo_lifespan\(\)\)"):
            await http.get("/x")


# ---------------------------------------------------------------------------------------------- error answers
def _api_error(cls: type[KomboAPIError], status: int, code: str) -> KomboAPIError:
    return cls(SECRET_MESSAGE, status_code=status, code=code, log_url="https://app.kombo.dev/logs/1")


def _rate_limited(retry_after: float | None) -> RateLimitError:
    error = RateLimitError(SECRET_MESSAGE, status_code=429, code="PLATFORM.RATE_LIMIT_EXCEEDED")
    error.retry_after = retry_after
    return error


ERRORS: list[tuple[KomboError, int, dict[str, str]]] = [
    (_api_error(NotFoundError, 404, "PLATFORM.INTEGRATION_NOT_FOUND"), 404, {}),
    (_api_error(PermissionDeniedError, 403, "PLATFORM.INTEGRATION_INACTIVE"), 403, {}),
    (_api_error(InvalidInputError, 400, "PLATFORM.INPUT_INVALID"), 400, {}),
    (_api_error(AuthenticationError, 401, "PLATFORM.AUTHENTICATION_INVALID"), 502, {}),
    (_api_error(KomboAPIError, 409, "ATS.CONFLICT"), 409, {}),
    (_api_error(ServerError, 503, "PLATFORM.UNKNOWN_ERROR"), 502, {}),
    (_rate_limited(2.2), 429, {"retry-after": "3"}),
    (_rate_limited(None), 429, {"retry-after": "1"}),
    (KomboTimeoutError("timed out after 30 s"), 504, {}),
    (KomboConnectionError("connection refused"), 502, {}),
    (PaginationError("cursor cycle"), 502, {}),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("error", "status", "headers"), ERRORS, ids=lambda v: type(v).__name__)
async def test_kombo_errors_become_http_answers(
    error: KomboError, status: int, headers: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/fails")
    async def fails() -> None:
        raise error

    with caplog.at_level(logging.INFO, logger="kombo_ats.fastapi"):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
            response = await http.get("/fails")
    assert response.status_code == status
    assert {k: response.headers[k] for k in headers} == headers
    body = response.json()["error"]
    assert body["code"] == (error.code if isinstance(error, KomboAPIError) else None)
    assert body["message"]
    for leak in ("ada@example.com", "logs/1", "timed out", "refused"):
        assert leak not in response.text and leak not in caplog.text
    assert f"-> {status}" in caplog.text and type(error).__name__ in caplog.text


# ---------------------------------------------------------------------------------------------- streaming
@pytest.mark.anyio
async def test_ndjson_streams_every_candidate_once(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    async with app_client(kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http):
        response = await http.get(f"/{integration}/candidates.ndjson")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    rows = _lines(response.text)
    expected = [
        Candidate.from_dict(kombo_sandbox.get(integration, "candidates", c)).to_dict()
        for c in kombo_sandbox.ids(integration, "candidates")
    ]
    assert len(expected) > 2 * PAGE
    assert sorted(rows, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])


@pytest.mark.anyio
async def test_an_as_dicts_walk_streams_each_record_exactly_as_kombo_sent_it(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    sent = {c: kombo_sandbox.get(integration, "candidates", c) for c in kombo_sandbox.ids(integration, "candidates")}
    async with app_client(kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http):
        ndjson = await http.get(f"/{integration}/candidates.wire.ndjson")
        table = await http.get(f"/{integration}/candidates.wire.csv")
    rows = _lines(ndjson.text)
    assert len(rows) == len(sent) > 2 * PAGE
    assert {row["id"]: row for row in rows} == sent
    header, *lines = list(csv.reader(io.StringIO(table.text)))
    first = sent[lines[0][header.index("id")]]
    assert header == list(first)  # the first record's keys, as Kombo sent them
    assert {line[header.index("id")] for line in lines} == set(sent)
    assert all(line[header.index("changed_at")] == sent[line[0]]["changed_at"] for line in lines)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["ndjson", "csv"])
async def test_unknown_integration_is_a_404_not_an_empty_200(
    kind: str, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    async with app_client(kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http):
        response = await http.get(f"/nope:123/candidates.{kind}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "PLATFORM.INTEGRATION_NOT_FOUND"


@pytest.mark.anyio
async def test_wrong_key_is_our_502_before_streaming(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, caplog: pytest.LogCaptureFixture
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    with caplog.at_level(logging.DEBUG):
        async with app_client(kombo_sandbox_transport, "wrong-key-s3cr3t") as (_, http):
            response = await http.get(f"/{integration}/candidates.ndjson")
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "PLATFORM.AUTHENTICATION_INVALID"
    assert "s3cr3t" not in response.text and "s3cr3t" not in caplog.text


@pytest.mark.anyio
async def test_failure_after_page_two_ends_with_the_resume_cursor_and_resuming_completes_the_set(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    expected = set(kombo_sandbox.ids(integration, "candidates"))
    failing = FailFrom(kombo_sandbox_transport, kombo_sandbox, nth=3)
    async with app_client(failing, kombo_sandbox_api_key) as (_, http):
        broken = await http.get(f"/{integration}/candidates.ndjson")
        assert broken.status_code == 200
        *records, last = _lines(broken.text)
        assert len(records) == 2 * PAGE
        assert last["error"]["code"] is None  # a load balancer's 502 page: no Kombo code
        assert "resume" in last["error"]["message"]
        assert isinstance(last["resume_cursor"], str)
        rest = await http.get(f"/{integration}/candidates.ndjson", params={"cursor": last["resume_cursor"]})
    assert rest.status_code == 200
    resumed = _lines(rest.text)
    assert all("error" not in row for row in resumed)
    ids = [row["id"] for row in records + resumed]
    assert len(ids) == len(set(ids)) and set(ids) == expected


@pytest.mark.anyio
async def test_csv_has_the_specs_columns_and_a_marked_last_row_when_it_breaks_off(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    from kombo_ats.spec import api

    integration = next(iter(kombo_sandbox.integrations))
    async with app_client(kombo_sandbox_transport, kombo_sandbox_api_key) as (_, http):
        whole = await http.get(f"/{integration}/candidates.csv")
    assert whole.headers["content-type"] == "text/csv; charset=utf-8"
    header, *rows = list(csv.reader(io.StringIO(whole.text)))
    assert header == list(api().component("Candidate")["properties"])
    assert {row[header.index("id")] for row in rows} == set(kombo_sandbox.ids(integration, "candidates"))
    some = kombo_sandbox.get(integration, "candidates", rows[0][0])
    emails = json.loads(rows[0][header.index("email_addresses")])
    assert emails == Candidate.from_dict(some).to_dict()["email_addresses"]

    async with app_client(FailFrom(kombo_sandbox_transport, kombo_sandbox, nth=2), kombo_sandbox_api_key) as (_, http):
        broken = await http.get(f"/{integration}/candidates.csv")
    _, *rows = list(csv.reader(io.StringIO(broken.text)))
    assert len(rows) == PAGE + 1
    assert rows[-1][0] == "#error" and rows[-1][2]


# ------------------------------------------------------------------------------------------- real sockets
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """The app on uvicorn (its lifespan on) on a free loopback port, in a thread; stopped afterwards."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name=f"fastapi-app-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20  # a guard against a hang, not a performance bound
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


@pytest.mark.anyio
async def test_over_real_sockets(kombo_sandbox_server: Any) -> None:
    sandbox: SandboxState = kombo_sandbox_server.state
    integration = next(iter(sandbox.integrations))
    transport = FailFrom(httpx.AsyncHTTPTransport(), sandbox, nth=-1)

    def factory() -> AuthenticatedClient:
        return make_client(
            sandbox.config.api_key,
            base_url=kombo_sandbox_server.base_url,
            max_retries=0,
            httpx_args={"transport": transport},
        )

    with serve(make_app(factory)) as url:
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            jobs = await http.get(f"/{integration}/jobs")
            assert jobs.status_code == 200
            assert {job["id"] for job in jobs.json()} == set(sandbox.ids(integration, "jobs"))
            assert (await http.get("/nope:1/candidates.ndjson")).status_code == 404
            async with http.stream("GET", f"/{integration}/candidates.ndjson") as response:
                assert response.status_code == 200
                rows = [json.loads(line) async for line in response.aiter_lines() if line]
            assert {row["id"] for row in rows} == set(sandbox.ids(integration, "candidates"))
            transport.count, transport.nth = 0, 3
            async with http.stream("GET", f"/{integration}/candidates.ndjson") as response:
                rows = [json.loads(line) async for line in response.aiter_lines() if line]
            assert len(rows) == 2 * PAGE + 1 and rows[-1]["resume_cursor"]
            openapi = (await http.get("/openapi.json")).json()
            assert openapi["components"]["schemas"]["Job"] == sandbox_spec_component("Job")


def sandbox_spec_component(name: str) -> Any:
    from tests.spec_support import load_spec

    return load_spec()["components"]["schemas"][name]


def test_without_fastapi_the_import_error_names_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['fastapi'] = None  # as if FastAPI were not installed\n"
        "import kombo_ats, kombo_ats_client.models\n"
        "try:\n"
        "    import kombo_ats.fastapi\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'kombo-ats-client[fastapi]'" in result.stdout


@pytest.mark.anyio
async def test_streams_take_only_walks_and_refuse_a_started_walker(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    integration = next(iter(kombo_sandbox.integrations))
    async with make_client(
        kombo_sandbox_api_key, base_url="http://sandbox/v1", httpx_args={"transport": kombo_sandbox_transport}
    ) as client:
        walker = iter_candidates(client, integration_id=integration, page_size=PAGE)
        await walker.__anext__()  # the rest of this page would be lost without a word
        with pytest.raises(ValueError, match="already iterated"):
            await stream_ndjson(walker)
        await walker.aclose()
        with pytest.raises(TypeError, match=r"walk: expected iter_pages\(...\) or an iter_<resource>"):
            await stream_csv([1, 2])  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_the_apps_own_lifespan_runs_inside_with_the_client(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_api_key: str
) -> None:
    seen: list[object] = []

    @asynccontextmanager
    async def own(app: FastAPI) -> AsyncIterator[None]:
        seen.append(app.state.kombo)
        yield
        seen.append("shutdown")

    def factory() -> AuthenticatedClient:
        return make_client(
            kombo_sandbox_api_key, base_url="http://sandbox/v1", httpx_args={"transport": kombo_sandbox_transport}
        )

    app = FastAPI(lifespan=kombo_lifespan(factory, inner=own))
    async with app.router.lifespan_context(app):
        assert seen == [app.state.kombo]
    assert isinstance(seen[0], AuthenticatedClient) and seen[1] == "shutdown"


@pytest.mark.anyio
async def test_overrides_change_a_status_and_logs_name_the_route_not_its_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = FastAPI()
    install_error_handlers(app, overrides={AuthenticationError: 401})

    @app.get("/candidates/{email}")
    async def by_email(email: str) -> None:
        if email.startswith("wrong-key"):
            raise _api_error(AuthenticationError, 401, "PLATFORM.AUTHENTICATION_INVALID")
        raise _api_error(NotFoundError, 404, "PLATFORM.INPUT_INVALID")

    with caplog.at_level(logging.INFO, logger="kombo_ats.fastapi"):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
            refused = await http.get("/candidates/wrong-key@example.com")
            missing = await http.get("/candidates/ada@example.com")
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "PLATFORM.AUTHENTICATION_INVALID"
    assert missing.status_code == 404
    assert "GET /candidates/{email} -> 404: NotFoundError" in caplog.text
    assert "example.com" not in caplog.text
