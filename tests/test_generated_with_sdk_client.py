"""Generated endpoint functions called with the SDK's client get the SDK's transport semantics.

Retries by method safety (a GET is retried on transient failures; a write only when provably
unprocessed), typed errors from the envelope or any odd body, typed errors for malformed success
bodies, the integration id per call, and the key nowhere in errors — exactly like ``kombo_ats``'s own
walkers and calls. With a plain generated ``Client`` they keep the stock behaviour.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from kombo_ats import KomboAPIError, NotFoundError, RateLimitError, ServerError

from kombo_ats_client import AuthenticatedClient
from kombo_ats_client.api.ats import create_application, get_candidates
from kombo_ats_client.api.general import check_api_key
from kombo_ats_client.models import CheckApiKeyResponse, CreateApplicationRequest, ErrorResponse, GetCandidatesResponse

from .kombo_fake import API_KEY, FakeKombo, error_body, json_response, kombo_id, page_body, record, recorded_sleeps

pytestmark = pytest.mark.anyio
BODY = CreateApplicationRequest.from_dict(
    {"candidate": {"first_name": "A", "last_name": "B", "email_address": "a@b.co"}}
)


def _answers(*steps: httpx.Response) -> Iterator[httpx.Response]:
    yield from steps


def _created() -> httpx.Response:
    return json_response(200, {"status": "success", "data": {"id": kombo_id(1), "changed_at": "2024-01-01T00:00:00Z"}})


async def test_a_generated_get_is_retried_on_transient_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _answers(httpx.Response(503, text="busy"), json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED")),
                     json_response(200, page_body([record(1)], None)))  # fmt: skip
    fake = FakeKombo(lambda r: next(steps))
    async with fake.client(max_retries=2) as client:
        with recorded_sleeps(monkeypatch) as sleeps:
            page = await get_candidates.asyncio(client=client, x_integration_id="acme:1", ids=[kombo_id(1)])
    assert isinstance(page, GetCandidatesResponse) and page.data.results[0].id == kombo_id(1)
    assert len(fake.requests) == 3 and len(sleeps) == 2
    assert fake.requests[0].url.params["ids"] == kombo_id(1)
    assert all(r.headers["X-Integration-Id"] == "acme:1" for r in fake.requests)


async def test_a_generated_write_is_not_retried_after_a_5xx_but_is_after_a_429(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKombo(lambda r: httpx.Response(502, text="<html>Bad Gateway</html>"))
    async with fake.client(max_retries=3) as client:
        with recorded_sleeps(monkeypatch) as sleeps, pytest.raises(ServerError) as info:
            await create_application.asyncio(job_id="remote:1", client=client, x_integration_id="acme:1", body=BODY)
    assert len(fake.requests) == 1 and sleeps == []  # it may have been processed: no duplicate
    assert info.value.code is None and "Bad Gateway" in info.value.body_excerpt

    steps = _answers(json_response(429, error_body("PLATFORM.RATE_LIMIT_EXCEEDED"), {"Retry-After": "0"}), _created())
    fake = FakeKombo(lambda r: next(steps))
    async with fake.client(max_retries=3) as client:
        with recorded_sleeps(monkeypatch):
            created = await create_application.asyncio(
                job_id="remote:1", client=client, x_integration_id="acme:1", body=BODY
            )
    assert created is not None and len(fake.requests) == 2


async def test_generated_functions_raise_typed_errors_from_the_envelope() -> None:
    fake = FakeKombo(lambda r: json_response(404, error_body("PLATFORM.INTEGRATION_NOT_FOUND", "no such integration")))
    async with fake.client(max_retries=0) as client:
        with pytest.raises(NotFoundError) as info:
            await get_candidates.asyncio_detailed(client=client, x_integration_id="nope:1")
    assert info.value.code == "PLATFORM.INTEGRATION_NOT_FOUND"
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


async def test_a_malformed_success_body_is_a_typed_error_naming_model_and_field() -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([{"id": None, "changed_at": "x"}], None)))
    async with fake.client() as client:
        with pytest.raises(KomboAPIError, match=r"Candidate\.id") as info:
            await get_candidates.asyncio(client=client, x_integration_id="acme:1")
    assert not isinstance(info.value, RateLimitError)


async def test_operations_without_an_integration_send_none() -> None:
    fake = FakeKombo(lambda r: json_response(200, {"status": "success", "data": {"environment_id": "env1"}}))
    async with fake.client() as client:
        result = await check_api_key.asyncio(client=client)
    assert isinstance(result, CheckApiKeyResponse) and result.data.environment_id == "env1"
    assert "X-Integration-Id" not in fake.requests[0].headers


async def test_a_plain_generated_client_keeps_the_stock_behaviour() -> None:
    transport = httpx.MockTransport(lambda r: json_response(404, error_body("PLATFORM.INPUT_INVALID", "nope")))
    client = AuthenticatedClient(base_url="https://kombo.test/v1", token="t", httpx_args={"transport": transport})
    async with client:
        answer = await get_candidates.asyncio(client=client, x_integration_id="acme:1")
    assert isinstance(answer, ErrorResponse)  # no hooks: the documented 4XX model comes back, nothing raised


async def test_a_required_field_that_takes_null_is_sent_as_null() -> None:
    from kombo_ats import import_tracked_application, update_custom_field_mapping

    answer = {"status": "success", "data": {"id": kombo_id(1)}}
    fake = FakeKombo(lambda r: json_response(200, answer))
    async with fake.client() as client:
        await update_custom_field_mapping(
            client, integration_id="acme:1", custom_field_id=kombo_id(2), integration_field_id=None
        )
        await import_tracked_application(
            client, integration_id="acme:1", tracked_at=None, greenhouse={"application_id": "7"}
        )
    first, second = (json.loads(r.content) for r in fake.requests)
    assert first == {"integration_field_id": None}  # null removes the mapping: it must not be left out
    assert second["tracked_at"] is None and second["greenhouse"] == {"application_id": "7"}


@pytest.mark.parametrize("integration_id", ["acme:\u2713", "acme:1\n", " acme:1"])
async def test_a_generated_function_refuses_an_unsendable_integration_id(integration_id: str) -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([], None)))
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"^integration_id: "):
            await get_candidates.asyncio_detailed(client=client, x_integration_id=integration_id)
    assert fake.requests == []


@pytest.mark.parametrize("value", ["2024-01-31T09:30:00", "yesterday"])
async def test_a_generated_function_given_a_date_time_string_without_a_timezone_fails_before_sending(
    value: str,
) -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([], None)))
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"updated_after: .* is not a date-time with a timezone"):
            await get_candidates.asyncio(client=client, x_integration_id="acme:1", updated_after=value)
    assert fake.requests == []
