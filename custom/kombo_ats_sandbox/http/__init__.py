"""The HTTP layer: the Starlette app, authentication, request faults, operation endpoints and handlers, admin API."""
