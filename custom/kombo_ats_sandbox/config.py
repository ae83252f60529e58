"""Settings of a sandbox, its clock, and what the sandbox's "ATSs" can and cannot do.

Which filters, question types and sync types an integration supports is a small fixed table keyed by the
prefix of its id (``workday:``, ``personio:``, others), so the sandbox can show ``warnings``,
``ignore_unsupported_filters`` and the general endpoints' answers the way different ATSs cause them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from .faults import Faults

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_INTEGRATIONS",
    "Clock",
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
