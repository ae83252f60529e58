"""Where an attachment's bytes "are": its storage key and its short-lived download URL.

Both are built from the file name a client sent, so the name is made safe first: the last path segment
only (``../../other-tenant/secret.pdf`` is ``secret.pdf``), characters outside a plain set replaced, no
leading dots, a bounded length. The record keeps the name as sent in ``file_name``; only locations use
the safe one, so no request can point a URL or key outside its own attachment.
"""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["content_key", "data_url", "safe_file_name"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")
_MAX_NAME = 120


def safe_file_name(name: str) -> str:
    """A file name that is one harmless path segment (``file`` when nothing usable is left)."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE.sub("_", last).strip(" .")
    return cleaned[-_MAX_NAME:] or "file"


def content_key(tool: str, record_id: str, name: str) -> str:
    """The object key of an attachment in the sandbox's (pretend) bucket."""
    return f"{tool}/{record_id}/{safe_file_name(name)}"


def data_url(tool: str, record_id: str, name: str) -> str:
    """The download URL the file endpoints answer with."""
    return f"https://files.sandbox.example.com/{tool}/{record_id}/{quote(safe_file_name(name), safe='')}"
