"""The sync's own dependencies (the ``sync`` extra), checked when ``kombo_ats.sync`` is imported.

Without it a user would see ``ModuleNotFoundError: No module named 'dlt'`` from deep inside the package;
this names the extra to install instead.
"""

from __future__ import annotations

import importlib.util
import os

__all__ = ["INSTALL_HINT", "require_sync_extra"]

INSTALL_HINT = "pip install 'kombo-ats-client[sync]'"
MODULES = ("dlt", "pyarrow", "duckdb")


def require_sync_extra(modules: tuple[str, ...] = MODULES) -> None:
    for name in modules:
        if importlib.util.find_spec(name) is None:
            raise ModuleNotFoundError(
                f"kombo_ats.sync needs the 'sync' extra ({name} is not installed): {INSTALL_HINT}", name=name
            )


require_sync_extra()

# dlt reports anonymous usage to its makers unless told not to; a library must not phone home on its
# users' behalf (CI machines may reach no network at all). Set RUNTIME__DLTHUB_TELEMETRY=true to allow it.
os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
