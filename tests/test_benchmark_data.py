"""The benchmark's records are what the spec says a candidates page is: no key the spec lacks.

``benchmarks/data.py`` builds its candidate pages by hand (realistic values, deterministic seeds), so
a renamed or removed field of the spec (``Candidate.title`` -> ``job_title``) would leave the
benchmark timing records the SDK keeps as unknown fields. Checked against ``GetCandidatesResponse``
with every object closed where the schema lists its properties (``tests.spec_support.closed_schema_errors``).
"""

from __future__ import annotations

import json
import re

import pytest

from benchmarks.data import render_pages
from tests.spec_support import closed_schema_errors

PAGE = {"$ref": "#/components/schemas/GetCandidatesResponse"}


@pytest.mark.parametrize("seed", [7, 11])
def test_benchmark_pages_carry_only_keys_the_spec_lists(seed: int) -> None:
    pages = [json.loads(body) for body in render_pages(2, seed=seed)]
    assert sum(len(page["data"]["results"]) for page in pages) == 500
    # one line per distinct problem: the record's index is not part of it
    errors = sorted({re.sub(r"/\d+", "/*", error) for page in pages for error in closed_schema_errors(PAGE, page)})
    assert errors == [], (
        f"benchmarks/data.py renders candidate pages that do not match openapi.yaml's GetCandidatesResponse; "
        f"change the record builders there to the spec's field names: {errors[:10]}"
    )
