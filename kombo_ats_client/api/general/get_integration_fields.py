from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_integration_fields_response import GetIntegrationFieldsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/{integration_id}/integration-fields".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIntegrationFieldsResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetIntegrationFieldsResponse.from_dict)
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
) -> Response[ErrorResponse | GetIntegrationFieldsResponse]:
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
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> Response[ErrorResponse | GetIntegrationFieldsResponse]:
    """Get integration fields

     List the fields of the remote system available for the integration (with whether each is passed
    through in `integration_fields`), one page at a time.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | GetIntegrationFieldsResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
    )

    response = await client.send_async(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> ErrorResponse | GetIntegrationFieldsResponse | None:
    """Get integration fields

     List the fields of the remote system available for the integration (with whether each is passed
    through in `integration_fields`), one page at a time.

    Args:
        integration_id (str):  Example: workday:HWUTwvyx2wLoSUHphiWVrp28.
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | GetIntegrationFieldsResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
