"""The ASGI wrapper that tells the :class:`.hub.WebhookHub` what the API did beyond changing records.

Around every request it compares the sandbox's integrations before and after: a new one (a finished
Connect flow) is ``integration-created``, a removed one (``deleteIntegration``) ``integration-deleted``.
A successful ``triggerSync`` that queued a new sync schedules ``sync-finished``; the tag operations
report the join model ``ats_join_candidates_tags`` (the record observers only see candidates change).
It reads the answer's body only for ``triggerSync``; the request itself is never delayed.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any

from kombo_ats.spec import api

from .hub import hub_for

__all__ = ["JOIN_MODELS", "WebhookMiddleware"]

JOIN_MODELS: dict[str, str] = {
    "addCandidateTag": "ats_join_candidates_tags",
    "removeCandidateTag": "ats_join_candidates_tags",
}
"""Write operations whose change Kombo reports as a join model (operationId -> model name)."""

Scope = dict[str, Any]
Message = dict[str, Any]


@functools.cache
def _route(operation_id: str) -> tuple[str, re.Pattern[str]]:
    op = api().operations[operation_id]
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
    return op.method.upper(), re.compile(f"/v1{pattern}")


def _matches(operation_id: str, method: str, path: str) -> bool:
    want, pattern = _route(operation_id)
    return method == want and pattern.fullmatch(path) is not None


class WebhookMiddleware:
    """Wraps the sandbox app; ``state`` is the :class:`SandboxState` it serves."""

    def __init__(self, app: Any, state: Any) -> None:
        self.app = app
        self.state = state

    def _integrations(self) -> dict[str, Any]:
        with self.state.lock:
            return {iid: copy.copy(store.info) for iid, store in self.state.integrations.items()}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        hub = hub_for(self.state)
        if scope["type"] != "http" or not hub.settings.enabled:
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        before = self._integrations()
        is_sync = _matches("triggerSync", method, path)
        answer: dict[str, Any] = {"status": 0, "body": b""}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                if is_sync:
                    answer["body"] += message.get("body", b"")
                if not message.get("more_body", False) and 200 <= answer["status"] < 300:
                    # before the last byte goes out: once a client has its answer, the events are scheduled
                    self._report(hub, scope, before, answer["body"] if is_sync else None)
            await send(message)

        await self.app(scope, receive, watch)

    def _report(self, hub: Any, scope: Scope, before: dict[str, Any], sync_answer: bytes | None) -> None:
        """Tell the hub what the successful request did besides changing records."""
        after = self._integrations()
        for iid in after.keys() - before.keys():
            hub.integration_created(iid, after[iid])
        for iid in before.keys() - after.keys():
            hub.integration_deleted(iid, before[iid])
        integration = _header(scope, b"x-integration-id")
        if integration is None:
            return
        if sync_answer is not None:
            data = _json(sync_answer).get("data") or {}
            if isinstance(data, dict) and not data.get("already_queued") and isinstance(data.get("sync_id"), str):
                hub.sync_started(integration, data["sync_id"])
        for operation_id, model in JOIN_MODELS.items():
            if _matches(operation_id, scope["method"], scope["path"]):
                hub.changed(integration, {model})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _json(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
