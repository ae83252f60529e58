from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.check_api_key_response import CheckApiKeyResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request() -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/check-api-key",
        path_params={},
        query={},
        headers={},
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckApiKeyResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, CheckApiKeyResponse.from_dict)
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
) -> Response[CheckApiKeyResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CheckApiKeyResponse | ErrorResponse]:
    """Check API key

     Check that the API key works; answers with the id of the Kombo environment it belongs to.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CheckApiKeyResponse | ErrorResponse]
    """

    response = await client.send_operation(_request())

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CheckApiKeyResponse | ErrorResponse | None:
    """Check API key

     Check that the API key works; answers with the id of the Kombo environment it belongs to.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        CheckApiKeyResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
