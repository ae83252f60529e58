import datetime
import ssl
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, evolve, field, frozen

from .types import Unset, format_datetime

T = TypeVar("T")

LIST_SEPARATOR = ","
"""Kombo's list parameters are ``style: form, explode: false``: ONE value, items joined by commas."""


def join_list(items: Iterable[str]) -> str:
    """A list parameter's wire value: the one implementation, used by the SDK's filters too."""
    return LIST_SEPARATOR.join(items)


def split_list(value: str) -> list[str]:
    """A list parameter's items from its wire value (blanks around items dropped); the sandbox reads lists so."""
    return [item for item in (part.strip() for part in value.split(LIST_SEPARATOR)) if item]


@frozen
class OperationRequest:
    """One call of an operation as plain data: what a generated endpoint function hands its client.

    The values are the function's arguments as given (enum members, datetimes, lists, ``UNSET``), keyed
    by the spec's parameter names; the body is already plain JSON. A client from
    ``kombo_ats.make_client()`` checks and builds the request from the spec's facts about the operation
    (``method`` and ``path`` identify it); a plain client encodes it with :meth:`to_request_kwargs`.
    """

    method: str
    path: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    json: Any = None

    def to_request_kwargs(self) -> dict[str, Any]:
        """``httpx`` request keywords: lists joined by commas (the API's ``explode: false``), enums as
        their values, date-times in UTC as ``YYYY-MM-DDTHH:mm:ss.sssZ``, unset values left out."""
        url = self.path.format_map({k: quote(str(_wire(k, v)), safe="") for k, v in self.path_params.items()})
        kwargs: dict[str, Any] = {"method": self.method, "url": url}
        params = {k: _wire(k, v) for k, v in self.query.items() if v is not None and not isinstance(v, Unset)}
        if params:
            kwargs["params"] = params
        headers = {k: str(_wire(k, v)) for k, v in self.headers.items() if v is not None and not isinstance(v, Unset)}
        if self.json is not None:
            kwargs["json"] = self.json
        if headers:
            kwargs["headers"] = headers
        return kwargs


def _wire(name: str, value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise ValueError(
                f"{name}: a naive datetime is ambiguous; give it a timezone, e.g. tzinfo=datetime.timezone.utc"
            )
        return format_datetime(value.astimezone(datetime.UTC))
    if isinstance(value, list | tuple):
        return join_list(str(_wire(name, item)) for item in value)
    return value


class RequestHooks(Protocol):
    """How a client sends requests and reads success bodies.

    ``kombo_ats.make_client()`` installs the SDK's core: it builds each call's request from the spec's
    facts (checked like the SDK's own calls), retries by method safety, raises typed errors from any
    error body, bounds response size and time, and logs. The generated endpoint functions call it
    through :meth:`Client.send_operation` and :meth:`Client.parse_model`, so they behave like the SDK's
    own functions. Without hooks a client encodes and sends the request itself.
    """

    async def send_operation(self, client: Any, request: OperationRequest) -> httpx.Response: ...

    def parse(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T: ...

    def with_options(self, client: Any, options: dict[str, Any]) -> Any: ...


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    max_retries: int | None = field(default=None, kw_only=True)
    """Retries kombo_ats makes after a retryable failure (429, 5xx, connection error); 0 disables them.
    None here and below: kombo_ats' default (kombo_ats._constants)."""
    retry_backoff: float | None = field(default=None, kw_only=True)
    """Base delay in seconds of kombo_ats' exponential backoff (doubled each attempt, with jitter)."""
    retry_max_delay: float | None = field(default=None, kw_only=True)
    """Longest single wait in seconds between retries, also the cap on an honoured Retry-After."""
    max_response_bytes: int | None = field(default=None, kw_only=True)
    """Largest response body kombo_ats reads (streamed, so memory stays bounded); larger is an error."""
    max_attachment_bytes: int | None = field(default=None, kw_only=True)
    """Largest file kombo_ats uploads (each file of a body; a path is never read past it)."""
    attempt_timeout: float | None = field(default=None, kw_only=True)
    """Seconds one attempt may take as a whole (connect, send, every byte of the answer); None = no bound."""
    hooks: RequestHooks | None = field(default=None, kw_only=True, repr=False)
    """How requests are sent and bodies parsed (see RequestHooks); set by kombo_ats.make_client()."""
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    async def send_operation(self, request: OperationRequest) -> httpx.Response:
        """Send one call of a generated endpoint function: built and sent by the SDK's core (the hooks) if any."""
        if self.hooks is not None:
            return await self.hooks.send_operation(self, request)
        return await self.get_async_httpx_client().request(**request.to_request_kwargs())

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        max_attachment_bytes: int | None = None,
    ) -> "Client":
        """A copy with other settings that shares this client's connection pool: cheap, per use.

        ``await check_api_key(client.with_options(timeout=5, max_retries=0))``. Settings left ``None``
        stay as they are; each is checked by kombo_ats. Open and close the original client: the copy
        uses its pool (closing either closes the pool of both).
        """
        if self.hooks is None:
            raise TypeError("with_options: needs a client from kombo_ats.make_client()")
        options = {
            "timeout": timeout,
            "max_retries": max_retries,
            "max_response_bytes": max_response_bytes,
            "max_attachment_bytes": max_attachment_bytes,
        }
        copy: Client = self.hooks.with_options(self, options)
        return copy

    @property
    def http_timeout(self) -> httpx.Timeout | None:
        """httpx's timeouts of this client (a copy from ``with_options`` has its own over the shared pool)."""
        return self._timeout

    def parse_model(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
        """Parse a success body into a model (through the hooks, if any)."""
        if self.hooks is not None:
            return self.hooks.parse(response, from_dict)
        return from_dict(response.json())

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    max_retries: int | None = field(default=None, kw_only=True)
    """Retries kombo_ats makes after a retryable failure (429, 5xx, connection error); 0 disables them.
    None here and below: kombo_ats' default (kombo_ats._constants)."""
    retry_backoff: float | None = field(default=None, kw_only=True)
    """Base delay in seconds of kombo_ats' exponential backoff (doubled each attempt, with jitter)."""
    retry_max_delay: float | None = field(default=None, kw_only=True)
    """Longest single wait in seconds between retries, also the cap on an honoured Retry-After."""
    max_response_bytes: int | None = field(default=None, kw_only=True)
    """Largest response body kombo_ats reads (streamed, so memory stays bounded); larger is an error."""
    max_attachment_bytes: int | None = field(default=None, kw_only=True)
    """Largest file kombo_ats uploads (each file of a body; a path is never read past it)."""
    attempt_timeout: float | None = field(default=None, kw_only=True)
    """Seconds one attempt may take as a whole (connect, send, every byte of the answer); None = no bound."""
    hooks: RequestHooks | None = field(default=None, kw_only=True, repr=False)
    """How requests are sent and bodies parsed (see RequestHooks); set by kombo_ats.make_client()."""
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(repr=False)
    """The token to use for authentication; kept out of repr() so it never lands in logs or tracebacks"""
    prefix: str = "Bearer"
    """The prefix to use for the Authorization header"""
    auth_header_name: str = "Authorization"
    """The name of the Authorization header"""

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    async def send_operation(self, request: OperationRequest) -> httpx.Response:
        """Send one call of a generated endpoint function: built and sent by the SDK's core (the hooks) if any."""
        if self.hooks is not None:
            return await self.hooks.send_operation(self, request)
        return await self.get_async_httpx_client().request(**request.to_request_kwargs())

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        max_attachment_bytes: int | None = None,
    ) -> "AuthenticatedClient":
        """A copy with other settings that shares this client's connection pool: cheap, per use.

        ``await check_api_key(client.with_options(timeout=5, max_retries=0))``. Settings left ``None``
        stay as they are; each is checked by kombo_ats. Open and close the original client: the copy
        uses its pool (closing either closes the pool of both).
        """
        if self.hooks is None:
            raise TypeError("with_options: needs a client from kombo_ats.make_client()")
        options = {
            "timeout": timeout,
            "max_retries": max_retries,
            "max_response_bytes": max_response_bytes,
            "max_attachment_bytes": max_attachment_bytes,
        }
        copy: AuthenticatedClient = self.hooks.with_options(self, options)
        return copy

    @property
    def http_timeout(self) -> httpx.Timeout | None:
        """httpx's timeouts of this client (a copy from ``with_options`` has its own over the shared pool)."""
        return self._timeout

    def parse_model(self, response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
        """Parse a success body into a model (through the hooks, if any)."""
        if self.hooks is not None:
            return self.hooks.parse(response, from_dict)
        return from_dict(response.json())

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
