from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.get_custom_fields_response import GetCustomFieldsResponse
from ...types import UNSET, Response, Unset


def _request(
    integration_id: str,
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/integrations/{integration_id}/custom-fields",
        path_params={
            "integration_id": integration_id,
        },
        query={
            "cursor": cursor,
            "page_size": page_size,
        },
        headers={},
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetCustomFieldsResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetCustomFieldsResponse.from_dict)
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
) -> Response[ErrorResponse | GetCustomFieldsResponse]:
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
) -> Response[ErrorResponse | GetCustomFieldsResponse]:
    """Get custom fields

     List the custom fields defined for the integration with the integration field each is currently
    mapped to, one page at a time.

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
        Response[ErrorResponse | GetCustomFieldsResponse]
    """

    response = await client.send_operation(
        _request(
            integration_id=integration_id,
            cursor=cursor,
            page_size=page_size,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> ErrorResponse | GetCustomFieldsResponse | None:
    """Get custom fields

     List the custom fields defined for the integration with the integration field each is currently
    mapped to, one page at a time.

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
        ErrorResponse | GetCustomFieldsResponse
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
        )
    ).parsed
