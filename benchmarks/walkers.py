"""The walks ``make bench`` times: four clients over the same bytes, three things a consumer does per record.

Clients (``WALKERS``):

* *raw httpx + json.loads* - what a user writes without an SDK: the floor the targets are judged against;
* *raw httpx + orjson.loads* - the same with the fastest decoder: the physical limit, reported beside it;
* *kombo_ats* - ``iter_candidates`` yielding ``Candidate`` models (``.as_dicts()`` for *sync*, below);
* *official* - the ``kombo`` SDK (pydantic), paged the fastest way its API allows: ``cursor=`` passed by hand.
  Its own ``response.next()`` decodes every page a second time to find the cursor (1.3x slower).

Consumers (``VARIANTS``): *walk* takes each record; *full* reads every nested field (what code that looks at
whole records pays); *sync* is what code that stores records pays, each client's fastest way to a record in a
form a store takes, nothing lost: this SDK's documented storage path ``iter_candidates(...).as_dicts()``, whose
records are already in their storage form (the dicts exactly as Kombo sent them, unknown fields and Kombo's
date-time text included, with id and changed_at checked), so nothing more is done to them; the official SDK's
``model_dump()``; the raw dict as it is. (Serialising models a program already holds, ``record_to_json``, is timed
in ``python -m benchmarks.decoding``.)
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
import orjson
from kombo_ats import iter_candidates, make_client

from benchmarks.data import BASE_URL, PAGE_SIZE, PageSet, transport

INTEGRATION = "bench-integration"
NESTED_FIELDS = ("phone_numbers", "email_addresses", "social_media", "location", "custom_fields", "tags")
Walker = Callable[[PageSet, int, str], Coroutine[Any, Any, tuple[int, float]]]


def touch_raw(record: dict[str, Any]) -> int:
    touched = sum(record.get(name) is not None for name in NESTED_FIELDS)
    for application in record.get("applications") or ():
        touched += (application.get("current_stage") is not None) + (application.get("job") is not None)
    return touched


def touch_model(record: Any) -> int:
    """Reads the same fields from a model of this SDK or of the official one (attribute names agree)."""
    touched = sum(getattr(record, name) is not None for name in NESTED_FIELDS)
    for application in record.applications or ():
        touched += (application.current_stage is not None) + (application.job is not None)
    return touched


def _raw_walker(decode: Callable[[bytes], Any]) -> Walker:
    async def walk(pages: PageSet, n: int, variant: str) -> tuple[int, float]:
        """httpx + a decoder and a cursor loop, no models; the sync path keeps the dicts as they are."""
        async with httpx.AsyncClient(base_url=BASE_URL, transport=transport(pages, n)) as http:
            headers = {"Authorization": "Bearer bench", "X-Integration-Id": INTEGRATION}
            seen = 0
            kept: list[Any] = []
            started = time.perf_counter()
            cursor: str | None = None
            while True:
                params: dict[str, str | int] = {"page_size": PAGE_SIZE}
                if cursor is not None:
                    params["cursor"] = cursor
                response = await http.get("/ats/candidates", params=params, headers=headers)
                response.raise_for_status()
                body = decode(response.content)
                for record in body["data"]["results"]:
                    if variant == "full":
                        touch_raw(record)
                    elif variant == "sync":
                        kept.append(record)
                    seen += 1
                kept.clear()
                cursor = body["data"]["next"]
                if not cursor:
                    break
            return seen, time.perf_counter() - started

    return walk


async def walk_sdk(pages: PageSet, n: int, variant: str) -> tuple[int, float]:
    """This SDK: ``iter_candidates`` yielding typed ``Candidate`` models; for *sync*, ``.as_dicts()``: the records
    in their storage form, kept as the raw walker keeps its dicts."""
    client = make_client("bench", base_url=BASE_URL, httpx_args={"transport": transport(pages, n)})
    async with client:
        seen = 0
        started = time.perf_counter()
        walker = iter_candidates(client, integration_id=INTEGRATION, page_size=PAGE_SIZE)
        if variant == "sync":
            async for page in walker.as_dicts().by_page():
                kept = page.results  # what a store writes: dicts exactly as Kombo sent them, checked
                seen += len(kept)
            return seen, time.perf_counter() - started
        async for candidate in walker:
            assert candidate.id
            if variant == "full":
                touch_model(candidate)
            seen += 1
        return seen, time.perf_counter() - started


async def walk_official(pages: PageSet, n: int, variant: str) -> tuple[int, float]:
    """The official ``kombo`` SDK, passing ``cursor=`` itself (its ``next()`` would decode each page twice)."""
    from kombo import Kombo

    http = httpx.AsyncClient(transport=transport(pages, n), follow_redirects=True)
    async with http:
        sdk = Kombo(api_key="bench", integration_id=INTEGRATION, server_url=BASE_URL, async_client=http)
        seen = 0
        started = time.perf_counter()
        cursor: str | None = None
        while True:
            response = await sdk.ats.get_candidates_async(page_size=PAGE_SIZE, cursor=cursor)
            assert response is not None
            data = response.result.data
            for candidate in data.results:
                assert candidate.id
                if variant == "full":
                    touch_model(candidate)
                elif variant == "sync":
                    candidate.model_dump()
                seen += 1
            cursor = data.next
            if not cursor:
                break
        return seen, time.perf_counter() - started


RAW = "raw httpx + json.loads"
RAW_ORJSON = "raw httpx + orjson.loads"
SDK = "kombo_ats iter_candidates"
OFFICIAL = "official kombo SDK (cursor= by hand)"
WALKERS: dict[str, Walker] = {
    RAW: _raw_walker(json.loads),
    RAW_ORJSON: _raw_walker(orjson.loads),
    SDK: walk_sdk,
    OFFICIAL: walk_official,
}
VARIANTS = {
    "walk": "walk",
    "full": "walk + read every nested field of",
    "sync": "walk + storage form (.as_dicts() / model_dump) of",
}
