"""The Python annotations of what callers pass to the generated walkers and calls (run by ``generate_layer.py``).

Derived from the spec's schemas, welcoming plain values (a dict where a model is expected, a string for a
date-time or an open enum). Each :class:`Annotations` collects the model imports its annotations need, for the
module that renders them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kombo_ats.spec import Api, Param

    from templates.layer.generate_layer import Names


class Annotations:
    """Python types of what callers pass, derived from the spec's schemas (plain values welcome)."""

    def __init__(self, api: Api, names: Names) -> None:
        self.api = api
        self.names = names
        self.imports: set[str] = set()

    def model(self, component: str) -> str:
        cls = self.names.cls(component)
        self.imports.add(self.names.import_of(cls))
        return cls

    def filter(self, param: Param) -> str:
        enum = self.model(param.enum_schema) if param.enum_schema else None
        if param.kind == "csv":
            return "Iterable[str] | str | None"
        if param.kind == "enum_csv":
            member = f"{enum} | str" if enum else "str"
            return f"Iterable[{member}] | {member} | None"
        simple = {
            "enum": f"{enum} | str | None" if enum else "str | None",
            "datetime": "dt.datetime | None",
            "date": "dt.date | None",
            "boolean": "bool | None",
            "integer": "int | None",
            "number": "float | None",
            "string": "str | None",
        }
        return simple.get(param.kind, "Any")

    def body(self, schema: Mapping[str, Any], depth: int = 0) -> str:
        resolved = self.api.resolve(schema)
        ref = self.api.ref_name(schema)
        if depth > 6:
            return "Any"
        if resolved.get("x-kombo-file"):
            self.imports.add("from ..inputs import FileInput")
            return f"FileInput | {self.model(ref)}" if ref else "FileInput"
        parts: list[str] = []
        if isinstance(resolved.get("x-kombo-shorthand"), str):
            parts.append("str")
        branches = resolved.get("anyOf") or resolved.get("oneOf")
        if branches:
            for branch in branches:
                if self.api.resolve(branch).get("type") != "null":
                    parts.extend(self.body(branch, depth + 1).split(" | "))
        elif "enum" in resolved:
            parts.extend([self.model(ref), "str"] if ref else ["str"])
        else:
            parts.extend(self._typed(resolved, ref, depth).split(" | "))
        unique = list(dict.fromkeys(parts))
        if "Any" in unique:
            return "Any"
        return " | ".join(unique)

    def _typed(self, resolved: Mapping[str, Any], ref: str | None, depth: int) -> str:
        kind = resolved.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind is None and "properties" in resolved:
            kind = "object"
        if kind == "object":
            if ref and resolved.get("properties") and self.names.cls(ref) in self.names.modules:
                return f"Mapping[str, Any] | {self.model(ref)}"
            return "Mapping[str, Any]"
        if kind == "array":
            return f"Sequence[{self.body(resolved.get('items', {}), depth + 1)}]"
        if kind == "string":
            fmt = resolved.get("format")
            return {"date-time": "dt.datetime | str", "date": "dt.date | str"}.get(str(fmt), "str")
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(str(kind), "Any")

    def has_file(self, schema: Mapping[str, Any], seen: frozenset[str] = frozenset()) -> bool:
        """Whether a request schema holds a file anywhere (its call then takes ``max_attachment_bytes``)."""
        ref = self.api.ref_name(schema)
        if ref in seen:
            return False
        seen = seen | {ref} if ref else seen
        resolved = self.api.resolve(schema)
        if resolved.get("x-kombo-file"):
            return True
        children = [
            *resolved.get("properties", {}).values(),
            *resolved.get("anyOf", []),
            *resolved.get("oneOf", []),
            *([resolved["items"]] if isinstance(resolved.get("items"), Mapping) else []),
        ]
        return any(self.has_file(child, seen) for child in children)
