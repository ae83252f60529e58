"""kombo_ats: the async SDK for Kombo's unified ATS API.

The generated package ``kombo_ats_client`` holds the endpoint functions and attrs models derived
from ``openapi.yaml``. This package adds what a generator cannot, and a typed layer generated from the
same spec (``_generated``): a walker and a filters class for every paginated list operation
(``iter_candidates``, ``CandidateFilters``, ``iter_pages``), a typed call for every other operation
(``move_application_to_stage``, ``check_api_key``, ...), retries by method safety, typed errors and a
local sandbox. See docs/usage.md.
"""

from ._generated import *  # noqa: F403
from ._generated import __all__ as _generated_all
from ._version import __version__
from .applications import AttachmentInput, CreatedApplicationResult, create_application
from .calls import Result
from .client import make_client
from .errors import (
    AttachmentTooLargeError,
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
    ResponseTooLargeError,
    ServerError,
)
from .filters import Filters
from .inputs import FileInput
from .pagination import ItemIterator, Page, PageIterator, WalkProgress
from .storage import record_to_json, records_to_dicts, records_to_json, records_to_ndjson

__all__ = [
    "AttachmentInput",
    "AttachmentTooLargeError",
    "AuthenticationError",
    "CreatedApplicationResult",
    "FileInput",
    "Filters",
    "InvalidInputError",
    "ItemIterator",
    "KomboAPIError",
    "KomboConnectionError",
    "KomboError",
    "KomboTimeoutError",
    "NotFoundError",
    "Page",
    "PageIterator",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "Result",
    "ServerError",
    "WalkProgress",
    "__version__",
    "create_application",
    "make_client",
    "record_to_json",
    "records_to_dicts",
    "records_to_json",
    "records_to_ndjson",
]
__all__ += _generated_all
