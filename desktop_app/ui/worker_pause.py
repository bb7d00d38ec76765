"""Start-up's loading threads stand aside while the GUI thread runs a step of its own.

Python runs one thread at a time: a step on the GUI thread sharing the interpreter with
the SDK's loader and the renderer's warm-up took 2-3 times its CPU time. Threads that
`join()` wait at their next import (or `pause_here()`) while the GUI thread is inside
`held()`, once per step and never longer than MAX_WAIT_S: a module they are importing may
be one the GUI thread waits for, and that must cost milliseconds, not a deadlock.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

MAX_WAIT_S = 0.05  # a step longer than this misses the goal anyway (no stall over 50 ms)

_clear = threading.Event()  # set while no GUI step runs
_clear.set()
_members: set[int] = set()  # thread idents that stand aside
_depth = 0  # held() nests on the GUI thread
_step = 0  # counts the GUI thread's steps
_waited: dict[int, int] = {}  # by member: the last step it waited for


def _on_audit(event: str, _args: tuple[object, ...]) -> None:
    # Raised before an import takes any lock (a meta path finder would be asked under
    # Python's global import lock, and every import in the process would wait with it).
    if event == "import" and not _clear.is_set():
        pause_here()


_hooked = False


def join() -> None:
    """The calling (loading) thread stands aside from now on, until it `leave()`s."""
    global _hooked
    _members.add(threading.get_ident())
    if not _hooked:
        _hooked = True
        # For the process's life (hooks cannot be removed): ~0.1 us per audited event, about
        # 11,000 a second while conversations are switched, 0.2 % of a core.
        sys.addaudithook(_on_audit)


def leave() -> None:
    _members.discard(threading.get_ident())
    _waited.pop(threading.get_ident(), None)


def pause_here() -> None:
    """In a member thread: wait while the GUI thread holds its step, at most MAX_WAIT_S per
    step (the GUI thread may be waiting for the very import this thread is in)."""
    if _clear.is_set():
        return
    me = threading.get_ident()
    step = _step
    if me in _members and _waited.get(me) != step:
        _waited[me] = step
        _clear.wait(MAX_WAIT_S)


@contextmanager
def held() -> Iterator[None]:
    """On the GUI thread, around a step: members wait at their next import until it ends."""
    global _depth, _step
    _depth += 1
    if _depth == 1:
        _step += 1
    _clear.clear()
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            _clear.set()
