"""Per-call ``timeout=``/``max_retries=`` on every typed call and walker, and ``client.with_options(...)``."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
from kombo_ats import (
    KomboTimeoutError,
    ServerError,
    check_api_key,
    iter_candidates,
    iter_pages,
    iter_pages_dynamic,
    make_client,
    move_application_to_stage,
)

from kombo_ats_client import Client

from .kombo_fake import FakeKombo, json_response, never_called, page_body, recorded_sleeps

INTEGRATION = "acme:1"
OK_KEY = {"status": "success", "data": {"environment_id": "e", "customer_id": "c"}}


def unavailable(request: httpx.Request) -> httpx.Response:
    return httpx.Response(503, content=b"busy")


async def slow(request: httpx.Request) -> httpx.Response:
    await anyio.sleep(5)
    return json_response(200, OK_KEY)


async def _walk(client: Any, how: str, **options: Any) -> None:
    if how == "walker":
        pages: Any = iter_candidates(client, integration_id=INTEGRATION, **options)
    elif how == "iter_pages":
        pages = iter_pages(client, "candidates", integration_id=INTEGRATION, **options)
    else:
        pages = iter_pages_dynamic(client, "candidates", integration_id=INTEGRATION, **options)
    async for _ in pages:
        pass


@pytest.mark.anyio
async def test_a_call_takes_its_own_max_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKombo(unavailable)
    with recorded_sleeps(monkeypatch):
        async with fake.client(max_retries=2) as client:
            with pytest.raises(ServerError):
                await check_api_key(client, max_retries=0)
            assert len(fake.requests) == 1
            with pytest.raises(ServerError):
                await check_api_key(client, max_retries=4)
            assert len(fake.requests) == 1 + 5
            with pytest.raises(ServerError):
                await check_api_key(client)  # the client's own setting is untouched
    assert len(fake.requests) == 1 + 5 + 3


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["walker", "iter_pages", "iter_pages_dynamic"])
async def test_a_walk_takes_its_own_max_retries_and_timeout(how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKombo(unavailable)
    with recorded_sleeps(monkeypatch):
        async with fake.client(max_retries=2) as client:
            with pytest.raises(ServerError):
                await _walk(client, how, max_retries=0)
    assert len(fake.requests) == 1
    fake = FakeKombo(slow)
    async with fake.client(timeout=30) as client:
        with anyio.fail_after(3):
            with pytest.raises(KomboTimeoutError, match="timed out"):
                await _walk(client, how, timeout=0.05, max_retries=0)


@pytest.mark.anyio
async def test_a_call_takes_its_own_timeout_for_the_whole_attempt() -> None:
    seen: list[Any] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return await slow(request)

    fake = FakeKombo(handler)
    async with fake.client(timeout=30) as client:
        with anyio.fail_after(3):
            with pytest.raises(KomboTimeoutError):
                await move_application_to_stage(
                    client, integration_id=INTEGRATION, application_id="A" * 24, stage_id="S" * 24, timeout=0.05
                )
    assert len(fake.requests) == 1  # a write that timed out is never retried
    assert seen[0]["read"] == 0.05  # httpx's own timeouts follow the call's too


@pytest.mark.anyio
@pytest.mark.parametrize(("option", "value"), [("timeout", 0), ("timeout", float("nan")), ("max_retries", -1)])
async def test_bad_per_call_options_fail_before_any_request(option: str, value: Any) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=option):
            await check_api_key(client, **{option: value})
        with pytest.raises(ValueError, match=option):
            iter_candidates(client, integration_id=INTEGRATION, **{option: value})


@pytest.mark.anyio
async def test_with_options_is_a_copy_over_the_same_connection_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        return unavailable(request)

    fake = FakeKombo(handler)
    with recorded_sleeps(monkeypatch):
        async with fake.client(max_retries=2, timeout=30) as client:
            patient = client.with_options(timeout=90, max_retries=0, max_attachment_bytes=10)
            assert patient.get_async_httpx_client() is client.get_async_httpx_client()
            assert (patient.max_retries, patient.attempt_timeout, patient.max_attachment_bytes) == (0, 90, 10)
            assert (client.max_retries, client.attempt_timeout) == (2, 30)
            assert "SECRET" not in repr(patient)
            with pytest.raises(ServerError):
                await check_api_key(patient)
            assert len(fake.requests) == 1 and seen == [90]
            with pytest.raises(ServerError):
                await check_api_key(client)
            assert len(fake.requests) == 4 and seen[1:] == [30, 30, 30]
            with pytest.raises(ValueError, match="max_retries"):
                client.with_options(max_retries=-1)
    assert client.get_async_httpx_client().is_closed


def test_with_options_needs_the_sdk_client() -> None:
    with pytest.raises(TypeError, match="make_client"):
        Client(base_url="https://kombo.test/v1").with_options(timeout=5)


def test_with_options_before_first_use_still_shares_the_pool() -> None:
    client = make_client("k", base_url="https://kombo.test/v1")
    copy = client.with_options(max_retries=5)
    assert copy.get_async_httpx_client() is client.get_async_httpx_client()
    assert copy.get_async_httpx_client().headers["Authorization"] == "Bearer k"


@pytest.mark.anyio
async def test_walks_and_calls_with_options_succeed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/check-api-key"):
            return json_response(200, OK_KEY)
        return json_response(200, page_body([], None))

    fake = FakeKombo(handler)
    async with fake.client() as client:
        result = await check_api_key(client, timeout=5, max_retries=1)
        assert result.data.environment_id == "e"
        assert [c async for c in iter_candidates(client, integration_id=INTEGRATION, timeout=5, max_retries=1)] == []
