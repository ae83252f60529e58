"""Turn ``results.json`` into the printed tables, the target verdicts, the chart and the docs block."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.sections import PARSE_OFFICIAL, PARSE_OURS
from benchmarks.walkers import VARIANTS, WALKERS

ROOT = Path(__file__).resolve().parent.parent
RESULTS_PATH = ROOT / "benchmarks" / "results.json"
CHART_PATH = ROOT / "docs" / "benchmarks.png"
DOC_PATH = ROOT / "docs" / "benchmarks.md"
DOC_START, DOC_END = "<!-- results:start -->", "<!-- results:end -->"

# Judged on the fair rows (issue 17): full reads and the sync path (walk + the storage serialisation), worst size;
# raw = httpx + json.loads. Names are stable keys of results.json; issue 17 raised the goals and added three.
TARGETS = {
    "full_sdk_vs_raw": 1.2,
    "walk_sdk_vs_raw": 1.0,
    "full_sdk_vs_official": 5.0,
    "sync_sdk_vs_official": 8.0,
    "parse_official_vs_ours": 3.0,
    "memory_100k_vs_10k": 1.10,
    "read_ahead_speedup": 1.6,
    "full_sdk_vs_orjson": 0.9,
    "sync_sdk_vs_raw": 1.0,
    "socket_cpu_sdk_vs_raw": 1.0,
}
LABELS = {
    "full_sdk_vs_raw": "walk + read every field: SDK / raw httpx+json.loads (worst size)",
    "walk_sdk_vs_raw": "walk: SDK / raw httpx+json.loads (worst size)",
    "full_sdk_vs_official": "walk + read every field: SDK / official (worst size)",
    "sync_sdk_vs_official": "walk + storage form: SDK .as_dicts() / official model_dump (worst size)",
    "parse_official_vs_ours": "parse one record from dicts, full construction: official / ours",
    "memory_100k_vs_10k": "peak memory: 100k / 10k",
    "read_ahead_speedup": "read-ahead / sequential",
    "full_sdk_vs_orjson": "walk + read every field: SDK / raw httpx+orjson.loads (worst size)",
    "sync_sdk_vs_raw": "walk + storage serialisation: SDK / raw httpx+json.loads (worst size)",
    "socket_cpu_sdk_vs_raw": "real socket: SDK CPU s / raw httpx CPU s per 10k records",
}
_AT_MOST = ("memory_100k_vs_10k", "socket_cpu_sdk_vs_raw")


def _socket_cpu_ratio(results: dict[str, Any]) -> float:
    methods = results.get("socket", {}).get("methods", {})
    sdk, raw = methods.get("kombo_ats iter_pages", {}), methods.get("raw httpx + json.loads", {})
    if "cpu_seconds_per_10k" not in sdk or "cpu_seconds_per_10k" not in raw:
        return float("nan")
    return float(sdk["cpu_seconds_per_10k"]) / float(raw["cpu_seconds_per_10k"])


def verdicts(results: dict[str, Any]) -> dict[str, Any]:
    walks = results["walk"].values()
    figures = {
        "full_sdk_vs_raw": min(w["full_sdk_vs_raw"] for w in walks),
        "walk_sdk_vs_raw": min(w["sdk_vs_raw"] for w in walks),
        "full_sdk_vs_official": min(w["full_sdk_vs_official"] for w in walks),
        "sync_sdk_vs_official": min(w["sync_sdk_vs_official"] for w in walks),
        "parse_official_vs_ours": results["parse"]["official_vs_ours"],
        "memory_100k_vs_10k": results["memory"]["kombo_ats iter_candidates"]["large_vs_small"],
        "read_ahead_speedup": results["read_ahead"]["speedup"],
        "full_sdk_vs_orjson": min(w["full_sdk_vs_orjson"] for w in walks),
        "sync_sdk_vs_raw": min(w["sync_sdk_vs_raw"] for w in walks),
        "socket_cpu_sdk_vs_raw": _socket_cpu_ratio(results),
    }
    return {
        name: {
            "value": value,
            "target": TARGETS[name],
            "met": value <= TARGETS[name] if name in _AT_MOST else value >= TARGETS[name],
        }
        for name, value in figures.items()
    }


def table(results: dict[str, Any]) -> str:
    lines = ["| Measurement | Method | Result |", "|---|---|---|"]
    for n, walk in results["walk"].items():
        for variant, what in VARIANTS.items():
            prefix = "" if variant == "walk" else f"{variant}_"
            for method, figures in walk[f"{prefix}methods"].items():
                lines.append(
                    f"| 1. {what} {int(n):,} candidates | {method} | {figures['records_per_second']:,.0f} records/s "
                    f"({figures['seconds_median']:.2f} s) |"
                )
            lines.append(
                f"| 1. {what} {int(n):,} candidates | ratios | SDK / raw json = {walk[f'{prefix}sdk_vs_raw']:.2f}x, "
                f"SDK / raw orjson = {walk[f'{prefix}sdk_vs_orjson']:.2f}x, "
                f"SDK / official = {walk[f'{prefix}sdk_vs_official']:.2f}x |"
            )
    for name, figures in results["parse"].items():
        if isinstance(figures, dict):
            lines.append(f"| 2. parse one record | {name} | {figures['microseconds_per_record']:.1f} us |")
    lines.append(
        f"| 2. parse one record | ratios | from dicts: official / ours = {results['parse']['official_vs_ours']:.2f}x "
        f"(with dump: {results['parse']['sync_official_vs_ours']:.2f}x); from the page's bytes: "
        f"{results['parse']['bytes_official_vs_ours']:.2f}x |"
    )
    for method, memory in results["memory"].items():
        sizes = " / ".join(
            f"{int(n):,}: {figures['peak_bytes_median'] / 2**20:.1f} MiB" for n, figures in memory["sizes"].items()
        )
        lines.append(f"| 3. peak memory of a walk | {method} | {sizes} (ratio {memory['large_vs_small']:.2f}) |")
    ra = results["read_ahead"]
    setup = f"L = {ra['latency_seconds'] * 1000:.0f} ms, work/page = L, {ra['records']:,} records"
    for mode in ("sequential", "read_ahead"):
        lines.append(
            f"| 4. read-ahead ({setup}) | {mode.replace('_', '-')} | "
            f"{ra[mode]['records_per_second']:,.0f} records/s ({ra[mode]['seconds_median']:.2f} s) |"
        )
    lines.append(f"| 4. read-ahead | speedup | {ra['speedup']:.2f}x |")
    fo = results["fan_out"]
    setup = (
        f"{fo['integrations']} integrations x {fo['records_per_integration']:,}, "
        f"L = {fo['latency_seconds'] * 1000:.0f} ms, limit {fo['concurrency_limit']}"
    )
    for mode in ("sequential", "concurrent"):
        lines.append(
            f"| 5. fan-out ({setup}) | {mode} | "
            f"{fo[mode]['records_per_second']:,.0f} records/s ({fo[mode]['seconds_median']:.2f} s) |"
        )
    lines.append(f"| 5. fan-out | speedup | {fo['speedup']:.2f}x |")
    sock = results["socket"]
    setup = f"{sock['integrations']} integrations -> SQLite, limit {sock['concurrency_limit']}"
    for method, figures in sock["methods"].items():
        if "error" in figures:
            lines.append(f"| 6. real socket ({setup}) | {method} | **failed**: {figures['error']} |")
            continue
        lines.append(
            f"| 6. real socket ({setup}) | {method} | {figures['records_per_second']:,.0f} records/s "
            f"({figures['records']:,} records), {figures['cpu_seconds_per_10k']:.2f} CPU s / 10k records, "
            f"peak RSS {figures['peak_rss_bytes'] / 2**20:.0f} MiB "
            f"({figures['rss_before_sync_bytes'] / 2**20:.0f} MiB before the sync) |"
        )
    lines.extend(_fastapi_rows(results.get("fastapi_response")))
    lines.extend(_sync_rows(results.get("sync")))
    return "\n".join(lines)


def _fastapi_rows(section: dict[str, Any] | None) -> list[str]:
    """Section 7 (benchmarks/fastapi_response.py): serving records from a FastAPI endpoint, per contender."""
    if not section:
        return []
    what = f"7. FastAPI response of {section['records']:,} candidates"
    rows = [
        f"| {what} | {name} | {figures['microseconds_per_record']:.1f} us/record ({figures['seconds'] * 1000:.0f} ms) |"
        for name, figures in section.items()
        if isinstance(figures, dict)
    ]
    rows.append(
        f"| {what} | ratios | official / ours = {section['official_vs_ours']:.2f}x, "
        f"plain dicts / ours = {section['dicts_vs_ours']:.2f}x |"
    )
    return rows


def _sync_rows(section: dict[str, Any] | None) -> list[str]:
    """Section 8 (benchmarks/sync_run.py): syncing integrations from the sandbox into DuckDB, per method."""
    if not section:
        return []
    what = f"8. sync into DuckDB ({section['candidates_per_integration']:,} candidates per integration)"
    rows = []
    for method, figures in section["methods"].items():
        if "records_per_second" not in figures:
            rows.append(f"| {what} | {method} | **failed**: {str(figures.get('error', '?'))[-120:]} |")
            continue
        rows.append(
            f"| {what} | {method} ({figures['integrations']} integrations) | "
            f"{figures['records_per_second']:,.0f} records/s, "
            f"{figures['cpu_seconds_per_10k']:.2f} CPU s / 10k records, peak RSS {figures['peak_rss_mib']:.0f} MiB |"
        )
    if "sync_vs_hand_written" in section:
        rows.append(f"| {what} | ratio | kombo-ats sync / hand-written = {section['sync_vs_hand_written']:.2f}x |")
    return rows


def targets_table(results: dict[str, Any]) -> str:
    lines = ["| Target | Goal | Measured | Met |", "|---|---|---|---|"]
    for name, verdict in results["targets"].items():
        goal = f"<= {verdict['target']:.2f}" if name in _AT_MOST else f">= {verdict['target']:.2f}x"
        met = "yes" if verdict["met"] else "**no**"
        lines.append(f"| {LABELS[name]} | {goal} | {verdict['value']:.2f} | {met} |")
    return "\n".join(lines)


def chart(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (walks, latency, socket) = plt.subplots(1, 3, figsize=(17, 5), gridspec_kw={"width_ratios": [4, 2, 2]})
    methods = list(WALKERS)
    groups = [(n, prefix) for n in results["walk"] for prefix in ("", "full_", "sync_")]
    width = 0.8 / len(methods)
    for index, method in enumerate(methods):
        values = [results["walk"][n][f"{prefix}methods"][method]["records_per_second"] for n, prefix in groups]
        xs = [s + (index - (len(methods) - 1) / 2) * width for s in range(len(groups))]
        bars = walks.bar(xs, values, width, label=method)
        walks.bar_label(bars, labels=[f"{v / 1000:.0f}k" for v in values], fontsize=8)
    walks.set_xticks(
        range(len(groups)),
        [f"{int(n):,}\n" + {"": "walk", "full_": "read all", "sync_": "storage JSON"}[prefix] for n, prefix in groups],
        fontsize=8,
    )
    walks.set_ylabel("records / second (higher is better)")
    walks.set_title("1. Walking candidates through the same bytes")
    walks.legend(fontsize=8)

    ra, fo = results["read_ahead"], results["fan_out"]
    labels = ["sequential", "read-ahead", "one by one", f"concurrent\n(limit {fo['concurrency_limit']})"]
    values = [
        ra["sequential"]["records_per_second"],
        ra["read_ahead"]["records_per_second"],
        fo["sequential"]["records_per_second"],
        fo["concurrent"]["records_per_second"],
    ]
    bars = latency.bar(range(4), values, color=["#999999", "#2a7ab9", "#999999", "#2a7ab9"])
    latency.bar_label(bars, labels=[f"{v / 1000:.1f}k" for v in values], fontsize=8)
    latency.set_xticks(range(4), labels, fontsize=8)
    latency.set_title(
        f"4. read-ahead ({ra['speedup']:.2f}x) and 5. fan-out ({fo['speedup']:.2f}x)\nwith simulated latency",
        fontsize=10,
    )
    latency.set_ylabel("records / second")
    sock = results["socket"]
    names = [m for m, r in sock["methods"].items()]
    values = [sock["methods"][m].get("records_per_second", 0.0) for m in names]
    bars = socket.bar(range(len(names)), values, color=["#999999", "#2a7ab9", "#d9822b"][: len(names)])
    socket.bar_label(
        bars,
        labels=[f"{v / 1000:.1f}k" if v else "failed" for v in values],
        fontsize=8,
    )
    socket.set_xticks(range(len(names)), [n.split(" (")[0].replace(" iter_pages", "") for n in names], fontsize=7)
    socket.set_title(
        f"6. real socket: {sock['integrations']} integrations -> SQLite\n(limit {sock['concurrency_limit']})",
        fontsize=10,
    )
    socket.set_ylabel("records / second")
    fig.tight_layout()
    CHART_PATH.parent.mkdir(exist_ok=True)
    fig.savefig(CHART_PATH, dpi=110)
    plt.close(fig)


def update_doc(results: dict[str, Any]) -> None:
    if not DOC_PATH.exists():
        return
    text = DOC_PATH.read_text(encoding="utf-8")
    if DOC_START not in text or DOC_END not in text:
        return
    env = results["environment"]
    block = "\n".join(
        [
            DOC_START,
            f"Measured {env['date']} on {env['platform']}, Python {env['python']}, {env['cpus']} CPUs; "
            f"kombo {env['kombo']}, pydantic {env['pydantic']}, httpx {env['httpx']}.",
            "",
            table(results),
            "",
            targets_table(results),
            "",
            "![records/s per method](benchmarks.png)",
            DOC_END,
        ]
    )
    head, rest = text.split(DOC_START, 1)
    tail = rest.split(DOC_END, 1)[1]
    DOC_PATH.write_text(head + block + tail, encoding="utf-8")


__all__ = ["PARSE_OFFICIAL", "PARSE_OURS", "WALKERS"]
