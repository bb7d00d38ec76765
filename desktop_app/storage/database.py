"""Opening Parley's SQLite file: connection settings shared by the GUI and the CLI, then migrations.

The GUI and `parley ask` use the same file at the same time, hence WAL and a busy timeout.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from desktop_app.private_file import make_private, make_private_folder
from desktop_app.storage.backups import Backups, holds_data
from desktop_app.storage.errors import DatabaseError, DatabaseTooNewError, translated
from desktop_app.storage.migrations import (
    LATEST_VERSION,
    migrate,
    refuse_if_too_new,
    schema_version,
)
from desktop_app.storage.search_grams import register_grams_function

# The errors open_database raises, importable from here too.
__all__ = ["BUSY_TIMEOUT_MS", "DatabaseError", "DatabaseTooNewError", "open_database"]

BUSY_TIMEOUT_MS: Final = 5000


def open_database(path: Path) -> sqlite3.Connection:
    """An autocommit connection to `path`, migrated to the latest schema.

    Usable from any thread as long as callers serialise access themselves. Raises a
    `DatabaseError` subclass (never a raw `sqlite3` error) when the file cannot be used;
    a database newer than this app is refused before anything is written to it.
    """
    with translated(path):
        make_private_folder(path.parent)
        # Created 0600 before SQLite opens it: its -wal and -shm files take the same mode.
        make_private(path, follow_symlinks=True)
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
        conn = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            # Read-only checks first: switching to WAL would already rewrite the header.
            refuse_if_too_new(conn, path)
            if 0 < schema_version(conn) < LATEST_VERSION and holds_data(conn):
                # A migration is about to rewrite a file that holds data: keep a copy first.
                Backups(path).now(conn)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            register_grams_function(conn)
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn
