"""Deterministic, seeded generation of jobs, candidates, applications and offers.

Generation has two layers so that 100,000 candidates start in well under a second:

* an eager *core* per record (ids, names, e-mail addresses, links, statuses, timestamps): the fields
  that filters look at, made with a handful of cheap ``random`` calls;
* a lazy *body* (phone numbers, location, tags, answers, ...) built from a per-record seed the first
  time the record is served (:mod:`.seed_bodies`), then cached together with its rendered JSON.

The other kinds are seeded by :mod:`.seed_catalog` (users, roles, tags, ...) and :mod:`.seed_activity`
(interviews, scorecards, notes, attachments). The same seed and sizes always give the same data,
independent of the wall clock.
"""

from __future__ import annotations

import binascii
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .records import ANCHOR_MS, AppRec, CandRec, JobRec, OfferRec, iso, make_id, paused_gc
from .vocab import (
    CURRENCIES,
    EMAIL_DOMAINS,
    EMPLOYMENT_TYPES,
    EXPERIENCE,
    FIRST_NAMES,
    JOB_STATUSES,
    JOB_TITLES,
    LAST_NAMES,
    OFFER_STATUSES,
    OUTCOMES,
    PLACES,
    QUESTIONS,
    REMOTE_WORK,
    SALARY_PERIODS,
    SENIORITIES,
    STAGE_NAMES,
    VISIBILITIES,
)

__all__ = ["Dataset", "generate", "location"]

_DAY_MS = 86_400_000
_URLSAFE_ID = bytes.maketrans(b"+/", b"xZ")  # standard base64 alphabet -> alphanumeric


@dataclass(slots=True)
class Dataset:
    jobs: list[JobRec]
    candidates: list[CandRec]
    applications: list[AppRec]
    offers: list[OfferRec]


# ---------------------------------------------------------------------------------------------- helpers
def location(place: tuple[str, str, str, str, str], street: bool = True) -> dict[str, Any]:
    city, state, country, zip_code, street_1 = place
    return {
        "city": city,
        "country": country,
        "raw": f"{street_1 + ', ' if street else ''}{zip_code} {city}, {country}",
        "state": state,
        "street_1": street_1 if street else None,
        "street_2": None,
        "zip_code": zip_code,
    }


def _times(rng: random.Random, span_days: int = 900) -> tuple[int, int]:
    created = ANCHOR_MS - rng.randrange(30 * _DAY_MS, span_days * _DAY_MS)
    changed = min(ANCHOR_MS - rng.randrange(0, _DAY_MS), created + rng.randrange(0, 400 * _DAY_MS))
    return created, changed


# ---------------------------------------------------------------------------------------------- jobs
def _stages(rng: random.Random, remote_id: str) -> list[dict[str, Any]]:
    stage_names = STAGE_NAMES[:2] + tuple(n for n in STAGE_NAMES[2:-2] if rng.random() < 0.7) + STAGE_NAMES[-2:]
    return [
        {"id": make_id(rng), "remote_id": f"{remote_id}-s{i}", "name": n, "index": i, "status": "ACTIVE"}
        for i, n in enumerate(stage_names)
    ]


def _questions(rng: random.Random, remote_id: str) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = []
    for qi, (qtitle, qtype, display, options) in enumerate(rng.sample(QUESTIONS, rng.randrange(0, 5))):
        fmt: dict[str, Any] = {"type": qtype}
        if qtype == "TEXT":
            fmt |= {"display_type": display, "max_length": 500 if display == "MULTI_LINE" else None}
        elif options:
            fmt["options"] = [
                {"id": make_id(rng), "remote_id": f"opt-{qi}-{i}", "name": o} for i, o in enumerate(options)
            ]
        questions.append(
            {
                "id": make_id(rng),
                "remote_id": f"{remote_id}-q{qi}",
                "title": qtitle,
                "description": None if rng.random() < 0.5 else "Please answer honestly.",
                "format": fmt,
                "index": qi,
                "required": rng.random() < 0.5,
                "precondition_question_id": None,
                "precondition_options": None,
            }
        )
    # A follow-up question that only shows after a BOOLEAN answer "true".
    booleans = [q for q in questions if q["format"]["type"] == "BOOLEAN"]
    if booleans:
        questions.append(
            {
                "id": make_id(rng),
                "remote_id": f"{remote_id}-q{len(questions)}",
                "title": "Please tell us more.",
                "description": None,
                "format": {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": 1000},
                "index": len(questions),
                "required": False,
                "precondition_question_id": booleans[0]["id"],
                "precondition_options": [True],
            }
        )
    return questions


def _team(rng: random.Random, recruiters: Sequence[int], staff: Sequence[int]) -> list[tuple[int, tuple[str, ...]]]:
    """The hiring team: users of the ATS (see seed_catalog), a recruiter, a hiring manager, sometimes an
    interviewer; their names and addresses are rendered from the user records."""
    team: list[tuple[int, tuple[str, ...]]] = [(recruiters[rng.randrange(len(recruiters))], ("RECRUITER",))]
    others = [u for u in staff if u != team[0][0]]
    manager = others[rng.randrange(len(others))]
    team.append((manager, ("HIRING_MANAGER",)))
    if rng.random() < 0.5:
        team.append((next(u for u in others if u != manager), ("INTERVIEWER",)))
    return team


@dataclass(frozen=True, slots=True)
class _JobFacts:
    """What a job's lazy-looking but eagerly generated body is made from."""

    name: str
    department: str
    category: str
    status: str
    visibility: str
    remote_id: str
    post_url: str
    created: int
    changed: int
    place: tuple[str, str, str, str, str]
    salary_period: str
    ranged: bool


def _posting(rng: random.Random, job: _JobFacts) -> dict[str, Any]:
    return {
        "id": make_id(rng),
        "remote_id": f"p-{job.remote_id}",
        "title": job.name,
        "description_html": f"<p>Join us as {job.name}.</p>",
        "status": "ACTIVE" if job.status == "OPEN" else "INACTIVE",
        "visibility": "PUBLIC" if job.visibility == "PUBLIC" else "INTERNAL",
        "url": job.post_url,
        "remote_data": None,
    }


def _job_body(rng: random.Random, job: _JobFacts) -> dict[str, Any]:
    base_amount = {"YEAR": 60000, "MONTH": 5000, "HOUR": 30}[job.salary_period]
    ranged = job.ranged
    return {
        "description": f"<p>We are hiring a {job.name} for our {job.department} team.</p><ul><li>Great team</li></ul>",
        "confidential": job.visibility == "CONFIDENTIAL",
        "weekly_hours": 40 if rng.random() < 0.7 else 20,
        "remote_work_status": REMOTE_WORK[rng.randrange(len(REMOTE_WORK))],
        "category": job.category,
        "department": job.department,
        "experience_level": EXPERIENCE[rng.randrange(len(EXPERIENCE))],
        "salary_amount": None if ranged else base_amount,
        "salary_amount_from": base_amount if ranged else None,
        "salary_amount_to": round(base_amount * 1.3) if ranged else None,
        "salary_currency": CURRENCIES[rng.randrange(len(CURRENCIES))],
        "salary_period": job.salary_period,
        "location": location(job.place),
        "custom_fields": {"cost_center": f"CC-{rng.randrange(100, 999)}", "headcount": rng.randrange(1, 4)},
        "integration_fields": [
            {"id": make_id(rng), "key": "requisition_type", "type": "CUSTOM", "value": "New", "label": "Requisition"}
        ],
        "opened_at": None if job.status == "DRAFT" else iso(job.created + _DAY_MS),
        "closed_at": iso(job.changed) if job.status in ("CLOSED", "ARCHIVED") else None,
        "remote_updated_at": iso(job.changed),
        "remote_data": None,
        "job_postings": [_posting(rng, job)] if job.status != "DRAFT" else [],
    }


def _make_job(rng: random.Random, seq: int, prefix: str, recruiters: Sequence[int], staff: Sequence[int]) -> JobRec:
    # The order of the draws is the data: same seed, same jobs. Change it only on purpose.
    title, department, category = JOB_TITLES[rng.randrange(len(JOB_TITLES))]
    seniority = SENIORITIES[rng.randrange(len(SENIORITIES))]
    name = f"{seniority} {title}".strip()
    created, changed = _times(rng)
    remote_id = str(1000 + seq)
    status = JOB_STATUSES[rng.randrange(len(JOB_STATUSES))]
    place = PLACES[rng.randrange(len(PLACES))]
    stages = _stages(rng, remote_id)
    questions = _questions(rng, remote_id)
    post_url = f"https://jobs.example.com/{prefix}/{remote_id}-{name.lower().replace(' ', '-')}"
    salary_period = SALARY_PERIODS[rng.randrange(len(SALARY_PERIODS))]
    ranged = rng.random() < 0.5
    team = _team(rng, recruiters, staff)
    visibility = VISIBILITIES[rng.randrange(len(VISIBILITIES))]
    facts = _JobFacts(
        name,
        department,
        category,
        status,
        visibility,
        remote_id,
        post_url,
        created,
        changed,
        place,
        salary_period,
        ranged,
    )
    body = _job_body(rng, facts)
    return JobRec(
        seq=seq,
        id=make_id(rng),
        remote_id=remote_id,
        created_ms=created,
        changed_ms=changed,
        body=body,
        name=name,
        status=status,
        employment_type=EMPLOYMENT_TYPES[rng.randrange(len(EMPLOYMENT_TYPES))],
        visibility=visibility,
        job_code=f"{department[:3].upper()}-{2020 + seq % 6}-{seq:03d}",
        post_url=post_url,
        stages=stages,
        questions=questions,
        team=team,
    )


# ---------------------------------------------------------------------------------------------- generate
def generate(
    seed: str, n_jobs: int, n_candidates: int, prefix: str, recruiters: Sequence[int], staff: Sequence[int]
) -> Dataset:
    """Build the eager core of one integration's data set (~5 µs per candidate).

    ``recruiters`` and ``staff`` are seqs of users (hiring teams are made of them).
    """
    with paused_gc():  # millions of small objects: the cyclic GC would run hundreds of times for nothing
        return _generate(seed, n_jobs, n_candidates, prefix, recruiters, staff)


class _Core:
    """The generator of the eager core and the lists it fills (hot: ~5 µs per candidate, keep it lean)."""

    def __init__(self, rng: random.Random, jobs: list[JobRec]) -> None:
        self.rng = rng
        self.rand = rng.random
        self.jobs = jobs
        self.candidates: list[CandRec] = []
        self.applications: list[AppRec] = []
        self.offers: list[OfferRec] = []

    def new_id(self) -> str:
        return (
            binascii.b2a_base64(self.rng.getrandbits(144).to_bytes(18, "big"), newline=False)
            .translate(_URLSAFE_ID)
            .decode()
        )

    def candidate(self, ci: int) -> CandRec:
        rand = self.rand
        first, last = FIRST_NAMES[int(rand() * len(FIRST_NAMES))], LAST_NAMES[int(rand() * len(LAST_NAMES))]
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        emails = [f"{local}{ci}@{EMAIL_DOMAINS[ci % len(EMAIL_DOMAINS)]}"]
        if rand() < 0.15:
            emails.append(f"{local[0]}{ci}@work.example.com")
        created = ANCHOR_MS - (30 * _DAY_MS + int(rand() * 870 * _DAY_MS))
        changed = min(ANCHOR_MS - int(rand() * _DAY_MS), created + int(rand() * 400 * _DAY_MS))
        cand = CandRec(
            ci, self.new_id(), str(50_000 + ci), created, changed, None, {}, None, None, first, last, emails, []
        )
        if rand() < 0.03:
            cand.deleted_ms = cand.changed_ms
        self.candidates.append(cand)
        return cand

    def application(self, cand: CandRec, jseq: int) -> None:
        rand, job, applications = self.rand, self.jobs[jseq], self.applications
        outcome = OUTCOMES[int(rand() * len(OUTCOMES))]
        n_st = len(job.stages)
        st = n_st - 1 if outcome == "HIRED" else int(rand() * (n_st - 1))
        a_created = cand.created_ms + int(rand() * 20 * _DAY_MS)
        a_changed = min(ANCHOR_MS - int(rand() * _DAY_MS), a_created + int(rand() * 120 * _DAY_MS))
        app = AppRec(len(applications), self.new_id(), str(700_000 + len(applications)), a_created, a_changed)
        app.cand, app.job, app.outcome, app.stage_id = cand.seq, jseq, outcome, job.stages[st]["id"]
        if cand.deleted_ms is not None:
            app.deleted_ms = app.changed_ms = cand.deleted_ms
        elif rand() < 0.02:
            app.deleted_ms = app.changed_ms
        applications.append(app)
        cand.apps.append(app.seq)
        if outcome == "HIRED" or (outcome == "PENDING" and st >= n_st - 3 and rand() < 0.5):
            self.offer(app, a_changed)

    def offer(self, app: AppRec, a_changed: int) -> None:
        rand, offers = self.rand, self.offers
        o_created = a_changed - int(rand() * 5 * _DAY_MS)
        status = "ACCEPTED" if app.outcome == "HIRED" else OFFER_STATUSES[1 + int(rand() * 5)]
        offer = OfferRec(len(offers), self.new_id(), str(9000 + len(offers)), o_created, a_changed)
        offer.app, offer.status = app.seq, status
        if app.deleted_ms is not None:
            offer.deleted_ms = offer.changed_ms = app.deleted_ms
        offers.append(offer)
        app.offers.append(offer.seq)

    def applications_of(self, cand: CandRec) -> None:
        rand, n_jobs = self.rand, len(self.jobs)
        r = rand()
        used: set[int] = set()
        for _ in range(1 if r < 0.7 else 2 if r < 0.95 else 3):
            jseq = int(rand() * n_jobs)
            if jseq not in used:
                used.add(jseq)
                self.application(cand, jseq)


def _generate(
    seed: str, n_jobs: int, n_candidates: int, prefix: str, recruiters: Sequence[int], staff: Sequence[int]
) -> Dataset:
    rng = random.Random(f"{seed}:core")
    core = _Core(rng, [_make_job(rng, i, prefix, recruiters, staff) for i in range(n_jobs)])
    for ci in range(n_candidates):
        cand = core.candidate(ci)
        if core.jobs:
            core.applications_of(cand)
    for job in core.jobs:
        if rng.random() < 0.03:
            job.deleted_ms = job.changed_ms
    return Dataset(core.jobs, core.candidates, core.applications, core.offers)
