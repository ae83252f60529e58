"""Structural guards on ``openapi.yaml``: mistakes that still validate but change what gets generated.

* Every object in the spec uses only the keys its kind allows (OpenAPI 3.1 / JSON Schema 2020-12
  keywords, or ``x-`` extensions). The typical culprit is YAML flow style: in
  ``{type: string, description: The file content, base64-encoded.}`` the comma ends the description
  and ``base64-encoded.`` becomes a stray key with a null value — the spec still validates, the
  description is silently cut. Write such descriptions as block scalars (``description: >-``).
* The conventions the rest of the SDK is generated from (operationIds and tags, the X-Integration-Id
  header, list filters sent as one comma-separated value, page envelopes, request bodies and file
  objects, lenient responses, 4XX/5XX on every operation). Every failure names the operation and the
  parameter or field, and says what to change.

Each check is a function from the parsed spec to a list of problems, so the tests at the bottom can
also break a copy of the spec on purpose and prove that the check notices.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

from tests.spec_support import SPEC_PATH, load_spec, schema_errors

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
    """Every key in the spec's paths and components that its object kind does not allow."""
    problems: list[str] = []
    for path, item in spec.get("paths", {}).items():
        where = f"/paths/{_escape(path)}"
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


# ------------------------------------------------------------------------------------ helpers
Problems = list[str]

# The operationIds other engineers generate code from (convention 1), by method and path.
EXPECTED_OPERATIONS: dict[tuple[str, str], str] = {
    ("get", "/ats/application-stages"): "getApplicationStages",
    ("get", "/ats/applications"): "getApplications",
    ("get", "/ats/applications/{application_id}/attachments"): "getApplicationAttachments",
    ("post", "/ats/applications/{application_id}/attachments"): "addApplicationAttachment",
    ("post", "/ats/applications/{application_id}/notes"): "addApplicationNote",
    ("post", "/ats/applications/{application_id}/reject"): "rejectApplication",
    ("post", "/ats/applications/{application_id}/result-links"): "addApplicationResultLink",
    ("put", "/ats/applications/{application_id}/stage"): "moveApplicationToStage",
    ("get", "/ats/attachments"): "getAttachments",
    ("get", "/ats/candidates"): "getCandidates",
    ("post", "/ats/candidates"): "createCandidate",
    ("get", "/ats/candidates/{candidate_id}/attachments"): "getCandidateAttachments",
    ("post", "/ats/candidates/{candidate_id}/attachments"): "addCandidateAttachment",
    ("post", "/ats/candidates/{candidate_id}/result-links"): "addCandidateResultLink",
    ("delete", "/ats/candidates/{candidate_id}/tags"): "removeCandidateTag",
    ("post", "/ats/candidates/{candidate_id}/tags"): "addCandidateTag",
    ("post", "/ats/import-tracked-application"): "importTrackedApplication",
    ("get", "/ats/interviews"): "getInterviews",
    ("get", "/ats/jobs"): "getJobs",
    ("post", "/ats/jobs/{job_id}/applications"): "createApplication",
    ("get", "/ats/notes"): "getNotes",
    ("get", "/ats/offers"): "getOffers",
    ("get", "/ats/rejection-reasons"): "getRejectionReasons",
    ("get", "/ats/roles"): "getRoles",
    ("get", "/ats/scorecards"): "getScorecards",
    ("get", "/ats/tags"): "getTags",
    ("get", "/ats/users"): "getUsers",
    ("get", "/check-api-key"): "checkApiKey",
    ("post", "/force-sync"): "triggerSync",
    ("delete", "/integrations/{integration_id}"): "deleteIntegration",
    ("get", "/integrations/{integration_id}"): "getIntegrationDetails",
    ("get", "/integrations/{integration_id}/custom-fields"): "getCustomFields",
    ("put", "/integrations/{integration_id}/custom-fields/{custom_field_id}"): "updateCustomFieldMapping",
    ("put", "/integrations/{integration_id}/enabled"): "setIntegrationEnabled",
    ("get", "/integrations/{integration_id}/integration-fields"): "getIntegrationFields",
    ("patch", "/integrations/{integration_id}/integration-fields/{integration_field_id}"): "updateIntegrationField",
    ("post", "/integrations/{integration_id}/relink"): "createReconnectionLink",
    ("post", "/integrations/{integration_id}/setup-link"): "createSetupLink",
    ("post", "/passthrough/{tool}/{api}"): "sendPassthroughRequest",
    ("get", "/tools/{category}"): "getTools",
    ("post", "/connect/create-link"): "createConnectionLink",
    ("get", "/connect/integration-by-token/{token}"): "getIntegrationByToken",
}
# Operations outside /ats/* that take the integration as the X-Integration-Id header (convention 3).
HEADER_OUTSIDE_ATS = {("post", "/force-sync"), ("post", "/passthrough/{tool}/{api}")}
# Query parameters every operation must take from components/parameters (convention 4).
SHARED_QUERY_PARAMETERS = {
    "cursor": "Cursor",
    "page_size": "PageSize",
    "updated_after": "UpdatedAfter",
    "include_deleted": "IncludeDeleted",
    "ignore_unsupported_filters": "IgnoreUnsupportedFilters",
    "ids": "Ids",
    "remote_ids": "RemoteIds",
    "job_ids": "JobIds",
    "remote_created_after": "RemoteCreatedAfter",
}
ERROR_REF = "#/components/responses/Error"
_REF_PREFIX = "#/components/"


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def _name(method: str, path: str, op: dict[str, Any]) -> str:
    return f"{op.get('operationId', '?')} ({method.upper()} {path})"


def _pascal(operation_id: str) -> str:
    return operation_id[:1].upper() + operation_id[1:]


def resolve(spec: dict[str, Any], obj: Any) -> Any:
    """Follow ``$ref`` (within this document) until an object without one."""
    seen = 0
    while isinstance(obj, dict) and "$ref" in obj and seen < 20:
        ref = obj["$ref"]
        assert ref.startswith(_REF_PREFIX), f"only local component refs are supported: {ref}"
        kind, name = ref[len(_REF_PREFIX) :].split("/", 1)
        obj = spec["components"][kind][name]
        seen += 1
    return obj


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    return None


def _parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(as written, resolved) for the path item's and the operation's parameters."""
    written = [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
    return [(p, resolve(spec, p)) for p in written]


def _success_schema(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    ok = op.get("responses", {}).get("200", {})
    return resolve(spec, ok).get("content", {}).get("application/json", {}).get("schema")


# ------------------------------------------------------------------------------------ checks
def check_operation_ids_and_tags(spec: dict[str, Any]) -> Problems:
    """Conventions 1 and 2: the 42 operationIds (public names of the SDK) stay; new operations follow the
    naming rule (camelCase, a paginated list starts with `get`); everything is tagged by path."""
    problems: Problems = []
    found = {(m, p): op.get("operationId") for m, p, op in operations(spec)}
    for key, expected in EXPECTED_OPERATIONS.items():
        if key not in found:
            problems.append(f"{expected} ({key[0].upper()} {key[1]}): missing; add the operation")
        elif found[key] != expected:
            problems.append(f"{key[0].upper()} {key[1]}: operationId is {found[key]!r}, must be {expected!r}")
    for method, path, op in operations(spec):
        if (method, path) in EXPECTED_OPERATIONS:
            continue
        name = str(op.get("operationId", ""))
        if not re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+", name):
            problems.append(f"{_name(method, path, op)}: operationId must be camelCase, e.g. getDepartments")
        paginated = any(p.get("name") == "cursor" for _, p in _parameters(spec, path, op))
        if paginated and not name.startswith("get"):
            problems.append(
                f"{_name(method, path, op)}: a paginated list's operationId starts with `get` (iter_<rest>)"
            )
    for method, path, op in operations(spec):
        tag = "ats" if path.startswith("/ats/") else "connect" if path.startswith("/connect/") else "general"
        if op.get("tags") != [tag]:
            problems.append(f"{_name(method, path, op)}: tags are {op.get('tags')}, must be [{tag}]")
    return problems


def check_integration_header(spec: dict[str, Any]) -> Problems:
    """Convention 3: X-Integration-Id (the shared component) exactly where the integration is implicit."""
    problems: Problems = []
    for method, path, op in operations(spec):
        written = [p for p, _ in _parameters(spec, path, op)]
        refs = [p.get("$ref") for p in written]
        inline = [p for p in written if "$ref" not in p and str(p.get("name", "")).lower() == "x-integration-id"]
        wanted = path.startswith("/ats/") or (method, path) in HEADER_OUTSIDE_ATS
        has = "#/components/parameters/XIntegrationId" in refs
        if inline:
            problems.append(
                f"{_name(method, path, op)}: X-Integration-Id is written inline; use "
                '`$ref: "#/components/parameters/XIntegrationId"`'
            )
        if wanted and not has:
            problems.append(
                f"{_name(method, path, op)}: missing the X-Integration-Id header; add "
                '`$ref: "#/components/parameters/XIntegrationId"`'
            )
        if not wanted and has:
            problems.append(
                f"{_name(method, path, op)}: takes no X-Integration-Id header (the integration is "
                "in the path or the call is not about one); remove the parameter"
            )
    return problems


def _schema_is_array(spec: dict[str, Any], schema: Any) -> bool:
    schema = resolve(spec, schema or {})
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def check_query_parameters(spec: dict[str, Any]) -> Problems:
    """Convention 4: shared filters from components, lists as one CSV value, typed dates and enums."""
    problems: Problems = []
    for method, path, op in operations(spec):
        where = _name(method, path, op)
        for written, param in _parameters(spec, path, op):
            if param.get("in") != "query":
                continue
            name = str(param.get("name"))
            schema = param.get("schema", {})
            resolved = resolve(spec, schema)
            shared = SHARED_QUERY_PARAMETERS.get(name)
            if shared and written.get("$ref") != f"#/components/parameters/{shared}":
                problems.append(f'{where}: query parameter {name!r} must be `$ref: "#/components/parameters/{shared}"`')
            if _schema_is_array(spec, schema):
                if param.get("style") != "form" or param.get("explode") is not False:
                    problems.append(
                        f"{where}: array query parameter {name!r} must say `style: form` and "
                        "`explode: false` (sent as ONE comma-separated value, never repeated keys)"
                    )
                if "items" not in resolved:
                    problems.append(f"{where}: array query parameter {name!r} needs `items`")
                items = resolved.get("items", {})
                if "enum" in items:
                    problems.append(
                        f"{where}: query parameter {name!r} lists its enum inline; reference the "
                        "closed enum component (`items: {$ref: ...}`)"
                    )
            else:
                description = str(param.get("description", "")).lower()
                if "comma-separated" in description or name.endswith("_ids"):
                    problems.append(
                        f"{where}: query parameter {name!r} is a comma-separated list; make it "
                        "`type: array` with `items`, `style: form`, `explode: false`"
                    )
                if "enum" in resolved and "$ref" not in schema:
                    problems.append(
                        f"{where}: query parameter {name!r} lists its enum inline; reference the closed enum component"
                    )
            if name.endswith("_after") and not (
                resolved.get("type") == "string" and resolved.get("format") == "date-time"
            ):
                problems.append(f"{where}: date-time filter {name!r} must be `type: string, format: date-time`")
            if param.get("deprecated") and not re.match(
                r"^Deprecated: use `[^`]+`\.", str(param.get("description", ""))
            ):
                problems.append(
                    f"{where}: deprecated query parameter {name!r} needs a description starting "
                    '"Deprecated: use `<replacement>`." (the SDK quotes it in its DeprecationWarning)'
                )
    return problems


def check_response_envelopes(spec: dict[str, Any]) -> Problems:
    """Convention 5: page envelopes for every GET with a cursor, <OperationId>Response for all."""
    problems: Problems = []
    for method, path, op in operations(spec):
        where = _name(method, path, op)
        operation_id = str(op.get("operationId", ""))
        expected = f"{_pascal(operation_id)}Response"
        schema = _success_schema(spec, op)
        if _ref_name(schema) != expected:
            problems.append(f'{where}: the "200" JSON schema must be `$ref: "#/components/schemas/{expected}"`')
            continue
        envelope = resolve(spec, schema)
        if not {"status", "data"} <= set(envelope.get("required", [])):
            problems.append(f"{where}: {expected} must require `status` and `data`")
        paginated = any(p.get("name") == "cursor" and p.get("in") == "query" for _, p in _parameters(spec, path, op))
        if not paginated:
            continue
        data = envelope.get("properties", {}).get("data", {})
        page_name = f"{_pascal(operation_id).removeprefix('Get')}Page"
        if _ref_name(data) != page_name:
            problems.append(
                f"{where}: paginated (takes `cursor`): {expected}.data must be "
                f'`$ref: "#/components/schemas/{page_name}"`'
            )
            continue
        page = resolve(spec, data)
        if set(page.get("required", [])) != {"next", "results"}:
            problems.append(f"{where}: {page_name} must require exactly `next` and `results`")
        next_ = page.get("properties", {}).get("next", {})
        if next_.get("type") != ["string", "null"]:
            problems.append(f'{where}: {page_name}.next must be `type: [string, "null"]` (null on the last page)')
        results = page.get("properties", {}).get("results", {})
        if results.get("type") != "array" or _ref_name(results.get("items")) is None:
            problems.append(f"{where}: {page_name}.results must be an array of `$ref` to the record component")
    return problems


def check_error_responses(spec: dict[str, Any]) -> Problems:
    problems: Problems = []
    for method, path, op in operations(spec):
        responses = op.get("responses", {})
        for status in ("4XX", "5XX"):
            if responses.get(status, {}).get("$ref") != ERROR_REF:
                problems.append(f'{_name(method, path, op)}: responses."{status}" must be `$ref: "{ERROR_REF}"`')
        if "200" not in responses:
            problems.append(f'{_name(method, path, op)}: the success response must be "200"')
    return problems


def _walk_schemas(
    spec: dict[str, Any], schema: Any, pointer: str, seen: set[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object reachable from ``schema`` (each component once), with a readable pointer."""
    if not isinstance(schema, dict):
        return
    name = _ref_name(schema)
    if name is not None:
        if name in seen:
            return
        seen.add(name)
        yield from _walk_schemas(spec, resolve(spec, schema), name, seen)
        return
    yield pointer, schema
    for key in _SUBSCHEMA:
        if key in schema:
            yield from _walk_schemas(spec, schema[key], f"{pointer}.{key}" if key != "items" else f"{pointer}[]", seen)
    for key in _SUBSCHEMA_LISTS:
        for i, item in enumerate(schema.get(key, [])):
            yield from _walk_schemas(spec, item, f"{pointer}.{key}[{i}]", seen)
    for key in _SUBSCHEMA_MAPS:
        for prop, item in (schema.get(key) or {}).items():
            yield from _walk_schemas(spec, item, f"{pointer}.{prop}", seen)


def _is_file_object(schema: dict[str, Any]) -> bool:
    props = set(schema.get("properties", {}))
    return {"name", "content_type"} <= props and bool({"data", "data_url"} & props)


def _allows(schema: dict[str, Any], kind: str, fmt: str) -> bool:
    options = schema.get("anyOf", schema.get("oneOf", [schema]))
    return any(o.get("type") in (kind, [kind, "null"]) and o.get("format") == fmt for o in options)


def check_request_bodies(spec: dict[str, Any]) -> Problems:
    """Convention 7: required JSON body <OperationId>Request; file objects; date-times."""
    problems: Problems = []
    for method, path, op in operations(spec):
        if "requestBody" not in op:
            continue
        where = _name(method, path, op)
        body = resolve(spec, op["requestBody"])
        expected = f"{_pascal(str(op.get('operationId', '')))}Request"
        if body.get("required") is not True:
            problems.append(f"{where}: requestBody must say `required: true`")
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        if _ref_name(schema) != expected:
            problems.append(f'{where}: the application/json body must be `$ref: "#/components/schemas/{expected}"`')
            continue
        # Inline schemas are walked with the body; a file object must be a component of its own.
        for pointer, sub in _walk_schemas(spec, schema, expected, set()):
            prop_name = pointer.rsplit(".", 1)[-1]
            if _is_file_object(sub) and not sub.get("x-kombo-file"):
                problems.append(
                    f"{where}: {pointer} carries a file (name, content_type, data/data_url); make "
                    "it a component with `x-kombo-file: true`"
                )
            if pointer.count(".") and prop_name.endswith("_at") and not _allows(sub, "string", "date-time"):
                problems.append(f"{where}: body field {pointer} is a date-time; give it `format: date-time`")
            if prop_name == "availability_date" and not (
                _allows(sub, "string", "date") and _allows(sub, "string", "date-time")
            ):
                problems.append(
                    f"{where}: {pointer} must be `anyOf: [{{type: string, format: date}}, "
                    "{type: string, format: date-time}]`"
                )
    for name, component in spec.get("components", {}).get("schemas", {}).items():
        if _is_file_object(component) and not component.get("x-kombo-file"):
            problems.append(f"components.schemas.{name} carries a file; mark it `x-kombo-file: true`")
    for pointer in _walk_inline_file_objects(spec):
        problems.append(f"{pointer}: an inline object carries a file; move it to a component with `x-kombo-file: true`")
    return problems


def _walk_inline_file_objects(spec: dict[str, Any]) -> Iterator[str]:
    for name, component in spec.get("components", {}).get("schemas", {}).items():
        for pointer, sub in _walk_schemas(spec, component, name, {name}):
            if ("." in pointer or "[" in pointer) and _is_file_object(sub):  # reached without a $ref
                yield pointer


def check_lenient_responses(spec: dict[str, Any]) -> Problems:
    """Convention 8: response objects keep unknown fields and enums stay open."""
    problems: Problems = []
    enums = {n for n, s in spec.get("components", {}).get("schemas", {}).items() if "enum" in s}
    for method, path, op in operations(spec):
        schema = _success_schema(spec, op)
        for pointer, sub in _walk_schemas(spec, schema, "response", set()):
            if sub.get("additionalProperties") is False:
                problems.append(
                    f"{_name(method, path, op)}: {pointer} forbids additional properties; the API adds "
                    "fields without notice, remove `additionalProperties: false`"
                )
            for prop, value in (sub.get("properties") or {}).items():
                for target in (value, value.get("items", {}) if isinstance(value, dict) else {}):
                    if _ref_name(target) in enums:
                        problems.append(
                            f"{_name(method, path, op)}: {pointer}.{prop} uses the closed enum "
                            f"{_ref_name(target)} directly; write `anyOf: [{{$ref: ...}}, {{type: string}}"
                            ', {type: "null"}]` (enums are open)'
                        )
                if isinstance(value, dict) and "enum" in value:
                    problems.append(
                        f"{_name(method, path, op)}: {pointer}.{prop} has an inline closed enum; "
                        "reference an enum component inside `anyOf` with `type: string`"
                    )
    return problems


def description_style_problems(text: str) -> Problems:
    """Convention 9: a description with a comma or colon is a block scalar (never plain or in ``{...}``)."""
    problems: Problems = []

    def walk(node: yaml.Node) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if (
                    isinstance(key, yaml.ScalarNode)
                    and key.value == "description"
                    and isinstance(value, yaml.ScalarNode)
                    and ("," in value.value or ":" in value.value)
                    and value.style not in (">", "|")
                ):
                    problems.append(
                        f"openapi.yaml line {value.start_mark.line + 1}: description {value.value[:50]!r} "
                        "has a comma or colon; write it as a block scalar (`description: >-`)"
                    )
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)

    root = yaml.compose(text)
    if root is not None:
        walk(root)
    return problems


CHECKS: dict[str, Callable[[dict[str, Any]], Problems]] = {
    "keys": spec_key_problems,
    "operations": check_operation_ids_and_tags,
    "header": check_integration_header,
    "query": check_query_parameters,
    "envelopes": check_response_envelopes,
    "errors": check_error_responses,
    "bodies": check_request_bodies,
    "lenient": check_lenient_responses,
}


# ------------------------------------------------------------------------------------ tests
@pytest.mark.parametrize("check", CHECKS.values(), ids=CHECKS.keys())
def test_the_spec_follows_the_convention(check: Callable[[dict[str, Any]], Problems]) -> None:
    problems = check(load_spec())
    assert not problems, "\n".join(problems)


def test_descriptions_with_commas_or_colons_are_block_scalars() -> None:
    problems = description_style_problems(SPEC_PATH.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


# Each check must notice a deliberately broken copy of the spec: (check, how to break it, expected text).
def _op(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _drop_param(spec: dict[str, Any], method: str, path: str, needle: str) -> None:
    op = _op(spec, method, path)
    op["parameters"] = [p for p in op["parameters"] if needle not in str(p)]


def _break_flow_description(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Location"]["properties"]["raw"]["when there is address data."] = None


def _break_operation_id(spec: dict[str, Any]) -> None:
    _op(spec, "get", "/ats/tags")["operationId"] = "getAtsTags"


def _break_tag(spec: dict[str, Any]) -> None:
    _op(spec, "post", "/connect/create-link")["tags"] = ["general"]


def _break_header_missing(spec: dict[str, Any]) -> None:
    _drop_param(spec, "get", "/ats/notes", "XIntegrationId")


def _break_header_extra(spec: dict[str, Any]) -> None:
    _op(spec, "get", "/check-api-key")["parameters"] = [{"$ref": "#/components/parameters/XIntegrationId"}]


def _break_explode(spec: dict[str, Any]) -> None:
    roles = next(p for p in _op(spec, "get", "/ats/roles")["parameters"] if p.get("name") == "scopes")
    roles["explode"] = True


def _break_csv_as_string(spec: dict[str, Any]) -> None:
    users = next(p for p in _op(spec, "get", "/ats/users")["parameters"] if p.get("name") == "emails")
    users["schema"] = {"type": "string"}
    del users["style"], users["explode"]


def _break_shared_inline(spec: dict[str, Any]) -> None:
    op = _op(spec, "get", "/ats/tags")
    op["parameters"] = [p for p in op["parameters"] if "Cursor" not in str(p)]
    op["parameters"].append({"name": "cursor", "in": "query", "schema": {"type": "string"}})


def _break_deprecated_wording(spec: dict[str, Any]) -> None:
    outcome = next(p for p in _op(spec, "get", "/ats/applications")["parameters"] if p.get("name") == "outcome")
    outcome["description"] = "Deprecated - use `outcomes`."


def _break_date_filter(spec: dict[str, Any]) -> None:
    spec["components"]["parameters"]["RemoteCreatedAfter"]["schema"] = {"type": "string"}


def _break_page(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["NotesPage"]["properties"]["next"] = {"type": "string"}


def _break_page_envelope(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["GetCustomFieldsResponse"]["properties"]["data"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/CustomFieldMapping"},
    }


def _break_response_name(spec: dict[str, Any]) -> None:
    ok = _op(spec, "get", "/check-api-key")["responses"]["200"]["content"]["application/json"]
    ok["schema"] = {"type": "object"}


def _break_errors(spec: dict[str, Any]) -> None:
    del _op(spec, "put", "/integrations/{integration_id}/enabled")["responses"]["5XX"]


def _break_body_required(spec: dict[str, Any]) -> None:
    _op(spec, "post", "/ats/applications/{application_id}/notes")["requestBody"]["required"] = False


def _break_file_marker(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["MultipartFile"]["x-kombo-file"]


def _break_inline_file(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["AddCandidateAttachmentRequest"]["properties"]["attachment"] = copy.deepcopy(schemas["Attachment"])
    del schemas["AddCandidateAttachmentRequest"]["properties"]["attachment"]["x-kombo-file"]


def _break_body_date(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["GdprConsent"]["properties"]["expires_at"] = {"type": "string"}


def _break_availability_date(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["CreateApplicationCandidate"]["properties"]
    props["availability_date"] = {"type": "string", "format": "date"}


def _break_closed_response(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Note"]["additionalProperties"] = False


def _break_closed_enum(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Role"]["properties"]["scope"] = {"$ref": "#/components/schemas/RoleScope"}


BREAKAGES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("keys", _break_flow_description, "/components/schemas/Location/properties/raw: stray key 'when there is"),
    ("operations", _break_operation_id, "operationId is 'getAtsTags', must be 'getTags'"),
    ("operations", _break_tag, "createConnectionLink (POST /connect/create-link): tags are ['general']"),
    ("header", _break_header_missing, "getNotes (GET /ats/notes): missing the X-Integration-Id header"),
    ("header", _break_header_extra, "checkApiKey (GET /check-api-key): takes no X-Integration-Id"),
    ("query", _break_explode, "getRoles (GET /ats/roles): array query parameter 'scopes' must say `style: form`"),
    ("query", _break_csv_as_string, "getUsers (GET /ats/users): query parameter 'emails' is a comma-separated list"),
    ("query", _break_shared_inline, "getTags (GET /ats/tags): query parameter 'cursor' must be `$ref"),
    ("query", _break_deprecated_wording, "deprecated query parameter 'outcome' needs a description"),
    ("query", _break_date_filter, "date-time filter 'remote_created_after' must be"),
    ("envelopes", _break_page, "getNotes (GET /ats/notes): NotesPage.next must be"),
    (
        "envelopes",
        _break_page_envelope,
        "getCustomFields (GET /integrations/{integration_id}/custom-fields): paginated",
    ),
    ("envelopes", _break_response_name, 'checkApiKey (GET /check-api-key): the "200" JSON schema must be'),
    ("errors", _break_errors, 'setIntegrationEnabled (PUT /integrations/{integration_id}/enabled): responses."5XX"'),
    ("bodies", _break_body_required, "addApplicationNote (POST /ats/applications/{application_id}/notes): requestBody"),
    ("bodies", _break_file_marker, "MultipartFile carries a file; mark it `x-kombo-file: true`"),
    ("bodies", _break_inline_file, "AddCandidateAttachmentRequest.attachment carries a file"),
    ("bodies", _break_body_date, "body field GdprConsent.expires_at is a date-time"),
    ("bodies", _break_availability_date, "CreateApplicationCandidate.availability_date must be `anyOf"),
    ("lenient", _break_closed_response, "getNotes (GET /ats/notes): Note forbids additional properties"),
    ("lenient", _break_closed_enum, "getRoles (GET /ats/roles): Role.scope uses the closed enum RoleScope"),
]


@pytest.mark.parametrize(("check", "breakage", "expected"), BREAKAGES, ids=[b[1].__name__[7:] for b in BREAKAGES])
def test_each_check_catches_a_deliberately_broken_spec(
    check: str, breakage: Callable[[dict[str, Any]], None], expected: str
) -> None:
    spec = copy.deepcopy(load_spec())
    assert not any(expected in p for p in CHECKS[check](spec)), "the unbroken spec must pass this check"
    breakage(spec)
    problems = CHECKS[check](spec)
    assert any(expected in p for p in problems), f"{check} did not report {expected!r}; it reported: {problems}"


def test_description_check_catches_plain_and_flow_scalars() -> None:
    text = (
        "a:\n"
        "  description: plain, with a comma\n"
        "  b: {type: string, description: 'quoted: with a colon'}\n"
        "  c:\n"
        "    description: >-\n"
        "      folded, which is fine\n"
    )
    problems = description_style_problems(text)
    assert [p.split(":")[0] for p in problems] == ["openapi.yaml line 2", "openapi.yaml line 3"]


def test_the_key_guard_catches_a_description_cut_by_flow_style() -> None:
    """The guard itself, on the YAML text: the mistake it exists for is reported with its JSON pointer."""
    spec = yaml.safe_load(
        "components:\n"
        "  schemas:\n"
        "    Location:\n"
        "      type: object\n"
        "      properties:\n"
        "        raw: {type: string, description: The raw address, when there is one.}\n"
    )
    problems = spec_key_problems(spec)
    assert len(problems) == 1
    assert problems[0].startswith("/components/schemas/Location/properties/raw: stray key 'when there is one.'")


def test_component_examples_satisfy_their_schemas() -> None:
    """Schema-level examples (request bodies from Kombo's docs) are real instances of their component."""
    checked = 0
    for name, schema in load_spec()["components"]["schemas"].items():
        if isinstance(schema.get("example"), dict):
            assert schema_errors(name, schema["example"]) == [], f"components.schemas.{name}.example is invalid"
            checked += 1
    assert checked >= 10
