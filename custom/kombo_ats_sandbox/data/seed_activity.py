"""Seed data of the kinds that hang off applications and candidates: interviews, scorecards, notes, attachments.

There can be several per application, so at 100,000 candidates they are many: each kind is generated on
its first use (listing it, rendering an application that embeds interviews, or a change that could affect
it), from the *seed* applications and candidates only, with a generator seeded with ``<seed>:<kind>``. So
the result does not depend on when that happens, and records created later never get seeded children.
Like candidates, interviews and scorecards are generated in two layers: what lists, filters and
references need at once, the rest (titles, locations, answers) from a per-record seed on first render.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

from .dataset import IntegrationData
from .records import ANCHOR_MS, DAY_MS, ItemRec, Record, iso, make_id, paused_gc
from .seed_bodies import record_seed
from .seed_core import location
from .vocab import NOTES, PLACES, SCORECARD_QUESTIONS, SCORECARD_SUMMARIES, SYSTEM_NOTES

__all__ = ["ACTIVITY_KINDS", "fill_seeded", "seed_activity"]

_HOUR_MS = 3_600_000
Records = Callable[[str], Sequence[Record]]
"""The records of a kind, seeded first if need be (scorecards are seeded from the interviews)."""


def _deleted(rec: ItemRec, parent_deleted: int | None) -> ItemRec:
    if parent_deleted is not None:
        rec.deleted_ms = rec.changed_ms = max(parent_deleted, rec.created_ms)
    return rec


def _interviews(store: IntegrationData, records: Records) -> list[ItemRec]:
    rng = random.Random(f"{store.seed}:interviews")
    rand = rng.random  # int(rand() * n), not randrange: this runs ~200,000 times at 100,000 candidates
    users = [store.users[s].id for s in store.staff_seqs()]
    stage_index = [{st["id"]: st["index"] for st in job.stages} for job in store.jobs]
    panels = [[store.users[s].id for s, roles in job.team if "RECRUITER" not in roles][:1] for job in store.jobs]
    out: list[ItemRec] = []
    for app in store.applications[: store.seed_sizes["applications"]]:
        n_stages = len(store.jobs[app.job].stages)
        for i in range(max(0, min(stage_index[app.job].get(app.stage_id or "", 0) - 1, 3))):
            start = min(app.created_ms + (i + 1) * 3 * DAY_MS, ANCHOR_MS - 2 * DAY_MS)
            start = start // DAY_MS * DAY_MS + (8 + int(rand() * 9)) * _HOUR_MS
            created = start - (1 + int(rand() * 4)) * DAY_MS
            changed = min(ANCHOR_MS - int(rand() * DAY_MS), start + (1 + int(rand() * 47)) * _HOUR_MS)
            body = {"canceled": rand() < 0.05, "application_id": app.id}
            rec = ItemRec(len(out), make_id(rng), f"iv-{app.remote_id}-{i}", created, changed, body=body)
            rec.links["users"] = list(dict.fromkeys([*panels[app.job], users[int(rand() * len(users))]]))
            rec.links["_seed"] = (app.job, min(i + 1, n_stages - 1), start)
            out.append(_deleted(rec, app.deleted_ms) if app.deleted_ms is not None else rec)
    return out


def _interview_rest(store: IntegrationData, rec: ItemRec, rng: random.Random, seed: Any) -> dict[str, Any]:
    job_seq, stage_index, start = seed
    job = store.jobs[job_seq]
    stage = job.stages[min(stage_index, len(job.stages) - 1)] if job.stages else {"id": None, "name": "Interview"}
    remote = rng.random() < 0.5
    return {
        "title": f"{stage['name']}: {job.name}",
        "starting_at": iso(start),
        "ending_at": iso(start + _HOUR_MS),
        "canceled": None,
        "location": None if remote else location(PLACES[rng.randrange(len(PLACES))]),
        "video_conferencing_url": f"https://meet.example.com/{make_id(rng)[:10]}" if remote else None,
        "application_id": None,
        "stage_id": stage["id"],
        "remote_updated_at": iso(rec.changed_ms if rec.deleted_ms is None else rec.created_ms),
    }


def _response(rng: random.Random, label: str, kind: str, description: str | None, options: Any) -> dict[str, Any]:
    opts = [{"remote_id": rid, "label": text} for rid, text in options] or None
    answer: Any
    if kind == "SINGLE_SELECT":
        answer = opts[rng.randrange(len(opts))] if opts else None
    elif kind == "MULTI_SELECT":
        answer = rng.sample(opts, rng.randrange(1, 3)) if opts else []
    elif kind == "NUMBER":
        answer = rng.randrange(1, 6)
    elif kind == "BOOLEAN":
        answer = rng.random() < 0.7
    elif kind == "DATE":
        answer = f"2025-{rng.randrange(7, 13):02d}-01"
    else:
        answer = SCORECARD_SUMMARIES[rng.randrange(len(SCORECARD_SUMMARIES))]
    return {
        "type": kind,
        "remote_id": label.lower().replace(" ", "_").replace("?", ""),
        "label": label,
        "description": description,
        "required": kind in ("SINGLE_SELECT", "TEXT"),
        "options": opts,
        "answer": answer,
    }


def _scorecards(store: IntegrationData, records: Records) -> list[ItemRec]:
    rng = random.Random(f"{store.seed}:scorecards")
    out: list[ItemRec] = []
    apps = {a.id: a for a in store.applications[: store.seed_sizes["applications"]]}
    for interview in records("interviews"):
        assert isinstance(interview, ItemRec)
        body = interview.body or {}
        if body.get("canceled") or rng.random() >= 0.75:
            continue
        app = apps.get(str(body["application_id"]))
        if app is None:  # pragma: no cover - seeded interviews belong to seed applications
            continue
        created = interview.changed_ms
        card = ItemRec(
            len(out),
            make_id(rng),
            f"sc-{interview.remote_id}",
            created,
            created,
            body={
                "candidate_id": store.candidates[app.cand].id,
                "application_id": app.id,
                "interview_id": interview.id,
                "author_id": interview.links["users"][0],
            },
        )
        card.links["_seed"] = created
        out.append(_deleted(card, interview.deleted_ms))
    return out


def _scorecard_rest(store: IntegrationData, rec: ItemRec, rng: random.Random, seed: Any) -> dict[str, Any]:
    questions = [SCORECARD_QUESTIONS[0], *rng.sample(SCORECARD_QUESTIONS[1:], rng.randrange(2, 5))]
    return {"remote_updated_at": iso(seed), "responses": [_response(rng, *q) for q in questions]}


def _notes(store: IntegrationData, records: Records) -> list[ItemRec]:
    rng = random.Random(f"{store.seed}:notes")
    out: list[ItemRec] = []
    n_apps = store.seed_sizes["applications"]

    def note(cand_id: str, app_id: str | None, author: str | None, after_ms: int, deleted: int | None) -> None:
        created = min(ANCHOR_MS - DAY_MS, after_ms + rng.randrange(0, 30) * DAY_MS + rng.randrange(0, DAY_MS))
        title: str | None
        if author is None:
            title, html = None, SYSTEM_NOTES[rng.randrange(len(SYSTEM_NOTES))]
        else:
            title, html = NOTES[rng.randrange(len(NOTES))]
        body = {
            "candidate_id": cand_id,
            "application_id": app_id,
            "author_id": author,
            "title": title,
            "content_html": html,
            "is_private": rng.random() < 0.2 if author else False,
            "remote_updated_at": iso(created),
        }
        rec = ItemRec(len(out), make_id(rng), f"n{4000 + len(out)}", created, created, body=body)
        out.append(_deleted(rec, deleted))

    recruiters = store.recruiter_seqs()
    for cand in store.candidates[: store.seed_sizes["candidates"]]:
        if rng.random() < 0.1:
            recruiter = store.users[recruiters[rng.randrange(len(recruiters))]].id
            note(cand.id, None, recruiter, cand.created_ms, cand.deleted_ms)
        for a in cand.apps:
            if a >= n_apps:
                continue
            app = store.applications[a]
            r = rng.random()
            for _ in range(0 if r < 0.5 else 1 if r < 0.85 else 2):
                team = store.jobs[app.job].team
                author = store.users[team[0][0]].id if rng.random() < 0.9 else None
                note(cand.id, app.id, author, app.created_ms, app.deleted_ms)
    return out


def _attachments(store: IntegrationData, records: Records) -> list[ItemRec]:
    rng = random.Random(f"{store.seed}:attachments")
    out: list[ItemRec] = []
    n_apps = store.seed_sizes["applications"]

    def attach(cand_ms: int, cand_id: str, app_id: str | None, kind: str, name: str, deleted: int | None) -> None:
        created = min(ANCHOR_MS - DAY_MS, cand_ms + rng.randrange(0, 3 * DAY_MS))
        rec_id = make_id(rng)
        body = {
            "candidate_id": cand_id,
            "application_id": app_id,
            "type": kind,
            "file_name": name,
            "remote_updated_at": iso(created),
            "content_ref": {"type": "s3", "bucket": "kombo-sandbox-files", "key": f"{store.tool}/{rec_id}/{name}"},
        }
        rec = ItemRec(len(out), rec_id, f"doc-{len(out) + 1}", created, created, body=body)
        rec.links["_content_type"] = "application/pdf"
        out.append(_deleted(rec, deleted))

    for cand in store.candidates[: store.seed_sizes["candidates"]]:
        stem = f"{cand.first_name}_{cand.last_name}".replace(" ", "_")
        if rng.random() < 0.9:
            attach(cand.created_ms, cand.id, None, "CV", f"{stem}_CV.pdf", cand.deleted_ms)
        for a in cand.apps:
            if a < n_apps and rng.random() < 0.3:
                app = store.applications[a]
                attach(app.created_ms, cand.id, app.id, "COVER_LETTER", f"{stem}_Cover_Letter.pdf", app.deleted_ms)
    return out


_SEEDERS: dict[str, Callable[[IntegrationData, Records], list[ItemRec]]] = {
    "interviews": _interviews,
    "scorecards": _scorecards,
    "notes": _notes,
    "attachments": _attachments,
}
ACTIVITY_KINDS = tuple(_SEEDERS)
_RESTS: dict[str, tuple[int, Callable[[IntegrationData, ItemRec, random.Random, Any], dict[str, Any]]]] = {
    "interviews": (4, _interview_rest),
    "scorecards": (5, _scorecard_rest),
}


def fill_seeded(store: IntegrationData, kind: str, rec: ItemRec) -> None:
    """Generate the lazy part of a seeded record on its first use (its eager fields win)."""
    seed = rec.links.pop("_seed", None)
    if seed is None:
        return
    number, rest = _RESTS[kind]
    rng = random.Random(record_seed(store.seed, number, rec.seq))
    rec.body = {**rest(store, rec, rng, seed), **{k: v for k, v in (rec.body or {}).items()}}


def seed_activity(store: IntegrationData, kind: str, records: Records) -> list[ItemRec]:
    """The seed records of one activity kind of ``store``; ``records(kind)`` gives those of another kind."""
    with paused_gc():
        return _SEEDERS[kind](store, records)
