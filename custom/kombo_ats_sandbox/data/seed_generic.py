"""Records for a list kind the sandbox has no hand-written seed data for: generated from the spec.

A new paginated list added to ``openapi.yaml`` is served at once: a few records per integration,
made by :func:`kombo_ats_sandbox.spec_data.example` from the list's record schema, with the sandbox's ids and
timestamps, deterministic per seed. Realistic data for the kind (``seed_catalog``) can come later; the
sandbox does not have to wait for it, and neither do the contract tests.
"""

from __future__ import annotations

import random

from kombo_ats.spec import api

from .records import ANCHOR_MS, DAY_MS, ItemRec, make_id
from .spec_data import example

__all__ = ["GENERATED_PER_KIND", "seed_from_spec"]

GENERATED_PER_KIND = 5
_STAMPED = ("id", "remote_id", "changed_at", "remote_created_at", "remote_deleted_at")


def seed_from_spec(seed: str, kind: str, count: int = GENERATED_PER_KIND) -> list[ItemRec]:
    """``count`` records of the list ``kind`` (a key of ``api().lists``), seeded with ``<seed>:<kind>``."""
    schema = api().lists[kind].item_schema
    rng = random.Random(f"{seed}:{kind}")
    records = []
    for seq in range(count):
        body = example(api().document, schema or "", rng=rng, mode="full")
        for key in _STAMPED:  # the record's own identity and stamps, kept by the sandbox
            body.pop(key, None)
        created = ANCHOR_MS - rng.randrange(400 * DAY_MS, 1500 * DAY_MS)
        changed = min(ANCHOR_MS - rng.randrange(0, DAY_MS), created + rng.randrange(0, 300 * DAY_MS))
        records.append(ItemRec(seq, make_id(rng), f"{kind}-{seq}", created, changed, body=body))
    return records
