"""Settings of a sandbox (sizes, seed, credentials, fault settings), its clock, and what its "ATSs" can do.

The fault *settings* live here because every layer reads them; what they do is elsewhere: rendering
faults in :mod:`kombo_ats_sandbox.logic.decorate`, request faults in :mod:`kombo_ats_sandbox.http.faults`.

Which filters, question types and sync types an integration supports is a small fixed table keyed by the
prefix of its id (``workday:``, ``personio:``, others), so the sandbox can show ``warnings``,
``ignore_unsupported_filters`` and the general endpoints' answers the way different ATSs cause them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from .webhook_settings import WebhookSettings

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_INTEGRATIONS",
    "MAX_BODY_BYTES",
    "MAX_CURSOR_CHARS",
    "MAX_JSON_DEPTH",
    "SCRIPT_ITEMS",
    "Clock",
    "Faults",
    "SandboxConfig",
    "ToolTraits",
    "tool_traits",
]

DEFAULT_API_KEY = "sandbox-api-key"
DEFAULT_INTEGRATIONS = (
    "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p",
    "workday:HWUTwvyx2wLoSUHphiWVrp28",
    "personio:Qd6v1Ljv3GqQ3XGSaDcYp8aM",
)

# Limits on what a request may send (answers: 413 for a larger body, 400 naming the problem otherwise).
MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest request body accepted (an attachment's base64 ``data`` is the large part of any write)."""
MAX_JSON_DEPTH = 32
"""Deepest nesting of arrays and objects accepted in a JSON body (Kombo's bodies need fewer than 10)."""
MAX_CURSOR_CHARS = 4096
"""Longest pagination cursor accepted (the sandbox's own are a few hundred characters)."""

SCRIPT_ITEMS = ("429", "500", "502", "503", "504")
"""What ``Faults.script`` may hold: the status of the answer the next request gets."""


@dataclass
class Faults:
    """Fault settings; change them at runtime with :meth:`SandboxState.set_faults` or ``PUT /_sandbox/faults``.

    * ``rate_limit_ratio`` - share of ATS requests answered ``429`` with ``Retry-After`` and the
      ``PLATFORM.RATE_LIMIT_EXCEEDED`` envelope;
    * ``error_ratio`` - share answered by a "load balancer" with a 500/502/503/504 in plain text, HTML,
      an empty body or HTML mislabelled as JSON (not the envelope);
    * ``latency_ms`` - delay added to every ATS request;
    * ``odd_enum_ratio`` - share of records whose enum fields carry undocumented values;
    * ``extra_fields`` - every record (and some nested objects) carries fields the spec does not know;
    * ``script`` - a queue of faults for the next requests, for deterministic tests (:data:`SCRIPT_ITEMS`).

    The random choices come from a generator seeded with the sandbox seed, so a run is reproducible.
    """

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
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a number between 0 and 1")
        if (
            isinstance(self.latency_ms, bool)
            or not isinstance(self.latency_ms, int | float)
            or not (0 <= self.latency_ms <= 60_000)
        ):
            raise ValueError("latency_ms must be a number between 0 and 60000")
        if isinstance(self.retry_after, bool) or not isinstance(self.retry_after, int) or self.retry_after < 0:
            raise ValueError("retry_after must be an integer >= 0")
        if not isinstance(self.extra_fields, bool):
            raise ValueError("extra_fields must be true or false")
        if not isinstance(self.script, list):
            raise ValueError("script must be a list")
        for item in self.script:
            if item not in SCRIPT_ITEMS:
                raise ValueError(f"script items are '429', '500', '502', '503' or '504', not {item!r}")

    @property
    def renders(self) -> bool:
        """Whether faults change how records are rendered (so caches must be keyed on them)."""
        return self.odd_enum_ratio > 0 or self.extra_fields


@dataclass
class SandboxConfig:
    """Sizes, seed, credentials and faults of a sandbox."""

    seed: int | str = 42
    jobs: int = 40
    candidates: int = 300
    integrations: Sequence[str] = DEFAULT_INTEGRATIONS
    api_key: str = DEFAULT_API_KEY  # "*" accepts any non-empty bearer token
    faults: Faults = field(default_factory=Faults)
    max_scan: int = 50_000  # records one list call looks at before answering a (maybe empty) page
    webhooks: WebhookSettings = field(default_factory=WebhookSettings)  # where and how events are sent


class Clock:
    """Wall-clock milliseconds, strictly increasing across calls."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def now_ms(self) -> int:
        with self._lock:
            self._last = max(int(time.time() * 1000), self._last + 1)
            return self._last


@dataclass(frozen=True)
class ToolTraits:
    """What one ATS of the sandbox supports."""

    label: str
    unsupported_filters: frozenset[str] = frozenset()
    unsupported_question_types: frozenset[str] = frozenset({"MULTI_SELECT"})
    delta_sync: bool = True
    setup_steps: bool = True  # whether createSetupLink has a step to send the customer to
    ui: str = "https://{tool}.example.com/{kind}/{remote_id}"  # the ATS's own UI (`remote_url`)

    def remote_url(self, tool: str, kind: str, remote_id: str) -> str:
        return self.ui.format(tool=tool, kind=kind, remote_id=remote_id)


_TRAITS = {
    "greenhouse": ToolTraits("Greenhouse", ui="https://app.greenhouse.io/{kind}/{remote_id}"),
    "workday": ToolTraits(
        "Workday",
        unsupported_filters=frozenset({"name_contains", "post_url"}),
        delta_sync=False,
        ui="https://wd3.myworkday.com/sandbox/d/inst/{kind}/{remote_id}.htmld",
    ),
    "personio": ToolTraits(
        "Personio",
        unsupported_question_types=frozenset({"MULTI_SELECT", "BOOLEAN"}),
        setup_steps=False,
        ui="https://sandbox.personio.de/recruiting/{kind}/{remote_id}",
    ),
}


def tool_traits(tool: str) -> ToolTraits:
    """The traits of ``tool`` (the prefix of an integration id); unknown tools get the defaults."""
    return _TRAITS.get(tool) or ToolTraits(tool.capitalize() or "ATS")
