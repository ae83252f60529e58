"""``kombo_ats.sandbox`` stays one release as a deprecated alias of ``kombo_ats_sandbox``: same names, and a warning."""

from __future__ import annotations

import importlib
import sys

import kombo_ats_sandbox
import pytest


def test_the_old_import_path_warns_and_gives_the_same_names() -> None:
    sys.modules.pop("kombo_ats.sandbox", None)
    with pytest.warns(DeprecationWarning, match="import kombo_ats_sandbox instead"):
        alias = importlib.import_module("kombo_ats.sandbox")
    assert alias.__all__ == kombo_ats_sandbox.__all__
    for name in kombo_ats_sandbox.__all__:
        assert getattr(alias, name) is getattr(kombo_ats_sandbox, name), name
