"""``kombo_ats_sandbox.spec_data``: the spec-driven test-data builder, where tests import it from.

It lives in the data layer (:mod:`kombo_ats_sandbox.data.spec_data`), which the sandbox's completion of
records uses too; this module keeps the short import path the test suites use.
"""

from __future__ import annotations

from .data.spec_data import Mode, example

__all__ = ["Mode", "example"]
