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
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from tests.spec_conventions import CHECKS, Problems, description_style_problems
from tests.spec_keys import spec_key_problems
from tests.spec_support import SPEC_PATH, load_spec, schema_errors


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


def _break_webhook_header(spec: dict[str, Any]) -> None:
    spec["webhooks"]["sync-finished"]["post"]["parameters"] = []


def _break_webhook_payload(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["DataChangedWebhookPayload"]["required"] = ["id", "type"]


def _break_webhook_enum(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["SyncFinishedWebhookData"]["properties"]
    props["sync_state"] = {"$ref": "#/components/schemas/SyncState"}


def _break_webhook_key(spec: dict[str, Any]) -> None:
    spec["webhooks"]["data-changed"]["post"]["summry"] = "typo"


def _break_changed_models(spec: dict[str, Any]) -> None:
    _op(spec, "get", "/ats/offers")["x-kombo-changed-models"].append("ats_offerz")


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
    ("webhooks", _break_webhook_header, "webhooks.sync-finished: declare the signature header"),
    ("webhooks", _break_webhook_payload, "DataChangedWebhookPayload must require id, type and data"),
    ("webhooks", _break_webhook_enum, "SyncFinishedWebhookData.sync_state is a closed enum"),
    ("webhooks", _break_changed_models, "getOffers (GET /ats/offers): x-kombo-changed-models names ['ats_offerz']"),
    ("keys", _break_webhook_key, "/webhooks/data-changed/post: stray key 'summry'"),
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
