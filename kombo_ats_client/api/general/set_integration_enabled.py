from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.set_integration_enabled_request import SetIntegrationEnabledRequest
from ...models.set_integration_enabled_response import SetIntegrationEnabledResponse
from ...types import Response


def _request(
    integration_id: str,
    *,
    body: SetIntegrationEnabledRequest,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="PUT",
        path="/integrations/{integration_id}/enabled",
        path_params={
            "integration_id": integration_id,
        },
        query={},
        headers={},
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetIntegrationEnabledResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, SetIntegrationEnabledResponse.from_dict)
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
) -> Response[ErrorResponse | SetIntegrationEnabledResponse]:
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
    body: SetIntegrationEnabledRequest,
) -> Response[ErrorResponse | SetIntegrationEnabledResponse]:
    """Set integration enabled

     Enable or disable the integration. Disabling cancels running syncs but keeps credentials and
    configuration, so enabling it again resumes syncing (e.g. to pause a customer who does not use it
    for a while).

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        body (SetIntegrationEnabledRequest):  Example: {'value': False}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | SetIntegrationEnabledResponse]
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
    body: SetIntegrationEnabledRequest,
) -> ErrorResponse | SetIntegrationEnabledResponse | None:
    """Set integration enabled

     Enable or disable the integration. Disabling cancels running syncs but keeps credentials and
    configuration, so enabling it again resumes syncing (e.g. to pause a customer who does not use it
    for a while).

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        body (SetIntegrationEnabledRequest):  Example: {'value': False}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | SetIntegrationEnabledResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
