from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.remove_candidate_tag_request import RemoveCandidateTagRequest
from ...models.remove_candidate_tag_response import RemoveCandidateTagResponse
from ...types import Response


def _request(
    candidate_id: str,
    *,
    body: RemoveCandidateTagRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="DELETE",
        path="/ats/candidates/{candidate_id}/tags",
        path_params={
            "candidate_id": candidate_id,
        },
        query={},
        headers={
            "X-Integration-Id": x_integration_id,
        },
        json=_json,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RemoveCandidateTagResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, RemoveCandidateTagResponse.from_dict)
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
) -> Response[ErrorResponse | RemoveCandidateTagResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveCandidateTagRequest,
    x_integration_id: str,
) -> Response[ErrorResponse | RemoveCandidateTagResponse]:
    """Remove tag from candidate

     Remove a tag, given by name, from a candidate. Succeeds also when the candidate does not have the
    tag. Needs the "Manage tags" permission in the scope config. Note that this DELETE has a JSON body.

    Args:
        candidate_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (RemoveCandidateTagRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | RemoveCandidateTagResponse]
    """

    response = await client.send_operation(
        _request(
            candidate_id=candidate_id,
            body=body,
            x_integration_id=x_integration_id,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    candidate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveCandidateTagRequest,
    x_integration_id: str,
) -> ErrorResponse | RemoveCandidateTagResponse | None:
    """Remove tag from candidate

     Remove a tag, given by name, from a candidate. Succeeds also when the candidate does not have the
    tag. Needs the "Manage tags" permission in the scope config. Note that this DELETE has a JSON body.

    Args:
        candidate_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (RemoveCandidateTagRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | RemoveCandidateTagResponse
    """

    return (
        await asyncio_detailed(
            candidate_id=candidate_id,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
