"""The lazy part of the core records: each built from a per-record seed the first time the record is served.

A candidate's phone numbers, location, company, title, tags; an application's answers and custom
fields; an offer's terms. Per-record seeds (:func:`record_seed`) make each body the same whenever it is
built, so building them lazily does not change the data (see :mod:`.seed_core` for the eager core).
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from .records import DAY_MS, AppRec, CandRec, JobRec, OfferRec, iso
from .seed_core import location
from .vocab import COMPANIES, PLACES, REJECTION_REASONS, SOURCES, TAGS, TITLES

__all__ = ["application_body", "candidate_body", "offer_body", "record_seed"]

_SEED_BASE: dict[str, int] = {}


def record_seed(seed: str, kind: int, seq: int) -> int:
    """A per-record integer seed (cheaper to seed with than a string, stable across runs)."""
    base = _SEED_BASE.get(seed)
    if base is None:
        base = _SEED_BASE[seed] = int.from_bytes(hashlib.blake2b(seed.encode(), digest_size=8).digest(), "big")
    return (base << 40) ^ (kind << 36) ^ seq


def candidate_body(seed: str, rec: CandRec) -> dict[str, Any]:
    """The lazy part of a candidate; also sets ``rec.tags`` (seqs into the tag catalog, in TAGS order)."""
    rng = random.Random(record_seed(seed, 1, rec.seq))
    place = PLACES[rng.randrange(len(PLACES))]
    phones = [{"phone_number": f"+49 30 {rng.randrange(1000000, 9999999)}", "type": rng.choice(("MOBILE", "HOME"))}]
    if rng.random() < 0.2:
        phones.append({"phone_number": f"+1-541-754-{rng.randrange(1000, 9999)}", "type": "WORK"})
    handle = f"{rec.first_name}{rec.last_name}".lower().replace(" ", "").replace("'", "")
    social = [{"link": f"https://www.linkedin.com/in/{handle}{rec.seq}", "type": "LINKEDIN", "username": None}]
    if rng.random() < 0.2:
        social.append({"link": f"https://github.com/{handle}", "type": "GITHUB", "username": handle})
    picked = {rng.randrange(len(TAGS)): None for _ in range(rng.choice((0, 0, 1, 2)))}
    if rec.tags is None:
        rec.tags = sorted(picked)
    return {
        "company": rng.choice(COMPANIES),
        "title": rng.choice(TITLES),
        "confidential": rng.random() < 0.05,
        "source": rng.choice(SOURCES),
        "phone_numbers": phones,
        "social_media": social,
        "location": location(place, street=rng.random() < 0.3) if rng.random() < 0.9 else None,
        "custom_fields": {"desired_salary": rng.randrange(40, 120) * 1000} if rng.random() < 0.5 else {},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
    }


def _answer(rng: random.Random, question: dict[str, Any]) -> Any:
    """A stored answer in the shape SubmittedScreeningAnswer describes for the question's type."""
    fmt = question.get("format") or {}
    options = [o["name"] for o in fmt.get("options") or []]
    kind = fmt.get("type")
    if kind == "BOOLEAN":
        return {"checked": rng.random() < 0.7}
    if kind == "SINGLE_SELECT" and options:
        return {"choice": rng.choice(options)}
    if kind == "MULTI_SELECT" and options:
        return {"choices": rng.sample(options, rng.randrange(1, len(options) + 1))}
    return {"content": rng.choice(("Python and Go", "I like the product.", "https://portfolio.example.com", "Yes"))}


def application_body(seed: str, rec: AppRec, job: JobRec) -> dict[str, Any]:
    rng = random.Random(record_seed(seed, 2, rec.seq))
    declined = rec.outcome == "DECLINED"
    answers = [
        {
            "answer": _answer(rng, q),
            "question": {"remote_id": q["remote_id"], "title": q["title"], "type": (q.get("format") or {}).get("type")},
        }
        for q in job.questions
        if not q.get("precondition_question_id")
    ]
    return {
        "rejection_reason_name": REJECTION_REASONS[rng.randrange(len(REJECTION_REASONS))] if declined else None,
        "rejected_at": iso(rec.changed_ms) if declined else None,
        "custom_fields": {"referral": rng.random() < 0.2},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
        "screening_question_answers": answers,
    }


def offer_body(seed: str, rec: OfferRec) -> dict[str, Any]:
    rng = random.Random(record_seed(seed, 3, rec.seq))
    return {
        "employment_start_date": iso(rec.created_ms + rng.randrange(14, 90) * DAY_MS),
        "custom_fields": {"signing_bonus": rng.choice((0, 1000, 5000))},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
    }
