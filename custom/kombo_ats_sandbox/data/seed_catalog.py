"""The small, eagerly seeded kinds of an integration: users, roles, tags, rejection reasons, stages, fields.

They are what other records point at (a hiring team's users, an interview's interviewers, a candidate's
tags, an application's rejection reason), so they exist before the rest of the data is generated. Each
kind gets its own generator seeded with ``<seed>:<kind>``: the same seed always gives the same records.
"""

from __future__ import annotations

import random
from typing import Any

from .records import ANCHOR_MS, DAY_MS, ItemRec, make_id
from .vocab import CUSTOM_FIELDS, INTEGRATION_FIELDS, REJECTION_REASONS, ROLES, STAGE_NAMES, TAGS, USERS

__all__ = ["CATALOG_KINDS", "seed_catalog"]

CATALOG_KINDS = (
    "roles",
    "users",
    "tags",
    "rejection_reasons",
    "application_stages",
    "integration_fields",
    "custom_fields",
)


def _item(rng: random.Random, seq: int, remote_id: str, body: dict[str, Any], **links: Any) -> ItemRec:
    created = ANCHOR_MS - rng.randrange(400 * DAY_MS, 1500 * DAY_MS)
    changed = min(ANCHOR_MS - rng.randrange(0, DAY_MS), created + rng.randrange(0, 300 * DAY_MS))
    return ItemRec(seq, make_id(rng), remote_id, created, changed, body=body, links=dict(links))


def _email(first: str, last: str, tool: str) -> str:
    return f"{first}.{last}@{tool}-customer.example.com".lower().replace("ä", "ae").replace("ö", "oe")


def _roles(seed: str) -> list[ItemRec]:
    rng = random.Random(f"{seed}:roles")
    return [
        _item(rng, i, f"role-{i}", {"remote_label": label, "scope": scope, "unified_type": unified})
        for i, (label, scope, unified) in enumerate(ROLES)
    ]


def _users(seed: str, tool: str, roles: list[ItemRec]) -> list[ItemRec]:
    system_roles = {label: r.id for r, (label, scope, _) in zip(roles, ROLES, strict=True) if scope == "SYSTEM"}
    rng = random.Random(f"{seed}:users")
    return [
        _item(
            rng,
            i,
            f"u{100 + i}",
            {
                "first_name": first,
                "last_name": last,
                "email": _email(first, last, tool),
                "status": "INACTIVE" if i == len(USERS) - 1 else "ACTIVE",
            },
            system_roles=[system_roles[label] for label in labels],
        )
        for i, (first, last, labels) in enumerate(USERS)
    ]


def _application_stages(seed: str) -> list[ItemRec]:
    rng = random.Random(f"{seed}:application_stages")
    stages = [*STAGE_NAMES, "Phone Screen (old)"]
    return [
        _item(
            rng,
            i,
            f"stage-{i}",
            {"name": name, "status": "INACTIVE" if name.endswith("(old)") else "ACTIVE", "custom_fields": {}},
        )
        for i, name in enumerate(stages)
    ]


def _integration_fields(seed: str) -> list[ItemRec]:
    rng = random.Random(f"{seed}:integration_fields")
    return [
        _item(
            rng,
            i,
            key,
            {
                "key": key,
                "model": model,
                "type": kind,
                "label": label,
                "is_passthrough_enabled": i % 3 == 0,
                "is_writable": False,
            },
        )
        for i, (key, model, kind, label) in enumerate(INTEGRATION_FIELDS)
    ]


def _custom_fields(seed: str, integration_fields: list[ItemRec]) -> list[ItemRec]:
    by_key = {(model, key): f.id for f, (key, model, _, _) in zip(integration_fields, INTEGRATION_FIELDS, strict=True)}
    rng = random.Random(f"{seed}:custom_fields")
    return [
        _item(
            rng,
            i,
            key,
            {"key": key, "model": model, "label": label, "description": f"{label} of the {model[:-1]}"},
            integration_field=by_key.get((model, mapped)) if mapped else None,
        )
        for i, (key, model, label, mapped) in enumerate(CUSTOM_FIELDS)
    ]


def _named(seed: str, kind: str, prefix: str, names: tuple[str, ...]) -> list[ItemRec]:
    rng = random.Random(f"{seed}:{kind}")
    return [_item(rng, i, f"{prefix}{i}", {"name": name}) for i, name in enumerate(names)]


def seed_catalog(seed: str, tool: str) -> dict[str, list[ItemRec]]:
    """Every catalog kind of one integration, keyed by kind (each from its own generator)."""
    roles = _roles(seed)
    integration_fields = _integration_fields(seed)
    return {
        "roles": roles,
        "users": _users(seed, tool, roles),
        "tags": _named(seed, "tags", "", TAGS),
        "rejection_reasons": _named(seed, "rejection_reasons", "rr-", REJECTION_REASONS),
        "application_stages": _application_stages(seed),
        "integration_fields": integration_fields,
        "custom_fields": _custom_fields(seed, integration_fields),
    }
