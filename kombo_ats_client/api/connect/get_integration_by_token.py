from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.get_integration_by_token_response import GetIntegrationByTokenResponse
from ...types import Response


def _request(
    token: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/connect/integration-by-token/{token}",
        path_params={
            "token": token,
        },
        query={},
        headers={},
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIntegrationByTokenResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetIntegrationByTokenResponse.from_dict)
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
) -> Response[ErrorResponse | GetIntegrationByTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetIntegrationByTokenResponse]:
    """Get integration by token

     Exchange the short-lived token the Connect flow hands your frontend for the new integration's
    details. Only your backend can do this, so a user cannot attach someone else's integration to their
    account.

    Args:
        token (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | GetIntegrationByTokenResponse]
    """

    response = await client.send_operation(
        _request(
            token=token,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetIntegrationByTokenResponse | None:
    """Get integration by token

     Exchange the short-lived token the Connect flow hands your frontend for the new integration's
    details. Only your backend can do this, so a user cannot attach someone else's integration to their
    account.

    Args:
        token (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | GetIntegrationByTokenResponse
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
        )
    ).parsed
