"""Types of the plain Python values the typed calls accept where the API wants something fiddly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, TypeAlias

__all__ = ["FileInput"]

FileInput: TypeAlias = (
    bytes | bytearray | os.PathLike[str] | tuple[str, bytes] | tuple[str, bytes, str] | Mapping[str, Any]
)
"""A file for the API: raw bytes, a path, ``(name, bytes)``, ``(name, bytes, content_type)``, or a mapping with
``name``/``content_type`` and one of ``data`` (bytes, or base64 text), ``path`` or ``data_url``. The content is
base64-encoded and the content type guessed from the name (or a PDF signature) when not given."""
