"""The seeded data of one integration: its core (jobs, candidates, applications, offers) and catalog kinds.

This is what the seeders of the lazy kinds (:mod:`.seed_activity`) and of record bodies read; the
lookups, indexes and lazily seeded kinds on top of it are :class:`.store.RecordStore`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from .config import SandboxConfig, tool_traits
from .records import AppRec, CandRec, ItemRec, JobRec, OfferRec, Record
from .seed_catalog import seed_catalog
from .seed_core import generate

__all__ = ["CORE_KINDS", "IntegrationData"]

CORE_KINDS = ("jobs", "candidates", "applications", "offers")
"""The kinds generated eagerly and kept in hand-built records (see :mod:`.records`)."""


class IntegrationData:
    """The seed data of one integration, deterministic for its seed and the configured sizes."""

    def __init__(self, integration_id: str, seed: str, config: SandboxConfig) -> None:
        self.integration_id = integration_id
        self.tool = integration_id.split(":", 1)[0].lower()
        self.traits = tool_traits(self.tool)
        self.unsupported_filters = self.traits.unsupported_filters
        self.unsupported_question_types = self.traits.unsupported_question_types
        self.seed = seed
        self.catalog = seed_catalog(seed, self.tool)
        self.users = self.catalog["users"]
        self.tags = self.catalog["tags"]
        data = generate(seed, config.jobs, config.candidates, self.tool, self.recruiter_seqs(), self.staff_seqs())
        self.jobs: list[JobRec] = data.jobs
        self.candidates: list[CandRec] = data.candidates
        self.applications: list[AppRec] = data.applications
        self.offers: list[OfferRec] = data.offers
        self.seed_sizes = {kind: len(self.core(kind)) for kind in CORE_KINDS}

    def core(self, kind: str) -> Sequence[Record]:
        """The records of a core or catalog kind."""
        if kind in CORE_KINDS:
            return cast(Sequence[Record], getattr(self, kind))
        return self.catalog[kind]

    def recruiter_seqs(self) -> list[int]:
        roles = {r.id for r in self.catalog["roles"] if r.body and r.body["unified_type"] == "RECRUITER"}
        return [u.seq for u in self.users if roles & set(u.links.get("system_roles", ()))]

    def staff_seqs(self) -> list[int]:
        """Seqs of the active users (hiring teams and interview panels are made of them)."""
        return [u.seq for u in self.users if u.body and u.body["status"] == "ACTIVE"]

    def job_roles(self, roles: Iterable[str]) -> list[ItemRec]:
        wanted = set(roles)
        job_roles = [r for r in self.catalog["roles"] if r.body and r.body["scope"] == "JOB"]
        return [r for r in job_roles if r.body and r.body["unified_type"] in wanted]
