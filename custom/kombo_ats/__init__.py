"""kombo_ats: the hand-written layer over the generated Kombo ATS client.

The generated package ``kombo_ats_client`` holds the endpoint functions and attrs models derived
from ``openapi.yaml``; this package adds what a generator cannot: auto-pagination, filter helpers,
retries, typed errors and a local sandbox. See docs/usage.md.
"""

from ._version import __version__
from .applications import AttachmentInput, CreatedApplicationResult, create_application
from .client import make_client
from .errors import (
    AuthenticationError,
    InvalidInputError,
    KomboAPIError,
    KomboConnectionError,
    KomboError,
    KomboTimeoutError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .filters import ApplicationFilters, CandidateFilters, Filters, JobFilters, OfferFilters
from .pagination import ItemIterator, Page, PageIterator, iter_pages
from .walkers import iter_applications, iter_candidates, iter_jobs, iter_offers

__all__ = [
    "ApplicationFilters",
    "AttachmentInput",
    "AuthenticationError",
    "CandidateFilters",
    "CreatedApplicationResult",
    "Filters",
    "InvalidInputError",
    "ItemIterator",
    "JobFilters",
    "KomboAPIError",
    "KomboConnectionError",
    "KomboError",
    "KomboTimeoutError",
    "NotFoundError",
    "OfferFilters",
    "Page",
    "PageIterator",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "__version__",
    "create_application",
    "iter_applications",
    "iter_candidates",
    "iter_jobs",
    "iter_offers",
    "iter_pages",
    "make_client",
]
