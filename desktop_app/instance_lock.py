"""The lock that makes one Parley per data folder, held by the process showing the window: a
file lock, checked before Qt loads, that the system drops however the process ends (kill -9
too), so a stale one cannot exist."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class InstanceLock:
    def __init__(self, handle: IO[bytes]) -> None:
        self._handle: IO[bytes] | None = handle

    @classmethod
    def try_acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None while another process holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        handle = os.fdopen(os.open(path, flags, 0o600), "r+b")  # the owner's alone
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return None
        return cls(handle)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None


def _lock(handle: IO[bytes]) -> None:
    """Raises OSError when held elsewhere; never waits."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
