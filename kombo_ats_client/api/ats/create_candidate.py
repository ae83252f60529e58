from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.create_candidate_request import CreateCandidateRequest
from ...models.create_candidate_response import CreateCandidateResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    *,
    body: CreateCandidateRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
        path="/ats/candidates",
        path_params={},
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCandidateResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, CreateCandidateResponse.from_dict)
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
) -> Response[CreateCandidateResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCandidateRequest,
    x_integration_id: str,
) -> Response[CreateCandidateResponse | ErrorResponse]:
    """Create candidate

     Create a candidate together with an application for a job. Prefer `createApplication`, which does
    the same and answers with the application at the top level. Needs the "Create applications and
    candidates" permission in the scope config; what the ATS could not take comes back in `warnings`.

    Args:
        x_integration_id (str):
        body (CreateCandidateRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[CreateCandidateResponse | ErrorResponse]
    """

    response = await client.send_operation(
        _request(
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCandidateRequest,
    x_integration_id: str,
) -> CreateCandidateResponse | ErrorResponse | None:
    """Create candidate

     Create a candidate together with an application for a job. Prefer `createApplication`, which does
    the same and answers with the application at the top level. Needs the "Create applications and
    candidates" permission in the scope config; what the ATS could not take comes back in `warnings`.

    Args:
        x_integration_id (str):
        body (CreateCandidateRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        CreateCandidateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
