"""Build a request for any operation with the generated endpoint module's ``_get_kwargs``.

The SDK's walkers and typed calls never assemble URLs or query strings themselves: they hand wire
values (already checked and encoded, keyed by the spec's parameter names) to the generated function,
so requests from the SDK and from the generated functions are built by the same code.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ._validation import check_integration_id, check_path_param
from .filters import encode_value
from .spec import INTEGRATION_HEADER, Operation, api, snake_case

__all__ = ["build_request", "endpoint_module", "route_params"]


@functools.cache
def endpoint_module(operation_id: str) -> ModuleType:
    """The generated module of an operation: ``kombo_ats_client.api.<tag>.<operation name>``."""
    op = api().operations[operation_id]
    return importlib.import_module(f"kombo_ats_client.api.{snake_case(op.tag)}.{op.name}")


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@functools.cache
def _argument_names(operation_id: str) -> dict[str, str]:
    """Spec parameter name -> the generated ``_get_kwargs`` argument (``X-Integration-Id`` -> ``x_integration_id``)."""
    op = api().operations[operation_id]
    arguments = {
        _normalise(name): name for name in inspect.signature(endpoint_module(operation_id)._get_kwargs).parameters
    }
    names: dict[str, str] = {}
    for param in op.params:
        argument = arguments.get(_normalise(param.name))
        if argument is None:
            raise RuntimeError(
                f"{operation_id}: the generated function has no argument for parameter {param.name!r}; "
                "kombo_ats_client is stale, run 'make generate'"
            )
        names[param.name] = argument
    return names


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


def build_request(op: Operation, params: Mapping[str, Any], *, body: Any = None) -> dict[str, Any]:
    """``_get_kwargs`` of the operation, called with wire values keyed by spec parameter name."""
    names = _argument_names(op.operation_id)
    kwargs = {names[name]: value for name, value in params.items()}
    if body is not None:
        kwargs["body"] = body
    request: dict[str, Any] = endpoint_module(op.operation_id)._get_kwargs(**kwargs)
    return request
