"""Request faults: what a flaky network does to a client (429s, load-balancer 5xx answers).

The settings are :class:`kombo_ats_sandbox.data.config.Faults`; this module turns them into the answer
for one request. The script is consumed first, then the ratios draw from the state's seeded generator.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..data.config import Faults
from ..data.errors import error_body

__all__ = ["FaultResponse", "pick"]

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


def _rate_limited(faults: Faults) -> FaultResponse:
    body = error_body("PLATFORM.RATE_LIMIT_EXCEEDED", "You have exceeded the rate limit. Slow down.")
    return FaultResponse(429, "application/json", body, {"Retry-After": str(faults.retry_after)})


def pick(faults: Faults, rng: random.Random) -> FaultResponse | None:
    """The fault for this request, if any (consumes the script first)."""
    if faults.script:
        item = faults.script.pop(0)
        if item == "429":
            return _rate_limited(faults)
        status, ctype, body = _BY_STATUS[int(item)]
        return FaultResponse(status, ctype, body)
    if faults.error_ratio and rng.random() < faults.error_ratio:
        status, ctype, body = _LB_ANSWERS[rng.randrange(len(_LB_ANSWERS))]
        return FaultResponse(status, ctype, body)
    if faults.rate_limit_ratio and rng.random() < faults.rate_limit_ratio:
        return _rate_limited(faults)
    return None
