from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.add_application_attachment_request import AddApplicationAttachmentRequest
from ...models.add_application_attachment_response import AddApplicationAttachmentResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    application_id: str,
    *,
    body: AddApplicationAttachmentRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/ats/applications/{application_id}/attachments",
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
) -> AddApplicationAttachmentResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, AddApplicationAttachmentResponse.from_dict)
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
) -> Response[AddApplicationAttachmentResponse | ErrorResponse]:
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
    body: AddApplicationAttachmentRequest,
    x_integration_id: str,
) -> Response[AddApplicationAttachmentResponse | ErrorResponse]:
    """Add attachment to application

     Upload a file (CV, cover letter or other) to an application. Where the ATS cannot attach files to
    applications it is added to the candidate instead. Needs the "Add attachments" permission in the
    scope config.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (AddApplicationAttachmentRequest):  Example: {'attachment': {'name': 'Frank Doe
            CV.txt', 'data': 'SGkgdGhlcmUsIEtvbWJvIGlzIGN1cnJlbnRseSBoaXJpbmcgZW5naW5lZXJzIHRoYXQgbG92
            ZSB0byB3b3JrIG9uIGRldmVsb3BlciBwcm9kdWN0cy4=', 'type': 'CV', 'content_type':
            'text/plain'}, 'remote_fields': {}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[AddApplicationAttachmentResponse | ErrorResponse]
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
    body: AddApplicationAttachmentRequest,
    x_integration_id: str,
) -> AddApplicationAttachmentResponse | ErrorResponse | None:
    """Add attachment to application

     Upload a file (CV, cover letter or other) to an application. Where the ATS cannot attach files to
    applications it is added to the candidate instead. Needs the "Add attachments" permission in the
    scope config.

    Args:
        application_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (AddApplicationAttachmentRequest):  Example: {'attachment': {'name': 'Frank Doe
            CV.txt', 'data': 'SGkgdGhlcmUsIEtvbWJvIGlzIGN1cnJlbnRseSBoaXJpbmcgZW5naW5lZXJzIHRoYXQgbG92
            ZSB0byB3b3JrIG9uIGRldmVsb3BlciBwcm9kdWN0cy4=', 'type': 'CV', 'content_type':
            'text/plain'}, 'remote_fields': {}}.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        AddApplicationAttachmentResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
