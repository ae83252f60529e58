"""FastAPI integration (extra ``[fastapi]``): the pieces every FastAPI backend on this SDK needs.

* :func:`kombo_lifespan` and :data:`KomboClient`: one client for the app, handed to routes.

The SDK's models work in FastAPI without this package (as return values, ``response_model``,
request bodies): they speak pydantic's protocol themselves (see ``kombo_ats._pydantic``).
"""

try:
    import fastapi as _fastapi  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised by tests/test_fastapi_package.py in a subprocess
    raise ImportError("kombo_ats.fastapi needs FastAPI: pip install 'kombo-ats-client[fastapi]'") from exc

from ._client import ClientFactory, KomboClient, get_kombo_client, kombo_lifespan

__all__ = [
    "ClientFactory",
    "KomboClient",
    "get_kombo_client",
    "kombo_lifespan",
]
