"""`Backups`: copies of the database made with SQLite's backup API, daily and before every
migration, in `<data>/backups/parley-YYYYMMDD-HHMMSS.sqlite3`; the newest seven are kept.

A copy is written under a temporary name, checked with `PRAGMA quick_check`, then renamed,
so a half-written backup is never listed. Restoring keeps the current file aside first.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop_app.core.i18n import translate
from desktop_app.storage.errors import DatabaseError, translated
from desktop_app.storage.set_aside import (
    AsideReason,
    damage_mark,
    held_open_elsewhere,
    is_damaged,
    set_aside,
)

KEEP: Final = 7
DAY: Final = 24 * 3600
_NAME = re.compile(r"parley-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3")


class BackupError(DatabaseError):
    """A backup could not be made, found or restored; the message says which."""


@dataclass(frozen=True, slots=True)
class Backup:
    number: int  # 1 is the newest, as `parley backup list` shows them
    path: Path
    taken_at: float  # Unix time, from the name (the file's own time changes when copied)
    size: int

    def conversations(self) -> int | None:
        """How many conversations it holds (deleted ones aside); None if it cannot be read."""
        try:
            conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            row = conn.execute("SELECT count(*) FROM conversations WHERE deleted_at IS NULL")
            return int(row.fetchone()[0])
        except sqlite3.Error:
            return None
        finally:
            conn.close()


class Backups:
    """The backups of the database at `database`, kept in `<its folder>/backups`."""

    def __init__(self, database: Path, folder: Path | None = None) -> None:
        self.database = database
        self.folder = folder if folder is not None else database.parent / "backups"

    def list(self) -> list[Backup]:
        """Finished backups, newest first."""
        if not self.folder.is_dir():
            return []
        found: list[tuple[float, int, Path]] = []
        for path in self.folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match and path.is_file():
                taken = time.mktime(time.strptime(match[1], "%Y%m%d-%H%M%S"))
                found.append((taken, int(match[2] or 1), path))
        found.sort(reverse=True)
        return [
            Backup(n, path, taken, path.stat().st_size)
            for n, (taken, _, path) in enumerate(found, start=1)
        ]

    def get(self, number: int) -> Backup:
        backups = self.list()
        if not 1 <= number <= len(backups):
            raise BackupError(
                translate(
                    "Backups",
                    "There is no backup {number}; there are {count}. `parley backup list` shows "
                    "them.",
                ).format(number=number, count=len(backups))
            )
        return backups[number - 1]

    def now(self, source: sqlite3.Connection | None = None, at: float | None = None) -> Backup:
        """Back up the database now (through `source` if given, else a connection of its own)
        and keep the newest seven. Raises `BackupError` or another `DatabaseError`."""
        with translated(self.database):
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)
            self._remove_leftovers()
            target = self._free_name(time.time() if at is None else at)
            part = target.with_name(f".{target.name}.{os.getpid()}.{time.monotonic_ns()}.part")
            os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            try:
                if source is None:
                    with contextlib.closing(sqlite3.connect(self.database, timeout=5)) as own:
                        _copy(own, part)
                else:
                    _copy(source, part)
                if not _sound(part):
                    raise BackupError(
                        translate(
                            "Backups",
                            "The backup of {path} failed its check: the database may be damaged. "
                            "Nothing was kept.",
                        ).format(path=self.database)
                    )
                os.replace(part, target)
            finally:
                part.unlink(missing_ok=True)
            self.prune()
        return next(b for b in self.list() if b.path == target)

    def prune(self) -> builtins.list[Path]:
        """Delete all but the newest `KEEP` backups; returns what was deleted."""
        old = [b.path for b in self.list()[KEEP:]]
        for path in old:
            path.unlink(missing_ok=True)
        return old

    def due(self, now: float | None = None) -> bool:
        """Whether a daily backup is due: the newest is older than a day, or there is none."""
        backups = self.list()
        current = time.time() if now is None else now
        return not backups or current - backups[0].taken_at >= DAY

    def daily(self) -> Backup | None:
        """Back up if a day has passed and the database holds a conversation; None otherwise."""
        if not self.database.is_file() or not self.due():
            return None
        with translated(self.database), contextlib.closing(sqlite3.connect(self.database)) as c:
            return self.now(c) if holds_data(c) else None

    def restore(self, number: int) -> Path | None:
        """Replace the database with backup `number`; the current file is kept aside first.
        Returns where it was kept (None if there was none). Refuses while another process
        (the window, a `parley ask`) has the database open."""
        backup = self.get(number)
        if not _sound(backup.path):
            raise BackupError(
                translate("Backups", "Backup {number} ({path}) is damaged; choose another.").format(
                    number=number, path=backup.path
                )
            )
        with translated(self.database):
            damaged = is_damaged(self.database)
            if self.database.exists() and not damaged and held_open_elsewhere(self.database):
                raise BackupError(
                    translate(
                        "Backups",
                        "Another Parley (the window or a `parley` command) is using the database; "
                        "close it, then restore.",
                    )
                )
            reason = AsideReason.DAMAGED if damaged else AsideReason.BEFORE_RESTORE
            kept = set_aside(self.database, reason)
            kept_path = kept if kept.exists() else None
            source = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
            try:
                _copy(source, self.database, journal="wal")
            finally:
                source.close()
            damage_mark(self.database).unlink(missing_ok=True)  # it was about the old file
        return kept_path

    @property
    def pending_file(self) -> Path:
        return self.database.parent / "restore-pending"

    def request_restore(self, number: int) -> Backup:
        """Note that backup `number` is to be restored at the next start, when no connection
        of this process is open (the window asks, closes, and starts again)."""
        chosen = self.get(number)
        with translated(self.pending_file):
            self.pending_file.write_text(chosen.path.name, encoding="utf-8")
        return chosen

    def apply_pending(self) -> Path | None:
        """Restore the backup a window asked for, if any; returns where the replaced file was
        kept. The request is dropped either way, so a failing one cannot block every start."""
        if not self.pending_file.is_file():
            return None
        try:
            name = self.pending_file.read_text(encoding="utf-8").strip()
        finally:
            self.pending_file.unlink(missing_ok=True)
        chosen = next((b for b in self.list() if b.path.name == name), None)
        if chosen is None:
            raise BackupError(
                translate(
                    "Backups", "The backup {name} chosen for restoring no longer exists."
                ).format(name=name)
            )
        return self.restore(chosen.number)

    def _free_name(self, at: float) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(at))
        target, n = self.folder / f"parley-{stamp}.sqlite3", 1
        while target.exists():
            n += 1
            target = self.folder / f"parley-{stamp}-{n}.sqlite3"
        return target

    def _remove_leftovers(self) -> None:
        """Temporary files of backups interrupted by a crash or a full disk (an hour old: a
        younger one may be another process's backup in progress)."""
        for path in self.folder.glob(".parley-*.part"):
            with contextlib.suppress(FileNotFoundError):
                if time.time() - path.stat().st_mtime > 3600:
                    path.unlink(missing_ok=True)


def holds_data(conn: sqlite3.Connection) -> bool:
    """Whether the database holds a conversation: an empty or half-created one is not worth
    a backup."""
    try:
        return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM conversations)").fetchone()[0])
    except sqlite3.OperationalError:  # no schema yet
        return False


def _copy(source: sqlite3.Connection, target: Path, journal: str = "delete") -> None:
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(destination)
        # A backup of a WAL database is itself marked WAL; a copy on the shelf needs no -wal.
        destination.execute(f"PRAGMA journal_mode = {journal}")
    finally:
        destination.close()


def _sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
