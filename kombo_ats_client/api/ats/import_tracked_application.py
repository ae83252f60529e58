from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.import_tracked_application_request import ImportTrackedApplicationRequest
from ...models.import_tracked_application_response import ImportTrackedApplicationResponse
from ...types import Response


def _request(
    *,
    body: ImportTrackedApplicationRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/ats/import-tracked-application",
        path_params={},
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImportTrackedApplicationResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, ImportTrackedApplicationResponse.from_dict)
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
) -> Response[ErrorResponse | ImportTrackedApplicationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportTrackedApplicationRequest,
    x_integration_id: str,
) -> Response[ErrorResponse | ImportTrackedApplicationResponse]:
    """Import tracked application

     Start tracking an application that was created before you used Kombo (useful with the "sync only
    created applications" setting). Identify it with the ATS-specific ids of the one ATS key you send;
    Kombo fetches its full data on the next sync.

    Args:
        x_integration_id (str):
        body (ImportTrackedApplicationRequest): Send `tracked_at` and the key of the integration's
            ATS. Example: {'tracked_at': '2024-04-12T14:33:47.000Z', 'successfactors': {'id_type':
            'application_remote_id', 'application_remote_id': '1224042'}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | ImportTrackedApplicationResponse]
    """

    response = await client.send_operation(
        _request(
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportTrackedApplicationRequest,
    x_integration_id: str,
) -> ErrorResponse | ImportTrackedApplicationResponse | None:
    """Import tracked application

     Start tracking an application that was created before you used Kombo (useful with the "sync only
    created applications" setting). Identify it with the ATS-specific ids of the one ATS key you send;
    Kombo fetches its full data on the next sync.

    Args:
        x_integration_id (str):
        body (ImportTrackedApplicationRequest): Send `tracked_at` and the key of the integration's
            ATS. Example: {'tracked_at': '2024-04-12T14:33:47.000Z', 'successfactors': {'id_type':
            'application_remote_id', 'application_remote_id': '1224042'}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | ImportTrackedApplicationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
