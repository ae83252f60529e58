"""Build the request of any operation from the spec's facts about it: method, path template, parameter locations.

The SDK's walkers and typed calls never assemble URLs or query strings by hand and never look into
generated code: they hand checked wire values (keyed by the spec's parameter names) to
:func:`build_request`, which places each one where the spec says (path segment, query string,
header) and sends the checked JSON body as it is. The spec's default of a query parameter is sent
when the caller leaves it out, as the generated endpoint functions do, so both send the same request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from kombo_ats_client.client import OperationRequest
from kombo_ats_client.types import Unset

from ._validation import check_integration_id, check_path_param
from .filters import check_wire_moment, encode_value, warn_deprecated
from .spec import INTEGRATION_HEADER, Operation, api, split_list

__all__ = ["build_request", "encode_query", "operation_request", "route_params"]


def route_params(op: Operation, *, integration_id: str | None, path: Mapping[str, object]) -> dict[str, Any]:
    """Checked path parameters and the integration id, placed where the operation takes it.

    ``/ats/*`` operations take the integration in the ``X-Integration-Id`` header; the
    ``/integrations/{integration_id}/...`` ones in their path; some take none.
    """
    params: dict[str, Any] = {}
    path_names = {p.name for p in op.params_in("path")}
    if op.requires_integration_header:
        params[INTEGRATION_HEADER] = check_integration_id(integration_id)
    elif "integration_id" in path_names:
        params["integration_id"] = check_path_param("integration_id", check_integration_id(integration_id))
    for name, value in path.items():
        param = op.param(name)
        if param.kind == "enum":  # the spec's values only (e.g. /tools/{category}), named in the error
            value = encode_value(param, value)
        params[name] = check_path_param(name, value)
    missing = sorted(path_names - set(params))
    if missing:  # the generated signatures make this a TypeError first; kept for the untyped paths
        raise TypeError(f"{op.name}: missing path parameter {', '.join(missing)}")
    return params


def build_request(op: Operation, params: Mapping[str, Any], *, json: Any = None) -> dict[str, Any]:
    """``httpx.AsyncClient.build_request`` keywords for ``op`` from wire values keyed by spec parameter name.

    Path values are percent-encoded as one segment each (``/`` included), so an id can never address
    another endpoint; query values go out as given (lists already joined by the filters' encoding).
    """
    segments: dict[str, str] = {}
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for param in op.params:
        value = params.get(param.name)
        if value is None and param.location == "query" and param.default is not None:
            value = param.default
        if value is None:
            continue
        if param.location == "path":
            segments[param.name] = quote(str(value), safe="")
        elif param.location == "query":
            query[param.name] = value
        else:
            headers[param.name] = str(value)
    unknown = sorted(set(params) - {p.name for p in op.params})
    if unknown:
        raise TypeError(f"{op.name}: no parameter {', '.join(map(repr, unknown))} in the spec")
    request: dict[str, Any] = {"method": op.method, "url": op.path.format_map(segments)}
    if query:
        request["params"] = query
    if headers:
        request["headers"] = headers
    if json is not None:
        request["json"] = json
    return request


def encode_query(op: Operation, query: Mapping[str, Any], *, wire_strings: bool, stacklevel: int) -> dict[str, Any]:
    """Checked wire values of the query parameters given (``None``/``UNSET`` leave one out).

    Deprecated parameters still work but warn. ``wire_strings``: strings may already be in the wire
    form, as the generated functions allow (``"a,b"`` for a list, ``"2024-01-31T09:30:00.000Z"``).
    """
    params: dict[str, Any] = {}
    for name, value in query.items():
        if value is None or isinstance(value, Unset):
            continue
        param = op.param(name)
        if wire_strings and isinstance(value, str) and param.kind in ("datetime", "date"):
            params[name] = check_wire_moment(value, field=name, date_only=param.kind == "date")
        else:
            if wire_strings and isinstance(value, str) and param.kind in ("csv", "enum_csv"):
                value = split_list(value)
            params[name] = encode_value(param, value)
        if param.deprecated:
            warn_deprecated(param, stacklevel=stacklevel + 1)
    return params


def operation_request(call: OperationRequest) -> dict[str, Any]:
    """The request of a generated endpoint function's call, checked and built like the SDK's own calls.

    The operation is found by its method and path; each value given is checked against its parameter
    in the spec (enums, bounds, lengths, date-times, ids in the path) and encoded by the same rules as
    the walkers' and typed calls' (an already comma-separated string counts as the list it spells).
    """
    op = api().operation_at(call.method, call.path)
    integration_id = call.headers.get(INTEGRATION_HEADER, call.path_params.get("integration_id"))
    path = {name: value for name, value in call.path_params.items() if name != "integration_id"}
    params = route_params(op, integration_id=integration_id, path=path)
    # A deprecated parameter's warning points at the generated function (asyncio_detailed) that was called.
    params.update(encode_query(op, call.query, wire_strings=True, stacklevel=5))
    return build_request(op, params, json=call.json)
