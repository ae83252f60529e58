from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.create_application_request import CreateApplicationRequest
from ...models.create_application_response import CreateApplicationResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    job_id: str,
    *,
    body: CreateApplicationRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/ats/jobs/{job_id}/applications",
        path_params={
            "job_id": job_id,
        },
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateApplicationResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, CreateApplicationResponse.from_dict)
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
) -> Response[CreateApplicationResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateApplicationRequest,
    x_integration_id: str,
) -> Response[CreateApplicationResponse | ErrorResponse]:
    """Create application

     Create a new application, and its candidate, for a job. Needs the "Create applications and
    candidates" permission in the scope config. What the remote ATS could not take (an unsupported
    screening question, say) comes back in `warnings`, not as an error.

    Args:
        job_id (str):  Example: remote:32.
        x_integration_id (str):
        body (CreateApplicationRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateApplicationResponse | ErrorResponse]
    """

    response = await client.send_operation(
        _request(
            job_id=job_id,
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateApplicationRequest,
    x_integration_id: str,
) -> CreateApplicationResponse | ErrorResponse | None:
    """Create application

     Create a new application, and its candidate, for a job. Needs the "Create applications and
    candidates" permission in the scope config. What the remote ATS could not take (an unsupported
    screening question, say) comes back in `warnings`, not as an error.

    Args:
        job_id (str):  Example: remote:32.
        x_integration_id (str):
        body (CreateApplicationRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        CreateApplicationResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
