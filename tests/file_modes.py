"""What others could read: the permission checks shared by the storage, CLI and window tests."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def loose_umask() -> Iterator[None]:
    """umask 0 while the block runs: only Parley's own care keeps its files private then."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def exposed(folder: Path) -> list[str]:
    """Entries under `folder` (itself included) that are not the owner's alone: a folder
    other than 0700, a file with any group or other bit, or a symlink at all."""
    found = []
    for entry in [folder, *sorted(folder.rglob("*"))]:
        kind = entry.lstat().st_mode
        if stat.S_ISLNK(kind):
            found.append(f"{entry} is a symlink")
            continue
        wrong = mode(entry) != 0o700 if stat.S_ISDIR(kind) else mode(entry) & 0o077
        if wrong:
            found.append(f"{entry} is {mode(entry):o}")
    return found


def names(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}
