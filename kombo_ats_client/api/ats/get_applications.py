from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_outcome import ApplicationOutcome
from ...models.error_response import ErrorResponse
from ...models.get_applications_response import GetApplicationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
    outcome: ApplicationOutcome | Unset = UNSET,
    outcomes: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_remote_ids: str | Unset = UNSET,
    current_stage_ids: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    x_integration_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Integration-Id"] = x_integration_id

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["page_size"] = page_size

    params["updated_after"] = updated_after

    params["include_deleted"] = include_deleted

    params["ignore_unsupported_filters"] = ignore_unsupported_filters

    params["ids"] = ids

    params["remote_ids"] = remote_ids

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome.value

    params["outcome"] = json_outcome

    params["outcomes"] = outcomes

    params["job_ids"] = job_ids

    params["job_remote_ids"] = job_remote_ids

    params["current_stage_ids"] = current_stage_ids

    params["remote_created_after"] = remote_created_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ats/applications",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetApplicationsResponse | None:
    if response.status_code == 200:
        response_200 = GetApplicationsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | GetApplicationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
    outcome: ApplicationOutcome | Unset = UNSET,
    outcomes: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_remote_ids: str | Unset = UNSET,
    current_stage_ids: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    x_integration_id: str,
) -> Response[ErrorResponse | GetApplicationsResponse]:
    """Get applications

     Retrieve all applications of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        outcome (ApplicationOutcome | Unset): PENDING while in process, HIRED when the candidate
            was hired, DECLINED when rejected or withdrawn.
        outcomes (str | Unset):  Example: PENDING,HIRED.
        job_ids (str | Unset):
        job_remote_ids (str | Unset):
        current_stage_ids (str | Unset):
        remote_created_after (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetApplicationsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        updated_after=updated_after,
        include_deleted=include_deleted,
        ignore_unsupported_filters=ignore_unsupported_filters,
        ids=ids,
        remote_ids=remote_ids,
        outcome=outcome,
        outcomes=outcomes,
        job_ids=job_ids,
        job_remote_ids=job_remote_ids,
        current_stage_ids=current_stage_ids,
        remote_created_after=remote_created_after,
        x_integration_id=x_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
    outcome: ApplicationOutcome | Unset = UNSET,
    outcomes: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_remote_ids: str | Unset = UNSET,
    current_stage_ids: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    x_integration_id: str,
) -> ErrorResponse | GetApplicationsResponse | None:
    """Get applications

     Retrieve all applications of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        outcome (ApplicationOutcome | Unset): PENDING while in process, HIRED when the candidate
            was hired, DECLINED when rejected or withdrawn.
        outcomes (str | Unset):  Example: PENDING,HIRED.
        job_ids (str | Unset):
        job_remote_ids (str | Unset):
        current_stage_ids (str | Unset):
        remote_created_after (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetApplicationsResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        updated_after=updated_after,
        include_deleted=include_deleted,
        ignore_unsupported_filters=ignore_unsupported_filters,
        ids=ids,
        remote_ids=remote_ids,
        outcome=outcome,
        outcomes=outcomes,
        job_ids=job_ids,
        job_remote_ids=job_remote_ids,
        current_stage_ids=current_stage_ids,
        remote_created_after=remote_created_after,
        x_integration_id=x_integration_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
    outcome: ApplicationOutcome | Unset = UNSET,
    outcomes: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_remote_ids: str | Unset = UNSET,
    current_stage_ids: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    x_integration_id: str,
) -> Response[ErrorResponse | GetApplicationsResponse]:
    """Get applications

     Retrieve all applications of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        outcome (ApplicationOutcome | Unset): PENDING while in process, HIRED when the candidate
            was hired, DECLINED when rejected or withdrawn.
        outcomes (str | Unset):  Example: PENDING,HIRED.
        job_ids (str | Unset):
        job_remote_ids (str | Unset):
        current_stage_ids (str | Unset):
        remote_created_after (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetApplicationsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        updated_after=updated_after,
        include_deleted=include_deleted,
        ignore_unsupported_filters=ignore_unsupported_filters,
        ids=ids,
        remote_ids=remote_ids,
        outcome=outcome,
        outcomes=outcomes,
        job_ids=job_ids,
        job_remote_ids=job_remote_ids,
        current_stage_ids=current_stage_ids,
        remote_created_after=remote_created_after,
        x_integration_id=x_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    page_size: int | Unset = 100,
    updated_after: str | Unset = UNSET,
    include_deleted: bool | Unset = False,
    ignore_unsupported_filters: bool | Unset = False,
    ids: str | Unset = UNSET,
    remote_ids: str | Unset = UNSET,
    outcome: ApplicationOutcome | Unset = UNSET,
    outcomes: str | Unset = UNSET,
    job_ids: str | Unset = UNSET,
    job_remote_ids: str | Unset = UNSET,
    current_stage_ids: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    x_integration_id: str,
) -> ErrorResponse | GetApplicationsResponse | None:
    """Get applications

     Retrieve all applications of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        outcome (ApplicationOutcome | Unset): PENDING while in process, HIRED when the candidate
            was hired, DECLINED when rejected or withdrawn.
        outcomes (str | Unset):  Example: PENDING,HIRED.
        job_ids (str | Unset):
        job_remote_ids (str | Unset):
        current_stage_ids (str | Unset):
        remote_created_after (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetApplicationsResponse
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
            outcome=outcome,
            outcomes=outcomes,
            job_ids=job_ids,
            job_remote_ids=job_remote_ids,
            current_stage_ids=current_stage_ids,
            remote_created_after=remote_created_after,
            x_integration_id=x_integration_id,
        )
    ).parsed
