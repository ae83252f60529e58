"""Request bodies checked against their schema in the spec, answering the API's 400 naming the field.

Every write operation's body is validated here, generically: required properties, JSON types, enums,
``const``, string lengths, patterns and formats (``email``, ``uri``, ``date``, ``date-time``, base64),
numeric bounds, array items, ``anyOf``/``oneOf`` and the spec's ``not: {required: [a, b]}`` convention
(give exactly one of them). The message names the field the way Kombo does
(``candidate.email_address: Invalid email``, ``attachments[0].type: Invalid enum value ...``); the
handlers then check what only the data can tell (ids that must exist, a stage of the right job).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from kombo_ats.spec import api

from ..data.errors import SandboxError
from ..data.safe_json import SURROGATE

__all__ = ["BodyError", "check_value", "validate_body"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/?#]+\S*$")
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


class BodyError(Exception):
    """One invalid field: ``path`` (``candidate.location.country``) and what is wrong with it."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _received(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _is(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _PYTHON_TYPES.get(kind, (object,)))


def _key(path: str, name: str) -> str:
    return name if path in ("", "body") else f"{path}.{name}"


def _is_url(value: str) -> bool:
    """Shaped like a URL and parseable as one (``http://[not-an-ipv6`` is not: its host is unreadable)."""
    if not _URL.match(value):
        return False
    try:
        parts = urlsplit(value)
        return bool(parts.hostname) and (parts.port is None or parts.port >= 0)
    except ValueError:
        return False


def _format(value: str, fmt: str | None, path: str) -> None:
    if fmt == "email" and not _EMAIL.match(value):
        raise BodyError(path, "Invalid email")
    if fmt in ("uri", "url") and not _is_url(value):
        raise BodyError(path, "Invalid url")
    if fmt == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise BodyError(path, "Invalid date, expected YYYY-MM-DD") from None
    if fmt == "date-time":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is None or "T" not in value.upper() or parsed.tzinfo is None:
            raise BodyError(path, "Invalid datetime, expected YYYY-MM-DDTHH:mm:ss.sssZ")


def _string(schema: Mapping[str, Any], value: str, path: str) -> None:
    if SURROGATE.search(value):
        raise BodyError(path, "Invalid text: contains a lone UTF-16 surrogate, which is not valid Unicode")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        raise BodyError(path, f"String must contain at least {low} character(s)")
    if isinstance(high, int) and len(value) > high:
        raise BodyError(path, f"String must contain at most {high} character(s)")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not re.search(pattern, value):
        raise BodyError(path, f"Invalid, must match {pattern}")
    _format(value, schema.get("format"), path)
    if schema.get("contentEncoding") == "base64":
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise BodyError(path, "Invalid base64") from None


def _alternatives(schema: Mapping[str, Any], value: Any, path: str, key: str, strict: bool) -> None:
    branches = [api().resolve(b) for b in schema[key]]
    errors: list[BodyError] = []
    for branch in branches:
        try:
            _check(branch, value, path, strict)
        except BodyError as exc:
            errors.append(exc)
        else:
            return
    same_type = [(b, e) for b, e in zip(branches, errors, strict=True) if b.get("type") in (None, _received(value))]
    if len(same_type) == 1:  # e.g. anyOf [$ref Location, null] given an object: its own error is the useful one
        raise same_type[0][1]
    formats = [str(b["format"]) for b in branches if b.get("type") == "string" and "format" in b]
    if isinstance(value, str) and len(formats) == len(branches):
        raise BodyError(path, f"Invalid input, expected a {' or a '.join(formats)}")
    raise BodyError(path, "Invalid input")


def _object(schema: Mapping[str, Any], value: dict[str, Any], path: str, strict: bool) -> None:
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            raise BodyError(_key(path, name), "Required")
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        if name in properties:
            _check(properties[name], item, _key(path, name), strict)
        elif isinstance(extra, Mapping):
            _check(extra, item, _key(path, name), strict)
        elif strict and extra is not True and "properties" in schema:  # {} and {type: object} are free-form
            raise BodyError(_key(path, name), "Unknown field: the spec's schema has no such property")
    exclusive = (schema.get("not") or {}).get("required") if isinstance(schema.get("not"), Mapping) else None
    if exclusive and sum(1 for name in exclusive if name in value) != 1:
        raise BodyError(path, f"Give exactly one of {' or '.join(exclusive)}")


def _check(schema: Mapping[str, Any], value: Any, path: str, strict: bool = False) -> None:
    schema = api().resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            _alternatives(schema, value, path, key, strict)
            return
    if "const" in schema and value != schema["const"]:
        raise BodyError(path, f"Invalid literal value, expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        raise BodyError(path, f"Invalid enum value {value!r}, expected one of {allowed}")
    kinds = schema.get("type")
    if kinds is None:
        kinds = "object" if "properties" in schema else None
    allowed_kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if allowed_kinds and not any(_is(value, k) for k in allowed_kinds):
        expected = " or ".join(k for k in allowed_kinds if k != "null") or "null"
        raise BodyError(path, f"Expected {expected}, received {_received(value)}")
    if isinstance(value, str):
        _string(schema, value, path)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise BodyError(path, f"Number must be greater than or equal to {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise BodyError(path, f"Number must be less than or equal to {schema['maximum']}")
    elif isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise BodyError(path, f"Array must contain at least {schema['minItems']} element(s)")
        for i, item in enumerate(value):
            _check(schema.get("items", {}), item, f"{path}[{i}]", strict)
    elif isinstance(value, dict):
        _object(schema, value, path, strict)


def check_value(schema: Mapping[str, Any], value: Any, path: str) -> None:
    """Check a value the sandbox will serve (an admin change) against its schema, strictly: a key the schema
    does not have is an error too. Raises :class:`BodyError` naming the path."""
    _check(schema, value, path, strict=True)


def validate_body(schema_name: str, body: Any) -> dict[str, Any]:
    """Check ``body`` against component ``schema_name``; the body (an object) or the API's 400."""
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise SandboxError.input_invalid(f"body: Expected object, received {_received(body)}")
    try:
        _check(api().component(schema_name), body, "body")
    except BodyError as exc:
        raise SandboxError.input_invalid(str(exc)) from None
    return body
