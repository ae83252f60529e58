"""Pause Python's cyclic garbage collector while a page is decoded: about half of what a walk cost was the GC.

Decoding one page builds thousands of container objects in a few milliseconds (a 250-candidate page: ~7,000 models,
lists and dicts). Each 700 of them start a young-generation collection, every tenth of those an older one, and
older ones walk every tracked object the program holds, which the page's own objects and the rest of a real
program (a FastAPI app, dlt) make many. None of it finds garbage: the new objects are alive, and the page they
replace is freed by reference counting (models and pages hold no cycles). Measured on the benchmark walk
(``python -m benchmarks.decoding --walks --unfrozen [--pause-off]``, docs/benchmarks.md): in a process whose heap
is not frozen (a FastAPI app importing this SDK holds ~77,000 tracked objects before any code of its own), a typed
walk without the pause cost about twice what it costs with it (31-34 against 15-16 µs per record). In a heap frozen
with ``gc.freeze()`` collections are cheap, and the pause changes little.

So the decoders run inside :func:`gc_paused`: no automatic collection starts during the decode; the objects are
still counted, and the first allocation after it ends runs the one young collection they call for, so the old
generations see ten times fewer collections and nothing is skipped for good. The pause is short (no ``await`` inside,
and msgspec holds the GIL while it decodes), nests, and is shared by threads: the collector comes back on when the
last decode ends, and only if it was on when the first one started, so a program that switched it off keeps it off.
(The standard library's ``timeit`` pauses the collector the same way while it times.) What it cannot know: another
thread that switches the collector off *during* a decode finds it on again when the decode ends.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_resume = False


class _Paused:
    """The context manager :func:`gc_paused` returns (a class, not a generator: it runs once per page)."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _resume
        with _lock:
            if _depth == 0:
                _resume = gc.isenabled()
                if _resume:
                    gc.disable()
            _depth += 1

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()


_PAUSED = _Paused()


def gc_paused() -> _Paused:
    """``with gc_paused(): decode(...)``: no automatic cyclic collection inside the block (see the module doc)."""
    return _PAUSED
