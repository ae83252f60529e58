"""Query-string validation, derived from each operation's parameters in the spec.

The sandbox is a strict test double: a query parameter the spec does not declare for the operation is
answered with the API's 400 envelope naming it (drift between a client and the spec fails tests
instead of passing silently), and so are repeated keys (lists travel as ONE comma-separated value),
values of the wrong type, unknown enum values and out-of-range numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from kombo_ats.spec import Operation, Param, split_list

from ..data.errors import SandboxError
from ..data.records import parse_timestamp_us

__all__ = ["csv_items", "parse_query"]


def csv_items(value: str) -> list[str]:
    return split_list(value)  # the SDK's one reading of a list parameter


_INTEGER = re.compile(r"-?[0-9]{1,15}")


def _number(param: Param, raw: str) -> int:
    text = raw.strip()
    if not _INTEGER.fullmatch(text):  # ASCII digits only, and few: int() refuses '²' and 5,000-digit strings
        raise SandboxError.input_invalid(f"{param.name}: Expected number, received {raw[:50]!r}")
    value = int(text)
    if param.minimum is not None and value < param.minimum:
        raise SandboxError.input_invalid(f"{param.name}: Number must be greater than or equal to {param.minimum:g}")
    if param.maximum is not None and value > param.maximum:
        raise SandboxError.input_invalid(f"{param.name}: Number must be less than or equal to {param.maximum:g}")
    return value


def _enum(param: Param, items: list[str]) -> None:
    bad = [v for v in items if v not in param.enum]
    if bad:
        allowed = ", ".join(param.enum)
        raise SandboxError.input_invalid(f"{param.name}: Invalid enum value {bad[0]!r}, expected one of {allowed}")


def parse_value(param: Param, raw: str) -> Any:
    """One query value -> the Python value the filters work with (csv -> list, bool, int, date-time as µs)."""
    kind = param.kind
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise SandboxError.input_invalid(f"{param.name}: Expected boolean, received {raw!r}")
        return raw.lower() == "true"
    if kind in ("integer", "number"):
        return _number(param, raw)
    if kind == "datetime":
        micros = parse_timestamp_us(raw)
        if micros is None:
            raise SandboxError.input_invalid(f"{param.name}: Invalid datetime, expected YYYY-MM-DDTHH:mm:ss.sssZ")
        return micros
    if kind in ("csv", "enum_csv"):
        items = csv_items(raw)
        if not items:
            raise SandboxError.input_invalid(f"{param.name}: Expected a comma-separated list, received an empty value")
        if kind == "enum_csv":
            _enum(param, items)
        for item in items:
            if (param.min_length is not None and len(item) < param.min_length) or (
                param.max_length is not None and len(item) > param.max_length
            ):
                raise SandboxError.input_invalid(
                    f"{param.name}: {item!r} must be {param.min_length}-{param.max_length} characters long"
                )
        return items
    if kind == "enum":
        _enum(param, [raw])
        return raw
    return raw


def parse_query(op: Operation, query: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Validate a query string against ``op``'s parameters: ``{name: value}`` of what was given."""
    declared = {p.name: p for p in op.params_in("query")}
    values: dict[str, Any] = {}
    for name, raw_values in query.items():
        param = declared.get(name)
        if param is None:
            accepted = ", ".join(declared) or "none"
            raise SandboxError.input_invalid(
                f"{name}: Unknown query parameter for {op.method} {op.path}; accepted: {accepted}"
            )
        if len(raw_values) > 1:
            raise SandboxError.input_invalid(
                f"{name}: Expected a single value; send lists as one comma-separated value, not repeated keys"
            )
        if raw_values:
            values[name] = parse_value(param, raw_values[0])
    missing = [p.name for p in declared.values() if p.required and p.name not in values]
    if missing:
        raise SandboxError.input_invalid(f"{missing[0]}: Required")
    return values
