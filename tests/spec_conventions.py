"""The conventions the rest of the SDK is generated from, as checks over the parsed spec.

operationIds and tags, the X-Integration-Id header, list filters sent as one comma-separated value,
page envelopes, request bodies and file objects, lenient responses, 4XX/5XX on every operation,
block-style descriptions. Each check is a function from the parsed spec to a list of problems naming
the operation and the parameter or field and saying what to change. Used by
``tests/test_spec_conventions.py``, which also breaks copies of the spec to prove each check notices.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from tests.spec_keys import _SUBSCHEMA, _SUBSCHEMA_LISTS, _SUBSCHEMA_MAPS, HTTP_METHODS, spec_key_problems

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


SIGNATURE_REF = "#/components/parameters/KomboSignature"


def check_webhooks(spec: dict[str, Any]) -> Problems:
    """Convention 10: each webhook (keyed by its event type) is a ``post`` declaring the signature header and
    a required JSON body ``<EventType>WebhookPayload`` = ``{id, type, data: $ref}``; payloads are lenient like
    responses (unknown fields kept, enums open). The SDK's event classes are generated from exactly this."""
    problems: Problems = []
    webhooks = spec.get("webhooks") or {}
    if not webhooks:
        problems.append("openapi.yaml has no `webhooks:` section; Kombo's events belong there")
    enums = {n for n, s in spec.get("components", {}).get("schemas", {}).items() if "enum" in s}
    for event_type, item in webhooks.items():
        where = f"webhooks.{event_type}"
        op = item.get("post")
        if set(item) != {"post"} or not isinstance(op, dict):
            problems.append(f"{where}: must hold exactly one `post` (Kombo POSTs its events)")
            continue
        refs = [p.get("$ref") for p in op.get("parameters", [])]
        if SIGNATURE_REF not in refs:
            problems.append(f'{where}: declare the signature header with `$ref: "{SIGNATURE_REF}"`')
        body = resolve(spec, op.get("requestBody", {}))
        expected = "".join(part.capitalize() for part in event_type.split("-")) + "WebhookPayload"
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        if body.get("required") is not True or _ref_name(schema) != expected:
            problems.append(
                f'{where}: the body must be `required: true` with `$ref: "#/components/schemas/{expected}"`'
            )
            continue
        payload = resolve(spec, schema)
        if (
            set(payload.get("required", ())) != {"id", "type", "data"}
            or _ref_name(payload.get("properties", {}).get("data")) is None
        ):
            problems.append(f"{where}: {expected} must require id, type and data, with data a `$ref` to a component")
        for pointer, sub in _walk_schemas(spec, schema, expected, set()):
            if sub.get("additionalProperties") is False:
                problems.append(f"{where}: {pointer} forbids additional properties; Kombo adds fields without notice")
            for prop, value in (sub.get("properties") or {}).items():
                if isinstance(value, dict) and ("enum" in value or _ref_name(value) in enums):
                    problems.append(
                        f"{where}: {pointer}.{prop} is a closed enum; "
                        "write `anyOf: [{$ref: <enum>}, {type: string}]`"
                    )
    names = set(spec.get("components", {}).get("schemas", {}).get("ChangedModelName", {}).get("enum", []))
    for method, path, op in operations(spec):
        models = op.get("x-kombo-changed-models")
        if models is None:
            continue
        where = _name(method, path, op)
        if not (method == "get" and "Cursor" in str(op.get("parameters"))):
            problems.append(f"{where}: x-kombo-changed-models belongs on paginated lists only")
        unknown = [m for m in models if m not in names] if isinstance(models, list) else models
        if unknown:
            problems.append(
                f"{where}: x-kombo-changed-models names {unknown!r}, not in ChangedModelName; add them there"
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
    "webhooks": check_webhooks,
}
