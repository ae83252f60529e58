"""Deprecated alias of :mod:`kombo_ats_sandbox`, kept for one release.

The sandbox is its own package now (``import kombo_ats_sandbox``, ``python -m kombo_ats_sandbox``), so
that the SDK a backend installs carries no server code. The SDK itself never imports this module.
"""

from __future__ import annotations

import warnings

from kombo_ats_sandbox import *  # noqa: F403
from kombo_ats_sandbox import __all__ as __all__

warnings.warn(
    "kombo_ats.sandbox is deprecated: import kombo_ats_sandbox instead (same names)",
    DeprecationWarning,
    stacklevel=2,
)
