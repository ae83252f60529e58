"""One background fetch that outlives the ``__anext__`` call which started it, for ``read_ahead``.

Why not a task group: a walker is consumed with a plain ``async for``; when the caller breaks out
or raises, nobody closes the iterator in the caller's task, so a task group (cancel scope) held
across iterations would be exited later from the garbage collector's task, which anyio and trio
reject (PEP 789). Instead each prefetch is a single request in its own task, cancelled
synchronously whenever the iterator is closed, exited or garbage-collected. It never spawns more
work, so at most one page is ever in flight.
"""

from __future__ import annotations

import contextvars
import sys
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import anyio

T = TypeVar("T")


def _discard(_: object) -> None:
    """Adapt ``Task.cancel`` (which returns a bool) to a ``() -> None`` callback."""


def _running_on_trio() -> bool:
    trio = sys.modules.get("trio")
    if trio is None:
        return False
    try:
        trio.lowlevel.current_task()
    except RuntimeError:
        return False
    return True


class Prefetch(Generic[T]):
    """Start ``fetch()`` now in the background; ``await result()`` later; ``cancel()`` at any time."""

    def __init__(self, fetch: Callable[[], Awaitable[T]]) -> None:
        self._fetch = fetch
        self._done = anyio.Event()
        self._result: T | None = None
        self._error: BaseException | None = None
        self._cancel: Callable[[], None]
        if _running_on_trio():
            import trio

            scope = trio.CancelScope()
            self._cancel = scope.cancel
            trio.lowlevel.spawn_system_task(self._run_trio, scope, context=contextvars.copy_context())
        else:
            import asyncio

            task = asyncio.get_running_loop().create_task(self._run())
            self._task: Any = task  # strong reference: asyncio only keeps weak ones
            # A task cancelled before its first step never runs _run's finally; this still fires.
            task.add_done_callback(lambda _: self._done.set())
            self._cancel = lambda: _discard(task.cancel())

    async def _run(self) -> None:
        try:
            self._result = await self._fetch()
        except Exception as exc:  # handed to the consumer by result()
            self._error = exc
        finally:
            self._done.set()

    async def _run_trio(self, scope: Any) -> None:
        with scope:
            await self._run()

    async def result(self) -> T:
        """Wait for the fetch and return its page or raise its error; cancels the fetch if we are cancelled."""
        try:
            await self._done.wait()
        except BaseException:
            self.cancel()
            raise
        if self._error is not None:
            raise self._error
        if self._result is None:  # cancelled before it produced anything
            raise RuntimeError("prefetch was cancelled")
        return self._result

    def cancel(self) -> None:
        """Stop the fetch if still running (synchronous, safe from ``__del__`` and any task)."""
        if not self._done.is_set():
            self._cancel()

    async def aclose(self) -> None:
        """Cancel and wait until the background task has really finished."""
        self.cancel()
        await self._done.wait()
