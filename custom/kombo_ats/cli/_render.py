"""What ``kombo-ats sync`` shows: live progress per integration x list, then a summary table or JSON."""

from __future__ import annotations

import json
import threading
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn
from rich.table import Table

from ..sync import SyncProgress, SyncReport
from ._errors import with_advice

__all__ = ["LiveProgress", "failure_lines", "report_json", "summary_table"]


class LiveProgress:
    """A rich progress display fed by the sync's ``progress=`` callback (called from dlt's thread)."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("{task.fields[integration]:<42} {task.fields[resource]:<20}"),
            BarColumn(bar_width=None),
            TextColumn("{task.fields[records]:>8} records {task.fields[rate]:>7}/s {task.fields[pages]:>5} pages"),
            TextColumn("{task.fields[elapsed]:>7} {task.fields[state]}"),
            console=console,
            transient=False,
        )
        self._tasks: dict[tuple[str, str], TaskID] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> LiveProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def __call__(self, event: SyncProgress) -> None:
        key = (event.integration_id, event.resource)
        fields: dict[str, Any] = {
            "integration": event.integration_id,
            "resource": event.resource,
            "records": event.records,
            "rate": f"{event.records_per_second:,.0f}",
            "pages": event.pages,
            "state": "failed" if event.error else "done" if event.done else event.mode,
            "elapsed": f"{event.elapsed:.1f}s",
        }
        with self._lock:
            if key not in self._tasks:
                self._tasks[key] = self._progress.add_task("", total=None, **fields)
            task = self._tasks[key]
        self._progress.update(task, completed=1 if event.done else 0, total=1 if event.done else None, **fields)


def summary_table(report: SyncReport) -> Table:
    table = Table(title=f"kombo-ats sync ({'loaded' if report.loaded else 'NOT loaded'})")
    for name, justify in (
        ("integration", "left"),
        ("list", "left"),
        ("mode", "left"),
        ("records", "right"),
        ("pages", "right"),
        ("deleted", "right"),
        ("vanished", "right"),
        ("seconds", "right"),
        ("result", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for o in sorted(report.outcomes.values(), key=lambda o: (o.integration_id, o.resource)):
        table.add_row(
            o.integration_id,
            o.resource,
            o.mode,
            f"{o.records:,}",
            str(o.pages),
            str(o.deleted),
            str(o.vanished),
            f"{o.seconds:.2f}",
            "failed" if o.error else "ok" if o.complete else "incomplete",
        )
    return table


def report_json(report: SyncReport) -> str:
    return json.dumps(
        {
            "ok": report.ok,
            "loaded": report.loaded,
            "synced_at": report.synced_at.isoformat(),
            "records": report.records,
            "outcomes": [
                {
                    "integration_id": o.integration_id,
                    "resource": o.resource,
                    "mode": o.mode,
                    "records": o.records,
                    "pages": o.pages,
                    "deleted": o.deleted,
                    "vanished": o.vanished,
                    "seconds": round(o.seconds, 3),
                    "complete": o.complete,
                    "since": o.since.isoformat() if o.since else None,
                    "error": o.error,
                }
                for o in sorted(report.outcomes.values(), key=lambda o: (o.integration_id, o.resource))
            ],
        },
        indent=2,
    )


def failure_lines(report: SyncReport) -> list[str]:
    """One line per integration and reason (an unknown integration fails every list the same way)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for o in report.errors:
        grouped.setdefault((o.integration_id, o.error or ""), []).append(o.resource)
    return [
        with_advice(error, f"{iid}: {error} ({', '.join(sorted(lists))})") for (iid, error), lists in grouped.items()
    ]
