"""Typed errors from the error envelope and from bodies that are not the envelope at all."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from kombo_ats import (
    AuthenticationError,
    InvalidInputError,
    KomboAPIError,
    KomboConnectionError,
    KomboError,
    KomboTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    iter_candidates,
)

from .kombo_fake import API_KEY, FakeKombo, error_body, json_response


async def raised_by(handler: Any) -> KomboError:
    fake = FakeKombo(handler)
    async with fake.client(max_retries=0) as client:
        with pytest.raises(KomboError) as info:
            async for _ in iter_candidates(client, integration_id="acme:1"):
                pass
    assert len(fake.requests) == 1
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    return info.value


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "PLATFORM.INPUT_INVALID", InvalidInputError),
        (401, "PLATFORM.AUTHENTICATION_INVALID", AuthenticationError),
        (403, "INTEGRATION.PERMISSION_MISSING", PermissionDeniedError),
        (404, "PLATFORM.INTEGRATION_NOT_FOUND", NotFoundError),
        (429, "PLATFORM.RATE_LIMIT_EXCEEDED", RateLimitError),
        (500, "PLATFORM.UNKNOWN_ERROR", ServerError),
        (503, "REMOTE.SERVICE_UNAVAILABLE", ServerError),
        (409, "ATS.APPLICATION_ALREADY_EXISTS", KomboAPIError),
        (422, "SOME.FUTURE_CODE", KomboAPIError),
    ],
)
async def test_envelope_maps_to_error_class(status: int, code: str, cls: type[KomboAPIError]) -> None:
    body = error_body(code, message="Something specific", title="Nice title", log_url="https://app.kombo.dev/logs/9")
    error = await raised_by(lambda r: json_response(status, body))
    assert type(error) is cls
    assert isinstance(error, KomboAPIError)
    assert error.status_code == status
    assert error.code == code
    assert error.title == "Nice title"
    assert error.message == "Something specific"
    assert error.log_url == "https://app.kombo.dev/logs/9"
    assert error.response is not None and error.response.status_code == status
    assert code in str(error) and "Something specific" in str(error)


@pytest.mark.anyio
async def test_null_code_title_and_log_url_are_none() -> None:
    error = await raised_by(lambda r: json_response(400, error_body(None, "bad", title=None, log_url=None)))
    assert isinstance(error, InvalidInputError)
    assert (error.code, error.title, error.log_url, error.message) == (None, None, None, "bad")


ODD_BODIES = [
    (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", ServerError, "502 Bad Gateway"),
    (503, b"upstream connect error or disconnect/reset before headers", "text/plain", ServerError, "upstream connect"),
    (500, b"", "application/json", ServerError, "empty body"),
    (504, b"<html>gateway timeout</html>", "application/json", ServerError, "gateway timeout"),  # lying content type
    (500, b'{"error": "boom"}', "application/json", ServerError, "boom"),
    (400, b"[1, 2, 3]", "application/json", InvalidInputError, "[1, 2, 3]"),
    (404, b'{"status": "error", "error": {"code": 1}}', "application/json", NotFoundError, "code"),
    (401, b'{"status": "error", "err', "application/json", AuthenticationError, "err"),  # truncated JSON
    (403, b"\xff\xfe\x00binary", "application/octet-stream", PermissionDeniedError, "binary"),
    (418, b"I'm a teapot", "text/plain", KomboAPIError, "teapot"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "body", "content_type", "cls", "excerpt"), ODD_BODIES)
async def test_non_envelope_bodies_still_raise_typed_errors(
    status: int, body: bytes, content_type: str, cls: type[KomboAPIError], excerpt: str
) -> None:
    error = await raised_by(lambda r: httpx.Response(status, content=body, headers={"Content-Type": content_type}))
    assert type(error) is cls
    assert not isinstance(error, KeyError | json.JSONDecodeError | UnicodeDecodeError)
    assert isinstance(error, KomboAPIError)
    assert error.status_code == status
    assert error.code is None
    assert excerpt in error.body_excerpt or excerpt in str(error)
    assert str(status) in str(error)


@pytest.mark.anyio
async def test_long_bodies_are_cut_to_a_short_excerpt() -> None:
    error = await raised_by(lambda r: httpx.Response(502, content=b"<p>" + b"x" * 100_000 + b"</p>"))
    assert isinstance(error, ServerError)
    assert len(error.body_excerpt) <= 200
    assert len(str(error)) < 400


@pytest.mark.anyio
async def test_success_status_with_a_non_json_body_is_an_api_error() -> None:
    error = await raised_by(lambda r: httpx.Response(200, content=b"<html>captive portal</html>"))
    assert type(error) is KomboAPIError
    assert error.status_code == 200 and "captive portal" in error.body_excerpt


@pytest.mark.anyio
async def test_success_status_with_an_unexpected_json_shape_is_an_api_error() -> None:
    error = await raised_by(lambda r: json_response(200, {"status": "success", "data": "nope"}))
    assert type(error) is KomboAPIError


@pytest.mark.anyio
async def test_rate_limit_error_carries_retry_after() -> None:
    error = await raised_by(
        lambda r: json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED"), {"Retry-After": "12"})
    )
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("connection refused"), KomboConnectionError),
        (httpx.RemoteProtocolError("peer closed connection"), KomboConnectionError),
        (httpx.ReadError("reset by peer"), KomboConnectionError),
        (httpx.ConnectTimeout("connect timed out"), KomboTimeoutError),
        (httpx.ReadTimeout("read timed out"), KomboTimeoutError),
        (httpx.PoolTimeout("pool timed out"), KomboTimeoutError),
    ],
)
async def test_network_failures_map_to_connection_and_timeout_errors(
    exc: httpx.HTTPError, cls: type[KomboError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    error = await raised_by(handler)
    assert type(error) is cls
    assert isinstance(error, KomboConnectionError)
    assert error.__cause__ is exc
    assert "GET https://kombo.test/v1/ats/candidates " in str(error)  # the host, so fan-outs can be told apart


def test_hierarchy() -> None:
    for cls in (
        InvalidInputError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        RateLimitError,
        ServerError,
    ):
        assert issubclass(cls, KomboAPIError)
    assert issubclass(KomboAPIError, KomboError)
    assert issubclass(KomboTimeoutError, KomboConnectionError)
    assert issubclass(KomboConnectionError, KomboError)
    assert not issubclass(KomboConnectionError, KomboAPIError)


@pytest.mark.anyio
async def test_api_errors_pickle_without_the_response() -> None:
    import pickle

    error = await raised_by(
        lambda r: json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED", "slow down"), {"Retry-After": "3"})
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RateLimitError
    assert (copy.status_code, copy.code, copy.message, copy.retry_after) == (
        429,
        "PLATFORM.RATE_LIMIT_EXCEEDED",
        "slow down",
        3.0,
    )
    assert str(copy) == str(error)
    assert copy.response is None
