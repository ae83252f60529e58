"""Fault injection: what a flaky network and a forward-moving API do to a client.

* ``rate_limit_ratio`` - share of ATS requests answered ``429`` with ``Retry-After`` and the
  ``PLATFORM.RATE_LIMIT_EXCEEDED`` envelope;
* ``error_ratio`` - share answered by a "load balancer" with a 500/502/503/504 in plain text, HTML,
  an empty body or HTML mislabelled as JSON (not the envelope);
* ``latency_ms`` - delay added to every ATS request;
* ``odd_enum_ratio`` - share of records whose enum fields carry undocumented values;
* ``extra_fields`` - every record (and some nested objects) carries fields the spec does not know;
* ``script`` - a queue of faults for the next requests, for deterministic tests
  (``"429"``, ``"500"``, ``"502"``, ``"503"``, ``"504"``).

The random choices come from a generator seeded with the sandbox seed, so a run is reproducible.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["FaultResponse", "Faults", "decorate"]

_LB_ANSWERS: tuple[tuple[int, str, bytes], ...] = (
    (500, "text/plain; charset=utf-8", b"Internal Server Error"),
    (
        502,
        "text/html; charset=utf-8",
        b"<html><head><title>502 Bad Gateway</title></head><body>"
        b"<center><h1>502 Bad Gateway</h1></center></body></html>",
    ),
    (503, "text/plain", b""),
    (504, "application/json", b"<html><body><h1>504 Gateway Time-out</h1></body></html>"),
)
_BY_STATUS = {status: (status, ctype, body) for status, ctype, body in _LB_ANSWERS}


@dataclass(slots=True)
class FaultResponse:
    status_code: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Faults:
    """Fault settings; change them at runtime with :meth:`SandboxState.set_faults` or ``PUT /_sandbox/faults``."""

    rate_limit_ratio: float = 0.0
    retry_after: int = 1
    error_ratio: float = 0.0
    latency_ms: float = 0.0
    odd_enum_ratio: float = 0.0
    extra_fields: bool = False
    script: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Faults:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown fault option(s): {', '.join(unknown)}")
        faults = cls(**known)
        faults.validate()
        return faults

    def validate(self) -> None:
        for name in ("rate_limit_ratio", "error_ratio", "odd_enum_ratio"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a number between 0 and 1")
        if not isinstance(self.latency_ms, int | float) or self.latency_ms < 0:
            raise ValueError("latency_ms must be >= 0")
        if not isinstance(self.retry_after, int) or self.retry_after < 0:
            raise ValueError("retry_after must be an integer >= 0")
        for item in self.script:
            if item != "429" and (not item.isdigit() or int(item) not in _BY_STATUS):
                raise ValueError(f"script items are '429', '500', '502', '503' or '504', not {item!r}")

    @property
    def renders(self) -> bool:
        """Whether faults change how records are rendered (so caches must be keyed on them)."""
        return self.odd_enum_ratio > 0 or self.extra_fields

    def pick(self, rng: random.Random) -> FaultResponse | None:
        """The fault for this request, if any (consumes the script first)."""
        if self.script:
            item = self.script.pop(0)
            if item == "429":
                return self._rate_limited()
            status, ctype, body = _BY_STATUS[int(item)]
            return FaultResponse(status, ctype, body)
        if self.error_ratio and rng.random() < self.error_ratio:
            status, ctype, body = _LB_ANSWERS[rng.randrange(len(_LB_ANSWERS))]
            return FaultResponse(status, ctype, body)
        if self.rate_limit_ratio and rng.random() < self.rate_limit_ratio:
            return self._rate_limited()
        return None

    def _rate_limited(self) -> FaultResponse:
        from .errors import error_body

        body = error_body("PLATFORM.RATE_LIMIT_EXCEEDED", "You have exceeded the rate limit. Slow down.")
        return FaultResponse(429, "application/json", body, {"Retry-After": str(self.retry_after)})


# ---------------------------------------------------------------------------------------------- rendering
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
                dict(q, format=dict(q["format"] or {}, type="FILE")) for q in doc.get("screening_questions") or []
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
