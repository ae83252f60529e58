from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.create_connection_link_request import CreateConnectionLinkRequest
from ...models.create_connection_link_response import CreateConnectionLinkResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    *,
    body: CreateConnectionLinkRequest,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/connect/create-link",
        path_params={},
        query={},
        headers={},
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateConnectionLinkResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, CreateConnectionLinkResponse.from_dict)
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
) -> Response[CreateConnectionLinkResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectionLinkRequest,
) -> Response[CreateConnectionLinkResponse | ErrorResponse]:
    """Create connection link

     Create a link that lets your customer connect a tool through Kombo Connect (embedded flow or magic
    link). Kombo does not deduplicate integrations: keep track of them yourself, and use
    `createReconnectionLink` to renew credentials.

    Args:
        body (CreateConnectionLinkRequest):  Example: {'end_user_email': 'test@example.com',
            'end_user_organization_name': 'Test Inc.', 'integration_category': 'ATS',
            'integration_tool': 'greenhouse', 'end_user_origin_id': '123', 'language': 'en',
            'link_type': 'EMBEDDED'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateConnectionLinkResponse | ErrorResponse]
    """

    response = await client.send_operation(
        _request(
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectionLinkRequest,
) -> CreateConnectionLinkResponse | ErrorResponse | None:
    """Create connection link

     Create a link that lets your customer connect a tool through Kombo Connect (embedded flow or magic
    link). Kombo does not deduplicate integrations: keep track of them yourself, and use
    `createReconnectionLink` to renew credentials.

    Args:
        body (CreateConnectionLinkRequest):  Example: {'end_user_email': 'test@example.com',
            'end_user_organization_name': 'Test Inc.', 'integration_category': 'ATS',
            'integration_tool': 'greenhouse', 'end_user_origin_id': '123', 'language': 'en',
            'link_type': 'EMBEDDED'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        CreateConnectionLinkResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
