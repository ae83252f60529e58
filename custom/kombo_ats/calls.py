"""The runtime behind every typed call that is not a paginated list (writes, checks, single reads).

The typed functions themselves (``move_application_to_stage``, ``check_api_key``, ...) are generated
from the spec (``_generated/calls.py``); each hands its arguments to :func:`call`, which checks them
against the spec (path parameters, query values, the request body), builds the request from the
operation's facts in the spec (``_request``), sends it with the retry mode its method allows (writes are only retried
when provably unprocessed: 429 and connection failures) and returns the parsed answer as a
:class:`Result`, with the ATS's warnings as plain strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from kombo_ats_client.types import Unset

from . import _json
from ._body import CheckedBody, check_body
from ._constants import DEFAULT_MAX_ATTACHMENT_BYTES
from ._decode import decode_body
from ._http import AnyClient, RequestOptions, send
from ._request import build_request, encode_query, route_params
from ._validation import check_client, check_positive_int
from .filters import warn_deprecated_operation
from .spec import Operation, api

__all__ = ["CallEndpoint", "Result", "call", "warning_messages"]

T = TypeVar("T")


@attrs.frozen
class Result(Generic[T]):
    """What a call returns: the answer's ``data``, the ATS's warnings, and the whole parsed body.

    ``warnings`` say what the remote system could not take (an unsupported field, say); they are not
    errors, but they are never dropped either. ``response`` is the generated envelope model.
    """

    data: T
    warnings: list[str]
    response: Any


@attrs.frozen
class CallEndpoint:
    """What a call needs of one operation besides the spec: the generated model its answer is parsed into."""

    operation_id: str
    response: Callable[[Mapping[str, Any]], Any] | None
    """The generated envelope's ``from_dict`` (None when the spec gives the answer no schema)."""

    @property
    def operation(self) -> Operation:
        return api().operations[self.operation_id]


def warning_messages(envelope: object) -> list[str]:
    """The ``warnings`` of an answer as strings (a warning without a message is shown as its JSON)."""
    raw = getattr(envelope, "warnings", None)
    if raw is None or isinstance(raw, Unset) or not isinstance(raw, list):
        return []
    messages = []
    for warning in raw:
        message = getattr(warning, "message", None)
        if isinstance(message, str):
            messages.append(message)
        else:
            to_dict = getattr(warning, "to_dict", None)
            messages.append(str(to_dict() if callable(to_dict) else warning))
    return messages


def attachment_limit(client: AnyClient, per_call: int | None) -> int:
    """The cap on each file of a body: the call's own, else the client's, else the SDK's default."""
    limit = per_call if per_call is not None else getattr(client, "max_attachment_bytes", None)
    return DEFAULT_MAX_ATTACHMENT_BYTES if limit is None else check_positive_int("max_attachment_bytes", limit)


def prepare(
    endpoint: CallEndpoint,
    client: AnyClient,
    *,
    integration_id: str | None,
    path: Mapping[str, object],
    query: Mapping[str, Any],
    body: Mapping[str, Any],
    max_attachment_bytes: int | None = None,
    stacklevel: int,
) -> tuple[dict[str, Any], CheckedBody | None]:
    """Check everything and build the request (raises before anything is sent).

    Files given by path are not read yet: the caller completes the body (off the event loop).
    """
    op = endpoint.operation
    check_client(client)
    params = route_params(op, integration_id=integration_id, path=path)
    warn_deprecated_operation(op, stacklevel=stacklevel + 1)
    params.update(encode_query(op, query, wire_strings=False, stacklevel=stacklevel + 1))
    if op.body_schema is None:
        return build_request(op, params), None
    checked = check_body(
        api(),
        op.body_schema,
        body,
        max_attachment_bytes=attachment_limit(client, max_attachment_bytes),
        stacklevel=stacklevel + 1,
    )
    return build_request(op, params, json=checked.json), checked


async def call(
    endpoint: CallEndpoint,
    client: AnyClient,
    *,
    integration_id: str | None = None,
    path: Mapping[str, object] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    max_attachment_bytes: int | None = None,
    timeout: float | None = None,  # noqa: ASYNC109 - the attempt timeout of this call, not a wait of ours
    max_retries: int | None = None,
) -> Result[Any]:
    """Send one operation and return its :class:`Result` (see the module docstring)."""
    options = RequestOptions.of(timeout=timeout, max_retries=max_retries)
    request, checked = prepare(
        endpoint,
        client,
        integration_id=integration_id,
        path=path or {},
        query=query or {},
        body=body or {},
        max_attachment_bytes=max_attachment_bytes,
        stacklevel=3,
    )
    if checked is not None:
        request["json"] = await checked.complete_async()
    response = await send(client, request, options=options)
    if endpoint.response is None:
        payload = _json.loads(response.content) if response.content else None
        return Result(data=payload, warnings=[], response=payload)
    envelope = decode_body(response, endpoint.response)
    return Result(data=getattr(envelope, "data", None), warnings=warning_messages(envelope), response=envelope)
