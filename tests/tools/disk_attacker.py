"""Another process's hand on the disk, acting at the exact moment Parley makes a system call.

Python's audit hooks fire just before the call itself (`os.open` → "open", `os.fchmod` →
"os.chmod"), so a test can plant a link or swap a folder between Parley's check and its
write without replacing any of Parley's code. Hooks cannot be removed: one is installed
once and does nothing outside `attacking`.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Action = Callable[[str, tuple[Any, ...]], None]

_actions: list[Action] = []
_busy = threading.local()
_installed = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _actions or getattr(_busy, "on", False):
        return
    _busy.on = True  # the action's own file operations are audited too
    try:
        for action in list(_actions):
            action(event, args)
    finally:
        _busy.on = False


@contextmanager
def attacking(action: Action) -> Iterator[None]:
    """Call `action(event, args)` on every audited event until the block ends."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    _actions.append(action)
    try:
        yield
    finally:
        _actions.remove(action)


def opening_temporary(event: str, args: tuple[Any, ...]) -> str | None:
    """The name of a temporary about to be created exclusively, if that is the event."""
    if event != "open" or len(args) < 3 or not isinstance(args[2], int):
        return None
    path, _mode, flags = args[:3]
    if flags & os.O_EXCL and str(path).endswith(".parley-tmp"):
        return os.path.basename(os.fsdecode(path))
    return None


def opening_folder(event: str, args: tuple[Any, ...]) -> str | None:
    """The folder about to be opened by descriptor, if that is the event."""
    if event != "open" or len(args) < 3 or not isinstance(args[2], int):
        return None
    return os.fsdecode(args[0]) if args[2] & os.O_DIRECTORY else None


def changing_mode_by_descriptor(event: str, args: tuple[Any, ...]) -> bool:
    """Whether the event is an `os.fchmod` (the temporary's mode, set just before the rename)."""
    return event == "os.chmod" and bool(args) and isinstance(args[0], int)
