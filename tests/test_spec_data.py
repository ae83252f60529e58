"""``kombo_ats_sandbox.spec_data``: deterministic JSON instances that follow ``openapi.yaml``, in three modes."""

from __future__ import annotations

import datetime
import json
import random
import re
from typing import Any

import pytest
from kombo_ats_sandbox.spec_data import example

from tests.spec_support import load_spec, schema_errors

SCHEMAS = list(load_spec()["components"]["schemas"])
OBJECTS = [n for n in SCHEMAS if load_spec()["components"]["schemas"][n].get("type") == "object"]
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


@pytest.mark.parametrize("mode", ["full", "sparse", "nulls"])
def test_every_component_instance_is_valid_against_the_spec(mode: Any) -> None:
    for name in SCHEMAS:
        for seed in range(4):
            instance = example(load_spec(), name, rng=random.Random(seed), mode=mode)
            assert schema_errors(name, instance) == [], (name, mode, seed, instance)


def test_same_seed_same_instance_and_different_seeds_differ() -> None:
    spec = load_spec()
    first = example(spec, "Job", rng=random.Random(3))
    assert first == example(spec, "Job", rng=random.Random(3))
    assert first != example(spec, "Job", rng=random.Random(4))
    assert example(spec, spec["components"]["schemas"]["Job"], rng=random.Random(3)) == first


def test_modes_choose_which_properties_are_present() -> None:
    spec = load_spec()
    for name in OBJECTS:
        schema = spec["components"]["schemas"][name]
        required = set(schema.get("required", []))
        exclusive = schema.get("not", {}).get("required", [])  # alternatives: exactly one, the first here
        properties = set(schema.get("properties", {})) - (set(exclusive[1:]) - required)
        required |= set(exclusive[:1])
        full = example(spec, name, rng=random.Random(1))
        sparse = example(spec, name, rng=random.Random(1), mode="sparse")
        nulls = example(spec, name, rng=random.Random(1), mode="nulls")
        assert properties <= set(full), name
        assert set(sparse) == required, name
        assert required <= set(nulls) <= properties, name
        assert all(nulls[key] is None for key in set(nulls) - required), name
    candidate = example(spec, "Candidate", rng=random.Random(1), mode="nulls")
    assert candidate["tags"] is None and candidate["remote_data"] is None and candidate["id"]


def test_full_values_are_plausible() -> None:
    candidate = example(load_spec(), "Candidate", rng=random.Random(2))
    assert TIMESTAMP.match(candidate["changed_at"]) and TIMESTAMP.match(candidate["remote_created_at"])
    assert datetime.datetime.fromisoformat(candidate["changed_at"]).tzinfo is not None
    assert all(v is not None for k, v in candidate.items() if k != "remote_data"), candidate
    assert 1 <= len(candidate["applications"]) <= 3
    assert "@" in candidate["email_addresses"][0]["email_address"]
    assert len(candidate["custom_fields"]) == 2, "additionalProperties objects get a couple of keys"
    job = example(load_spec(), "Job", rng=random.Random(2))
    assert job["status"] in ("OPEN", "CLOSED", "DRAFT", "ARCHIVED"), "anyOf picks the documented enum branch"
    location = example(load_spec(), "CreateApplicationLocation", rng=random.Random(2))
    assert re.fullmatch(r"[A-Z]{2}", location["country"])
    json.dumps(example(load_spec(), "CreateApplicationRequest", rng=random.Random(2)))


def test_recursion_through_refs_is_bounded() -> None:
    spec = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "child": {"$ref": "#/components/schemas/Node"},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    },
                }
            }
        }
    }
    node = example(spec, "Node", rng=random.Random(0))
    depth = 0
    while isinstance(node, dict) and "child" in node:
        node, depth = node["child"], depth + 1
    assert 3 <= depth <= 10


def test_bad_arguments_are_clear() -> None:
    with pytest.raises(KeyError, match="NoSuchSchema"):
        example(load_spec(), "NoSuchSchema", rng=random.Random(0))
    with pytest.raises(ValueError, match="mode"):
        example(load_spec(), "Tag", rng=random.Random(0), mode="everything")  # type: ignore[arg-type]
