"""Deterministic, realistic candidate pages, rendered once to bytes and served by an in-process transport.

Every record carries what the live API sends for a candidate: ids, names, contact lists, a location,
custom fields, nested applications (with stage and job) and tags, with nulls and empty lists mixed in.
The records also carry the fields the official ``kombo`` SDK requires (``remote_url`` and the
application timestamps), so both SDKs parse the very same bytes; this SDK keeps those in
``additional_properties``.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx

PAGE_SIZE = 250
BASE_URL = "https://api.kombo.dev/v1"

_FIRST = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances", "Ken", "Radia", "Tim", "Sophie"]
_LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Allen", "Thompson", "Perlman"]
_COMPANIES = ["Acme, Inc.", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", None]
_TITLES = ["Backend Engineer", "Head of Marketing", "Data Scientist", "Product Manager", "Designer", None]
_SOURCES = ["Employee Referral", "LinkedIn", "Careers Page", "Indeed", "Agency", None]
_CITIES = [("Berlin", "DE", "Berlin", "12435"), ("Paris", "FR", None, "75001"), ("Austin", "US", "TX", "73301")]
_STAGES = ["Applied", "Initial Screening", "Interview", "Offer", "Hired"]
_JOBS = ["Backend Engineer", "Frontend Engineer", "Account Executive", "Recruiter", "Data Analyst"]
_TAGS = ["High Potential", "Referral", "Relocation", "Remote", "Senior", "Silver Medalist"]
_OUTCOMES = ["PENDING", "PENDING", "PENDING", "DECLINED", "HIRED", None]
_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_EPOCH = datetime(2021, 1, 1, tzinfo=UTC)


def _kombo_id(rng: random.Random) -> str:
    return "".join(rng.choices(_ALPHABET, k=24))


def _timestamp(rng: random.Random) -> str:
    moment = _EPOCH + timedelta(seconds=rng.randrange(0, 3 * 365 * 86400), milliseconds=rng.randrange(1000))
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _maybe(rng: random.Random, value: Any, null_rate: float = 0.15) -> Any:
    return None if rng.random() < null_rate else value


def _application(rng: random.Random) -> dict[str, Any]:
    stage = rng.randrange(len(_STAGES))
    job = rng.randrange(len(_JOBS))
    return {
        "id": _kombo_id(rng),
        "remote_id": str(rng.randrange(10_000, 99_999)),
        "outcome": rng.choice(_OUTCOMES),
        "rejection_reason_name": _maybe(rng, "Not a fit", 0.8),
        "rejected_at": _maybe(rng, _timestamp(rng), 0.8),
        "remote_url": _maybe(rng, f"https://ats.example.com/applications/{rng.randrange(10**6)}", 0.3),
        "changed_at": _timestamp(rng),
        "remote_created_at": _maybe(rng, _timestamp(rng)),
        "remote_updated_at": _maybe(rng, _timestamp(rng)),
        "current_stage": _maybe(
            rng, {"id": _kombo_id(rng), "remote_id": str(stage), "name": _STAGES[stage], "index": stage}, 0.1
        ),
        "job": _maybe(rng, {"id": _kombo_id(rng), "remote_id": str(job), "name": _JOBS[job]}, 0.05),
    }


def candidate(rng: random.Random, index: int) -> dict[str, Any]:
    """One candidate record as the API renders it (key order as in the docs)."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    city, country, state, zip_code = rng.choice(_CITIES)
    email = f"{first}.{last}{index}@example.com".lower()
    return {
        "id": _kombo_id(rng),
        "remote_id": str(100_000 + index),
        "first_name": _maybe(rng, first, 0.02),
        "last_name": _maybe(rng, last, 0.02),
        "company": rng.choice(_COMPANIES),
        "title": rng.choice(_TITLES),
        "confidential": _maybe(rng, rng.random() < 0.05),
        "source": rng.choice(_SOURCES),
        "phone_numbers": [
            {"phone_number": f"+49-30-{rng.randrange(10**7):07d}", "type": rng.choice(["HOME", "MOBILE", "WORK"])}
            for _ in range(rng.choice([0, 1, 1, 2]))
        ],
        "email_addresses": [
            {"email_address": email, "type": rng.choice(["PRIVATE", "WORK", None])}
            for _ in range(rng.choice([1, 1, 2]))
        ],
        "social_media": [
            {
                "link": f"https://www.linkedin.com/in/{first}-{last}-{index}".lower(),
                "type": "LINKEDIN",
                "username": None,
            }
            for _ in range(rng.choice([0, 0, 1]))
        ],
        "location": _maybe(
            rng,
            {
                "city": city,
                "country": country,
                "raw": f"{city}, {country}",
                "state": state,
                "street_1": _maybe(rng, f"Example Street {rng.randrange(1, 200)}", 0.5),
                "street_2": None,
                "zip_code": zip_code,
            },
            0.2,
        ),
        "custom_fields": rng.choice(
            [{}, {}, {"salary_band": rng.choice(["L1", "L2", "L3"])}, {"notice_period_days": 30, "visa": False}]
        ),
        "integration_fields": [],
        "remote_url": _maybe(rng, f"https://ats.example.com/candidates/{100_000 + index}", 0.3),
        "remote_created_at": _maybe(rng, _timestamp(rng), 0.05),
        "remote_updated_at": _maybe(rng, _timestamp(rng), 0.05),
        "remote_data": None,
        "changed_at": _timestamp(rng),
        "remote_deleted_at": _maybe(rng, _timestamp(rng), 0.97),
        "applications": [_application(rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))],
        "tags": [
            {"id": _kombo_id(rng), "name": name, "remote_id": str(rng.randrange(1000))}
            for name in rng.sample(_TAGS, rng.choice([0, 0, 1, 2, 3]))
        ],
    }


def render_pages(n_pages: int, seed: int = 7) -> list[bytes]:
    """``n_pages`` full pages of PAGE_SIZE candidates; page i's ``next`` cursor is ``str(i + 1)``, the last's null."""
    rng = random.Random(seed)
    pages = []
    for page in range(n_pages):
        results = [candidate(rng, page * PAGE_SIZE + i) for i in range(PAGE_SIZE)]
        cursor = str(page + 1) if page + 1 < n_pages else None
        body = {"status": "success", "data": {"next": cursor, "results": results}}
        pages.append(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
    return pages


class PageSet:
    """Rendered pages, each prepared twice: linking to a next page (cursor filled in per request) and last."""

    def __init__(self, pages: list[bytes]) -> None:
        self.first = pages[0]
        self.linked = [_with_next(body, "") for body in pages]
        self.last = [_with_next(body, None) for body in pages]


def render_page_set(n_pages: int, seed: int = 7) -> PageSet:
    return PageSet(render_pages(n_pages, seed))


def transport(pages: PageSet, n_records: int, *, latency: float = 0.0) -> httpx.MockTransport:
    """A transport that serves ``n_records`` (a multiple of PAGE_SIZE) by cycling through ``pages``.

    The cursor is the page number, so a walk of 100,000 records reuses the same few distinct pages
    without the transport holding 400 of them; only the final page's ``next`` is null. Every
    integration id gets the same records. ``latency`` (seconds) delays each response, as a network would.
    """
    n_pages = n_records // PAGE_SIZE
    rendered = len(pages.linked)

    def respond(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        number = int(cursor) if cursor else 0
        if number + 1 >= n_pages:
            content = pages.last[number % rendered]
        else:
            content = pages.linked[number % rendered].replace(b'"next":""', b'"next":"%d"' % (number + 1), 1)
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    if latency <= 0:
        return httpx.MockTransport(respond)

    async def respond_later(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(latency)
        return respond(request)

    return httpx.MockTransport(respond_later)


def _with_next(body: bytes, cursor: str | None) -> bytes:
    data = json.loads(body)
    data["data"]["next"] = cursor
    # "next" stays the first key of "data", so the per-request rewrite above is one cheap bytes.replace.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
