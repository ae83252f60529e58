"""Storage serialisation (issue 17, item 3): ``record_to_json`` & co, through the public API.

Records come from the spec (``kombo_ats_sandbox.spec_data``) with unknown fields and unknown enum values mixed
in, walked through the SDK from a fake Kombo, so what is stored is what a sync would store. Nothing may be lost:
the stored JSON decodes to exactly ``to_dict()`` and back into an equal record.
"""

from __future__ import annotations

import json
import random
from typing import Any

import attrs
import pytest
from kombo_ats import (
    iter_candidates,
    record_to_json,
    records_to_dicts,
    records_to_json,
    records_to_ndjson,
)
from kombo_ats_sandbox.spec_data import example

from kombo_ats_client.models import Candidate, Job
from tests.kombo_fake import FakeKombo, json_response, page_body
from tests.spec_support import load_spec, normalise_timestamps


def spec_candidate(seed: int, mode: Any = "full") -> dict[str, Any]:
    record: dict[str, Any] = example(load_spec(), "Candidate", rng=random.Random(seed), mode=mode)
    # What a newer API would send: a field this SDK does not know (top level and nested), an unknown enum value.
    record["added_later"] = {"nested": [1, "two", None], "seed": seed}
    for application in record.get("applications") or []:
        application["outcome"] = "SOME_NEW_OUTCOME"
        application["added_later_too"] = True
    return record


async def walked(payloads: list[dict[str, Any]]) -> list[Candidate]:
    fake = FakeKombo(lambda request: json_response(200, page_body(payloads, None)))
    async with fake.client() as client:
        return [c async for c in iter_candidates(client, integration_id="acme:1")]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["full", "sparse", "nulls"])
async def test_stored_json_is_the_record_as_sent_nothing_lost(mode: str) -> None:
    payloads = [spec_candidate(seed, mode) for seed in range(12)]
    records = await walked(payloads)
    for payload, record in zip(payloads, records, strict=True):
        stored = record_to_json(record)
        assert isinstance(stored, bytes)
        decoded = json.loads(stored)
        assert decoded == record.to_dict()
        # Every key Kombo sent is there, unknown ones included, with the same values (date-times normalised).
        assert normalise_timestamps(decoded) == normalise_timestamps(payload)
        assert Candidate.from_dict(decoded) == record


@pytest.mark.anyio
async def test_the_batch_forms_agree_with_record_to_json() -> None:
    records = await walked([spec_candidate(seed) for seed in range(5)])
    one_by_one = [record_to_json(r) for r in records]
    assert records_to_json(records) == one_by_one
    assert records_to_ndjson(records) == b"".join(line + b"\n" for line in one_by_one)
    assert records_to_dicts(records) == [json.loads(line) for line in one_by_one]
    assert records_to_ndjson([]) == b"" and records_to_json([]) == [] and records_to_dicts(iter(())) == []


def test_a_value_without_a_json_form_is_a_value_error_not_a_unicode_error() -> None:
    job = Job.from_dict(example(load_spec(), "Job", rng=random.Random(1)))
    job = attrs.evolve(job, name="broken \ud800 surrogate")
    with pytest.raises(ValueError, match="not JSON-serialisable"):
        record_to_json(job)
    with pytest.raises(ValueError, match="not JSON-serialisable"):
        records_to_ndjson([job])


def test_something_that_is_not_a_model_or_a_record_dict_is_named() -> None:
    job = Job.from_dict(example(load_spec(), "Job", rng=random.Random(1)))
    with pytest.raises(TypeError, match=r"records\[1\]: expected a kombo_ats model .* got list"):
        records_to_ndjson([job, [("id", "x")]])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="record: expected a kombo_ats model"):
        record_to_json("nope")  # type: ignore[arg-type]


def test_a_record_dict_from_as_dicts_is_stored_as_it_came() -> None:
    """``.as_dicts()`` records are already their stored form: next to models, each keeps its own form."""
    job = Job.from_dict(example(load_spec(), "Job", rng=random.Random(1)))
    wire = {"id": "x", "changed_at": "2024-01-31T09:00:00+00:00", "a_field_kombo_added": [1, {"b": None}]}
    lines = [json.loads(line) for line in records_to_ndjson([job, wire]).splitlines()]
    assert lines == [job.to_dict(), wire]
    assert records_to_dicts([wire])[0] is wire
    assert json.loads(record_to_json(wire)) == wire
    assert [json.loads(b) for b in records_to_json([wire, job])] == [wire, job.to_dict()]
