"""The events the sandbox sends, shaped like Kombo's (``{id, type, data}``, see ``openapi.yaml`` ``webhooks:``).

Model names in ``data-changed`` are Kombo's: ``ats_<list kind>`` where the spec's ``ChangedModelName``
documents it (``ats_candidates``, ``ats_application_stages``), plus join models named by the caller
(``ats_join_candidates_tags``). Kinds Kombo reports under no model name (custom fields) are left out.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Iterable
from typing import Any

from kombo_ats.spec import api

from kombo_ats_client.types import format_datetime

__all__ = [
    "changed_model_names",
    "data_changed",
    "end_user",
    "integration_created",
    "integration_deleted",
    "iso_now",
    "model_names",
    "sync_finished",
]


@functools.cache
def changed_model_names() -> frozenset[str]:
    """Every model name the spec documents for ``data-changed``."""
    return frozenset(api().component("ChangedModelName").get("enum", ()))


def model_names(kinds: Iterable[str]) -> set[str]:
    """Kombo's model names of the sandbox's list kinds (``candidates`` -> ``ats_candidates``)."""
    known = changed_model_names()
    return {f"ats_{kind}" for kind in kinds if f"ats_{kind}" in known}


def iso(moment: dt.datetime) -> str:
    return format_datetime(moment.astimezone(dt.UTC))  # the SDK's one date-time wire format


def iso_now() -> str:
    return iso(dt.datetime.now(dt.UTC))


def _event(event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": uuid.uuid4().hex, "type": event_type, "data": data}


def end_user(info: Any) -> dict[str, Any]:
    return {
        "organization_name": info.organization_name,
        "creator_email": info.creator_email,
        "origin_id": info.origin_id,
    }


def _tool(integration_id: str) -> str:
    return integration_id.split(":", 1)[0]


def data_changed(integration_id: str, category: str, models: Iterable[str]) -> dict[str, Any]:
    return _event(
        "data-changed",
        {
            "integration_id": integration_id,
            "integration_tool": _tool(integration_id),
            "integration_category": category,
            "changed_models": [{"name": name} for name in sorted(models)],
        },
    )


def sync_finished(
    integration_id: str, info: Any, *, sync_id: str, state: str, started: dt.datetime, ended: dt.datetime
) -> dict[str, Any]:
    return _event(
        "sync-finished",
        {
            "sync_id": sync_id,
            "sync_state": state,
            "sync_started_at": iso(started),
            "sync_ended_at": iso(ended),
            "sync_duration_seconds": round((ended - started).total_seconds(), 3),
            "integration_id": integration_id,
            "integration_tool": _tool(integration_id),
            "integration_category": info.category,
            "end_user": end_user(info),
            "log_url": f"https://app.kombo.dev/logs?sync={sync_id}",
        },
    )


def integration_created(integration_id: str, info: Any) -> dict[str, Any]:
    return _event(
        "integration-created",
        {"id": integration_id, "tool": _tool(integration_id), "category": info.category, "end_user": end_user(info)},
    )


def integration_deleted(integration_id: str, info: Any) -> dict[str, Any]:
    return _event(
        "integration-deleted",
        {
            "id": integration_id,
            "tool": _tool(integration_id),
            "category": info.category,
            "end_user": end_user(info),
            "deleted_at": iso_now(),
        },
    )
