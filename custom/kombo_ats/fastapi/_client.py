"""One SDK client per FastAPI app: opened by the app's lifespan, handed to routes by a dependency.

A client is a connection pool; opening one per request would pay a TLS handshake every time and
leak sockets when a route forgets to close it. The lifespan owns it, every route and every tenant
shares it (the integration id travels with each call, never in shared state).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request

from kombo_ats.client import make_client
from kombo_ats_client import AuthenticatedClient

__all__ = ["STATE_ATTRIBUTE", "ClientFactory", "KomboClient", "get_kombo_client", "kombo_lifespan"]

STATE_ATTRIBUTE = "kombo"
"""The client lives on ``app.state.kombo`` while the app runs."""

ClientFactory = Callable[[], AuthenticatedClient]
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def kombo_lifespan(
    client_factory: ClientFactory = make_client, *, inner: Lifespan | None = None
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A lifespan for ``FastAPI(lifespan=...)`` that opens one client and closes it on shutdown.

    ``client_factory`` makes the client (default ``make_client()``: key from ``KOMBO_API_KEY``, server
    from ``KOMBO_BASE_URL`` or the region); tests pass one aimed at the sandbox. ``inner`` is the app's
    own lifespan, run inside, so it can already use the client (``app.state.kombo``).
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as client:
            setattr(app.state, STATE_ATTRIBUTE, client)
            try:
                if inner is None:
                    yield
                else:
                    async with inner(app):
                        yield
            finally:
                delattr(app.state, STATE_ATTRIBUTE)

    return lifespan


def get_kombo_client(request: Request) -> AuthenticatedClient:
    """Dependency: the app's client. A clear error if the app was built without ``kombo_lifespan``."""
    client = getattr(request.app.state, STATE_ATTRIBUTE, None)
    if not isinstance(client, AuthenticatedClient):
        raise RuntimeError(
            "kombo_ats.fastapi: no SDK client on app.state.kombo; create the app with "
            "FastAPI(lifespan=kombo_lifespan()) (or set app.state.kombo in your own lifespan)"
        )
    return client


KomboClient = Annotated[AuthenticatedClient, Depends(get_kombo_client)]
"""Route parameter type: ``async def route(kombo: KomboClient)`` receives the app's client."""
