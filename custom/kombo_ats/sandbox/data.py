"""Deterministic, seeded generation of realistic ATS data.

Generation has two layers so that 100,000 candidates start in well under a second:

* an eager *core* per record (ids, names, e-mail addresses, links, statuses, timestamps): the fields
  that filters look at, made with a handful of cheap ``random`` calls;
* a lazy *body* (phone numbers, location, tags, interviews, ...) built from a per-record seed the
  first time the record is served, then cached together with its rendered JSON.

The same seed and sizes always give the same data, independent of the wall clock.
"""

from __future__ import annotations

import base64
import binascii
import gc
import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = [
    "ANCHOR_MS",
    "AppRec",
    "CandRec",
    "Dataset",
    "JobRec",
    "OfferRec",
    "Record",
    "application_body",
    "candidate_body",
    "generate",
    "iso",
    "make_id",
    "offer_body",
    "parse_timestamp_us",
]

# Generated history ends here (2025-06-01T00:00:00Z); live changes use the wall clock, which is later.
ANCHOR_MS = 1_748_736_000_000
_DAY_MS = 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ID_TRANSLATE = bytes.maketrans(b"-_", b"xZ")
_URLSAFE_ID = bytes.maketrans(b"+/", b"xZ")  # standard base64 alphabet -> alphanumeric
_TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?Z$")


def make_id(rng: random.Random) -> str:
    """A 24-character alphanumeric id, like Kombo's."""
    return base64.urlsafe_b64encode(rng.getrandbits(144).to_bytes(18, "big")).translate(_ID_TRANSLATE).decode()


_DAY_PREFIX: dict[int, str] = {}


def iso(ms: int) -> str:
    """Milliseconds since the epoch -> ``YYYY-MM-DDTHH:mm:ss.sssZ`` (hot: called for every timestamp served)."""
    day, rest = divmod(ms, 86_400_000)
    prefix = _DAY_PREFIX.get(day)
    if prefix is None:
        prefix = _DAY_PREFIX[day] = f"{_EPOCH + timedelta(days=day):%Y-%m-%d}T"
    secs, milli = divmod(rest, 1000)
    hours, secs = divmod(secs, 3600)
    minutes, secs = divmod(secs, 60)
    return f"{prefix}{hours:02d}:{minutes:02d}:{secs:02d}.{milli:03d}Z"


def parse_timestamp_us(value: str) -> int | None:
    """``YYYY-MM-DDTHH:mm:ss[.ffffff]Z`` -> microseconds since the epoch (None if malformed)."""
    m = _TS_RE.match(value)
    if m is None:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g) for g in m.groups()[:6])
        dt = datetime(y, mo, d, h, mi, sec, tzinfo=UTC)
    except ValueError:
        return None
    frac = (m.group(7) or "").ljust(6, "0")
    return (dt - _EPOCH) // timedelta(microseconds=1) + int(frac or 0)


# ---------------------------------------------------------------------------------------------- vocab
FIRST_NAMES = (
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Elif",
    "Felix",
    "Greta",
    "Hannah",
    "Ivan",
    "Jonas",
    "Kai",
    "Lea",
    "Malik",
    "Nora",
    "Oskar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umut",
    "Vera",
    "Wen",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Amara",
    "Bruno",
    "Chiara",
    "Diego",
    "Emma",
    "Farid",
    "Giulia",
    "Hugo",
    "Ines",
    "Jakob",
    "Keiko",
    "Lars",
    "Mia",
    "Noah",
    "Olga",
    "Pedro",
    "Priya",
    "Rafael",
    "Sofia",
    "Tomas",
    "Uma",
    "Viktor",
    "Yara",
    "Lukas",
    "Marta",
    "Aiko",
    "Sven",
    "Leila",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "Garcia",
    "Rossi",
    "Novak",
    "Kowalski",
    "Jensen",
    "Dubois",
    "Silva",
    "Yilmaz",
    "Nakamura",
    "Okafor",
    "Haddad",
    "Ivanova",
    "Fischer",
    "Weber",
    "Martin",
    "Bernard",
    "Lopez",
    "Costa",
    "Andersen",
    "Nilsson",
    "Popescu",
    "Horvat",
    "Smith",
    "Brown",
    "Patel",
    "Kim",
    "Nguyen",
    "Chen",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schulz",
    "Keller",
    "Richter",
    "Wolf",
    "Neumann",
    "Klein",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hartmann",
    "Lange",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmitz",
    "Maier",
    "Köhler",
    "Herrmann",
    "O'Brien",
    "van der Berg",
    "De Luca",
)
EMAIL_DOMAINS = ("example.com", "mail.example.org", "example.net", "inbox.example.io")
COMPANIES = (
    "Acme, Inc.",
    "Globex",
    "Initech",
    "Umbrella GmbH",
    "Stark Industries",
    "Hooli",
    "Vandelay Imports",
    "Wayne Enterprises",
    "Soylent Corp",
    "Tyrell AG",
    None,
)
TITLES = (
    "Software Engineer",
    "Product Manager",
    "Data Analyst",
    "Sales Representative",
    "Head of Marketing",
    "UX Designer",
    "Account Executive",
    "Recruiter",
    "DevOps Engineer",
    "Customer Success Manager",
    None,
)
SOURCES = ("LinkedIn", "Employee Referral", "Company Website", "Indeed", "StepStone", "Agency", None)
TAGS = ("High Potential", "Relocation", "Silver Medalist", "Do Not Contact", "Returning", "Remote Only")
REJECTION_REASONS = (
    "Not a fit",
    "Withdrew application",
    "Salary expectations too high",
    "Position filled",
    "Failed assessment",
)
PLACES = (
    ("Berlin", "Berlin", "DE", "10115", "Lohmühlenstraße 65"),
    ("Munich", "Bavaria", "DE", "80331", "Marienplatz 1"),
    ("Vienna", "Vienna", "AT", "1010", "Graben 21"),
    ("Zurich", "Zurich", "CH", "8001", "Bahnhofstrasse 10"),
    ("Paris", "Île-de-France", "FR", "75002", "12 Rue de la Paix"),
    ("Amsterdam", "North Holland", "NL", "1012", "Damrak 70"),
    ("London", "England", "GB", "EC1A 1BB", "1 St Martin's Le Grand"),
    ("New York", "NY", "US", "10001", "350 5th Ave"),
    ("Toronto", "Ontario", "CA", "M5H 2N2", "100 Queen St W"),
    ("Lisbon", "Lisbon", "PT", "1100-148", "Praça do Comércio"),
)
JOB_TITLES = (
    ("Backend Engineer", "Engineering", "Technical Job"),
    ("Frontend Engineer", "Engineering", "Technical Job"),
    ("Site Reliability Engineer", "Engineering", "Technical Job"),
    ("Data Scientist", "Data", "Technical Job"),
    ("Product Designer", "Design", "Creative"),
    ("Product Manager", "Product", "Management"),
    ("Account Executive", "Sales", "Sales"),
    ("Customer Success Manager", "Customer Success", "Service"),
    ("Talent Acquisition Partner", "People", "HR"),
    ("Financial Controller", "Finance", "Finance"),
    ("Warehouse Associate", "Operations", "Logistics"),
    ("Marketing Manager", "Marketing", "Marketing"),
)
SENIORITIES = ("Junior", "", "Senior", "Lead", "Working Student")
STAGE_NAMES = (
    "Application Review",
    "Initial Screening",
    "Phone Interview",
    "Technical Interview",
    "Onsite Interview",
    "Reference Check",
    "Offer",
    "Hired",
)
JOB_STATUSES = ("OPEN",) * 6 + ("CLOSED", "CLOSED", "DRAFT", "ARCHIVED")
EMPLOYMENT_TYPES = ("FULL_TIME",) * 5 + ("PART_TIME", "PART_TIME", "CONTRACT", "SEASONAL", "INTERNSHIP")
VISIBILITIES = ("PUBLIC",) * 5 + ("INTERNAL", "INTERNAL", "UNLISTED", "CONFIDENTIAL")
REMOTE_WORK = ("REMOTE", "HYBRID", "HYBRID", "ON_SITE", "TEMPORARY", None)
SALARY_PERIODS = ("YEAR", "YEAR", "MONTH", "HOUR")
CURRENCIES = ("EUR", "EUR", "USD", "GBP", "CHF", "CAD")
EXPERIENCE = ("Entry level", "Mid-Senior", "Senior", "Director", None)
OUTCOMES = ("PENDING",) * 6 + ("DECLINED",) * 3 + ("HIRED",)
OFFER_STATUSES = ("ACCEPTED", "DECLINED", "SENT", "APPROVED", "DRAFT", "ABANDONED")
QUESTIONS: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    ("Which is your primary programming language?", "TEXT", "SINGLE_LINE", ()),
    ("Why do you want to work with us?", "TEXT", "MULTI_LINE", ()),
    ("Link to your portfolio", "TEXT", "URL", ()),
    ("Do you have a valid work permit?", "BOOLEAN", None, ()),
    ("What is your notice period?", "SINGLE_SELECT", None, ("None", "1 month", "3 months", "6 months")),
    ("Which languages do you speak?", "MULTI_SELECT", None, ("English", "German", "French", "Spanish")),
    ("Are you willing to relocate?", "BOOLEAN", None, ()),
)


# ---------------------------------------------------------------------------------------------- records
@dataclass(slots=True, eq=False)
class Record:
    """What every record has: identity, timestamps, a lazy body and a render cache."""

    seq: int  # position in the integration's list of this kind; the listing order
    id: str
    remote_id: str
    created_ms: int
    changed_ms: int
    deleted_ms: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # fields set through the mutation API / create
    body: dict[str, Any] | None = None  # lazy generated fields
    cache: tuple[int, bytes] | None = None  # (render epoch, JSON)


@dataclass(slots=True, eq=False)
class JobRec(Record):
    name: str = ""
    status: str = "OPEN"
    employment_type: str = "FULL_TIME"
    visibility: str = "PUBLIC"
    job_code: str = ""
    post_url: str = ""
    stages: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class CandRec(Record):
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    apps: list[int] = field(default_factory=list)  # seqs of applications


@dataclass(slots=True, eq=False)
class AppRec(Record):
    cand: int = 0
    job: int = 0
    outcome: str = "PENDING"
    stage_id: str | None = None
    offers: list[int] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class OfferRec(Record):
    app: int = 0
    status: str = "DRAFT"


@dataclass(slots=True)
class Dataset:
    jobs: list[JobRec]
    candidates: list[CandRec]
    applications: list[AppRec]
    offers: list[OfferRec]


# ---------------------------------------------------------------------------------------------- helpers
def _location(place: tuple[str, str, str, str, str], street: bool = True) -> dict[str, Any]:
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
def _make_job(rng: random.Random, seq: int, prefix: str) -> JobRec:
    title, department, category = JOB_TITLES[rng.randrange(len(JOB_TITLES))]
    seniority = SENIORITIES[rng.randrange(len(SENIORITIES))]
    name = f"{seniority} {title}".strip()
    created, changed = _times(rng)
    remote_id = str(1000 + seq)
    status = JOB_STATUSES[rng.randrange(len(JOB_STATUSES))]
    place = PLACES[rng.randrange(len(PLACES))]
    stage_names = STAGE_NAMES[:2] + tuple(n for n in STAGE_NAMES[2:-2] if rng.random() < 0.7) + STAGE_NAMES[-2:]
    stages = [
        {"id": make_id(rng), "remote_id": f"{remote_id}-s{i}", "name": n, "index": i} for i, n in enumerate(stage_names)
    ]
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
    slug = name.lower().replace(" ", "-")
    post_url = f"https://jobs.example.com/{prefix}/{remote_id}-{slug}"
    salary_period = SALARY_PERIODS[rng.randrange(len(SALARY_PERIODS))]
    base_amount = {"YEAR": 60000, "MONTH": 5000, "HOUR": 30}[salary_period]
    ranged = rng.random() < 0.5
    recruiter = (FIRST_NAMES[rng.randrange(len(FIRST_NAMES))], LAST_NAMES[rng.randrange(len(LAST_NAMES))])
    manager = (FIRST_NAMES[rng.randrange(len(FIRST_NAMES))], LAST_NAMES[rng.randrange(len(LAST_NAMES))])
    team = [
        {
            "id": make_id(rng),
            "remote_id": f"u{rng.randrange(100, 999)}",
            "first_name": f,
            "last_name": last,
            "email": f"{f}.{last}@{prefix}.example.com".lower().replace(" ", "").replace("'", ""),
            "hiring_team_roles": roles,
        }
        for (f, last), roles in ((recruiter, ["RECRUITER"]), (manager, ["HIRING_MANAGER"]))
    ]
    visibility = VISIBILITIES[rng.randrange(len(VISIBILITIES))]
    body: dict[str, Any] = {
        "description": f"<p>We are hiring a {name} for our {department} team.</p><ul><li>Great team</li></ul>",
        "confidential": visibility == "CONFIDENTIAL",
        "weekly_hours": 40 if rng.random() < 0.7 else 20,
        "remote_work_status": REMOTE_WORK[rng.randrange(len(REMOTE_WORK))],
        "category": category,
        "department": department,
        "experience_level": EXPERIENCE[rng.randrange(len(EXPERIENCE))],
        "salary_amount": None if ranged else base_amount,
        "salary_amount_from": base_amount if ranged else None,
        "salary_amount_to": round(base_amount * 1.3) if ranged else None,
        "salary_currency": CURRENCIES[rng.randrange(len(CURRENCIES))],
        "salary_period": salary_period,
        "location": _location(place),
        "custom_fields": {"cost_center": f"CC-{rng.randrange(100, 999)}", "headcount": rng.randrange(1, 4)},
        "integration_fields": [
            {"id": make_id(rng), "key": "requisition_type", "type": "CUSTOM", "value": "New", "label": "Requisition"}
        ],
        "opened_at": None if status == "DRAFT" else iso(created + _DAY_MS),
        "closed_at": iso(changed) if status in ("CLOSED", "ARCHIVED") else None,
        "remote_updated_at": iso(changed),
        "contact_id": team[0]["id"],
        "remote_data": None,
        "job_postings": [
            {
                "id": make_id(rng),
                "remote_id": f"p-{remote_id}",
                "title": name,
                "description_html": f"<p>Join us as {name}.</p>",
                "status": "ACTIVE" if status == "OPEN" else "INACTIVE",
                "visibility": "PUBLIC" if visibility == "PUBLIC" else "INTERNAL",
                "url": post_url,
                "remote_data": None,
            }
        ]
        if status != "DRAFT"
        else [],
        "hiring_team": team,
    }
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
    )


# ---------------------------------------------------------------------------------------------- generate
def generate(seed: str, n_jobs: int, n_candidates: int, prefix: str) -> Dataset:
    """Build the eager core of one integration's data set (~5 µs per candidate)."""
    enabled = gc.isenabled()
    gc.disable()  # millions of small objects: the cyclic GC would run hundreds of times for nothing
    try:
        return _generate(seed, n_jobs, n_candidates, prefix)
    finally:
        if enabled:
            gc.enable()


def _generate(seed: str, n_jobs: int, n_candidates: int, prefix: str) -> Dataset:
    rng = random.Random(f"{seed}:core")
    jobs = [_make_job(rng, i, prefix) for i in range(n_jobs)]
    candidates: list[CandRec] = []
    applications: list[AppRec] = []
    offers: list[OfferRec] = []
    nf, nl, nd = len(FIRST_NAMES), len(LAST_NAMES), len(EMAIL_DOMAINS)
    rand, getrandbits = rng.random, rng.getrandbits
    b64, tr = binascii.b2a_base64, _URLSAFE_ID
    for ci in range(n_candidates):
        first, last = FIRST_NAMES[int(rand() * nf)], LAST_NAMES[int(rand() * nl)]
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        emails = [f"{local}{ci}@{EMAIL_DOMAINS[ci % nd]}"]
        if rand() < 0.15:
            emails.append(f"{local[0]}{ci}@work.example.com")
        created = ANCHOR_MS - (30 * _DAY_MS + int(rand() * 870 * _DAY_MS))
        changed = min(ANCHOR_MS - int(rand() * _DAY_MS), created + int(rand() * 400 * _DAY_MS))
        cid = b64(getrandbits(144).to_bytes(18, "big"), newline=False).translate(tr).decode()
        cand = CandRec(ci, cid, str(50_000 + ci), created, changed, None, {}, None, None, first, last, emails, [])
        if rand() < 0.03:
            cand.deleted_ms = cand.changed_ms
        candidates.append(cand)
        if not jobs:
            continue
        r = rand()
        n_apps = 1 if r < 0.7 else 2 if r < 0.95 else 3
        used: set[int] = set()
        for _ in range(n_apps):
            jseq = int(rand() * len(jobs))
            if jseq in used:
                continue
            used.add(jseq)
            job = jobs[jseq]
            outcome = OUTCOMES[int(rand() * len(OUTCOMES))]
            n_st = len(job.stages)
            st = n_st - 1 if outcome == "HIRED" else int(rand() * (n_st - 1))
            a_created = created + int(rand() * 20 * _DAY_MS)
            a_changed = min(ANCHOR_MS - int(rand() * _DAY_MS), a_created + int(rand() * 120 * _DAY_MS))
            aid = b64(getrandbits(144).to_bytes(18, "big"), newline=False).translate(tr).decode()
            app = AppRec(len(applications), aid, str(700_000 + len(applications)), a_created, a_changed)
            app.cand, app.job, app.outcome, app.stage_id = ci, jseq, outcome, job.stages[st]["id"]
            if cand.deleted_ms is not None:
                app.deleted_ms = app.changed_ms = cand.deleted_ms
            elif rand() < 0.02:
                app.deleted_ms = app.changed_ms
            applications.append(app)
            cand.apps.append(app.seq)
            if outcome == "HIRED" or (outcome == "PENDING" and st >= n_st - 3 and rand() < 0.5):
                o_created = a_changed - int(rand() * 5 * _DAY_MS)
                status = "ACCEPTED" if outcome == "HIRED" else OFFER_STATUSES[1 + int(rand() * 5)]
                oid = b64(getrandbits(144).to_bytes(18, "big"), newline=False).translate(tr).decode()
                offer = OfferRec(len(offers), oid, str(9000 + len(offers)), o_created, a_changed)
                offer.app, offer.status = app.seq, status
                if app.deleted_ms is not None:
                    offer.deleted_ms = offer.changed_ms = app.deleted_ms
                offers.append(offer)
                app.offers.append(offer.seq)
    for job in jobs:
        if rng.random() < 0.03:
            job.deleted_ms = job.changed_ms
    return Dataset(jobs, candidates, applications, offers)


# ---------------------------------------------------------------------------------------------- lazy bodies
_SEED_BASE: dict[str, int] = {}


def _record_seed(seed: str, kind: int, seq: int) -> int:
    """A per-record integer seed (cheaper to seed with than a string, stable across runs)."""
    base = _SEED_BASE.get(seed)
    if base is None:
        base = _SEED_BASE[seed] = int.from_bytes(hashlib.blake2b(seed.encode(), digest_size=8).digest(), "big")
    return (base << 40) ^ (kind << 36) ^ seq


def candidate_body(seed: str, rec: CandRec) -> dict[str, Any]:
    rng = random.Random(_record_seed(seed, 1, rec.seq))
    place = PLACES[rng.randrange(len(PLACES))]
    phones = [{"phone_number": f"+49 30 {rng.randrange(1000000, 9999999)}", "type": rng.choice(("MOBILE", "HOME"))}]
    if rng.random() < 0.2:
        phones.append({"phone_number": f"+1-541-754-{rng.randrange(1000, 9999)}", "type": "WORK"})
    handle = f"{rec.first_name}{rec.last_name}".lower().replace(" ", "").replace("'", "")
    social = [{"link": f"https://www.linkedin.com/in/{handle}{rec.seq}", "type": "LINKEDIN", "username": None}]
    if rng.random() < 0.2:
        social.append({"link": f"https://github.com/{handle}", "type": "GITHUB", "username": handle})
    tags = [
        {"id": f"tag{TAGS.index(t):02d}{'x' * 19}", "name": t, "remote_id": str(TAGS.index(t))}
        for t in {TAGS[rng.randrange(len(TAGS))]: None for _ in range(rng.choice((0, 0, 1, 2)))}
    ]
    return {
        "company": rng.choice(COMPANIES),
        "title": rng.choice(TITLES),
        "confidential": rng.random() < 0.05,
        "source": rng.choice(SOURCES),
        "phone_numbers": phones,
        "social_media": social,
        "location": _location(place, street=rng.random() < 0.3) if rng.random() < 0.9 else None,
        "custom_fields": {"desired_salary": rng.randrange(40, 120) * 1000} if rng.random() < 0.5 else {},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
        "tags": tags,
    }


def application_body(seed: str, rec: AppRec, job: JobRec) -> dict[str, Any]:
    rng = random.Random(_record_seed(seed, 2, rec.seq))
    stage_index = next((s["index"] for s in job.stages if s["id"] == rec.stage_id), 0)
    interviews = []
    for i in range(max(0, min(stage_index - 1, 3))):
        start = rec.created_ms + (i + 1) * 3 * _DAY_MS + rng.randrange(9, 17) * 3_600_000
        place = PLACES[rng.randrange(len(PLACES))]
        interviews.append(
            {
                "id": make_id(rng),
                "remote_id": f"iv-{rec.remote_id}-{i}",
                "title": f"{STAGE_NAMES[min(i + 2, len(STAGE_NAMES) - 1)]} for {job.name}",
                "starting_at": iso(start),
                "ending_at": iso(start + 3_600_000),
                "location": _location(place) if rng.random() < 0.5 else None,
            }
        )
    return {
        "rejection_reason_name": rng.choice(REJECTION_REASONS) if rec.outcome == "DECLINED" else None,
        "custom_fields": {"referral": rng.random() < 0.2},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
        "interviews": interviews,
    }


def offer_body(seed: str, rec: OfferRec) -> dict[str, Any]:
    rng = random.Random(_record_seed(seed, 3, rec.seq))
    return {
        "employment_start_date": iso(rec.created_ms + rng.randrange(14, 90) * _DAY_MS),
        "custom_fields": {"signing_bonus": rng.choice((0, 1000, 5000))},
        "integration_fields": [],
        "remote_updated_at": iso(rec.changed_ms),
        "remote_data": None,
    }
