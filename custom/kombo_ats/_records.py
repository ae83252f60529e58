"""A list page's bytes as plain dicts, exactly as Kombo sent them, with what a store relies on checked.

``.as_dicts()`` on a walker takes this path instead of the models: a store needs each record as it came (every
field, unknown ones included, date-times in Kombo's own text), not a model built only to be turned back into a
dict. msgspec decodes the bytes into dicts in C (faster than ``json.loads``; with the cyclic GC paused, as for the
models: ``_gc_pause``). Then this module checks, in Python, what a store keys on, as the spec states it (never a
hand-written list): the envelope (``data.results`` a list, ``data.next`` a non-empty string or null), every record
a JSON object, every property the record schema lists as ``required`` present (``null`` only where the spec
allows it), required strings strings, the key ``id`` non-empty, and every date-time property of the record
(required, or present and not null) a timezone-aware ISO 8601 string, parsed as the models parse them: a store
keys on ``changed_at`` and ``remote_deleted_at`` and types date-times as timestamps. Anything else is a
``KomboAPIError`` built like the typed path's: it names the schema, the record's index and the field, never a
value (records hold personal data), with the API key cut out of the body excerpt. Everything else in a record is
the store's to keep as it came.
"""

from __future__ import annotations

import datetime
import functools
import traceback
from collections.abc import Mapping
from typing import Any, Literal

import attrs
import httpx

from kombo_ats_client.errors import ModelParseError

from . import _json
from ._decode import malformed_body_error
from ._gc_pause import gc_paused
from .spec import Api, Operation, api

__all__ = ["PageRules", "checked_next_cursor", "decode_dict_page", "page_rules", "parse_aware_datetime"]

KEY = "id"
"""The property a store keys records on (the spec: "the recommended primary key for syncing"): non-empty."""

Check = Literal["present", "string", "key", "datetime"]
_EXPECTED: dict[Check, str] = {
    "present": "a value that is not null",
    "string": "a string",
    "key": "a non-empty string",
    "datetime": "a timezone-aware ISO 8601 date-time string",
}
_parse_datetime = datetime.datetime.fromisoformat  # what the models parse date-times with
_ABSENT: Any = object()


def parse_aware_datetime(value: str) -> datetime.datetime:
    """A date-time string of a record as the models read it (ISO 8601, with a timezone), for code that keeps the
    wire's dicts (this module's checks, the sync's Arrow columns). ``ValueError`` saying what is wrong without
    repeating the value (records hold personal data): "a string that is not ISO 8601" or "a date-time without a
    timezone"."""
    try:
        parsed = _parse_datetime(value)
    except ValueError:
        raise ValueError("a string that is not ISO 8601") from None
    if parsed.tzinfo is None:
        raise ValueError("a date-time without a timezone")
    return parsed


@attrs.frozen
class Rule:
    """One property of a record schema that is checked, and what its value must be."""

    name: str
    check: Check
    nullable: bool
    required: bool


@attrs.frozen
class PageRules:
    """What one list operation's pages must hold, read from its response and record schemas."""

    envelope: str
    """The response schema (``GetCandidatesResponse``), named in errors."""
    record: str
    """The record schema (``Candidate``)."""
    rules: tuple[Rule, ...]
    """The required properties, and the optional date-times (a store types them as timestamps)."""


def _check_of(spec: Api, name: str, schema: Mapping[str, Any]) -> Check:
    """What a value of ``schema`` must be: a kind of string when its one non-null type is ``string``."""
    node = spec.resolve(schema)
    branches = [spec.resolve(b) for b in (node.get("anyOf") or node.get("oneOf") or [node])]
    non_null = [b for b in branches if b.get("type") not in ("null", ["null"])]
    kind = non_null[0].get("type") if len(non_null) == 1 else None
    types = {kind} if isinstance(kind, str) else set(kind or ())
    if types - {"null"} != {"string"}:
        return "present"
    if non_null[0].get("format") == "date-time":
        return "datetime"
    return "key" if name == KEY else "string"


@functools.cache
def page_rules(operation_id: str) -> PageRules:
    """The rules of a paginated list operation of the spec (``api()``), read once."""
    spec = api()
    op = spec.operations[operation_id]
    if op.item_schema is None or op.response_schema is None:
        raise ValueError(f"{operation_id} is not a paginated list operation")
    schema = spec.component(op.item_schema)
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    rules = [
        Rule(name, _check_of(spec, name, properties.get(name, {})), spec.nullable(properties.get(name, {})), True)
        for name in schema.get("required", ())
    ]
    rules += [
        Rule(name, "datetime", spec.nullable(prop), False)
        for name, prop in properties.items()
        if name not in required and _check_of(spec, name, prop) == "datetime"
    ]
    return PageRules(envelope=op.response_schema, record=op.item_schema, rules=tuple(rules))


def _next_cursor_error(value: Any, envelope: str) -> ModelParseError | None:
    """Why ``data.next`` is unusable, or ``None``: it must be a non-empty string, or null on the last page."""
    if value is None or (type(value) is str and value):
        return None
    # An empty string is neither a cursor to follow nor the null that marks the last page: guessing either way
    # could end a walk early without a word, so it is the API's error like any other unusable `next`.
    expected = "a non-empty string or null"
    if value == "":
        problem = f"expected {expected}, got an empty string; stopping instead of treating the page as the last"
        return ModelParseError(envelope, "data.next", problem)
    return ModelParseError.invalid(envelope, "data.next", value, expected)


def checked_next_cursor(value: Any, response: httpx.Response, op: Operation) -> str | None:
    """``data.next`` of a decoded page (the typed walk's): the cursor, ``None`` on the last page, else the error."""
    error = _next_cursor_error(value, str(op.response_schema))
    if error is not None:
        raise malformed_body_error(response, error)
    result: str | None = value
    return result


def decode_dict_page(response: httpx.Response, rules: PageRules) -> tuple[list[dict[str, Any]], str | None]:
    """The records of a 2xx list page as dicts (exactly as sent) and its next cursor, or ``KomboAPIError``.

    This frame holds only the response and the rules: the records (personal data) live in the frames below,
    which are cleared before the error is raised, so ``TracebackException(capture_locals=True)`` shows none.
    """
    try:
        return _decode_checked(response.content, rules)
    except ValueError as exc:  # not JSON, nested too deeply, or a ModelParseError naming the field
        traceback.clear_frames(exc.__traceback__)
        raise malformed_body_error(response, exc) from exc


def _decode_checked(content: bytes, rules: PageRules) -> tuple[list[dict[str, Any]], str | None]:
    with gc_paused():  # a page is thousands of dicts and lists: see _gc_pause
        body = _json.loads(content)
    if type(body) is not dict:
        raise ModelParseError.not_an_object(rules.envelope, body)
    data = body.get("data")
    if type(data) is not dict:
        raise ModelParseError(rules.envelope, "data", "expected a JSON object holding next and results")
    results = data.get("results")
    if type(results) is not list:
        raise ModelParseError(rules.envelope, "data.results", "expected a list of records")
    if "next" not in data:
        raise ModelParseError(rules.envelope, "data.next", "missing (a cursor, or null on the last page)")
    next_cursor = data["next"]
    error = _next_cursor_error(next_cursor, rules.envelope)
    if error is not None:
        raise error
    _check_records(results, rules)
    return results, next_cursor


def _check_records(results: list[Any], rules: PageRules) -> None:
    checks = rules.rules
    for index, record in enumerate(results):
        if type(record) is not dict:
            raise ModelParseError.not_an_object(_where(rules, index), record)
        for rule in checks:
            value = record.get(rule.name, _ABSENT)
            if value is _ABSENT:
                if rule.required:
                    raise _invalid(rules, index, rule, "missing")
                continue
            check = rule.check
            if (value is None and rule.nullable) or (check == "present" and value is not None):
                continue
            if type(value) is not str:
                raise ModelParseError.invalid(_where(rules, index), rule.name, value, _EXPECTED[check])
            if check == "key" and not value:
                raise _invalid(rules, index, rule, "got an empty string")
            if check == "datetime":
                try:
                    parse_aware_datetime(value)
                except ValueError as exc:
                    raise _invalid(rules, index, rule, f"got {exc}") from None


def _where(rules: PageRules, index: int) -> str:
    return f"{rules.envelope}.data.results[{index}] ({rules.record})"


def _invalid(rules: PageRules, index: int, rule: Rule, got: str) -> ModelParseError:
    return ModelParseError(_where(rules, index), rule.name, f"expected {_EXPECTED[rule.check]}, {got}")
