"""The record-level walkers (``iter_candidates`` & co), generated from the spec.

Kept as a module for imports written against earlier versions; the walkers themselves live in
``_generated/walkers.py`` (one per paginated list operation of ``openapi.yaml``).
"""

from ._generated.walkers import *  # noqa: F403
from ._generated.walkers import __all__ as __all__
