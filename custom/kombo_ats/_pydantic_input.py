"""Validation of input for the pydantic protocol of the generated models (see ``kombo_ats._pydantic``).

Data reaching a model through pydantic comes from outside (a FastAPI request body), so it is treated as
untrusted: components only ever *sent* to Kombo are checked like the SDK's writes (``_body``), except that
the write path's conveniences for trusted Python callers that would act on this machine are refused (a
file given by ``path`` would be read from the server's disk). Errors become pydantic ``ValidationError``s
at the field's location, so FastAPI's 422 names it; messages name fields, never values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from kombo_ats_client.errors import ModelParseError

from .spec import api

if TYPE_CHECKING:
    from ._pydantic import SpecModel

__all__ = ["component_refs", "validator"]

_COMPONENT_REF = "#/components/schemas/"


def component_refs(node: Any) -> Iterator[str]:
    """Names of the components ``node`` refers to, in document order, each once."""
    seen: set[str] = set()

    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, Mapping):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith(_COMPONENT_REF):
                name = ref.removeprefix(_COMPONENT_REF)
                if name not in seen:
                    seen.add(name)
                    yield name
            for sub in value.values():
                yield from walk(sub)
        elif isinstance(value, list):
            for sub in value:
                yield from walk(sub)

    return walk(node)


def _loc(path: str) -> tuple[str | int, ...]:
    """``candidate.attachments[0].name`` -> ``("candidate", "attachments", 0, "name")``."""
    parts: list[str | int] = []
    for match in re.finditer(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
    return tuple(parts)


def _invalid(message: str, loc: tuple[str | int, ...], value: Any) -> Exception:
    """A pydantic ``ValidationError`` at ``loc`` (pydantic prefixes the location of the field being validated)."""
    from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

    error = PydanticCustomError("kombo_model", "{message}", {"message": message})
    detail: InitErrorDetails = {"type": error, "loc": loc, "input": value}
    return ValidationError.from_exception_data("kombo_model", [detail])


@functools.cache
def _request_only() -> frozenset[str]:
    """Components only ever sent to Kombo (request bodies and what only they contain).

    These are validated as strictly as the SDK's writes check them (``_body``: types, required fields,
    unknown fields refused), so a FastAPI body of such a type is a 422 naming the field. Everything that
    also comes *from* Kombo (responses, webhooks) keeps ``from_dict``'s leniency: open enums, unknown fields.
    """
    document = api().document
    sent = _closure(component_refs([op["requestBody"] for op in _operations(document) if "requestBody" in op]))
    outside = {key: value for key, value in document.items() if key not in ("paths", "components")}
    answers = [{k: v for k, v in op.items() if k != "requestBody"} for op in _operations(document)]
    received = _closure(component_refs([outside, *answers]))
    return frozenset(sent - received)


def _operations(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    methods = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
    return [op for item in document.get("paths", {}).values() for m, op in item.items() if m in methods]


def _closure(names: Iterator[str]) -> set[str]:
    """The components named and every component they refer to, at any depth."""
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(component_refs(api().schemas[name]))
    return found


def validator(cls: type[SpecModel], path: tuple[str, ...]) -> Callable[[Any], Any]:
    """pydantic's validation function for ``cls`` (whose schema is at ``path``): an instance, or a model from JSON."""
    strict_body = path[0] if len(path) == 1 and path[0] in _request_only() else None
    name = cls.__name__

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, Mapping):
            raise _invalid(f"{name}: expected a JSON object", (), value)
        if strict_body is not None:
            from ._body import build_body

            local = _local_file(api().component(strict_body), value, ())
            if local is not None:
                where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in local).lstrip(".")
                message = f"{where}: a file is not read from a path here; send its content base64-encoded in data"
                raise _invalid(message, local, None)
            try:
                value = build_body(api(), strict_body, value)
            except (TypeError, ValueError) as exc:
                where, _, problem = str(exc).partition(": ")
                raise _invalid(
                    f"{where}: {problem}" if problem else where, _loc(where) if problem else (), value
                ) from None
        try:
            return cls.from_dict(value)
        except ModelParseError as exc:
            loc: tuple[str | int, ...] = (exc.field,) if exc.field is not None and exc.model == name else ()
            raise _invalid(str(exc), loc, exc.value) from None

    return validate


def _local_file(schema: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> tuple[str | int, ...] | None:
    """Where ``value`` gives a file (a schema marked ``x-kombo-file``) by ``path``, if anywhere.

    The write path reads such a file from disk for its Python callers; for data from a request that
    would disclose the server's files (``{"path": "/etc/passwd"}``). Every branch of ``anyOf``/``oneOf``
    is searched, so a value that could be a file is never read.
    """
    schema = api().resolve(schema)
    if schema.get("x-kombo-file"):
        return (*loc, "path") if isinstance(value, Mapping) and "path" in value else None
    for branch in (*schema.get("anyOf", ()), *schema.get("oneOf", ()), *schema.get("allOf", ())):
        found = _local_file(branch, value, loc)
        if found is not None:
            return found
    if isinstance(value, Mapping):
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, extra if isinstance(extra, Mapping) else None)
            found = _local_file(sub, item, (*loc, str(key))) if sub is not None else None
            if found is not None:
                return found
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            found = _local_file(schema["items"], item, (*loc, index))
            if found is not None:
                return found
    return None
