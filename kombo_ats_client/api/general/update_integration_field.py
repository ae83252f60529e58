from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_integration_field_request import UpdateIntegrationFieldRequest
from ...models.update_integration_field_response import UpdateIntegrationFieldResponse
from ...types import Response


def _get_kwargs(
    integration_id: str,
    integration_field_id: str,
    *,
    body: UpdateIntegrationFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/integrations/{integration_id}/integration-fields/{integration_field_id}".format(
            integration_id=quote(str(integration_id), safe=""),
            integration_field_id=quote(str(integration_field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


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

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_field_id=integration_field_id,
        body=body,
    )

    response = await client.send_async(kwargs)

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
