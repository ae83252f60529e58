"""Deterministic JSON instances of OpenAPI 3.1 component schemas: test data that follows the spec.

Tests (and the sandbox) build records from the spec instead of writing them by hand, so adding an optional field
to ``openapi.yaml`` changes the data everywhere at once and cannot break a test that never mentions the field::

    rng = random.Random(7)
    candidate = example(spec, "Candidate", rng=rng)                   # every property, plausible values
    minimal = example(spec, "Candidate", rng=rng, mode="sparse")      # required properties only
    empty = example(spec, "Candidate", rng=rng, mode="nulls")         # required + every nullable one as null

The same ``rng`` state always gives the same instance. Only the standard library is used. What is covered is what
Kombo's spec uses: ``$ref`` (to anywhere in the document), ``anyOf``/``oneOf`` (the first non-null branch),
``allOf`` (merged), ``type`` lists with ``"null"``, ``enum``/``const``, string formats ``date-time`` (always
``YYYY-MM-DDTHH:mm:ss.sssZ``), ``date``, ``email``, ``uri``, ``contentEncoding: base64``, simple ``[A-Z]{n}``
patterns, numeric bounds, ``minItems``/``maxItems``, and ``additionalProperties``. Recursion through ``$ref`` cycles
is cut at a fixed depth.
"""

from __future__ import annotations

import base64
import datetime
import random
import re
from collections.abc import Mapping
from typing import Any, Literal

from kombo_ats.spec import nullable

from kombo_ats_client.types import format_datetime

__all__ = ["Mode", "example"]

Mode = Literal["full", "sparse", "nulls"]

_MAX_DEPTH = 8
_EPOCH = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
_WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo")
_FIRST = ("Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances", "Radia", "Sophie")
_LAST = ("Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Allen", "Perlman")
_ID_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_UPPER_PATTERN = re.compile(r"^\^\[A-Z\]\{(\d+)\}\$$")


def example(
    spec: Mapping[str, Any],
    schema: Mapping[str, Any] | str,
    *,
    rng: random.Random,
    mode: Mode = "full",
) -> Any:
    """A JSON value valid against ``schema`` (a schema, or the name of one in ``components.schemas``).

    ``spec`` is the whole parsed OpenAPI document (``$ref`` targets are looked up in it). ``mode``: ``"full"``
    gives every property a plausible non-null value (arrays 1-3 items, open objects a couple of extra keys);
    ``"sparse"`` only the required properties; ``"nulls"`` the required ones plus every nullable optional
    property set to ``null``. The mode applies at every level of nesting.
    """
    if mode not in ("full", "sparse", "nulls"):
        raise ValueError(f"mode must be 'full', 'sparse' or 'nulls', not {mode!r}")
    if isinstance(schema, str):
        schema = _component(spec, schema)
    return _Generator(spec, rng, mode).value(schema, depth=0, hint="value")


def _component(spec: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    try:
        found: Mapping[str, Any] = spec["components"]["schemas"][name]
    except (KeyError, TypeError):
        raise KeyError(f"no schema named {name!r} in components.schemas") from None
    return found


class _Generator:
    """One call of :func:`example`: the spec, the random source and the mode."""

    def __init__(self, spec: Mapping[str, Any], rng: random.Random, mode: Mode) -> None:
        self.spec = spec
        self.rng = rng
        self.mode = mode

    # --------------------------------------------------------------------------------------- schema shapes

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` (JSON pointers into the document) until a schema without one."""
        seen = 0
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if not ref.startswith("#/"):
                raise ValueError(f"only local $ref values are supported, not {ref!r}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema = target
            seen += 1
            if seen > 64:
                raise ValueError(f"$ref loop at {ref!r}")
        return schema

    def nullable(self, schema: Mapping[str, Any]) -> bool:
        """Whether the schema accepts ``null`` (the SDK's one reading of it, ``kombo_ats.spec.nullable``)."""
        return nullable(schema, self.resolve)

    def merged(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``allOf`` folded into one object schema (properties and required lists combined)."""
        if "allOf" not in schema:
            return schema
        result: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(result.get("properties", {}))
        required: list[str] = list(result.get("required", []))
        for part in schema["allOf"]:
            part = self.merged(self.resolve(part))
            properties.update(part.get("properties", {}))
            required += [name for name in part.get("required", []) if name not in required]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    result.setdefault(key, value)
        result["properties"] = properties
        result["required"] = required
        return result

    # ---------------------------------------------------------------------------------------------- values

    def value(self, schema: Mapping[str, Any], *, depth: int, hint: str) -> Any:
        schema = self.merged(self.resolve(schema))
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            choices = [v for v in schema["enum"] if v is not None]
            return self.rng.choice(choices) if choices else None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [b for b in schema[key] if not self._is_null_only(b)]
                return self.value(branches[0], depth=depth, hint=hint) if branches else None
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
        if kind == "null":
            return None
        if kind == "object":
            return self.object(schema, depth=depth)
        if kind == "array":
            return self.array(schema, depth=depth, hint=hint)
        if kind == "string":
            return self.string(schema, hint)
        if kind == "integer":
            low, high = int(schema.get("minimum", 0)), int(schema.get("maximum", 1000))
            return self.rng.randint(low, max(low, high))
        if kind == "number":
            bottom, top = float(schema.get("minimum", 0)), float(schema.get("maximum", 100_000))
            return round(self.rng.uniform(bottom, max(bottom, top)), 2)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.anything(depth)

    def _is_null_only(self, schema: Mapping[str, Any]) -> bool:
        schema = self.resolve(schema)
        kind = schema.get("type")
        return kind == "null" or kind == ["null"]

    def object(self, schema: Mapping[str, Any], *, depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        exclusive = schema.get("not", {}).get("required", []) if isinstance(schema.get("not"), Mapping) else []
        if len(exclusive) > 1:  # `not: {required: [a, b]}` marks alternatives: exactly one, the first here
            properties = {k: v for k, v in properties.items() if k not in exclusive[1:] or k in required}
            required.add(exclusive[0])
        result: dict[str, Any] = {}
        too_deep = depth >= _MAX_DEPTH
        for name, prop in properties.items():
            if name in required or (self.mode == "full" and not too_deep):
                result[name] = self.value(prop, depth=depth + 1, hint=name)
            elif self.mode == "nulls" and self.nullable(prop):
                result[name] = None
        extra = schema.get("additionalProperties", False)
        if self.mode == "full" and extra is not False and not too_deep:
            for index in range(2):
                key = f"{self.rng.choice(_WORDS)}_{index}"
                if key in result:
                    continue
                result[key] = (
                    self.value(extra, depth=depth + 1, hint=key) if isinstance(extra, Mapping) else (self.scalar())
                )
        return result

    def array(self, schema: Mapping[str, Any], *, depth: int, hint: str) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 3)))
        if depth >= _MAX_DEPTH:
            count = low
        elif self.mode == "full":
            count = self.rng.randint(max(low, 1), max(low, 1, min(high, 3)))
        else:
            count = low
        items = schema.get("items", {})
        return [self.value(items, depth=depth + 1, hint=hint) for _ in range(count)]

    def string(self, schema: Mapping[str, Any], hint: str) -> str:
        rng = self.rng
        fmt = schema.get("format")
        if fmt == "date-time":
            moment = _EPOCH + datetime.timedelta(
                seconds=rng.randrange(0, 3 * 365 * 86400), milliseconds=rng.randrange(1000)
            )
            return format_datetime(moment)
        if fmt == "date":
            return (_EPOCH.date() + datetime.timedelta(days=rng.randrange(0, 3 * 365))).isoformat()
        if fmt == "email":
            return f"{rng.choice(_FIRST)}.{rng.choice(_LAST)}{rng.randrange(1000)}@example.com".lower()
        if fmt in ("uri", "url"):
            return f"https://example.com/{rng.choice(_WORDS)}/{rng.randrange(10**6)}"
        if schema.get("contentEncoding") == "base64":
            return base64.b64encode(rng.randbytes(rng.randint(8, 24))).decode("ascii")
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and (match := _UPPER_PATTERN.match(pattern)):
            return "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k=int(match.group(1))))
        lowered = hint.lower()
        if "email" in lowered:
            return self.string({"format": "email"}, "")
        if lowered in ("link", "url") or lowered.endswith("_url"):
            return self.string({"format": "uri"}, "")
        if lowered == "id" or lowered.endswith("_id"):
            text = "".join(rng.choices(_ID_ALPHABET, k=24))
        elif lowered == "first_name":
            text = rng.choice(_FIRST)
        elif lowered == "last_name":
            text = rng.choice(_LAST)
        else:
            text = f"{rng.choice(_WORDS).capitalize()} {rng.choice(_WORDS)} {rng.randrange(1000)}"
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if len(text) < low:
            text += "x" * (low - len(text))
        if isinstance(high, int):
            text = text[:high]
        return text

    def scalar(self) -> Any:
        """A JSON scalar for an open object's extra key."""
        return self.rng.choice([f"{self.rng.choice(_WORDS)}", self.rng.randrange(100), self.rng.random() < 0.5, None])

    def anything(self, depth: int) -> Any:
        """A value for an untyped schema (any JSON value): a small object, a list or a scalar."""
        if self.mode != "full" or depth >= _MAX_DEPTH:
            return self.scalar()
        choice = self.rng.randrange(3)
        if choice == 0:
            return {f"{self.rng.choice(_WORDS)}": self.scalar(), "nested": [self.scalar()]}
        if choice == 1:
            return [self.scalar(), self.scalar()]
        return self.scalar()
