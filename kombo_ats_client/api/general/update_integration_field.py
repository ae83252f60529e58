from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.update_integration_field_request import UpdateIntegrationFieldRequest
from ...models.update_integration_field_response import UpdateIntegrationFieldResponse
from ...types import Response


def _request(
    integration_id: str,
    integration_field_id: str,
    *,
    body: UpdateIntegrationFieldRequest,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="PATCH",
        path="/integrations/{integration_id}/integration-fields/{integration_field_id}",
        path_params={
            "integration_id": integration_id,
            "integration_field_id": integration_field_id,
        },
        query={},
        headers={},
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateIntegrationFieldResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, UpdateIntegrationFieldResponse.from_dict)
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
) -> Response[ErrorResponse | UpdateIntegrationFieldResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    integration_id: str,
    integration_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIntegrationFieldRequest,
) -> Response[ErrorResponse | UpdateIntegrationFieldResponse]:
    """Update integration field

     Turn the pass-through of an integration field on or off. When on, the field appears in the
    `integration_fields` of its model's records.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        integration_field_id (str):
        body (UpdateIntegrationFieldRequest):  Example: {'enable_passthrough': True}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | UpdateIntegrationFieldResponse]
    """

    response = await client.send_operation(
        _request(
            integration_id=integration_id,
            integration_field_id=integration_field_id,
            body=body,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    integration_field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIntegrationFieldRequest,
) -> ErrorResponse | UpdateIntegrationFieldResponse | None:
    """Update integration field

     Turn the pass-through of an integration field on or off. When on, the field appears in the
    `integration_fields` of its model's records.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        integration_field_id (str):
        body (UpdateIntegrationFieldRequest):  Example: {'enable_passthrough': True}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | UpdateIntegrationFieldResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            integration_field_id=integration_field_id,
            client=client,
            body=body,
        )
    ).parsed
