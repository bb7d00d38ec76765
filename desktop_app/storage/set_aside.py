"""Keeping a database file aside instead of overwriting it: a damaged file, or the one a restore
replaces, is renamed with its -wal and -shm companions, never deleted."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from enum import StrEnum
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")


class AsideReason(StrEnum):
    DAMAGED = "damaged"
    BEFORE_RESTORE = "before-restore"


def set_aside(path: Path, reason: AsideReason, now: float | None = None) -> Path:
    """Rename `path` (and its journal files) to `<name>.<reason>-YYYYMMDD-HHMMSS`; returns
    the new path of the main file. Nothing is copied or deleted."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    target = path.with_name(f"{path.name}.{reason.value}-{stamp}")
    n = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *COMPANIONS)):
        n += 1
        target = path.with_name(f"{path.name}.{reason.value}-{stamp}-{n}")
    # Companions first: a main file renamed alone would meet a stranger's WAL on next open.
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    if path.exists():
        os.replace(path, target)
    return target


def held_open_elsewhere(path: Path) -> bool:
    """Whether another connection (the window, a `parley` command) has the database open, so
    that moving it aside would pull it from under that process. In WAL mode every open
    connection holds a lock that an exclusive-mode transaction cannot get past."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return True
        raise
    finally:
        conn.close()
    return False


def damage_mark(path: Path) -> Path:
    """A file noting that damage was met while the database was in use: SQLite finds a bad
    page only when it reads it, so the next start checks the whole file (once)."""
    return path.with_name(f"{path.name}.damage-seen")


def mark_damage(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only or full disk: the error is shown anyway
        damage_mark(path).touch()


def is_damaged(path: Path) -> bool:
    """Whether the file at `path` exists and is not a sound SQLite database (not SQLite at
    all, truncated, or failing `PRAGMA quick_check`). Reads only."""
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        return code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)
    finally:
        conn.close()
    return result != [("ok",)]
