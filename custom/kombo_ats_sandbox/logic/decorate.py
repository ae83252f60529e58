"""Rendering faults: undocumented enum values and fields the spec does not know, on a copy of a document.

Which records get them is a pure function of the record id and the ratio, so a page looks the same on
every request until the settings change (the render cache is keyed on the settings' epoch).
"""

from __future__ import annotations

import zlib
from typing import Any

from ..data.config import Faults

__all__ = ["decorate"]

_ODD = {
    "jobs": {
        "employment_type": "APPRENTICESHIP",
        "status": "ON_HOLD",
        "visibility": "PRIVATE_LINK",
        "remote_work_status": "FLEXIBLE",
        "salary_period": "QUARTER",
    },
    "candidates": {},
    "applications": {"outcome": "WITHDRAWN"},
    "offers": {"status": "RESCINDED"},
}


def _chosen(record_id: str, ratio: float) -> bool:
    return (zlib.crc32(record_id.encode()) % 10_000) < ratio * 10_000


def decorate(kind: str, doc: dict[str, Any], faults: Faults) -> dict[str, Any]:
    """Apply the rendering faults (odd enum values, unknown fields) to a copy of ``doc``."""
    doc = dict(doc)
    if faults.odd_enum_ratio and _chosen(doc["id"], faults.odd_enum_ratio):
        doc.update(_ODD.get(kind, {}))
        if kind == "jobs":
            doc["hiring_team"] = [dict(m, hiring_team_roles=["TALENT_SCOUT"]) for m in doc.get("hiring_team") or []]
            doc["job_postings"] = [dict(p, status="PAUSED") for p in doc.get("job_postings") or []]
            doc["screening_questions"] = [
                dict(q, format=dict(q.get("format") or {}, type="FILE")) for q in doc.get("screening_questions") or []
            ]
        if kind == "candidates":
            doc["phone_numbers"] = [dict(p, type="WORK_MOBILE") for p in doc.get("phone_numbers") or []]
            doc["applications"] = [dict(a, outcome="WITHDRAWN") for a in doc.get("applications") or []]
    if faults.extra_fields:
        doc["video_url"] = f"https://ats.example.com/{kind}/{doc.get('remote_id')}/video"
        doc["sandbox_extension"] = {"note": "a field the spec does not know", "values": [1, "two", None]}
        if kind == "applications":
            doc["archived_reason"] = None
        loc = doc.get("location")
        if isinstance(loc, dict):
            doc["location"] = dict(loc, latitude=52.52, longitude=13.405)
    return doc
