from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.send_passthrough_request_request import SendPassthroughRequestRequest
from ...models.send_passthrough_request_response import SendPassthroughRequestResponse
from ...types import Response


def _request(
    tool: str,
    api: str,
    *,
    body: SendPassthroughRequestRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/passthrough/{tool}/{api}",
        path_params={
            "tool": tool,
            "api": api,
        },
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendPassthroughRequestResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, SendPassthroughRequestResponse.from_dict)
    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendPassthroughRequestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    tool: str,
    api: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendPassthroughRequestRequest,
    x_integration_id: str,
) -> Response[ErrorResponse | SendPassthroughRequestResponse]:
    """Send passthrough request

     Send a request to the integrated tool's own API through Kombo, for what the unified API does not
    cover. Kombo sets the base URL and authentication of the chosen `{tool}/{api}` (e.g. `personio/v1`;
    the list is in Kombo's API reference) and answers with the remote status, headers and body.

    Args:
        tool (str):
        api (str):
        x_integration_id (str):
        body (SendPassthroughRequestRequest):  Example: {'method': 'GET', 'path':
            '/company/employees'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | SendPassthroughRequestResponse]
    """

    response = await client.send_operation(
        _request(
            tool=tool,
            api=api,
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    tool: str,
    api: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendPassthroughRequestRequest,
    x_integration_id: str,
) -> ErrorResponse | SendPassthroughRequestResponse | None:
    """Send passthrough request

     Send a request to the integrated tool's own API through Kombo, for what the unified API does not
    cover. Kombo sets the base URL and authentication of the chosen `{tool}/{api}` (e.g. `personio/v1`;
    the list is in Kombo's API reference) and answers with the remote status, headers and body.

    Args:
        tool (str):
        api (str):
        x_integration_id (str):
        body (SendPassthroughRequestRequest):  Example: {'method': 'GET', 'path':
            '/company/employees'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | SendPassthroughRequestResponse
    """

    return (
        await asyncio_detailed(
            tool=tool,
            api=api,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
