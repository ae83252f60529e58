from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.reject_application_request import RejectApplicationRequest
from ...models.reject_application_response import RejectApplicationResponse
from ...types import Response


def _request(
    application_id: str,
    *,
    body: RejectApplicationRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/ats/applications/{application_id}/reject",
        path_params={
            "application_id": application_id,
        },
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RejectApplicationResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, RejectApplicationResponse.from_dict)
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
) -> Response[ErrorResponse | RejectApplicationResponse]:
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
    body: RejectApplicationRequest,
    x_integration_id: str,
) -> Response[ErrorResponse | RejectApplicationResponse]:
    """Reject application

     Reject an application with one of the ATS's rejection reasons (`getRejectionReasons`) and an
    optional note. Needs the "Reject applications" permission in the scope config.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (RejectApplicationRequest):  Example: {'rejection_reason_id':
            '3PJ8PZhZZa1eEdd2DtPNtVup', 'note': 'Great culture fit but lacks the hard skills we
            need.', 'remote_fields': {}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | RejectApplicationResponse]
    """

    response = await client.send_operation(
        _request(
            application_id=application_id,
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RejectApplicationRequest,
    x_integration_id: str,
) -> ErrorResponse | RejectApplicationResponse | None:
    """Reject application

     Reject an application with one of the ATS's rejection reasons (`getRejectionReasons`) and an
    optional note. Needs the "Reject applications" permission in the scope config.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (RejectApplicationRequest):  Example: {'rejection_reason_id':
            '3PJ8PZhZZa1eEdd2DtPNtVup', 'note': 'Great culture fit but lacks the hard skills we
            need.', 'remote_fields': {}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | RejectApplicationResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
