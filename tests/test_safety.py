"""Hostile input and hostile servers: what must never leak, crash, hang or be sent.

Each test here failed before its fix: a server echoing the API key put it into errors; an
attachment path was read whole on the event loop with no cap; NaN/Infinity and self-referencing
containers failed deep inside ``json.dumps``; a value outside a spec enum was sent; and
``traceback.TracebackException(..., capture_locals=True)`` crashed on a malformed-2xx error.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import kombo_ats
import pytest
from kombo_ats import (
    AttachmentTooLargeError,
    KomboAPIError,
    KomboConnectionError,
    KomboError,
    add_candidate_attachment,
    check_api_key,
    create_candidate,
    get_tools,
    iter_candidates,
    iter_pages_dynamic,
    make_client,
    send_passthrough_request,
)
from kombo_ats._body import check_body
from kombo_ats._constants import DEFAULT_MAX_ATTACHMENT_BYTES
from kombo_ats.spec import Operation, Param, api, snake_case

from .kombo_fake import API_KEY, FakeKombo, error_body, json_response, never_called

INTEGRATION = "acme:1"
CANDIDATE_ID = "C" * 24
ECHOES = [
    # Kombo's envelope quoting the key back in its message, title and log URL
    lambda r: json_response(
        401,
        error_body("PLATFORM.AUTHENTICATION_INVALID", f"Key {API_KEY} is unknown", f"No {API_KEY}", f"/l/{API_KEY}"),
    ),
    # a proxy's HTML page echoing the request headers
    lambda r: httpx.Response(502, content=f"<pre>Authorization: {r.headers['Authorization']}</pre>".encode()),
    # a captive portal answering 200 with the key in the page
    lambda r: httpx.Response(200, content=f"<html>hello {API_KEY}</html>".encode()),
    # the header URL-encoded into a link
    lambda r: json_response(
        400, error_body("X", "bad", log_url=f"https://p.example/?a={quote(r.headers['Authorization'])}")
    ),
]


def _assert_no_key(error: BaseException, *texts: str) -> None:
    shown = [str(error), repr(error), *texts]
    if isinstance(error, KomboAPIError):
        shown += [error.message, error.body_excerpt, str(error.title), str(error.log_url)]
    shown.append("".join(traceback.TracebackException.from_exception(error).format()))
    for text in shown:
        assert API_KEY not in text


@pytest.mark.anyio
@pytest.mark.parametrize("echo", ECHOES)
async def test_a_server_echoing_the_api_key_never_gets_it_into_errors_or_logs(
    echo: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kombo_ats")
    fake = FakeKombo(echo)
    async with fake.client(max_retries=0) as client:
        with pytest.raises(KomboError) as walk:
            async for _ in iter_candidates(client, integration_id=INTEGRATION):
                pass
        with pytest.raises(KomboError) as single:
            await check_api_key(client)
    assert len(fake.requests) == 2
    for error in (walk.value, single.value):
        _assert_no_key(error, caplog.text)
        assert "[REDACTED]" in str(error) + getattr(error, "body_excerpt", "")


# ------------------------------------------------------------------------------------ attachments
@pytest.mark.anyio
async def test_an_attachment_over_the_cap_is_a_typed_error_before_any_request(tmp_path: Path) -> None:
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF" + b"x" * 2000)
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(AttachmentTooLargeError) as info:
            await add_candidate_attachment(
                client,
                integration_id=INTEGRATION,
                candidate_id=CANDIDATE_ID,
                attachment=cv,
                max_attachment_bytes=1000,
            )
    message = str(info.value)
    assert "attachment" in message and "1,000" in message and "max_attachment_bytes" in message
    assert isinstance(info.value, ValueError)
    # the client's own setting applies when the call gives none; bytes count too
    async with fake.client(max_attachment_bytes=100) as client:
        with pytest.raises(AttachmentTooLargeError, match=r"attachments\[0\]"):
            await create_candidate(
                client,
                integration_id=INTEGRATION,
                candidate={"first_name": "A", "last_name": "B", "email_address": "a@b.example"},
                application={"job_id": "J" * 24},
                attachments=[("cv.txt", b"y" * 101)],
            )
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [0, -1, True, 1.5, "1000"])
async def test_a_bad_per_call_attachment_cap_is_a_value_error_naming_it(limit: Any) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"max_attachment_bytes: must be a positive int"):
            await add_candidate_attachment(
                client,
                integration_id=INTEGRATION,
                candidate_id=CANDIDATE_ID,
                attachment=("cv.txt", b"z"),
                max_attachment_bytes=limit,
            )
    assert fake.requests == []


@pytest.mark.anyio
async def test_an_attachment_within_the_cap_is_sent(tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_bytes(b"z" * 1000)
    fake = FakeKombo(lambda r: json_response(200, {"status": "success", "data": {}, "warnings": []}))
    async with fake.client() as client:
        await add_candidate_attachment(
            client, integration_id=INTEGRATION, candidate_id=CANDIDATE_ID, attachment=cv, max_attachment_bytes=1000
        )
    assert b'"name":"cv.txt"' in fake.requests[0].content.replace(b" ", b"")
    assert DEFAULT_MAX_ATTACHMENT_BYTES >= 10 * 1024 * 1024


@pytest.mark.anyio
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
async def test_an_attachment_path_is_read_off_the_event_loop(tmp_path: Path) -> None:
    """The file is a named pipe whose writer waits for the event loop to tick: a read on the loop would block it."""
    pipe = tmp_path / "cv.txt"
    os.mkfifo(pipe)
    ticked = threading.Event()
    blocked: list[bool] = []

    def writer() -> None:
        blocked.append(not ticked.wait(timeout=5))  # never hangs: writes after 5 s whatever happens
        with pipe.open("wb") as fh:
            fh.write(b"hello")

    async def tick() -> None:
        await anyio.sleep(0.05)
        ticked.set()

    thread = threading.Thread(target=writer)
    thread.start()
    fake = FakeKombo(lambda r: json_response(200, {"status": "success", "data": {}, "warnings": []}))
    try:
        async with fake.client() as client, anyio.create_task_group() as tg:
            tg.start_soon(tick)
            await add_candidate_attachment(
                client, integration_id=INTEGRATION, candidate_id=CANDIDATE_ID, attachment=pipe
            )
    finally:
        ticked.set()
        thread.join()
    assert blocked == [False], "the event loop was blocked while the attachment was read"
    assert len(fake.requests) == 1


# ------------------------------------------------------------------------------------ body values
@pytest.mark.anyio
@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
async def test_nan_and_infinity_in_a_body_name_the_field(bad: float) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^candidate\.salary_expectations\.amount: .*finite") as info:
            await create_candidate(
                client,
                integration_id=INTEGRATION,
                candidate={
                    "first_name": "A",
                    "last_name": "B",
                    "email_address": "a@b.example",
                    "salary_expectations": {"amount": bad, "period": "YEAR"},
                },
                application={"job_id": "J" * 24},
            )
        assert "Out of range" not in str(info.value)
        with pytest.raises(ValueError, match=r"^data\.deep\[1\]\.x: .*finite"):
            await send_passthrough_request(
                client, integration_id=INTEGRATION, tool="x", api="y", method="POST", path="/p",
                data={"deep": [1, {"x": bad}]},
            )  # fmt: skip


@pytest.mark.anyio
async def test_self_referencing_containers_in_a_body_name_the_field() -> None:
    loop: dict[str, Any] = {"a": 1}
    loop["me"] = loop
    items: list[Any] = [1]
    items.append({"back": items})
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^data\.me: .*refers to itself"):
            await send_passthrough_request(
                client, integration_id=INTEGRATION, tool="x", api="y", method="POST", path="/p", data=loop
            )
        with pytest.raises(ValueError, match=r"^remote_fields\.x\[1\]\.back: .*refers to itself"):
            await add_candidate_attachment(
                client,
                integration_id=INTEGRATION,
                candidate_id=CANDIDATE_ID,
                attachment=("a.txt", b"a"),
                remote_fields={"x": items},
            )
    assert fake.requests == []


# ------------------------------------------------------------------------------------ enums
@pytest.mark.anyio
async def test_a_path_enum_outside_the_spec_is_refused_before_sending() -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^category: 'nonsense' is not one of \[.*'ats'") as info:
            await get_tools(client, category="nonsense")
    assert "'hris'" in str(info.value) or "'ats'" in str(info.value)


# ------------------------------------------------------------------------------------ tracebacks
@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [
        {"status": "success", "data": {"next": None, "results": [{"id": "x" * 24, "changed_at": "not a date"}]}},
        {"status": "success", "data": {"next": None, "results": [{"id": None, "changed_at": None}]}},
        {"status": "success", "data": {"next": None, "results": [{"id": "x" * 24, "first_name": 5}]}},
    ],
)
async def test_a_malformed_2xx_error_is_safe_to_format_with_captured_locals(body: dict[str, Any]) -> None:
    secret_name = "Zelda-Personal-Name"
    body["data"]["results"][0]["last_name"] = secret_name
    fake = FakeKombo(lambda r: json_response(200, body))
    async with fake.client() as client:
        with pytest.raises(KomboAPIError) as info:
            async for _ in iter_candidates(client, integration_id=INTEGRATION):
                pass
    error = info.value
    assert error.__traceback__ is not None
    below_the_test = error.__traceback__.tb_next  # the test's own frame holds the body it served
    report = traceback.TracebackException(type(error), error, below_the_test, capture_locals=True)
    formatted = "".join(report.format())
    assert "KomboAPIError" in formatted and "unexpected response body" in formatted
    assert API_KEY not in formatted
    assert secret_name not in formatted  # the record's values (personal data) are not in any frame's locals


def _enum_params() -> list[tuple[Operation, Param]]:
    return [(op, p) for op in api().operations.values() for p in op.params if p.enum]


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "param"), _enum_params(), ids=lambda v: getattr(v, "name", ""))
async def test_every_enum_parameter_of_the_spec_is_checked_before_sending(op: Operation, param: Param) -> None:
    """Path, query and header parameters with an enum: a value outside it names the field and the allowed values."""
    field = snake_case(param.name)
    nonsense: Any = ["nonsense"] if param.kind == "enum_csv" else "nonsense"
    arguments: dict[str, Any] = {p.name: "x" * 24 for p in op.params_in("path") if p.name != param.name}
    if op.requires_integration_header or "integration_id" in arguments:
        arguments["integration_id"] = INTEGRATION
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=rf"{field}: 'nonsense' is not one of \[") as info:
            if op.paginated:
                async for _ in iter_pages_dynamic(client, op.resource, **arguments, **{field: nonsense}):
                    pass
            else:
                await getattr(kombo_ats, op.name)(client, **arguments, **{field: nonsense})
    assert repr(param.enum[0]) in str(info.value)
    assert fake.requests == []


def _enum_body_fields() -> Iterator[tuple[str, str, tuple[str, ...], Any]]:
    """(operation, field path, allowed values, a body with 'nonsense' at that path) for every body enum."""
    spec = api()

    def walk(schema: Mapping[str, Any], path: str, seen: frozenset[str]) -> Iterator[tuple[str, tuple[str, ...], Any]]:
        ref = spec.ref_name(schema)
        if ref in seen:
            return
        seen = seen | {ref} if ref else seen
        resolved = spec.resolve(schema)
        if "enum" in resolved:
            yield path, tuple(resolved["enum"]), "nonsense"
            return
        branches = resolved.get("anyOf", []) or resolved.get("oneOf", [])
        if any(spec.resolve(b).get("type") == "string" and "enum" not in spec.resolve(b) for b in branches):
            return  # an open enum (documented values or any string): nothing to refuse
        for branch in branches:
            yield from walk(branch, path, seen)
        if isinstance(resolved.get("items"), Mapping):
            for where, allowed, value in walk(resolved["items"], f"{path}[0]", seen):
                yield where, allowed, [value]
        content = {"data_url": "https://files.example/cv.pdf"} if resolved.get("x-kombo-file") else {}
        for name, prop in resolved.get("properties", {}).items():
            for where, allowed, value in walk(prop, f"{path}.{name}" if path else name, seen):
                yield where, allowed, {**content, name: value}

    for op in spec.operations.values():
        if op.body_schema:
            for where, allowed, body in walk({"$ref": f"#/components/schemas/{op.body_schema}"}, "", frozenset()):
                yield op.body_schema, where, allowed, body


@pytest.mark.parametrize(("schema", "where", "allowed", "body"), list(_enum_body_fields()))
def test_every_enum_in_a_request_body_is_checked(schema: str, where: str, allowed: tuple[str, ...], body: Any) -> None:
    with pytest.raises(ValueError, match=rf"^{re.escape(where)}: 'nonsense' is not one of \[") as info:
        check_body(api(), schema, body)
    assert repr(allowed[0]) in str(info.value)


@pytest.mark.anyio
async def test_create_application_takes_a_per_call_attachment_cap() -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(AttachmentTooLargeError, match=r"^attachments\[0\]: the file is 11 bytes"):
            await kombo_ats.create_application(
                client,
                integration_id=INTEGRATION,
                job_id="J" * 24,
                candidate={"first_name": "A", "last_name": "B", "email_address": "a@b.example"},
                attachments=[("cv.txt", b"x" * 11)],
                max_attachment_bytes=10,
            )


@pytest.mark.anyio
async def test_a_refused_connection_names_the_host_but_neither_the_key_nor_user_info() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with make_client(API_KEY, base_url=f"http://user:hunter2@127.0.0.1:{port}/v1", max_retries=0) as client:
        with pytest.raises(KomboConnectionError) as info:
            await check_api_key(client)
    assert f"GET http://127.0.0.1:{port}/v1/check-api-key failed" in str(info.value)
    _assert_no_key(info.value)
    assert "hunter2" not in str(info.value)


@pytest.mark.anyio
async def test_a_transport_error_echoing_the_key_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {request.headers['Authorization']}", request=request)

    fake = FakeKombo(handler)
    async with fake.client(max_retries=0) as client:
        with pytest.raises(KomboConnectionError) as info:
            await check_api_key(client)
    assert "kombo.test" in str(info.value)
    _assert_no_key(info.value)


@pytest.mark.anyio
async def test_generated_functions_with_the_sdk_client_get_the_same_checks() -> None:
    """A generated endpoint function hands the core plain data: its request is checked like the SDK's calls."""
    from kombo_ats_client.api.ats import get_jobs
    from kombo_ats_client.api.general import get_tools

    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^category: 'nonsense' is not one of \["):
            await get_tools.asyncio(category="nonsense", client=client)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"^statuses: 'SHUT' is not one of \["):
            await get_jobs.asyncio(client=client, x_integration_id=INTEGRATION, statuses="OPEN,SHUT")
        with pytest.raises(ValueError, match=r"^page_size: must be between 1 and 250"):
            await get_jobs.asyncio(client=client, x_integration_id=INTEGRATION, page_size=1000)
    assert fake.requests == []


@pytest.mark.anyio
async def test_a_deprecated_filter_of_a_generated_function_warns_like_the_walkers() -> None:
    from kombo_ats_client.api.ats import get_jobs

    fake = FakeKombo(lambda r: json_response(200, {"status": "success", "data": {"next": None, "results": []}}))
    async with fake.client() as client:
        with pytest.warns(DeprecationWarning, match="'status' filter is deprecated; use statuses"):
            await get_jobs.asyncio(client=client, x_integration_id=INTEGRATION, status="OPEN")
    assert fake.requests[0].url.params["status"] == "OPEN"
