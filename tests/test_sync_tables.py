"""The sync's tables come from the spec: one per paginated list, typed columns from its record schema."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from kombo_ats.spec import Api
from kombo_ats.sync import kombo_source, tables
from kombo_ats.sync._tables import tables_of

from tests.spec_support import load_spec


def _spec_lists(document: dict[str, Any]) -> set[str]:
    """Read from the YAML, not through ``Api.lists``: GET operations with a ``cursor`` parameter."""
    names = set()
    spec = Api(document)
    for path, item in document["paths"].items():
        get = item.get("get")
        if get and any(spec.resolve(p).get("name") == "cursor" for p in get.get("parameters", [])):
            names.add(path.rstrip("/").rsplit("/", 1)[-1].replace("-", "_"))
    return names


def test_one_resource_per_list_operation_of_the_spec() -> None:
    assert set(tables()) == _spec_lists(load_spec())
    source = kombo_source(["greenhouse:x"])
    assert set(source.resources) == set(tables())
    for name, resource in source.resources.items():
        assert resource.write_disposition == "merge"
        assert resource.table_name == name


def test_a_list_added_to_the_spec_becomes_a_table_with_no_other_edit() -> None:
    document = copy.deepcopy(load_spec())
    schemas = document["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "required": ["id", "changed_at"],
        "properties": {
            "id": {"type": "string"},
            "size": {"type": ["integer", "null"]},
            "weight": {"type": ["number", "null"]},
            "parts": {"type": ["array", "null"], "items": {"type": "string"}},
            "changed_at": {"type": "string", "format": "date-time"},
            "remote_deleted_at": {"$ref": "#/components/schemas/NullableDateTime"},
        },
    }
    page = copy.deepcopy(schemas["GetTagsResponse"])
    page["properties"]["data"] = copy.deepcopy(page["properties"]["data"])
    page_data = Api(document).resolve(page["properties"]["data"])
    page["properties"]["data"] = copy.deepcopy(dict(page_data))
    page["properties"]["data"]["properties"]["results"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Widget"},
    }
    schemas["GetWidgetsResponse"] = page
    tags = document["paths"]["/ats/tags"]["get"]
    widgets = copy.deepcopy(tags)
    widgets["operationId"] = "getWidgets"
    widgets["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/GetWidgetsResponse"
    }
    document["paths"]["/ats/widgets"] = {"get": widgets}

    table = tables_of(Api(document))["widgets"]
    assert [(c.name, c.kind) for c in table.columns] == [
        ("id", "string"),
        ("size", "integer"),
        ("weight", "number"),
        ("parts", "json"),
        ("changed_at", "timestamp"),
        ("remote_deleted_at", "timestamp"),
    ]
    assert table.incremental and table.include_deleted  # it has the filters of /ats/tags
    assert table.deleted_column == "remote_deleted_at" and table.changed_column == "changed_at"


def test_columns_follow_the_record_schemas() -> None:
    candidates = {c.name: c.kind for c in tables()["candidates"].columns}
    assert candidates["id"] == "string" and candidates["changed_at"] == "timestamp"
    assert candidates["confidential"] == "boolean"
    assert candidates["applications"] == "json" and candidates["location"] == "json"
    jobs = {c.name: c.kind for c in tables()["jobs"].columns}
    assert jobs["status"] == "string"  # an enum of the spec, or any string the API adds
    assert jobs["weekly_hours"] == "number"
    # Lists without updated_after are fetched completely each run (their vanished rows go at once).
    assert not tables()["custom_fields"].incremental and tables()["candidates"].incremental


def test_bad_arguments_are_refused_before_any_request() -> None:
    with pytest.raises(ValueError, match=r"page_size: candidates takes 1 to 250 records per page, got 500"):
        kombo_source(["greenhouse:x"], resources=["candidates"], page_size=500)
    with pytest.raises(ValueError, match=r"resources: unknown list 'cats'; choose from .*candidates"):
        kombo_source(["greenhouse:x"], resources=["candidates", "cats"])
    with pytest.raises(ValueError, match="integration_ids: give at least one"):
        kombo_source([])
    with pytest.raises(ValueError, match="integration_ids: expected non-empty strings"):
        kombo_source(["greenhouse:x", " "])
    with pytest.raises(ValueError, match="concurrency"):
        kombo_source(["greenhouse:x"], concurrency=0)
    with pytest.raises(ValueError, match="overlap"):
        kombo_source(["greenhouse:x"], overlap=-dt.timedelta(seconds=1))
