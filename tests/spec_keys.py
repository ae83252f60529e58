"""The spec's stray-key guard: every object uses only the keys its kind allows.

OpenAPI 3.1 / JSON Schema 2020-12 keywords, or ``x-`` extensions. The typical culprit is YAML flow
style: in ``{type: string, description: The file content, base64-encoded.}`` the comma ends the
description and ``base64-encoded.`` becomes a stray key with a null value; the spec still validates,
the description is silently cut. Used by ``tests/test_spec_conventions.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# ------------------------------------------------------------------------------------ keywords
SCHEMA_KEYWORDS = frozenset(
    {
        # JSON Schema 2020-12: core, applicator, validation, meta-data, content
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
        "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties",
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
        "format", "contentEncoding", "contentMediaType", "contentSchema",
        # OpenAPI 3.1 additions
        "discriminator", "xml", "externalDocs", "example",
    }
)  # fmt: skip
# Keywords whose value is a schema, a list of schemas or a map name -> schema.
_SUBSCHEMA = frozenset({"items", "not", "if", "then", "else", "contains", "propertyNames", "additionalProperties",
                        "unevaluatedItems", "unevaluatedProperties", "contentSchema"})  # fmt: skip
_SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})

OBJECT_KEYS = {
    "path item": {"$ref", "summary", "description", "get", "put", "post", "delete", "options", "head", "patch",
                  "trace", "servers", "parameters"},
    "operation": {"tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody",
                  "responses", "callbacks", "deprecated", "security", "servers"},
    "parameter": {"$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style",
                  "explode", "allowReserved", "schema", "example", "examples", "content"},
    "request body": {"$ref", "description", "content", "required"},
    "response": {"$ref", "description", "headers", "content", "links"},
    "media type": {"schema", "example", "examples", "encoding"},
}  # fmt: skip
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _stray(keys: Any, allowed: set[str] | frozenset[str]) -> list[str]:
    return [k for k in keys if not (isinstance(k, str) and (k in allowed or k.startswith("x-")))]


def _schema_problems(schema: Any, pointer: str) -> Iterator[str]:
    if not isinstance(schema, dict):
        if not isinstance(schema, bool):
            yield f"{pointer}: a schema must be an object or a boolean, got {schema!r}"
        return
    for key in _stray(schema, SCHEMA_KEYWORDS):
        yield (
            f"{pointer}: stray key {key!r} (value {schema[key]!r}) is no JSON Schema/OpenAPI keyword; "
            "most likely a description cut at a comma by YAML flow style - write it as a block scalar "
            "(`description: >-` on its own line), or prefix a custom key with `x-`"
        )
    for key, value in schema.items():
        # example/examples/default/enum/const hold data, discriminator holds a mapping: not walked.
        if key in _SUBSCHEMA:
            yield from _schema_problems(value, f"{pointer}/{key}")
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            for i, item in enumerate(value):
                yield from _schema_problems(item, f"{pointer}/{key}/{i}")
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            for name, item in value.items():
                yield from _schema_problems(item, f"{pointer}/{key}/{_escape(name)}")


def _escape(token: Any) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def _object_problems(kind: str, obj: Any, pointer: str) -> Iterator[str]:
    if not isinstance(obj, dict):
        return
    for key in _stray(obj, OBJECT_KEYS[kind]):
        yield (
            f"{pointer}: stray key {key!r} (value {obj[key]!r}) is not allowed in an OpenAPI {kind} object; "
            "most likely a description cut at a comma by YAML flow style - write it as a block scalar"
        )


def _content_problems(content: Any, pointer: str) -> Iterator[str]:
    for media, media_obj in (content or {}).items():
        where = f"{pointer}/content/{_escape(media)}"
        yield from _object_problems("media type", media_obj, where)
        if isinstance(media_obj, dict) and "schema" in media_obj:
            yield from _schema_problems(media_obj["schema"], f"{where}/schema")


def _parameter_problems(parameter: Any, pointer: str) -> Iterator[str]:
    yield from _object_problems("parameter", parameter, pointer)
    if isinstance(parameter, dict) and "schema" in parameter:
        yield from _schema_problems(parameter["schema"], f"{pointer}/schema")


def _response_problems(response: Any, pointer: str) -> Iterator[str]:
    yield from _object_problems("response", response, pointer)
    if isinstance(response, dict):
        yield from _content_problems(response.get("content"), pointer)


def spec_key_problems(spec: dict[str, Any]) -> list[str]:
    """Every key in the spec's paths, webhooks and components that its object kind does not allow."""
    problems: list[str] = []
    items = [("paths", path, item) for path, item in spec.get("paths", {}).items()]
    items += [("webhooks", name, item) for name, item in (spec.get("webhooks") or {}).items()]
    for section, path, item in items:
        where = f"/{section}/{_escape(path)}"
        problems += _object_problems("path item", item, where)
        for i, parameter in enumerate(item.get("parameters", [])):
            problems += _parameter_problems(parameter, f"{where}/parameters/{i}")
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op, op_where = item[method], f"{where}/{method}"
            problems += _object_problems("operation", op, op_where)
            for i, parameter in enumerate(op.get("parameters", [])):
                problems += _parameter_problems(parameter, f"{op_where}/parameters/{i}")
            body = op.get("requestBody")
            if isinstance(body, dict):
                problems += _object_problems("request body", body, f"{op_where}/requestBody")
                problems += _content_problems(body.get("content"), f"{op_where}/requestBody")
            for status, response in op.get("responses", {}).items():
                problems += _response_problems(response, f"{op_where}/responses/{status}")
    components = spec.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        problems += _schema_problems(schema, f"/components/schemas/{_escape(name)}")
    for name, parameter in components.get("parameters", {}).items():
        problems += _parameter_problems(parameter, f"/components/parameters/{_escape(name)}")
    for name, response in components.get("responses", {}).items():
        problems += _response_problems(response, f"/components/responses/{_escape(name)}")
    return problems
