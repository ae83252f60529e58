"""Hostile or broken servers cannot hang a call, exhaust memory, loop a walk or leak through odd errors.

Each test drives the public API against a server that misbehaves in one specific way: cursor cycles,
malformed ``next`` values, a server trickling one byte at a time, an endless body, absurdly nested
JSON, and inputs (ids, header values) that httpx would otherwise mangle or choke on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest
from kombo_ats import (
    KomboAPIError,
    KomboTimeoutError,
    PaginationError,
    ResponseTooLargeError,
    ServerError,
    create_application,
    iter_candidates,
    iter_pages,
    make_client,
)

from kombo_ats_client.api.ats import create_application as generated_create_application
from kombo_ats_client.models import CreateApplicationRequest
from tests.kombo_fake import (
    API_KEY,
    FakeKombo,
    Handler,
    json_response,
    kombo_id,
    never_called,
    page_body,
    paged,
    record,
    recorded_sleeps,
)

pytestmark = pytest.mark.anyio
CANDIDATE = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}


def _at_most(n: int, handler: Any) -> Any:
    """A handler that fails the test after ``n`` requests (an in-memory transport gives timeouts no chance)."""
    count = 0

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        if count > n:
            raise AssertionError(f"the walk did not stop after {n} requests")
        response: httpx.Response = handler(request)
        return response

    return handle


# ---------------------------------------------------------------------------------------------- cursors
@pytest.mark.parametrize("read_ahead", [False, True])
async def test_a_cursor_cycle_of_any_length_ends_the_walk(read_ahead: bool) -> None:
    cycle: dict[str | None, tuple[list[dict[str, Any]], str | None]] = {
        None: ([record(1)], "A"),
        "A": ([record(2)], "B"),
        "B": ([record(3)], "C"),
        "C": ([record(4)], "A"),
    }
    fake = FakeKombo(_at_most(12, paged(cycle)))
    seen: list[str] = []
    async with fake.client() as client:
        with pytest.raises(PaginationError, match="'A'"):
            async for candidate in iter_candidates(client, integration_id="acme:1", read_ahead=read_ahead):
                seen.append(candidate.id)
    assert seen == [record(n)["id"] for n in (1, 2, 3)]  # the page that closes the cycle is not trusted
    assert fake.cursors() == [None, "A", "B", "C"]


async def test_a_resumed_walk_that_cycles_back_to_its_start_cursor_stops() -> None:
    fake = FakeKombo(_at_most(12, paged({"A": ([record(1)], "B"), "B": ([record(2)], "A")})))
    async with fake.client() as client:
        with pytest.raises(PaginationError):
            async for _ in iter_pages(client, "candidates", integration_id="acme:1", cursor="A"):
                pass
    assert fake.cursors() == ["A", "B"]


@pytest.mark.parametrize("bad_next", [7, {"cursor": "x"}, ["x"], True, ""])
@pytest.mark.parametrize("read_ahead", [False, True])
async def test_a_next_that_is_not_a_string_or_null_is_an_api_error(bad_next: Any, read_ahead: bool) -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([record(1)], bad_next)))
    async with fake.client() as client:
        with pytest.raises(KomboAPIError, match="next") as info:
            async for _ in iter_candidates(client, integration_id="acme:1", read_ahead=read_ahead):
                pass
    assert not isinstance(info.value, PaginationError)
    assert "next" in str(info.value)


# ---------------------------------------------------------------------------------------------- time
@pytest.fixture
async def trickling_server() -> AsyncIterator[str]:
    """A loopback HTTP server that sends a 200 head, then one body byte every 50 ms, forever."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                await stream.receive(65536)
                await stream.send(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                )
                while True:
                    await stream.send(b" ")
                    await anyio.sleep(0.05)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                return

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        yield f"http://127.0.0.1:{port}/v1"
        tg.cancel_scope.cancel()


async def test_a_trickling_server_cannot_keep_a_call_alive_past_the_timeout(trickling_server: str) -> None:
    # httpx's read timeout (0.4 s) never fires: a byte arrives every 50 ms. The attempt deadline does.
    async with make_client(API_KEY, base_url=trickling_server, timeout=0.4, max_retries=1) as client:
        with (
            recorded_sleeps(pytest.MonkeyPatch()) as sleeps,
            anyio.fail_after(10),
            pytest.raises(KomboTimeoutError, match=r"0\.4 s"),
        ):
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass
    assert len(sleeps) == 1  # a GET: retried once (max_retries=1), then the typed timeout


async def test_a_write_that_timed_out_is_not_retried(trickling_server: str) -> None:
    async with make_client(API_KEY, base_url=trickling_server, timeout=0.3, max_retries=3) as client:
        with recorded_sleeps(pytest.MonkeyPatch()) as sleeps, anyio.fail_after(10), pytest.raises(KomboTimeoutError):
            await create_application(client, integration_id="acme:1", job_id="remote:1", candidate=CANDIDATE)
    assert sleeps == []  # it may have reached the ATS: no second attempt


# ---------------------------------------------------------------------------------------------- size
class _EndlessBody(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.chunks_sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.chunks_sent += 1
            if self.chunks_sent > 200:  # 13 MB: the cap is long past; fail instead of eating memory
                raise AssertionError("the body was read past the cap")
            yield b'{"x": "' + b"a" * 65536

    async def aclose(self) -> None:
        pass


async def test_an_endless_body_is_refused_after_the_cap_with_bounded_memory() -> None:
    stream = _EndlessBody()
    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=stream))
    client = make_client(
        API_KEY, base_url="https://kombo.test/v1", max_response_bytes=1_000_000, httpx_args={"transport": transport}
    )
    async with client:
        with pytest.raises(ResponseTooLargeError, match="1,000,000") as info:
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass
    assert isinstance(info.value, KomboAPIError)
    assert stream.chunks_sent <= 1_000_000 // 65536 + 2  # read as a stream and stopped at the cap


async def test_a_declared_oversized_body_is_refused_before_reading() -> None:
    fake = FakeKombo(lambda r: httpx.Response(200, headers={"Content-Length": "999999999"}, content=b"{}"))
    async with fake.client(max_response_bytes=1000) as client:
        with pytest.raises(ResponseTooLargeError):
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass


def _page_with_length(declared: bytes) -> Handler:
    body = json.dumps(page_body([record(1)], None)).encode()
    headers = [(b"Content-Type", b"application/json"), (b"Content-Length", declared)]
    return lambda r: httpx.Response(200, headers=headers, content=body)


@pytest.mark.parametrize("declared", [b"\xb2", b"12abc", b""])  # b"\xb2" reads as "²": isdigit(), yet int() refuses it
async def test_a_content_length_that_is_no_plain_number_declares_nothing(declared: bytes) -> None:
    """Never a bare ValueError from the reader: the body is read, and the streamed read still holds the cap."""
    async with FakeKombo(_page_with_length(declared)).client(max_retries=0) as client:
        assert [c.id async for c in iter_candidates(client, integration_id="acme:1")] == [kombo_id(1)]
    async with FakeKombo(_page_with_length(declared)).client(max_response_bytes=100, max_retries=0) as client:
        with pytest.raises(ResponseTooLargeError):
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass


async def test_a_content_length_of_thousands_of_digits_is_over_the_cap_without_converting_it() -> None:
    """``int()`` refuses numbers past 4,300 digits (a bare ValueError before); such a length is over any cap."""
    async with FakeKombo(_page_with_length(b"9" * 5000)).client(max_retries=0) as client:
        with pytest.raises(ResponseTooLargeError):
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass


def test_max_response_bytes_is_checked() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        make_client(API_KEY, max_response_bytes=0)


# ---------------------------------------------------------------------------------------------- nesting
def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize("status", [200, 400, 503])
async def test_absurdly_nested_json_is_a_typed_error(status: int) -> None:
    body = b'{"status": "error", "error": ' + _deep(200_000) + b"}"
    fake = FakeKombo(lambda r: httpx.Response(status, content=body, headers={"Content-Type": "application/json"}))
    async with fake.client(max_retries=0) as client:
        with pytest.raises(KomboAPIError) as info:
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass
    assert info.value.status_code == status
    if status == 503:
        assert isinstance(info.value, ServerError)


# ---------------------------------------------------------------------------------------------- inputs
@pytest.mark.parametrize("job_id", [".", "..", "", " remote:1", "abc\x00", "a\nb", "remote:"])
async def test_unusable_path_parameters_fail_before_any_request(job_id: str) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match="job_id"):
            await create_application(client, integration_id="acme:1", job_id=job_id, candidate=CANDIDATE)
    assert fake.requests == []


@pytest.mark.parametrize("job_id", [".", ".."])
async def test_generated_functions_with_the_sdk_client_refuse_dot_segments(job_id: str) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^job_id: .* is not an id"):  # named like the SDK's own calls
            await generated_create_application.asyncio_detailed(
                job_id,
                client=client,
                x_integration_id="acme:1",
                body=CreateApplicationRequest.from_dict({"candidate": CANDIDATE}),
            )
    assert fake.requests == []


@pytest.mark.parametrize("integration_id", ["grünhaus:1", "acme:1\u2028", "acme:\u200b1"])
async def test_header_values_httpx_cannot_encode_are_a_value_error_naming_the_field(integration_id: str) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match="integration_id"):
            iter_candidates(client, integration_id=integration_id)
        with pytest.raises(ValueError, match="integration_id"):
            await create_application(client, integration_id=integration_id, job_id="remote:1", candidate=CANDIDATE)
    assert fake.requests == []


def test_an_api_key_httpx_cannot_encode_is_a_value_error_that_does_not_echo_it() -> None:
    key = "sk_live_schlüssel"
    with pytest.raises(ValueError, match="api_key") as info:
        make_client(key)
    assert key not in str(info.value) and "schlüssel" not in str(info.value)


# ---------------------------------------------------------------------------------------------- logging
def _flaky() -> Iterator[httpx.Response]:
    yield httpx.Response(503, text="busy")
    while True:
        yield json_response(200, page_body([], None))


async def test_retry_log_lines_name_the_integration_and_never_the_key(caplog: pytest.LogCaptureFixture) -> None:
    answers = {"acme:1": _flaky(), "globex:2": _flaky()}
    fake = FakeKombo(lambda r: next(answers[r.headers["X-Integration-Id"]]))
    caplog.set_level(logging.DEBUG, logger="kombo_ats")
    async with fake.client() as client:
        with recorded_sleeps(pytest.MonkeyPatch()):
            for iid in answers:
                async for _ in iter_candidates(client, integration_id=iid):
                    pass
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 2
    assert any("integration=acme:1" in line for line in retries)
    assert any("integration=globex:2" in line for line in retries)
    assert all(API_KEY not in r.getMessage() for r in caplog.records)


async def test_ids_in_paths_are_percent_encoded_not_normalised() -> None:
    fake = FakeKombo(lambda r: json_response(200, {"status": "success", "data": record("app")}))
    async with fake.client() as client:
        await create_application(client, integration_id="acme:1", job_id="remote:a/../b", candidate=CANDIDATE)
    assert fake.requests[0].url.raw_path == b"/v1/ats/jobs/remote%3Aa%2F..%2Fb/applications"
    assert kombo_id(1)  # ids stay opaque strings
