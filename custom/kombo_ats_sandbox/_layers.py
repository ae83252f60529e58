"""The layers of the package, bottom first: a module may import from its own layer and the ones below.

One place says the order; ``tests/test_sandbox_layers.py`` reads it and fails on any import that points
up, and on any import cycle between modules. Modules directly in the package folder (server, command
line, pytest plugin, contract checker) sit above every layer. ``webhooks`` sits between the logic it
observes and the HTTP layer that serves it.
"""

from __future__ import annotations

__all__ = ["LAYERS"]

LAYERS: tuple[str, ...] = ("data", "logic", "webhooks", "http")
"""Sub-packages of ``kombo_ats_sandbox`` from the bottom up."""
