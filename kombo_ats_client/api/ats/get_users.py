import datetime
from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.get_users_response import GetUsersResponse
from ...types import UNSET, Response, Unset


def _request(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: datetime.datetime | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: list[str] | str | Unset = UNSET,
    remote_ids: list[str] | str | Unset = UNSET,
    emails: list[str] | str | Unset = UNSET,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/ats/users",
        path_params={},
        query={
            "cursor": cursor,
            "page_size": page_size,
            "updated_after": updated_after,
            "include_deleted": include_deleted,
            "ignore_unsupported_filters": ignore_unsupported_filters,
            "ids": ids,
            "remote_ids": remote_ids,
            "emails": emails,
        },
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetUsersResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetUsersResponse.from_dict)
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
) -> Response[ErrorResponse | GetUsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: datetime.datetime | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: list[str] | str | Unset = UNSET,
    remote_ids: list[str] | str | Unset = UNSET,
    emails: list[str] | str | Unset = UNSET,
    x_integration_id: str,
) -> Response[ErrorResponse | GetUsersResponse]:
    """Get users

     Retrieve all users of the ATS (recruiters, hiring managers ...), one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (datetime.datetime | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (list[str] | Unset):  Example: ['222k7eCGyUdgt2JWZDNnkDs3',
            'B5DVmypWENfU6eMe6gYDyJG3'].
        remote_ids (list[str] | Unset):
        emails (list[str] | Unset):
        x_integration_id (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | GetUsersResponse]
    """

    response = await client.send_operation(
        _request(
            cursor=cursor,
            page_size=page_size,
            updated_after=updated_after,
            include_deleted=include_deleted,
            ignore_unsupported_filters=ignore_unsupported_filters,
            ids=ids,
            remote_ids=remote_ids,
            emails=emails,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: datetime.datetime | str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: list[str] | str | Unset = UNSET,
    remote_ids: list[str] | str | Unset = UNSET,
    emails: list[str] | str | Unset = UNSET,
    x_integration_id: str,
) -> ErrorResponse | GetUsersResponse | None:
    """Get users

     Retrieve all users of the ATS (recruiters, hiring managers ...), one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (datetime.datetime | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (list[str] | Unset):  Example: ['222k7eCGyUdgt2JWZDNnkDs3',
            'B5DVmypWENfU6eMe6gYDyJG3'].
        remote_ids (list[str] | Unset):
        emails (list[str] | Unset):
        x_integration_id (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | GetUsersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            updated_after=updated_after,
            include_deleted=include_deleted,
            ignore_unsupported_filters=ignore_unsupported_filters,
            ids=ids,
            remote_ids=remote_ids,
            emails=emails,
            x_integration_id=x_integration_id,
        )
    ).parsed
