"""One reading of a declared ``Content-Length`` against a size cap, for every bounded body reader.

The SDK's response reader, the webhook receiver and the sandbox all stream a body up to a cap and
refuse it early when its declared length is already over. The header is untrusted text: ``str.isdigit()``
admits ``"²"``, which ``int()`` refuses, and ``int()`` of thousands of digits is refused or slow, so
the check lives here once instead of beside each reader.
"""

from __future__ import annotations

__all__ = ["declared_over"]

_MAX_DIGITS = 18  # any cap fits in 18 digits; a longer number is over every cap without converting it


def declared_over(content_length: str, limit: int) -> bool:
    """Whether a ``Content-Length`` value declares more than ``limit`` bytes.

    A value that is not plain ASCII digits declares nothing (the streamed read still enforces the cap).
    """
    if not (content_length.isascii() and content_length.isdigit()):
        return False
    return len(content_length) > _MAX_DIGITS or int(content_length) > limit
