"""``python -m benchmarks.decoding``: where a record's time goes on the decoding path, measured in CPU time.

A microbenchmark next to ``make bench``'s sections: the steps of turning the benchmark page into models and
models into storage JSON, each per record, interleaved round by round and reported as the best round, in CPU
time of this process (``time.process_time``): on a shared, loaded machine wall-clock medians swing by 2x between
runs, CPU time of interleaved rounds much less. ``--walks`` also times the section 1 walkers at 10,000 records
the same way (the ratios issue 17's targets are judged on, without the noise). Writes nothing.

Like ``make bench``, it freezes the heap it starts with (``gc.freeze()``), so that the harness's objects (the
official SDK alone is ~55,000) do not slow the collections of whichever method allocates most. A program does not
usually do that: ``--unfrozen`` leaves the collector as every program has it, its whole heap walked by the full
collections that a walk's allocations set off, which is where the SDK's pause during decoding (``_gc_pause``) pays.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import time
import types
import typing
from collections.abc import Callable
from typing import Any

import anyio
import attrs
import msgspec
import orjson
from kombo.models import GetAtsCandidatesPositiveResponse as OfficialPage
from kombo_ats import record_to_json, records_to_ndjson
from kombo_ats._decode import _dec_hook, _shape, fast_decoder
from kombo_ats._gc_pause import gc_paused

from benchmarks.data import PAGE_SIZE, render_page_set
from benchmarks.walkers import RAW, RAW_ORJSON, SDK, VARIANTS, WALKERS, Walker, _raw_walker
from kombo_ats_client.models import GetCandidatesResponse


def best_of(steps: dict[str, Callable[[], object]], rounds: int, per: int) -> dict[str, float]:
    """Microseconds per record of each step: the best of ``rounds`` interleaved rounds, in CPU time."""
    best = dict.fromkeys(steps, float("inf"))
    for _ in range(rounds):
        for name, step in steps.items():
            started = time.process_time()
            step()
            best[name] = min(best[name], time.process_time() - started)
    return {name: seconds / per * 1e6 for name, seconds in best.items()}


def struct_mirror(model: type, made: dict[type, Any] | None = None) -> Any:
    """A ``msgspec.Struct`` with the fields and types of an attrs model (nested models mirrored, marker fields as
    ``Any``): what pass 2 would cost if the models were Structs, the floor of building them with msgspec."""
    made = {} if made is None else made
    if model in made:
        return made[model]
    fields = [f for f in attrs.fields(model) if f.name != "additional_properties"]
    if not fields:
        made[model] = dict[str, Any]
        return made[model]
    hints = typing.get_type_hints(model, include_extras=True)

    def mirror(hint: Any) -> Any:
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            return typing.Union[tuple(mirror(arg) for arg in typing.get_args(hint))]  # noqa: UP007
        if typing.get_origin(hint) is list:
            return list[mirror(typing.get_args(hint)[0])]  # type: ignore[misc]
        if isinstance(hint, type) and attrs.has(hint):
            return struct_mirror(hint, made)
        if isinstance(hint, type) and hasattr(hint, "convert"):  # an open enum or map model marker
            return Any
        return hint

    made[model] = None
    spec = [(f.name, mirror(hints[f.name]), msgspec.UNSET) for f in fields]
    made[model] = msgspec.defstruct(f"{model.__name__}Mirror", spec, gc=False)
    return made[model]


def decoding_steps(rounds: int) -> dict[str, float]:
    pages = render_page_set(8).last
    per = len(pages) * PAGE_SIZE
    fast = fast_decoder(GetCandidatesResponse)
    assert fast is not None
    check = msgspec.json.Decoder(_shape(GetCandidatesResponse, {})).decode
    into_models = msgspec.json.Decoder(GetCandidatesResponse, dec_hook=_dec_hook).decode
    into_structs = msgspec.json.Decoder(struct_mirror(GetCandidatesResponse)).decode
    records = [record for page in pages for record in fast(page).data.results]
    steps: dict[str, Callable[[], object]] = {
        "json.loads (raw floor)": lambda: [json.loads(p) for p in pages],
        "orjson.loads": lambda: [orjson.loads(p) for p in pages],
        "msgspec.json.decode into dicts": lambda: [msgspec.json.decode(p) for p in pages],
        "msgspec pass 1: shape check (unknown keys)": lambda: [check(p) for p in pages],
        "msgspec pass 2: bytes -> attrs models": lambda: [into_models(p) for p in pages],
        "msgspec path (both passes, what walkers use)": lambda: [fast(p) for p in pages],
        "msgspec into Structs of the models' shape (floor)": lambda: [into_structs(p) for p in pages],
        "orjson.loads + from_dict (the reference path)": lambda: [
            GetCandidatesResponse.from_dict(orjson.loads(p)) for p in pages
        ],
        "official model_validate_json": lambda: [OfficialPage.model_validate_json(p) for p in pages],
        "to_dict()": lambda: [r.to_dict() for r in records],
        "record_to_json (storage serialisation)": lambda: [record_to_json(r) for r in records],
        "records_to_ndjson (a page at a time)": lambda: [
            records_to_ndjson(records[i : i + PAGE_SIZE]) for i in range(0, len(records), PAGE_SIZE)
        ],
    }
    return best_of(steps, rounds, per)


def _loads_gc_paused(content: bytes) -> Any:
    with gc_paused():
        return json.loads(content)


RAW_PAUSED = "raw httpx + json.loads, GC paused as the SDK does"
# Not a competitor (raw code does not do this): it shows how much of the SDK's lead is the GC pause of _gc_pause.
REFERENCE: dict[str, Walker] = {RAW_PAUSED: _raw_walker(_loads_gc_paused)}


def walk_ratios(rounds: int, n: int = 10_000, *, freeze: bool = True) -> dict[str, Any]:
    """Per-record CPU of every walker; with ``freeze``, the heap is frozen after the warm-up, as ``make bench`` does
    (the official SDK's schema caches are built in the warm-up: frozen before it, they would weigh on every
    collection of the walks that follow)."""
    pages = render_page_set(8)
    walkers = {**WALKERS, **REFERENCE}
    for method in walkers:
        for variant in VARIANTS:
            anyio.run(walkers[method], pages, 4 * PAGE_SIZE, variant)
    gc.collect()
    if freeze:
        gc.freeze()

    def step(method: str, variant: str) -> Callable[[], object]:
        return lambda: anyio.run(walkers[method], pages, n, variant)

    steps = {f"{variant}|{method}": step(method, variant) for variant in VARIANTS for method in walkers}
    per_record = best_of(steps, rounds, n)
    ratios: dict[str, Any] = {}
    for variant in VARIANTS:
        cost = {method: per_record[f"{variant}|{method}"] for method in walkers}
        ratios[variant] = {
            "sdk_vs_raw": cost[RAW] / cost[SDK],
            "sdk_vs_raw_gc_paused": cost[RAW_PAUSED] / cost[SDK],
            "sdk_vs_orjson": cost[RAW_ORJSON] / cost[SDK],
            "sdk_vs_official": cost["official kombo SDK (cursor= by hand)"] / cost[SDK],
            "microseconds_per_record": cost,
        }
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.decoding", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--walks", action="store_true", help="also the section 1 walks at 10,000 records")
    parser.add_argument("--unfrozen", action="store_true", help="no gc.freeze(): the collector as programs have it")
    parser.add_argument("--pause-off", action="store_true", help="the SDK decodes without its GC pause (to measure it)")
    args = parser.parse_args()
    if args.pause_off:
        from kombo_ats import _decode, _records

        for module in (_decode, _records):  # the name each decoder calls
            setattr(module, "gc_paused", contextlib.nullcontext)  # noqa: B010
    if not args.unfrozen:
        gc.freeze()
    for name, micros in decoding_steps(args.rounds).items():
        print(f"{name:48s} {micros:6.2f} us/record")
    if args.walks:
        for variant, figures in walk_ratios(max(3, args.rounds // 2), freeze=not args.unfrozen).items():
            print(
                f"{variant:5s} SDK / raw {figures['sdk_vs_raw']:.2f}x, "
                f"SDK / raw orjson {figures['sdk_vs_orjson']:.2f}x, "
                f"SDK / official {figures['sdk_vs_official']:.2f}x; "
                f"SDK / raw with the GC paused {figures['sdk_vs_raw_gc_paused']:.2f}x"
            )
            costs = figures["microseconds_per_record"]
            print("      us/record: " + ", ".join(f"{method} {micros:.1f}" for method, micros in costs.items()))


if __name__ == "__main__":
    main()
