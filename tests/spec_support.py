"""Helpers for tests that check the spec and the generated models against each other.

They load ``openapi.yaml`` once, validate JSON against its component schemas (OpenAPI 3.1 /
JSON Schema 2020-12), and normalise timestamps so a round trip through the generated models can
be compared with the JSON it started from (the API writes both ``...00.000Z`` and ``...00Z``).
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from pathlib import Path
from typing import Any

import yaml
from kombo_ats.spec import Api
from openapi_schema_validator import OAS31Validator

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
SEED_EXAMPLES = Path(__file__).resolve().parent / "fixtures" / "seed_examples"

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed ``openapi.yaml``."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def load_seed_example(name: str) -> Any:
    """A JSON example extracted from the API docs in ``../shared/seeds`` (kept as test fixtures)."""
    return json.loads((SEED_EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def schema_errors(schema_name: str, instance: Any) -> list[str]:
    """Every way ``instance`` violates ``#/components/schemas/<schema_name>``, as readable lines."""
    spec = load_spec()
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    validator = OAS31Validator(root)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def normalise_timestamps(value: Any) -> Any:
    """Replace every ISO-8601 timestamp string by the aware datetime it denotes."""
    if isinstance(value, dict):
        return {k: normalise_timestamps(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_timestamps(v) for v in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def nullable_properties(schema_name: str) -> list[str]:
    """Names of the properties of a component schema that the spec allows to be ``null``."""
    schema = load_spec()["components"]["schemas"][schema_name]
    names = []
    for name, prop in schema.get("properties", {}).items():
        if _allows_null(prop):
            names.append(name)
    return names


def _allows_null(prop: dict[str, Any]) -> bool:
    """The SDK's one reading of "nullable" (``kombo_ats.spec.nullable``), over the YAML spec."""
    return _yaml_api().nullable(prop)


@functools.cache
def _yaml_api() -> Api:
    return Api(load_spec())


def operation_for(method: str, path: str) -> str:
    """The operationId a request was for (its path, under ``/v1``, matched against the spec's path templates)."""
    from kombo_ats.spec import api

    for op in api().operations.values():
        pattern = "^/v1" + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"
        if op.method == method and re.match(pattern, path):
            return op.operation_id
    raise AssertionError(f"{method} {path} is no operation of the spec")


def _closed(schema: Any) -> Any:
    """``schema`` with every object schema that lists ``properties`` and says nothing about more made closed.

    The spec stays lenient for the SDK (unknown fields are kept), but an *example* of the spec or a
    fixture claiming to be what the API sends must not carry a key its schema lacks: after a rename
    (``Candidate.title`` -> ``job_title``) the stale key would otherwise pass as "an unknown field".
    """
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: _closed(value) for key, value in schema.items()}
    if isinstance(schema.get("properties"), dict) and not {"additionalProperties", "patternProperties"} & set(schema):
        closed["additionalProperties"] = False
    return closed


@functools.cache
def _closed_components() -> dict[str, Any]:
    components: dict[str, Any] = _closed(load_spec()["components"])
    return components


def closed_schema_errors(schema: dict[str, Any], instance: Any) -> list[str]:
    """Like :func:`schema_errors` for an inline ``schema`` (``$ref``s into the spec's components allowed),
    with every listed-properties object closed (see :func:`_closed`): a key the schema lacks is an error."""
    root = {**_closed(schema), "components": _closed_components()}
    validator = OAS31Validator(root)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for error in validator.iter_errors(instance)
        for e in _leaves(error)
    ]


def _leaves(error: Any) -> list[Any]:
    """The innermost errors of an ``anyOf`` / ``oneOf`` failure (the key that is wrong, not the whole object
    quoted), leaving out the branch that only says the value is not ``null``."""
    if not error.context:
        return [error]
    leaves = [leaf for sub in error.context for leaf in _leaves(sub)]
    meaningful = [leaf for leaf in leaves if not (leaf.validator == "type" and leaf.validator_value == "null")]
    return meaningful or [error]
