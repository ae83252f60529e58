"""Contract checking: validate HTTP requests and responses against ``openapi.yaml`` with openapi-core.

Wrap any httpx transport in :class:`ContractTransport` and every request a client sends, and every
answer it gets, is checked against the spec — so the spec, the generated client and the sandbox
cannot drift apart silently::

    contract = OpenAPIContract()                    # the spec shipped in the SDK package
    transport = ContractTransport(httpx.ASGITransport(app=create_app()), contract)
    client = make_client(api_key=..., base_url="http://sandbox/v1", httpx_args={"transport": transport})

Needs the dev dependencies (openapi-core, PyYAML).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from kombo_ats.spec import SPEC_JSON

__all__ = ["ContractTransport", "ContractViolation", "OpenAPIContract", "default_spec_path"]

# Requests are presented to openapi-core on the spec's first server, whatever host they went to.
_SPEC_HOST = "https://api.kombo.dev"


def default_spec_path() -> Path:
    """The spec as the SDK ships it (``kombo_ats/_generated/openapi.json``, made from ``openapi.yaml`` by
    ``make generate``): package data, so the checker works from an installed wheel, not only a checkout."""
    return SPEC_JSON


class ContractViolation(AssertionError):
    """A request or response that does not match the spec."""


class _Request:
    def __init__(self, request: httpx.Request) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.query_pairs = parse_qsl(request.url.query.decode(), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(self.query_pairs),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )
        self.host_url = _SPEC_HOST
        self.path = request.url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "").lower()


class _Response:
    def __init__(self, status_code: int, headers: httpx.Headers, data: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status_code
        self.headers = Headers(list(headers.items()))
        self.content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        self.data = data


class OpenAPIContract:
    """Validates request/response pairs against the spec; collects what it checked."""

    def __init__(self, spec_path: str | Path | None = None) -> None:
        self.spec_path = Path(spec_path) if spec_path is not None else default_spec_path()
        self.openapi = _load(str(self.spec_path))
        self.checked: list[tuple[str, str, int]] = []  # (method, path, status) of every validated exchange

    def validate_request(self, request: httpx.Request) -> None:
        req = _Request(request)
        keys = [k for k, _ in req.query_pairs]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise ContractViolation(
                f"{request.method} {request.url}: repeated query keys {repeated}; lists go as one csv value"
            )
        try:
            self.openapi.validate_request(req)
        except Exception as exc:
            raise ContractViolation(
                f"request {request.method} {request.url} violates the spec: {_explain(exc)}"
            ) from exc

    def validate_response(
        self, request: httpx.Request, status_code: int, headers: httpx.Headers, body: bytes, *, allow_lb_errors: bool
    ) -> None:
        ctype = headers.get("content-type", "")
        if allow_lb_errors and status_code >= 500 and not _is_envelope(ctype, body):
            return  # a load balancer's text/HTML/empty answer: documented, not schema-shaped
        try:
            self.openapi.validate_response(_Request(request), _Response(status_code, headers, body))
        except Exception as exc:
            raise ContractViolation(
                f"response {status_code} to {request.method} {request.url} violates the spec: {_explain(exc)}\n"
                f"body: {body[:500]!r}"
            ) from exc
        self.checked.append((request.method, request.url.path, status_code))


def _is_envelope(content_type: str, body: bytes) -> bool:
    if "json" not in content_type:
        return False
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("status") == "error"


def _explain(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause: BaseException | None = exc.__cause__ or exc.__context__
    seen = 0
    while cause is not None and seen < 4:
        parts.append(f"{type(cause).__name__}: {cause}")
        for sub in getattr(cause, "schema_errors", ()) or ():
            parts.append(f"  - {sub}")
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return "\n".join(parts)


@functools.cache
def _load(path: str) -> Any:
    import yaml
    from openapi_core import OpenAPI

    with open(path, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    return OpenAPI.from_dict(spec)


class ContractTransport(httpx.AsyncBaseTransport):
    """An httpx transport wrapper that validates every exchange against the spec.

    ``validate_requests=False`` checks only responses (for tests that send invalid requests on
    purpose). ``allow_lb_errors`` lets 5xx answers that are not the JSON envelope through (the fault
    injection's load-balancer answers). ``violations`` collects failures when ``strict`` is False;
    when True (the default) a violation raises :class:`ContractViolation` in the caller.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        contract: OpenAPIContract | None = None,
        *,
        strict: bool = True,
        allow_lb_errors: bool = True,
        validate_requests: bool = True,
    ) -> None:
        self.inner = inner
        self.validate_requests = validate_requests
        self.contract = contract or OpenAPIContract()
        self.strict = strict
        self.allow_lb_errors = allow_lb_errors
        self.violations: list[ContractViolation] = []

    def _fail(self, exc: ContractViolation) -> None:
        if self.strict:
            raise exc
        self.violations.append(exc)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if self.validate_requests:
            try:
                self.contract.validate_request(request)
            except ContractViolation as exc:
                self._fail(exc)
        response = await self.inner.handle_async_request(request)
        chunks: list[bytes] = []
        try:
            async for chunk in response.aiter_raw():
                chunks.append(chunk)
            raw = b"".join(chunks)
        except httpx.StreamConsumed:  # an already-read response (e.g. from httpx.MockTransport)
            raw = response.content
        finally:
            await response.aclose()
        try:
            self.contract.validate_response(
                request, response.status_code, response.headers, raw, allow_lb_errors=self.allow_lb_errors
            )
        except ContractViolation as exc:
            self._fail(exc)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=raw,
            request=request,
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
