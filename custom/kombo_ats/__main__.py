"""``python -m kombo_ats``: the ``kombo-ats`` command line."""

from .cli import main

main()
