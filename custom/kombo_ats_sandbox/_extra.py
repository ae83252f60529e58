"""The sandbox's own dependencies (the ``sandbox`` extra), checked when this module is imported.

``kombo_ats_sandbox`` imports this module before anything that needs starlette or uvicorn.

Without it a user would see ``ModuleNotFoundError: No module named 'starlette'`` from deep inside the
package; this says which extra to install instead.
"""

from __future__ import annotations

import importlib

__all__ = ["INSTALL_HINT", "require_sandbox_extra"]

INSTALL_HINT = "pip install 'kombo-ats-client[sandbox]'"


def require_sandbox_extra() -> None:
    for name in ("starlette", "uvicorn"):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise ModuleNotFoundError(
                f"kombo_ats_sandbox needs the 'sandbox' extra ({name} is not installed): {INSTALL_HINT}",
                name=name,
            ) from exc


require_sandbox_extra()
