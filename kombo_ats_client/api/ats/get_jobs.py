from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_jobs_response import GetJobsResponse
from ...models.job_status import JobStatus
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
    job_codes: str | Unset = UNSET,
    post_url: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    employment_types: str | Unset = UNSET,
    visibilities: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
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

    params["job_codes"] = job_codes

    params["post_url"] = post_url

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["statuses"] = statuses

    params["employment_types"] = employment_types

    params["visibilities"] = visibilities

    params["remote_created_after"] = remote_created_after

    params["name_contains"] = name_contains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ats/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetJobsResponse | None:
    if response.status_code == 200:
        response_200 = GetJobsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetJobsResponse]:
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
    job_codes: str | Unset = UNSET,
    post_url: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    employment_types: str | Unset = UNSET,
    visibilities: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    x_integration_id: str,
) -> Response[ErrorResponse | GetJobsResponse]:
    """Get jobs

     Retrieve all jobs of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        job_codes (str | Unset):
        post_url (str | Unset):
        status (JobStatus | Unset): Documented job statuses.
        statuses (str | Unset):  Example: OPEN,DRAFT.
        employment_types (str | Unset):  Example: FULL_TIME,PART_TIME.
        visibilities (str | Unset):  Example: PUBLIC.
        remote_created_after (str | Unset):
        name_contains (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetJobsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        updated_after=updated_after,
        include_deleted=include_deleted,
        ignore_unsupported_filters=ignore_unsupported_filters,
        ids=ids,
        remote_ids=remote_ids,
        job_codes=job_codes,
        post_url=post_url,
        status=status,
        statuses=statuses,
        employment_types=employment_types,
        visibilities=visibilities,
        remote_created_after=remote_created_after,
        name_contains=name_contains,
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
    job_codes: str | Unset = UNSET,
    post_url: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    employment_types: str | Unset = UNSET,
    visibilities: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    x_integration_id: str,
) -> ErrorResponse | GetJobsResponse | None:
    """Get jobs

     Retrieve all jobs of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        job_codes (str | Unset):
        post_url (str | Unset):
        status (JobStatus | Unset): Documented job statuses.
        statuses (str | Unset):  Example: OPEN,DRAFT.
        employment_types (str | Unset):  Example: FULL_TIME,PART_TIME.
        visibilities (str | Unset):  Example: PUBLIC.
        remote_created_after (str | Unset):
        name_contains (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetJobsResponse
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
        job_codes=job_codes,
        post_url=post_url,
        status=status,
        statuses=statuses,
        employment_types=employment_types,
        visibilities=visibilities,
        remote_created_after=remote_created_after,
        name_contains=name_contains,
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
    job_codes: str | Unset = UNSET,
    post_url: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    employment_types: str | Unset = UNSET,
    visibilities: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    x_integration_id: str,
) -> Response[ErrorResponse | GetJobsResponse]:
    """Get jobs

     Retrieve all jobs of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        job_codes (str | Unset):
        post_url (str | Unset):
        status (JobStatus | Unset): Documented job statuses.
        statuses (str | Unset):  Example: OPEN,DRAFT.
        employment_types (str | Unset):  Example: FULL_TIME,PART_TIME.
        visibilities (str | Unset):  Example: PUBLIC.
        remote_created_after (str | Unset):
        name_contains (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetJobsResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        updated_after=updated_after,
        include_deleted=include_deleted,
        ignore_unsupported_filters=ignore_unsupported_filters,
        ids=ids,
        remote_ids=remote_ids,
        job_codes=job_codes,
        post_url=post_url,
        status=status,
        statuses=statuses,
        employment_types=employment_types,
        visibilities=visibilities,
        remote_created_after=remote_created_after,
        name_contains=name_contains,
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
    job_codes: str | Unset = UNSET,
    post_url: str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    employment_types: str | Unset = UNSET,
    visibilities: str | Unset = UNSET,
    remote_created_after: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    x_integration_id: str,
) -> ErrorResponse | GetJobsResponse | None:
    """Get jobs

     Retrieve all jobs of the integration, one page at a time.

    Args:
        cursor (str | Unset):
        page_size (int | Unset):  Default: 100.
        updated_after (str | Unset):  Example: 2024-01-31T09:30:00.000Z.
        include_deleted (bool | Unset):  Default: False.
        ignore_unsupported_filters (bool | Unset):  Default: False.
        ids (str | Unset):  Example: 222k7eCGyUdgt2JWZDNnkDs3,B5DVmypWENfU6eMe6gYDyJG3.
        remote_ids (str | Unset):
        job_codes (str | Unset):
        post_url (str | Unset):
        status (JobStatus | Unset): Documented job statuses.
        statuses (str | Unset):  Example: OPEN,DRAFT.
        employment_types (str | Unset):  Example: FULL_TIME,PART_TIME.
        visibilities (str | Unset):  Example: PUBLIC.
        remote_created_after (str | Unset):
        name_contains (str | Unset):
        x_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetJobsResponse
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
            job_codes=job_codes,
            post_url=post_url,
            status=status,
            statuses=statuses,
            employment_types=employment_types,
            visibilities=visibilities,
            remote_created_after=remote_created_after,
            name_contains=name_contains,
            x_integration_id=x_integration_id,
        )
    ).parsed
