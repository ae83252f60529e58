from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.create_reconnection_link_request import CreateReconnectionLinkRequest
from ...models.create_reconnection_link_response import CreateReconnectionLinkResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    integration_id: str,
    *,
    body: CreateReconnectionLinkRequest,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/integrations/{integration_id}/relink",
        path_params={
            "integration_id": integration_id,
        },
        query={},
        headers={},
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateReconnectionLinkResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, CreateReconnectionLinkResponse.from_dict)
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
) -> Response[CreateReconnectionLinkResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReconnectionLinkRequest,
) -> Response[CreateReconnectionLinkResponse | ErrorResponse]:
    """Create reconnection link

     Create a link that lets your customer reconnect the integration, e.g. to replace expired
    credentials. Use it like a connection link (Kombo Connect); it is valid for one hour by default.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        body (CreateReconnectionLinkRequest):  Example: {'language': 'en', 'scope_config_id':
            '9Pv6aCFwNDEzPNmwjSsY9SQx', 'link_type': 'EMBEDDED'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateReconnectionLinkResponse | ErrorResponse]
    """

    response = await client.send_operation(
        _request(
            integration_id=integration_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReconnectionLinkRequest,
) -> CreateReconnectionLinkResponse | ErrorResponse | None:
    """Create reconnection link

     Create a link that lets your customer reconnect the integration, e.g. to replace expired
    credentials. Use it like a connection link (Kombo Connect); it is valid for one hour by default.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        body (CreateReconnectionLinkRequest):  Example: {'language': 'en', 'scope_config_id':
            '9Pv6aCFwNDEzPNmwjSsY9SQx', 'link_type': 'EMBEDDED'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        CreateReconnectionLinkResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
