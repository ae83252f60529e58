"""A small multi-tenant FastAPI backend built on the SDK (see ``app.py``)."""
