"""Files in request bodies: the shorthands a caller may pass, capped, and read off the event loop.

A file (a schema marked ``x-kombo-file``) may be given as bytes, a path, ``(name, bytes)`` or ``(name,
bytes, content_type)``, or a mapping with ``data`` as bytes or a ``path``. Bytes are base64-encoded at
once; a path only gets a placeholder while the body is checked, and is read afterwards, in a worker
thread and never past ``max_attachment_bytes`` (a file growing while read is caught too), so a large
file neither stalls the event loop nor fills memory. Anything over the cap is an
``AttachmentTooLargeError`` naming the field, before a request is sent.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import secrets
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import anyio.to_thread
import attrs

from ._constants import DEFAULT_MAX_ATTACHMENT_BYTES
from .errors import AttachmentTooLargeError, BodyError, type_error

__all__ = ["Files", "file_object"]


def _sniff_content_type(name: str | None, data: bytes) -> str:
    if name:
        guessed, _ = mimetypes.guess_type(name)
        if guessed:
            return guessed
    if data.startswith(b"%PDF"):
        return "application/pdf"
    return "application/octet-stream"


def _too_large(field: str, size: int | None, limit: int) -> AttachmentTooLargeError:
    got = f"{size:,} bytes" if size is not None else "larger than that"
    return AttachmentTooLargeError(
        f"{field}: the file is {got}, over the limit of {limit:,} bytes (max_attachment_bytes); "
        "pass max_attachment_bytes=... to the call or to make_client() to allow more, "
        "or upload it elsewhere and give a data_url"
    )


def _read_capped(path: Path, field: str, limit: int) -> bytes:
    """The file's bytes, never more than ``limit`` read (a file growing while it is read is caught too)."""
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise _too_large(field, size, limit)
            data = fh.read(limit + 1)
    except OSError as exc:
        raise BodyError(f"{field}: cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise _too_large(field, None, limit)
    return data


def file_object(
    name: str | None, data: object, content_type: str | None, *, field: str, limit: int = DEFAULT_MAX_ATTACHMENT_BYTES
) -> dict[str, Any]:
    """``{name, content_type, data}`` with ``data`` base64-encoded; name and content type guessed if missing."""
    if not isinstance(data, bytes | bytearray):
        raise type_error(field, "file content as bytes", data)
    if len(data) > limit:
        raise _too_large(field, len(data), limit)
    raw = bytes(data)
    content_type = content_type or _sniff_content_type(name, raw)
    if not name:
        name = "attachment" + (mimetypes.guess_extension(content_type) or "")
    return {"name": name, "content_type": content_type, "data": base64.b64encode(raw).decode("ascii")}


@attrs.frozen
class _PendingRead:
    """A file given by path: read and base64-encoded once the body is checked (off the event loop)."""

    path: Path
    field: str
    content_type_given: bool


class Files:
    """Turns the file shorthands into file mappings; a path becomes a placeholder, read later and capped."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pending: dict[str, _PendingRead] = {}
        self._token = secrets.token_hex(8)

    def _from_path(self, path: object, *, field: str, name: str | None, content_type: str | None) -> dict[str, Any]:
        if not isinstance(path, str | os.PathLike):
            raise type_error(f"{field}.path", "a path (str or pathlib.Path)", path)
        p = Path(path)
        placeholder = f"kombo-file-{self._token}-{len(self.pending)}"
        self.pending[placeholder] = _PendingRead(p, field, content_type is not None)
        name = name or p.name
        content_type = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        return {"name": name, "content_type": content_type, "data": placeholder}

    def convert(self, value: object, path: str) -> dict[str, Any]:
        """The file shorthands -> a file mapping (not yet checked against the schema)."""
        if isinstance(value, bytes | bytearray):
            return file_object(None, value, None, field=path, limit=self.limit)
        if isinstance(value, os.PathLike):
            return self._from_path(value, field=path, name=None, content_type=None)
        if isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str):
            content_type = value[2] if len(value) == 3 else None
            if content_type is not None and not isinstance(content_type, str):
                raise type_error(f"{path}.content_type", "a string", content_type)
            return file_object(value[0], value[1], content_type, field=path, limit=self.limit)
        if not isinstance(value, Mapping):
            raise type_error(path, "bytes, a pathlib.Path, (name, bytes[, content_type]) or a mapping", value)
        spec = {str(k): v for k, v in value.items() if v is not None}
        sources = [k for k in ("data", "path", "data_url") if k in spec]
        if len(sources) != 1:
            raise BodyError(f"{path}: give exactly one of 'data', 'path' or 'data_url'")
        if "path" in spec:
            source = spec.pop("path")
            return {
                **spec,
                **self._from_path(source, field=path, name=spec.get("name"), content_type=spec.get("content_type")),
            }
        if isinstance(spec.get("data"), bytes | bytearray):
            encoded = file_object(
                spec.get("name"), spec.pop("data"), spec.get("content_type"), field=path, limit=self.limit
            )
            return {**encoded, **spec}
        return spec

    def _read(self, placeholder: str) -> bytes:
        pending = self.pending[placeholder]
        return _read_capped(pending.path, pending.field, self.limit)

    def read_all(self) -> dict[str, bytes]:
        return {placeholder: self._read(placeholder) for placeholder in self.pending}

    async def read_all_async(self) -> dict[str, bytes]:
        """Read and size-check each file in a worker thread: a large file never stalls the event loop."""
        return {placeholder: await anyio.to_thread.run_sync(self._read, placeholder) for placeholder in self.pending}

    def fill(self, body: Any, contents: Mapping[str, bytes]) -> None:
        """Put each file's base64 content where its placeholder is (a PDF's type sniffed if none was known)."""
        for file in _file_mappings(body, self.pending):
            placeholder = file["data"]
            raw = contents[placeholder]
            guessed = not self.pending[placeholder].content_type_given
            if guessed and file.get("content_type") == "application/octet-stream":
                file["content_type"] = _sniff_content_type(None, raw)
            file["data"] = base64.b64encode(raw).decode("ascii")


def _file_mappings(body: Any, pending: Mapping[str, _PendingRead]) -> Iterator[dict[str, Any]]:
    """The file mappings of a checked body whose ``data`` is a placeholder (the body is plain, finite JSON)."""
    if isinstance(body, dict):
        if isinstance(body.get("data"), str) and body["data"] in pending:
            yield body
        for item in body.values():
            yield from _file_mappings(item, pending)
    elif isinstance(body, list):
        for item in body:
            yield from _file_mappings(item, pending)
