"""Database failures as plain sentences; SQLite's own exceptions never reach the user.

Every storage call runs inside `translated(path)`, which turns `sqlite3.Error` and
`OSError` into a `DatabaseError` subclass whose message says what happened and what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.core import i18n  # `translate` here names the error mapping below


class DatabaseError(Exception):
    """A problem with the conversation database, worded for the user."""


class NotADatabaseError(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            i18n.translate(
                "DatabaseErrors",
                "The file {path} is not a Parley database, or it is damaged; it was left "
                "untouched.",
            ).format(path=path)
        )


class DatabaseTooNewError(DatabaseError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            i18n.translate(
                "DatabaseErrors",
                "The database {path} was written by a newer version of Parley (schema version "
                "{found}; this version knows up to {supported}). Update Parley to open it; the "
                "file was left untouched.",
            ).format(path=path, found=found, supported=supported)
        )


class DatabaseReadOnlyError(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            i18n.translate(
                "DatabaseErrors",
                "Parley cannot write to {path}: the file or its folder is read-only. Nothing was "
                "saved; make them writable, or point PARLEY_HOME at a writable folder.",
            ).format(path=path)
        )


class DiskFullError(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            i18n.translate(
                "DatabaseErrors",
                "The disk holding {path} is full. Free some space; the last change was not saved.",
            ).format(path=path)
        )


class DatabaseBusyError(DatabaseError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            i18n.translate(
                "DatabaseErrors",
                "The database {path} stayed locked by another Parley process. Try again in a "
                "moment.",
            ).format(path=path)
        )


class DatabaseUnavailableError(DatabaseError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            i18n.translate(
                "DatabaseErrors", "Parley cannot open or read {path} ({reason})."
            ).format(path=path, reason=reason)
        )


class DatabaseClosedError(DatabaseError):
    def __init__(self) -> None:
        super().__init__(
            i18n.translate("DatabaseErrors", "The conversation database is already closed.")
        )


class RecordNotFoundError(DatabaseError, LookupError):
    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"The {kind} {record_id} no longer exists.")


def translate(error: sqlite3.Error | OSError, path: Path) -> DatabaseError:
    """The plain-words equivalent of a low-level failure on the database at `path`."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFullError(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return DatabaseReadOnlyError(path)
        return DatabaseUnavailableError(path, error.strerror or type(error).__name__)
    extended = getattr(error, "sqlite_errorcode", None) or 0
    if extended in (sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_SHMSIZE):
        # A write or shared-memory file refused below SQLite: a full disk or quota, or a file
        # that may grow no more (SQLite says SQLITE_FULL only when it sees ENOSPC itself).
        return DiskFullError(path)
    code = extended & 0xFF
    match code:
        case sqlite3.SQLITE_NOTADB | sqlite3.SQLITE_CORRUPT:
            return NotADatabaseError(path)
        case sqlite3.SQLITE_FULL:
            return DiskFullError(path)
        case sqlite3.SQLITE_READONLY:
            return DatabaseReadOnlyError(path)
        case sqlite3.SQLITE_BUSY | sqlite3.SQLITE_LOCKED:
            return DatabaseBusyError(path)
        case sqlite3.SQLITE_CANTOPEN:
            return DatabaseUnavailableError(
                path, i18n.translate("DatabaseErrors", "the file cannot be opened")
            )
        case sqlite3.SQLITE_IOERR:
            return DatabaseUnavailableError(
                path, i18n.translate("DatabaseErrors", "a disk input/output error")
            )
    name = getattr(error, "sqlite_errorname", None) or type(error).__name__
    return DatabaseUnavailableError(
        path, i18n.translate("DatabaseErrors", "database error {name}").format(name=name)
    )


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Run a block, re-raising low-level failures as `DatabaseError` (the cause stays chained)."""
    try:
        yield
    except DatabaseError:
        raise
    except (sqlite3.Error, OSError) as error:
        plain = translate(error, path)
        if isinstance(plain, NotADatabaseError) and path.is_file():
            from desktop_app.storage.set_aside import mark_damage

            mark_damage(path)
        raise plain from error
