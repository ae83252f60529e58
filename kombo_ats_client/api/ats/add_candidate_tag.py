from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.add_candidate_tag_request import AddCandidateTagRequest
from ...models.add_candidate_tag_response import AddCandidateTagResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _request(
    candidate_id: str,
    *,
    body: AddCandidateTagRequest,
    x_integration_id: str,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    _json: Any = None
    _json = body.to_dict()

    return OperationRequest(
        method="POST",
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
) -> AddCandidateTagResponse | ErrorResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, AddCandidateTagResponse.from_dict)
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
) -> Response[AddCandidateTagResponse | ErrorResponse]:
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
    body: AddCandidateTagRequest,
    x_integration_id: str,
) -> Response[AddCandidateTagResponse | ErrorResponse]:
    """Add tag to candidate

     Add a tag, given by name, to a candidate. Kombo creates the tag in the ATS where needed and finds
    its id. Needs the "Manage tags" permission in the scope config.

    Args:
        candidate_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (AddCandidateTagRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[AddCandidateTagResponse | ErrorResponse]
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
    body: AddCandidateTagRequest,
    x_integration_id: str,
) -> AddCandidateTagResponse | ErrorResponse | None:
    """Add tag to candidate

     Add a tag, given by name, to a candidate. Kombo creates the tag in the ATS where needed and finds
    its id. Needs the "Manage tags" permission in the scope config.

    Args:
        candidate_id (str):  Example: GRKdd9dibYKKCrmGRSMJf3wu.
        x_integration_id (str):
        body (AddCandidateTagRequest):

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        AddCandidateTagResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            candidate_id=candidate_id,
            client=client,
            body=body,
            x_integration_id=x_integration_id,
        )
    ).parsed
