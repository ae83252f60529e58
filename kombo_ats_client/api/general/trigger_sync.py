from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.trigger_sync_request import TriggerSyncRequest
from ...models.trigger_sync_response import TriggerSyncResponse
from ...types import Response


def _request(
    *,
    body: TriggerSyncRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/force-sync",
        path_params={},
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TriggerSyncResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, TriggerSyncResponse.from_dict)
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
) -> Response[ErrorResponse | TriggerSyncResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TriggerSyncRequest,
    x_integration_id: str,
) -> Response[ErrorResponse | TriggerSyncResponse]:
    """Trigger sync

     Start a sync of the integration now. Kombo syncs periodically on its own: call this only on a user's
    explicit request (a "Sync now" button), not on a schedule. Only one sync of a type runs or waits at
    a time; a second request returns the queued one.

    Args:
        x_integration_id (str):
        body (TriggerSyncRequest):  Example: {'type': 'FULL'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | TriggerSyncResponse]
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
    body: TriggerSyncRequest,
    x_integration_id: str,
) -> ErrorResponse | TriggerSyncResponse | None:
    """Trigger sync

     Start a sync of the integration now. Kombo syncs periodically on its own: call this only on a user's
    explicit request (a "Sync now" button), not on a schedule. Only one sync of a type runs or waits at
    a time; a second request returns the queued one.

    Args:
        x_integration_id (str):
        body (TriggerSyncRequest):  Example: {'type': 'FULL'}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | TriggerSyncResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
