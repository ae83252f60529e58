"""``kombo-ats``: the command line of the SDK (needs the ``sync`` extra: typer, rich, dlt).

Also ``python -m kombo_ats``. See ``kombo-ats --help`` and docs/sync.md.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """The console script's entry point."""
    try:
        from ._app import app
    except ModuleNotFoundError as exc:
        import sys

        print(
            f"error: kombo-ats needs the 'sync' extra ({exc.name} is not installed): "
            "pip install 'kombo-ats-client[sync]'",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    app()
