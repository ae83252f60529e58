from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.get_application_attachments_response import GetApplicationAttachmentsResponse
from ...types import Response


def _request(
    application_id: str,
    *,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/ats/applications/{application_id}/attachments",
        path_params={
            "application_id": application_id,
        },
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetApplicationAttachmentsResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetApplicationAttachmentsResponse.from_dict)
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
) -> Response[ErrorResponse | GetApplicationAttachmentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_integration_id: str,
) -> Response[ErrorResponse | GetApplicationAttachmentsResponse]:
    """Get application attachments

     Fetch the files of one application live from the ATS, each with a short-lived download URL hosted by
    Kombo. Where the ATS keeps files on the candidate, those are returned. Needs the "Read document
    attachments" permission in the scope config. Not paginated.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | GetApplicationAttachmentsResponse]
    """

    response = await client.send_operation(
        _request(
            application_id=application_id,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_integration_id: str,
) -> ErrorResponse | GetApplicationAttachmentsResponse | None:
    """Get application attachments

     Fetch the files of one application live from the ATS, each with a short-lived download URL hosted by
    Kombo. Where the ATS keeps files on the candidate, those are returned. Needs the "Read document
    attachments" permission in the scope config. Not paginated.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | GetApplicationAttachmentsResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            x_integration_id=x_integration_id,
        )
    ).parsed
