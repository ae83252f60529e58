"""Retry policy through the public API: what is retried, how long we wait, Retry-After, max_retries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email.utils import format_datetime

import httpx
import pytest
from kombo_ats import (
    AuthenticationError,
    InvalidInputError,
    KomboConnectionError,
    KomboTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    iter_candidates,
)
from kombo_ats.retry import backoff_delay, parse_retry_after

from .kombo_fake import FakeKombo, error_body, json_response, page_body, record, recorded_sleeps


def sequence(*steps: httpx.Response | Exception) -> Iterator[httpx.Response | Exception]:
    return iter(steps)


def scripted(*steps: httpx.Response | Exception) -> FakeKombo:
    script = sequence(*steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = next(script)
        if isinstance(step, Exception):
            raise step
        return step

    return FakeKombo(handler)


OK = json_response(200, page_body([record(1)], None))


def fail(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response(status, error_body("X"), headers)


async def walk(fake: FakeKombo, **client_kwargs: object) -> list[str]:
    async with fake.client(**client_kwargs) as client:
        return [c.id async for c in iter_candidates(client, integration_id="acme:1")]


@pytest.mark.anyio
@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_transient_statuses_are_retried(status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(fail(status), fail(status), OK)
    with recorded_sleeps(monkeypatch) as sleeps:
        assert len(await walk(fake)) == 1
    assert len(fake.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    "exc",
    [httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.RemoteProtocolError("eof"), httpx.ReadTimeout("t")],
)
async def test_get_retries_connection_errors_and_timeouts(exc: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(exc, OK)
    with recorded_sleeps(monkeypatch):
        assert len(await walk(fake)) == 1
    assert len(fake.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, InvalidInputError), (404, NotFoundError), (401, AuthenticationError), (403, PermissionDeniedError)],
)
async def test_client_errors_are_not_retried(
    status: int, cls: type[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = scripted(fail(status), OK)
    with recorded_sleeps(monkeypatch) as sleeps, pytest.raises(cls):
        await walk(fake)
    assert len(fake.requests) == 1
    assert sleeps == []


@pytest.mark.anyio
async def test_gives_up_after_max_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(*[fail(503) for _ in range(10)])
    with recorded_sleeps(monkeypatch) as sleeps, pytest.raises(ServerError):
        await walk(fake, max_retries=3)
    assert len(fake.requests) == 4
    assert len(sleeps) == 3


@pytest.mark.anyio
async def test_max_retries_zero_disables_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(fail(503), OK)
    with recorded_sleeps(monkeypatch) as sleeps, pytest.raises(ServerError):
        await walk(fake, max_retries=0)
    fake2 = scripted(httpx.ConnectError("refused"), OK)
    with recorded_sleeps(monkeypatch), pytest.raises(KomboConnectionError):
        await walk(fake2, max_retries=0)
    assert (len(fake.requests), len(fake2.requests), sleeps) == (1, 1, [])


@pytest.mark.anyio
async def test_exhausted_timeouts_raise_timeout_error(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    with recorded_sleeps(monkeypatch), pytest.raises(KomboTimeoutError, match="3 attempts"):
        await walk(fake)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("jitter", "expected"), [(0.0, [0.25, 0.5, 1.0]), (1.0, [0.5, 1.0, 2.0]), (0.5, [0.375, 0.75, 1.5])]
)
async def test_exponential_backoff_with_jitter(
    jitter: float, expected: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = scripted(fail(500), fail(500), fail(500), OK)
    with recorded_sleeps(monkeypatch, jitter=jitter) as sleeps:
        await walk(fake, max_retries=3)
    assert sleeps == pytest.approx(expected)


@pytest.mark.anyio
async def test_backoff_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(*[fail(502) for _ in range(6)], OK)
    with recorded_sleeps(monkeypatch, jitter=1.0) as sleeps:
        async with fake.client(max_retries=6) as client:
            client.retry_max_delay = 3.0
            [c async for c in iter_candidates(client, integration_id="acme:1")]
    assert sleeps == pytest.approx([0.5, 1.0, 2.0, 3.0, 3.0, 3.0])


@pytest.mark.anyio
async def test_retry_after_seconds_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(fail(429, {"Retry-After": "7"}), fail(503, {"Retry-After": "1.5"}), OK)
    with recorded_sleeps(monkeypatch) as sleeps:
        await walk(fake)
    assert sleeps == [7.0, 1.5]


@pytest.mark.anyio
async def test_retry_after_http_date_is_honoured_and_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    fake = scripted(
        fail(429, {"Retry-After": format_datetime(later, usegmt=True)}), fail(429, {"Retry-After": "9999"}), OK
    )
    with recorded_sleeps(monkeypatch) as sleeps:
        await walk(fake)
    assert sleeps == [30.0, 30.0]  # the client's retry_max_delay


@pytest.mark.anyio
async def test_unparsable_retry_after_falls_back_to_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(fail(429, {"Retry-After": "soon"}), OK)
    with recorded_sleeps(monkeypatch, jitter=0.0) as sleeps:
        await walk(fake)
    assert sleeps == [0.25]


@pytest.mark.anyio
async def test_rate_limit_after_retries_raises_with_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = scripted(fail(429, {"Retry-After": "2"}), fail(429, {"Retry-After": "2"}), fail(429, {"Retry-After": "4"}))
    with recorded_sleeps(monkeypatch), pytest.raises(RateLimitError) as info:
        await walk(fake)
    assert info.value.retry_after == 4.0


@pytest.mark.anyio
async def test_real_sleep_works_on_every_backend() -> None:
    # No fake sleep: anyio.sleep must run on asyncio and trio alike (tiny delays).
    fake = scripted(fail(503), fail(503, {"Retry-After": "0"}), OK)
    async with fake.client() as client:
        client.retry_backoff = 0.001
        assert [c.id async for c in iter_candidates(client, integration_id="acme:1")]
    assert len(fake.requests) == 3


def test_parse_retry_after() -> None:
    now = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.UTC).timestamp()
    assert parse_retry_after("120", now=lambda: now) == 120.0
    assert parse_retry_after(" 0 ", now=lambda: now) == 0.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now=lambda: now) == 30.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now=lambda: now) == 0.0  # in the past
    assert parse_retry_after("-5", now=lambda: now) == 0.0
    for bad in (None, "", "soon", "nan", "inf", "Wed, 01 Jan 2025"):
        assert parse_retry_after(bad, now=lambda: now) is None


def test_backoff_delay_bounds() -> None:
    for attempt in range(1, 8):
        low = backoff_delay(attempt, base=0.5, cap=10.0, rand=lambda: 0.0)
        high = backoff_delay(attempt, base=0.5, cap=10.0, rand=lambda: 1.0)
        ceiling = min(10.0, 0.5 * 2 ** (attempt - 1))
        assert (low, high) == (ceiling / 2, ceiling)
