"""The API as ``openapi.yaml`` describes it, for code that must follow the spec at runtime.

``make generate`` ships the spec inside the package as ``_generated/openapi.json``; this module reads
it once and answers what the rest of the SDK would otherwise restate by hand: which operations exist,
their parameters and what kind of value each takes (a comma-separated list, a date-time, an enum of
documented values, bounds), which ones are cursor-paginated lists, and the schemas of bodies and
records. The typed layer's generator, the walkers, the typed calls, the sandbox and the drift tests all
read the spec through here, so one reading of it serves them all.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from kombo_ats_client.client import LIST_SEPARATOR, join_list, split_list

__all__ = [
    "INTEGRATION_HEADER",
    "LIST_SEPARATOR",
    "Api",
    "Operation",
    "Param",
    "ParamKind",
    "api",
    "join_list",
    "nullable",
    "snake_case",
    "split_list",
]

SPEC_JSON = Path(__file__).resolve().parent / "_generated" / "openapi.json"
INTEGRATION_HEADER = "X-Integration-Id"

ParamKind = Literal["string", "integer", "number", "boolean", "datetime", "date", "enum", "csv", "enum_csv", "any"]
"""What a parameter takes. ``csv``/``enum_csv`` are arrays sent as ONE comma-separated value."""


def snake_case(value: str) -> str:
    """``getCandidates`` -> ``get_candidates``, ``application-stages`` -> ``application_stages``.

    The same word splitting openapi-python-client uses for module and function names.
    """
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return "_".join(re.findall(r"[^. _-]+", value)).lower()


def nullable(schema: Mapping[str, Any], resolve: Callable[[Mapping[str, Any]], Mapping[str, Any]]) -> bool:
    """Whether a schema accepts ``null``: the one reading of "nullable" for the SDK, sandbox and test data.

    A ``"null"`` type (alone or in a list), a nullable ``anyOf``/``oneOf`` branch, ``null`` among the
    ``enum`` values, or no type at all (a free-form value, null included) unless the schema otherwise
    constrains the shape (``properties``, ``items``, ``allOf``, ``const``). ``resolve`` follows ``$ref``.
    """
    schema = resolve(schema)
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return any(nullable(branch, resolve) for branch in branches)
    if "enum" in schema:
        return None in schema["enum"]
    return kind is None and not any(k in schema for k in ("properties", "allOf", "const", "items"))


@attrs.frozen
class Param:
    """One parameter of an operation, with the constraints the spec states."""

    name: str
    location: Literal["query", "path", "header"]
    required: bool
    kind: ParamKind
    description: str = ""
    deprecated: bool = False
    enum: tuple[str, ...] = ()
    """Documented values (``enum`` and ``enum_csv``)."""
    enum_schema: str | None = None
    """The component holding those values (its generated enum class has the same name)."""
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    """For strings, and for each item of a ``csv`` list."""
    max_length: int | None = None
    default: Any = None

    @property
    def replaced_by(self) -> str | None:
        """For a deprecated parameter: the replacement its description names ("use `statuses`")."""
        match = re.search(r"use `([A-Za-z_][A-Za-z0-9_]*)`", self.description)
        return match.group(1) if match else None


@attrs.frozen
class Operation:
    """One operation of the spec, as the SDK and the sandbox need it."""

    operation_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    body_schema: str | None
    """Component name of the JSON request body, if any."""
    response_schema: str | None
    """Component name of the 200 body."""
    item_schema: str | None
    """For paginated lists: component name of one record in ``data.results``."""
    deprecated: bool = False
    """``deprecated: true`` in the spec: calling it still works, with a ``DeprecationWarning``."""

    @property
    def name(self) -> str:
        """The Python name: the generated module, and the SDK's typed call for non-list operations."""
        return snake_case(self.operation_id)

    @property
    def paginated(self) -> bool:
        """A cursor-paginated list: GET with a ``cursor`` parameter answering ``{data: {next, results}}``."""
        return self.item_schema is not None

    @property
    def resource(self) -> str:
        """Key of a paginated list for ``iter_pages`` (``getApplicationStages`` -> ``application_stages``)."""
        name = self.name
        return name[4:] if name.startswith("get_") else name

    @property
    def requires_integration_header(self) -> bool:
        return any(p.location == "header" and p.name == INTEGRATION_HEADER for p in self.params)

    @property
    def takes_integration_id(self) -> bool:
        """Whether its Python call takes ``integration_id=`` (sent as the header or as an ``integration_id`` path)."""
        return self.requires_integration_header or any(p.name == "integration_id" for p in self.params_in("path"))

    @property
    def path_arguments(self) -> list[str]:
        """Its path parameters other than ``integration_id``: keyword arguments of its call and walker."""
        return [p.name for p in self.params_in("path") if p.name != "integration_id"]

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(f"{self.operation_id} has no parameter {name!r}")

    def params_in(self, location: str) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == location)

    @property
    def filters(self) -> tuple[Param, ...]:
        """Query parameters a caller chooses (everything but paging: ``cursor`` and ``page_size``)."""
        return tuple(p for p in self.params_in("query") if p.name not in ("cursor", "page_size"))


class Api:
    """Operations and schemas of one OpenAPI document (a parsed ``openapi.yaml``)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
        self.operations: dict[str, Operation] = {op.operation_id: op for op in self._read_operations()}
        self.lists: dict[str, Operation] = {op.resource: op for op in self.operations.values() if op.paginated}
        self._by_route = {(op.method, op.path): op for op in self.operations.values()}

    # ------------------------------------------------------------------------------------ schemas
    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` (to components of this document) until a schema object is reached."""
        seen = 0
        while "$ref" in schema:
            schema = self._ref(str(schema["$ref"]))
            seen += 1
            if seen > 32:
                raise ValueError("$ref cycle in the spec")
        return schema

    def _ref(self, ref: str) -> Mapping[str, Any]:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        if not isinstance(node, Mapping):
            raise ValueError(f"{ref} is not a schema object")
        return node

    def operation_at(self, method: str, path: str) -> Operation:
        """The operation at ``METHOD path-template`` (how a generated endpoint module names its own)."""
        op = self._by_route.get((method.upper(), path))
        if op is None:
            stale = "kombo_ats_client is stale: make generate"
            raise KeyError(f"no operation {method.upper()} {path} in the spec; {stale}")
        return op

    def component(self, name: str) -> Mapping[str, Any]:
        return self.resolve(self.schemas[name])

    def nullable(self, schema: Mapping[str, Any]) -> bool:
        """Whether ``schema`` accepts ``null`` (see :func:`nullable`)."""
        return nullable(schema, self.resolve)

    @staticmethod
    def ref_name(schema: Mapping[str, Any] | None) -> str | None:
        """``{"$ref": "#/components/schemas/Candidate"}`` -> ``"Candidate"``."""
        if schema and isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/components/schemas/"):
            return str(schema["$ref"]).rsplit("/", 1)[1]
        return None

    # ------------------------------------------------------------------------------------ operations
    def _read_operations(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in ("get", "post", "put", "patch", "delete"):
                op = item.get(method)
                if op is None:
                    continue
                params = tuple(self._param(raw) for raw in [*shared, *op.get("parameters", [])])
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
                ok = op.get("responses", {}).get("200", {})
                response = self.ref_name(ok.get("content", {}).get("application/json", {}).get("schema"))
                yield Operation(
                    operation_id=op["operationId"],
                    tag=(op.get("tags") or ["default"])[0],
                    method=method.upper(),
                    path=path,
                    summary=op.get("summary", ""),
                    description=op.get("description", ""),
                    params=params,
                    body_schema=self.ref_name(body),
                    response_schema=response,
                    item_schema=self._page_item(method, params, response),
                    deprecated=bool(op.get("deprecated", False)),
                )

    def _page_item(self, method: str, params: tuple[Param, ...], response: str | None) -> str | None:
        if method != "get" or response is None or not any(p.name == "cursor" for p in params):
            return None
        data = self.component(response).get("properties", {}).get("data")
        if data is None:
            return None
        page = self.resolve(data).get("properties", {})
        results = page.get("results")
        if "next" not in page or results is None:
            return None
        return self.ref_name(self.resolve(results).get("items"))

    def _param(self, raw: Mapping[str, Any]) -> Param:
        raw = self.resolve(raw)
        original = raw.get("schema", {})
        schema = self.resolve(original)
        kind, extra = self._kind(original)
        return Param(
            name=raw["name"],
            location=raw["in"],
            required=bool(raw.get("required", False)),
            kind=kind,
            description=" ".join(str(raw.get("description", "")).split()),
            deprecated=bool(raw.get("deprecated", False) or schema.get("deprecated", False)),
            default=schema.get("default"),
            **extra,
        )

    def _kind(self, schema: Mapping[str, Any]) -> tuple[ParamKind, dict[str, Any]]:
        original = schema
        schema = self.resolve(schema)
        kind: ParamKind
        extra: dict[str, Any] = {}
        if schema.get("type") == "array":
            items_ref = schema.get("items", {})
            items = self.resolve(items_ref)
            if "enum" in items:
                kind = "enum_csv"
                extra["enum"] = tuple(str(v) for v in items["enum"])
                extra["enum_schema"] = self.ref_name(items_ref)
            else:
                kind = "csv"
            extra["min_length"] = items.get("minLength")
            extra["max_length"] = items.get("maxLength")
            return kind, extra
        if "enum" in schema:
            extra["enum"] = tuple(str(v) for v in schema["enum"])
            extra["enum_schema"] = self.ref_name(original)
            return "enum", extra
        kinds: dict[str, ParamKind] = {"integer": "integer", "number": "number", "boolean": "boolean"}
        if schema.get("type") in kinds:
            extra["minimum"] = schema.get("minimum")
            extra["maximum"] = schema.get("maximum")
            return kinds[schema["type"]], extra
        if schema.get("type") == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return "datetime", extra
            if fmt == "date":
                return "date", extra
            extra["min_length"] = schema.get("minLength")
            extra["max_length"] = schema.get("maxLength")
            return "string", extra
        return "any", extra


@functools.cache
def api() -> Api:
    """The API this installation was generated from (``_generated/openapi.json``)."""
    with SPEC_JSON.open(encoding="utf-8") as fh:
        return Api(json.load(fh))
