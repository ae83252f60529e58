"""Request bodies from plain Python values, checked against the spec's schema before anything is sent.

One converter serves every write: it walks the value alongside the operation's request schema and
returns JSON-ready data, or raises ``TypeError``/``ValueError`` naming the field (``candidate.location.
country: required``) and what to pass instead. What it accepts beyond JSON:

* files (schemas marked ``x-kombo-file``): bytes, a path, ``(name, bytes)`` or ``(name, bytes,
  content_type)``, or a mapping with ``data`` as bytes / ``path``; content is base64-encoded, the
  name and content type are filled in;
* ``x-kombo-shorthand: <field>``: a plain string stands for ``{<field>: string}``
  (``sourced_by="<user id>"``);
* ``x-kombo-default-types: [first, rest]`` on a list of files: items without a ``type`` get the first
  value if they come first, else the second (``attachments=[cv_path, letter_path]``);
* ``x-kombo-default-type: <type>`` on a single file property: a file without a ``type`` gets it
  (``attachment=Path("report.pdf")``);
* date-times (aware ``datetime``, sent in UTC as ``...sssZ``), dates, enum members, generated models.

Objects with declared properties reject unknown keys (a typo would otherwise be dropped by the ATS
without a word), unless the schema allows additional properties explicitly. Deprecated fields still
work but warn.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ._constants import DEFAULT_MAX_ATTACHMENT_BYTES
from ._files import Files, file_object
from .errors import BodyError, type_error
from .filters import check_wire_moment, format_datetime
from .spec import Api

__all__ = ["BodyError", "CheckedBody", "build_body", "check_body", "file_object"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")


def _refers_to_itself(path: str) -> BodyError:
    return BodyError(f"{path or 'body'}: refers to itself (a container inside itself cannot be sent as JSON)")


def _finite(value: float, path: str) -> float:
    if not math.isfinite(value):
        raise BodyError(f"{path}: {value!r} is not a finite number (JSON has no NaN or Infinity)")
    return value


class _Converter:
    def __init__(self, api: Api, files: Files) -> None:
        self.api = api
        self.files = files
        self.deprecated: list[str] = []
        self._active: set[int] = set()
        """Containers on the path being converted: meeting one again means it contains itself."""

    def convert(self, schema: Mapping[str, Any], value: Any, path: str) -> Any:
        if not isinstance(value, Mapping | list | tuple):
            return self._convert(schema, value, path)
        if id(value) in self._active:
            raise _refers_to_itself(path)
        self._active.add(id(value))
        try:
            return self._convert(schema, value, path)
        finally:
            self._active.discard(id(value))

    def _convert(self, schema: Mapping[str, Any], value: Any, path: str) -> Any:
        resolved = self.api.resolve(schema)
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict) and not isinstance(value, type):
            value = to_dict()
        if value is None:
            if self.api.nullable(resolved):
                return None
            raise BodyError(f"{path}: must not be None (leave the field out instead)")
        shorthand = resolved.get("x-kombo-shorthand")
        if isinstance(shorthand, str) and isinstance(value, str):
            value = {shorthand: value}
        if resolved.get("x-kombo-file"):
            value = self.files.convert(value, path)
        branches = resolved.get("anyOf") or resolved.get("oneOf")
        if branches:
            return self._any_of(branches, value, path)
        if "enum" in resolved:
            return self._enum(resolved, value, path)
        kind = self._type(resolved)
        if kind == "object":
            return self._object(resolved, value, path)
        if kind == "array":
            return self._array(resolved, value, path)
        if kind == "string":
            return self._string(resolved, value, path)
        if kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise type_error(path, "an int", value)
            return value
        if kind == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise type_error(path, "a number", value)
            return _finite(value, path) if isinstance(value, float) else value
        if kind == "boolean":
            if not isinstance(value, bool):
                raise type_error(path, "a bool", value)
            return value
        return self._free_form(value, path)  # already on the path of containers (see convert)

    @staticmethod
    def _type(schema: Mapping[str, Any]) -> str | None:
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            return str(kinds[0]) if len(kinds) == 1 else None
        if kind is None and "properties" in schema:
            return "object"
        return str(kind) if kind is not None else None

    def _any_of(self, branches: Sequence[Mapping[str, Any]], value: Any, path: str) -> Any:
        errors: list[Exception] = []
        for branch in branches:
            try:
                return self._convert(branch, value, path)  # value is already on the path (see convert)
            except (TypeError, ValueError) as exc:
                errors.append(exc)
        # The most telling failure: one that got past the top level (a nested field), else the first.
        nested = [e for e in errors if str(e).split(":", 1)[0] != path]
        raise (nested or errors)[0]

    def _enum(self, schema: Mapping[str, Any], value: Any, path: str) -> Any:
        allowed = list(schema["enum"])
        if isinstance(value, enum.Enum):
            value = value.value
        if value not in allowed:
            raise BodyError(f"{path}: {value!r} is not one of {allowed}")
        return value

    def _shape(self, schema: Mapping[str, Any]) -> str:
        """``an object like {'email_address': ..., 'type': 'PERSONAL' | ...}``: what to pass for an object."""
        parts = []
        for name in schema.get("required", ()):
            prop = self.api.resolve(schema.get("properties", {}).get(name, {}))
            values = " | ".join(repr(v) for v in prop.get("enum", ())) or "..."
            parts.append(f"{name!r}: {values}")
        return "an object like {" + ", ".join(parts) + "}" if parts else "a mapping"

    def _object(self, schema: Mapping[str, Any], value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise type_error(path or "body", self._shape(schema), value)
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise type_error(f"{path}[{key!r}]" if path else repr(key), "string keys", key)
            field = f"{path}.{key}" if path else key
            if key in properties:
                prop = properties[key]
                if item is None and key not in schema.get("required", ()) and not self.api.nullable(prop):
                    continue  # None for an optional field means "leave it out"
                if self.api.resolve(prop).get("deprecated") or prop.get("deprecated"):
                    self.deprecated.append(f"{field} is deprecated: {_first_sentence(prop, self.api)}")
                default_type = prop.get("x-kombo-default-type")
                if isinstance(default_type, str) and item is not None:
                    item = self._with_default_type(item, default_type, field)
                out[key] = self.convert(prop, item, field)
            elif extra is True or (isinstance(extra, Mapping) and extra):
                out[key] = (
                    self.convert(extra, item, field) if isinstance(extra, Mapping) else self._jsonable(item, field)
                )
            elif not properties:
                out[key] = self._jsonable(item, field)
            else:
                raise BodyError(f"{field}: unknown field; known fields: {', '.join(properties)}")
        missing = [k for k in schema.get("required", ()) if k not in out]
        if missing:
            where = f"{path}.{missing[0]}" if path else missing[0]
            raise BodyError(f"{where}: required")
        exclusive = schema.get("not", {}).get("required", []) if isinstance(schema.get("not"), Mapping) else []
        if len(exclusive) > 1 and sum(name in out for name in exclusive) != 1:  # the spec's alternatives
            raise BodyError(f"{path or 'body'}: give exactly one of {', '.join(map(repr, exclusive))}")
        return out

    def _array(self, schema: Mapping[str, Any], value: Any, path: str) -> list[Any]:
        if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Sequence | set | frozenset):
            raise type_error(path, "a list", value)
        items = schema.get("items", {})
        defaults = schema.get("x-kombo-default-types")
        out = []
        for index, item in enumerate(value):
            field = f"{path}[{index}]"
            if isinstance(defaults, list) and len(defaults) == 2:
                item = self._with_default_type(item, defaults[0] if index == 0 else defaults[1], field)
            out.append(self.convert(items, item, field))
        min_items = schema.get("minItems")
        if isinstance(min_items, int) and len(out) < min_items:
            raise BodyError(f"{path}: needs at least {min_items} item(s)")
        return out

    def _with_default_type(self, item: Any, default: str, field: str) -> Any:
        to_dict = getattr(item, "to_dict", None)
        if callable(to_dict) and not isinstance(item, type):
            item = to_dict()
        if not isinstance(item, Mapping):
            item = self.files.convert(item, field)
        kind = item.get("type")
        return {**item, "type": kind.value if isinstance(kind, enum.Enum) else kind or default}

    def _string(self, schema: Mapping[str, Any], value: Any, path: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            if isinstance(value, dt.datetime):
                return format_datetime(value, field=path)
            if isinstance(value, str):
                return check_wire_moment(value, field=path, date_only=False, error=BodyError)
            raise type_error(path, "a timezone-aware datetime", value)
        if fmt == "date":
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return value.isoformat()
            if isinstance(value, str):
                return check_wire_moment(value, field=path, date_only=True, error=BodyError)
            raise type_error(path, "a date", value)
        if isinstance(value, dt.datetime):  # a plain string field given a moment: the API's format
            return format_datetime(value, field=path)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            value = value.value
        if not isinstance(value, str):
            raise type_error(path, "a string", value)
        min_length = schema.get("minLength")
        if isinstance(min_length, int) and len(value) < min_length:
            raise BodyError(f"{path}: must not be empty" if min_length == 1 else f"{path}: too short")
        if fmt == "email" and not _EMAIL.match(value):
            raise BodyError(f"{path}: not an e-mail address")
        if fmt == "uri" and not _URL.match(value):
            raise BodyError(f"{path}: not a URL (scheme://...)")
        return value

    def _jsonable(self, value: Any, path: str) -> Any:
        """Free-form values (pass-through fields): plain JSON, with dates and enums made JSON-ready."""
        if not isinstance(value, Mapping | list | tuple):
            return self._free_form(value, path)
        if id(value) in self._active:
            raise _refers_to_itself(path)
        self._active.add(id(value))
        try:
            return self._free_form(value, path)
        finally:
            self._active.discard(id(value))

    def _free_form(self, value: Any, path: str) -> Any:
        if isinstance(value, float):
            return _finite(value, path)
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, dt.datetime):
            return format_datetime(value, field=path)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, Mapping):
            return {str(k): self._jsonable(v, f"{path}.{k}") for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._jsonable(v, f"{path}[{i}]") for i, v in enumerate(value)]
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            return self._jsonable(to_dict(), path)
        if value is None or isinstance(value, str | int | float | bool):
            return value
        raise type_error(path, "JSON data (str, number, bool, list, mapping)", value)


def _first_sentence(prop: Mapping[str, Any], api: Api) -> str:
    text = str(prop.get("description") or api.resolve(prop).get("description") or "")
    return " ".join(text.split()) or "see the API reference"


@attrs.frozen
class CheckedBody:
    """A request body checked against its schema; files given by path are read by :meth:`complete`."""

    json: dict[str, Any]
    files: Files

    def complete(self) -> dict[str, Any]:
        """The body with every file read (here, blocking: for synchronous callers)."""
        self.files.fill(self.json, self.files.read_all())
        return self.json

    async def complete_async(self) -> dict[str, Any]:
        """The body with every file read in a worker thread (the event loop keeps running)."""
        if self.files.pending:
            self.files.fill(self.json, await self.files.read_all_async())
        return self.json


def check_body(
    api: Api,
    schema_name: str,
    values: Mapping[str, Any],
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    stacklevel: int = 2,
) -> CheckedBody:
    """The JSON body for ``schema_name`` from keyword values (``None`` leaves an optional field out).

    Files given as bytes are encoded here; files given by path are only placed (read by
    ``CheckedBody.complete*``); any file over ``max_attachment_bytes`` is an ``AttachmentTooLargeError``.
    Deprecated fields that were given emit a ``DeprecationWarning`` at ``stacklevel`` (seen from the caller).
    """
    schema = api.component(schema_name)
    converter = _Converter(api, Files(max_attachment_bytes))
    required = set(schema.get("required", ()))
    properties = schema.get("properties", {})
    given = {  # None leaves a field out, except a required field that takes null: it is sent as null
        k: v for k, v in values.items() if v is not None or (k in required and api.nullable(properties.get(k, {})))
    }
    body = converter.convert(schema, given, "")
    if not isinstance(body, dict):  # pragma: no cover - request bodies are objects
        raise BodyError(f"{schema_name}: expected an object body")
    for message in converter.deprecated:
        warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)
    return CheckedBody(body, converter.files)


def build_body(
    api: Api,
    schema_name: str,
    values: Mapping[str, Any],
    *,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    stacklevel: int = 2,
) -> dict[str, Any]:
    """:func:`check_body` with files read right away (blocking): for synchronous callers."""
    checked = check_body(api, schema_name, values, max_attachment_bytes=max_attachment_bytes, stacklevel=stacklevel + 1)
    return checked.complete()
