"""Importing the sandbox without its extra says which extra to install, not just a bare ModuleNotFoundError."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("missing", ["starlette", "uvicorn"])
def test_importing_the_sandbox_without_its_extra_names_the_extra(missing: str) -> None:
    code = f"import sys; sys.modules[{missing!r}] = None; import kombo_ats_sandbox"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: kombo_ats_sandbox needs the 'sandbox' extra"), last
    assert "kombo-ats-client[sandbox]" in last and missing in last


def test_the_sdk_itself_imports_without_the_sandbox_extra() -> None:
    code = "import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None; import kombo_ats"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
