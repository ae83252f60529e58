from http import HTTPStatus

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, OperationRequest
from ...models.error_response import ErrorResponse
from ...models.get_tools_response import GetToolsResponse
from ...models.tool_category import ToolCategory
from ...types import Response


def _request(
    category: ToolCategory,
) -> OperationRequest:
    """The call as plain data for the client (see ``OperationRequest``): values keyed by the spec's names."""
    return OperationRequest(
        method="GET",
        path="/tools/{category}",
        path_params={
            "category": category,
        },
        query={},
        headers={},
        json=None,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetToolsResponse | None:
    if response.status_code == 200:
        return client.parse_model(response, GetToolsResponse.from_dict)
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
) -> Response[ErrorResponse | GetToolsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    category: ToolCategory,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetToolsResponse]:
    """Get tools

     List the tools (integrations) enabled in your environment for a category, with logos and coverage,
    e.g. to build your own tool picker and pass the choice as `integration_tool` to
    `createConnectionLink`.

    Args:
        category (ToolCategory): A category of tools, as written in `/tools/{category}`.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        Response[ErrorResponse | GetToolsResponse]
    """

    response = await client.send_operation(
        _request(
            category=category,
        )
    )

    return _build_response(client=client, response=response)


async def asyncio(
    category: ToolCategory,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | GetToolsResponse | None:
    """Get tools

     List the tools (integrations) enabled in your environment for a category, with logos and coverage,
    e.g. to build your own tool picker and pass the choice as `integration_tool` to
    `createConnectionLink`.

    Args:
        category (ToolCategory): A category of tools, as written in `/tools/{category}`.

    Raises:
        kombo_ats.KomboError: with a client from ``kombo_ats.make_client()``: typed API errors (from the
            error envelope or any other body), connection errors and timeouts, after the SDK's retries.
        errors.UnexpectedStatus: with a plain client, if the server returns an undocumented status code
            and Client.raise_on_unexpected_status is True.

    Returns:
        ErrorResponse | GetToolsResponse
    """

    return (
        await asyncio_detailed(
            category=category,
            client=client,
        )
    ).parsed
