"""``iter_candidates`` & co: record-level walkers with each endpoint's filters as typed keywords.

Spelled out per endpoint (instead of ``**kwargs``) so type checkers and IDEs know every filter and
an unknown name is a ``TypeError`` from Python itself. ``None`` means "not given"; a ``filters=``
object supplies defaults that keywords override.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kombo_ats_client.models.application import Application
from kombo_ats_client.models.application_outcome import ApplicationOutcome
from kombo_ats_client.models.candidate import Candidate
from kombo_ats_client.models.employment_type import EmploymentType
from kombo_ats_client.models.job import Job
from kombo_ats_client.models.job_status import JobStatus
from kombo_ats_client.models.job_visibility import JobVisibility
from kombo_ats_client.models.offer import Offer

from ._http import AnyClient
from .filters import ApplicationFilters, CandidateFilters, JobFilters, OfferFilters, StrList
from .pagination import DEFAULT_PAGE_SIZE, ItemIterator, prepare_walk

__all__ = ["iter_applications", "iter_candidates", "iter_jobs", "iter_offers"]


def iter_candidates(
    client: AnyClient,
    *,
    integration_id: str,
    filters: CandidateFilters | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
    read_ahead: bool = False,
    updated_after: dt.datetime | None = None,
    include_deleted: bool | None = None,
    ignore_unsupported_filters: bool | None = None,
    ids: StrList | None = None,
    remote_ids: StrList | None = None,
    email: str | None = None,
    job_ids: StrList | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
) -> ItemIterator[Candidate]:
    """Every candidate of the integration matching the filters, across all pages."""
    pages = prepare_walk(
        client,
        "candidates",
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs={
            "updated_after": updated_after,
            "include_deleted": include_deleted,
            "ignore_unsupported_filters": ignore_unsupported_filters,
            "ids": ids,
            "remote_ids": remote_ids,
            "email": email,
            "job_ids": job_ids,
            "first_name": first_name,
            "last_name": last_name,
        },
        stacklevel=2,
    )
    return ItemIterator(pages)


def iter_jobs(
    client: AnyClient,
    *,
    integration_id: str,
    filters: JobFilters | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
    read_ahead: bool = False,
    updated_after: dt.datetime | None = None,
    include_deleted: bool | None = None,
    ignore_unsupported_filters: bool | None = None,
    ids: StrList | None = None,
    remote_ids: StrList | None = None,
    job_codes: StrList | None = None,
    post_url: str | None = None,
    status: JobStatus | str | None = None,
    statuses: Iterable[JobStatus | str] | JobStatus | str | None = None,
    employment_types: Iterable[EmploymentType | str] | EmploymentType | str | None = None,
    visibilities: Iterable[JobVisibility | str] | JobVisibility | str | None = None,
    remote_created_after: dt.datetime | None = None,
    name_contains: str | None = None,
) -> ItemIterator[Job]:
    """Every job of the integration matching the filters. ``status`` is deprecated: use ``statuses``."""
    pages = prepare_walk(
        client,
        "jobs",
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs={
            "updated_after": updated_after,
            "include_deleted": include_deleted,
            "ignore_unsupported_filters": ignore_unsupported_filters,
            "ids": ids,
            "remote_ids": remote_ids,
            "job_codes": job_codes,
            "post_url": post_url,
            "status": status,
            "statuses": statuses,
            "employment_types": employment_types,
            "visibilities": visibilities,
            "remote_created_after": remote_created_after,
            "name_contains": name_contains,
        },
        stacklevel=2,
    )
    return ItemIterator(pages)


def iter_applications(
    client: AnyClient,
    *,
    integration_id: str,
    filters: ApplicationFilters | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
    read_ahead: bool = False,
    updated_after: dt.datetime | None = None,
    include_deleted: bool | None = None,
    ignore_unsupported_filters: bool | None = None,
    ids: StrList | None = None,
    remote_ids: StrList | None = None,
    outcome: ApplicationOutcome | str | None = None,
    outcomes: Iterable[ApplicationOutcome | str] | ApplicationOutcome | str | None = None,
    job_ids: StrList | None = None,
    job_remote_ids: StrList | None = None,
    current_stage_ids: StrList | None = None,
    remote_created_after: dt.datetime | None = None,
) -> ItemIterator[Application]:
    """Every application of the integration matching the filters. ``outcome`` is deprecated: use ``outcomes``."""
    pages = prepare_walk(
        client,
        "applications",
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs={
            "updated_after": updated_after,
            "include_deleted": include_deleted,
            "ignore_unsupported_filters": ignore_unsupported_filters,
            "ids": ids,
            "remote_ids": remote_ids,
            "outcome": outcome,
            "outcomes": outcomes,
            "job_ids": job_ids,
            "job_remote_ids": job_remote_ids,
            "current_stage_ids": current_stage_ids,
            "remote_created_after": remote_created_after,
        },
        stacklevel=2,
    )
    return ItemIterator(pages)


def iter_offers(
    client: AnyClient,
    *,
    integration_id: str,
    filters: OfferFilters | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
    read_ahead: bool = False,
    updated_after: dt.datetime | None = None,
    include_deleted: bool | None = None,
    ignore_unsupported_filters: bool | None = None,
    ids: StrList | None = None,
    remote_ids: StrList | None = None,
) -> ItemIterator[Offer]:
    """Every offer of the integration matching the filters."""
    pages = prepare_walk(
        client,
        "offers",
        integration_id=integration_id,
        cursor=cursor,
        page_size=page_size,
        read_ahead=read_ahead,
        filters=filters,
        filter_kwargs={
            "updated_after": updated_after,
            "include_deleted": include_deleted,
            "ignore_unsupported_filters": ignore_unsupported_filters,
            "ids": ids,
            "remote_ids": remote_ids,
        },
        stacklevel=2,
    )
    return ItemIterator(pages)
