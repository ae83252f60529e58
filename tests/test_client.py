"""make_client: key handling, regions, headers, secrecy of the key, and debug logging."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import httpx
import kombo_ats
import pytest
from kombo_ats import ServerError, iter_candidates, make_client

from .kombo_fake import API_KEY, FakeKombo, json_response, page_body, record


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOMBO_API_KEY", "env-key")
    assert make_client().token == "env-key"
    assert make_client("explicit").token == "explicit"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_api_key_is_a_clear_error(value: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if value is None:
        monkeypatch.delenv("KOMBO_API_KEY", raising=False)
    else:
        monkeypatch.setenv("KOMBO_API_KEY", value)
    with pytest.raises(ValueError, match="KOMBO_API_KEY"):
        make_client()


@pytest.mark.parametrize(
    ("region", "url"),
    [
        ("eu", "https://api.kombo.dev/v1"),
        ("us", "https://api.us.kombo.dev/v1"),
        ("ca", "https://api.ca.kombo.dev/v1"),
        ("US", "https://api.us.kombo.dev/v1"),
    ],
)
def test_regions(region: str, url: str) -> None:
    client = make_client("k", region=region)
    assert str(client.get_async_httpx_client().base_url).rstrip("/") == url


def test_default_region_is_eu_and_base_url_overrides() -> None:
    assert str(make_client("k").get_async_httpx_client().base_url).rstrip("/") == "https://api.kombo.dev/v1"
    client = make_client("k", region="us", base_url="http://localhost:8000/v1/")
    assert str(client.get_async_httpx_client().base_url).rstrip("/") == "http://localhost:8000/v1"


@pytest.mark.parametrize("kwargs", [{"region": "asia"}, {"max_retries": -1}, {"max_retries": 1.5}])
def test_bad_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        make_client("k", **kwargs)  # type: ignore[arg-type]


def test_settings_land_on_the_client() -> None:
    client = make_client("k", timeout=5.0, max_retries=7)
    assert client.max_retries == 7
    assert client.get_async_httpx_client().timeout == httpx.Timeout(5.0)


@pytest.mark.anyio
async def test_sends_auth_and_user_agent_and_custom_headers() -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([], None)))
    async with fake.client() as client:
        async for _ in iter_candidates(client, integration_id="acme:1"):
            pass
    request = fake.requests[0]
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"] == f"kombo-ats-client/{kombo_ats.__version__}"
    assert request.headers["X-Integration-Id"] == "acme:1"


@pytest.mark.anyio
async def test_extra_headers_via_httpx_args() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, page_body([], None))

    client = make_client(
        "k",
        base_url="https://x.test/v1",
        httpx_args={"transport": httpx.MockTransport(handler), "headers": {"X-Trace": "1"}},
    )
    async with client:
        async for _ in iter_candidates(client, integration_id="i"):
            pass
    assert seen[0].headers["X-Trace"] == "1"
    assert seen[0].headers["User-Agent"].startswith("kombo-ats-client/")


@pytest.mark.anyio
async def test_api_key_never_in_repr_even_after_use() -> None:
    fake = FakeKombo(lambda r: json_response(200, page_body([], None)))
    client = fake.client()
    assert API_KEY not in repr(client)
    async with client:
        async for _ in iter_candidates(client, integration_id="i"):
            pass
        assert API_KEY not in repr(client)
        assert API_KEY not in str(client)


@pytest.mark.anyio
async def test_debug_logging_has_request_facts_and_no_secret(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .kombo_fake import recorded_sleeps

    responses = iter([json_response(503, {}), json_response(200, page_body([record(1)], None))])
    fake = FakeKombo(lambda r: next(responses))
    caplog.set_level(logging.DEBUG, logger="kombo_ats")
    with recorded_sleeps(monkeypatch):
        async with fake.client() as client:
            async for _ in iter_candidates(client, integration_id="acme:1", email="secret-person@example.com"):
                pass
    records = [r for r in caplog.records if r.name == "kombo_ats"]
    text = "\n".join(r.getMessage() for r in records)
    assert "GET /ats/candidates" in text
    assert "-> 503" in text and "-> 200" in text
    assert "attempt 1/3" in text and "attempt 2/3" in text
    assert " ms " in text
    assert "retrying in" in text
    assert API_KEY not in text
    assert "secret-person" not in text  # query strings (PII) are not logged


@pytest.mark.anyio
async def test_errors_do_not_leak_the_key() -> None:
    fake = FakeKombo(lambda r: httpx.Response(500, content=b"oops"))
    async with fake.client(max_retries=0) as client:
        with pytest.raises(ServerError) as info:
            async for _ in iter_candidates(client, integration_id="i"):
                pass
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert API_KEY not in repr(info.value.response)


def test_public_names() -> None:
    expected = {
        "make_client", "iter_candidates", "iter_jobs", "iter_applications", "iter_offers", "iter_pages", "Page",
        "CandidateFilters", "JobFilters", "ApplicationFilters", "OfferFilters", "create_application",
        "CreatedApplicationResult", "KomboError", "KomboAPIError", "AuthenticationError", "PermissionDeniedError",
        "NotFoundError", "RateLimitError", "InvalidInputError", "ServerError", "KomboConnectionError",
        "KomboTimeoutError", "__version__",
    }  # fmt: skip
    assert expected <= set(kombo_ats.__all__)
    for name in expected:
        assert getattr(kombo_ats, name) is not None


def test_api_key_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="api_key"):
        make_client(12345)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["base_url", "timeout"])
def test_httpx_args_cannot_override_make_client_settings(key: str) -> None:
    with pytest.raises(ValueError, match=key):
        make_client("k", httpx_args={key: "x"})


def test_httpx_args_verify_and_redirects_reach_httpx() -> None:
    client = make_client("k", httpx_args={"follow_redirects": True, "cookies": {"a": "b"}})
    http = client.get_async_httpx_client()
    assert http.follow_redirects is True
    assert http.cookies.get("a") == "b"


def test_base_url_falls_back_to_the_environment_like_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOMBO_BASE_URL", "http://127.0.0.1:8000/v1/")
    assert str(make_client("k").get_async_httpx_client().base_url) == "http://127.0.0.1:8000/v1/"
    # explicit settings win over the environment
    assert str(make_client("k", base_url="http://other/v1").get_async_httpx_client().base_url) == "http://other/v1/"
    assert str(make_client("k", region="us").get_async_httpx_client().base_url) == "https://api.us.kombo.dev/v1/"
    monkeypatch.setenv("KOMBO_BASE_URL", "")
    assert str(make_client("k").get_async_httpx_client().base_url) == "https://api.kombo.dev/v1/"


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), "30", True])
def test_a_timeout_that_cannot_bound_an_attempt_is_refused(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client("k", timeout=timeout)  # type: ignore[arg-type]


def test_timeout_bounds_each_attempt_as_a_whole() -> None:
    assert make_client("k", timeout=5).attempt_timeout == 5
    assert make_client("k", timeout=httpx.Timeout(3.0, read=20.0)).attempt_timeout == 20.0
    assert make_client("k", timeout=None).attempt_timeout is None


def test_base_url_precedence_is_the_same_in_code_readme_and_docs(monkeypatch: pytest.MonkeyPatch) -> None:
    """base_url= > region= > $KOMBO_BASE_URL > EU: arguments in code win over the environment, as documented."""
    monkeypatch.setenv("KOMBO_BASE_URL", "http://env.example/v1")
    chosen = {
        "base_url and region": make_client("k", base_url="http://arg.example/v1", region="us"),
        "region": make_client("k", region="ca"),
        "environment": make_client("k"),
    }
    assert {name: str(c.get_async_httpx_client().base_url) for name, c in chosen.items()} == {
        "base_url and region": "http://arg.example/v1/",
        "region": "https://api.ca.kombo.dev/v1/",
        "environment": "http://env.example/v1/",
    }
    with pytest.raises(ValueError, match="region"):  # a typo'd region is an error even when the environment is set
        make_client("k", region="mars")
    root = Path(__file__).resolve().parents[1]
    for doc in ("README.md", "docs/usage.md"):
        text = " ".join(re.sub(r"[#$`]", " ", (root / doc).read_text(encoding="utf-8")).split())
        assert re.search(r"base_url= if given, else region= .{0,30}if given, else KOMBO_BASE_URL, else the EU", text), (
            doc
        )
        assert "KOMBO_BASE_URL if set, else region" not in text, doc


def test_every_default_comes_from_the_constants_module() -> None:
    """make_client's defaults and what the core applies to a bare generated client are kombo_ats._constants'."""
    import inspect

    from kombo_ats import _constants

    from kombo_ats_client import AuthenticatedClient

    defaults = {n: p.default for n, p in inspect.signature(make_client).parameters.items()}
    assert defaults["timeout"] == _constants.DEFAULT_TIMEOUT
    assert defaults["max_retries"] == _constants.DEFAULT_MAX_RETRIES
    assert defaults["max_response_bytes"] == _constants.DEFAULT_MAX_RESPONSE_BYTES
    assert defaults["max_attachment_bytes"] == _constants.DEFAULT_MAX_ATTACHMENT_BYTES
    bare = AuthenticatedClient(base_url="https://kombo.test/v1", token="k")
    unset = (
        bare.max_retries,
        bare.retry_backoff,
        bare.retry_max_delay,
        bare.max_response_bytes,
        bare.max_attachment_bytes,
    )
    assert unset == (None, None, None, None, None)  # the generated client restates no number: the core fills them in
    client = make_client("k")
    assert client.get_async_httpx_client().headers["User-Agent"] == _constants.USER_AGENT
    assert str(client.get_async_httpx_client().base_url) == _constants.REGIONS[_constants.DEFAULT_REGION] + "/"
