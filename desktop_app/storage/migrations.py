"""Schema migrations: the list of named steps (storage/schema_steps_*.py) that only grows,
and the runner that applies the missing ones.

Migration N brings the schema from `user_version` N-1 to N. Each runs in one
transaction together with its `PRAGMA user_version` bump, so a crash or a full disk
leaves the previous version intact. Never edit a released migration; append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final

from desktop_app.storage.errors import DatabaseTooNewError
from desktop_app.storage.schema_steps_early import (
    m001_initial,
    m002_tool_grants,
    m003_branches_and_thinking,
    m004_cost_controls,
    m005_batches,
    m006_message_heartbeat,
    m007_conversation_ids_never_reused,
)
from desktop_app.storage.schema_steps_later import (
    m008_short_query_index,
    m010_organising,
    m011_request_options,
    m012_conversation_uids,
    m013_uploaded_files,
)

Migration = Callable[[sqlite3.Connection], None]


MIGRATIONS: Final[tuple[Migration, ...]] = (
    m001_initial,
    m002_tool_grants,
    m003_branches_and_thinking,
    m004_cost_controls,
    m005_batches,
    m006_message_heartbeat,
    m007_conversation_ids_never_reused,
    m008_short_query_index,
    m010_organising,  # m009 was planned for the archive's uids, which became m012
    m011_request_options,
    m012_conversation_uids,
    m013_uploaded_files,
)
LATEST_VERSION: Final = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def refuse_if_too_new(conn: sqlite3.Connection, path: Path) -> None:
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise DatabaseTooNewError(path, found, LATEST_VERSION)


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Apply the missing migrations in order; returns how many ran. `conn` must be in autocommit.

    Foreign keys are off while migrating (SQLite's rule for schema changes: with them on, a
    table rebuild's DROP would cascade into every row referring to it) and restored after.
    """
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        return _apply_missing(conn, path)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(enforced):d}")


def _apply_missing(conn: sqlite3.Connection, path: Path) -> int:
    applied = 0
    for version, migration in enumerate(MIGRATIONS, start=1):
        if schema_version(conn) >= version:
            continue
        # IMMEDIATE takes the write lock first, so a second process opening the same
        # fresh file waits here and then sees the version already bumped.
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > LATEST_VERSION:
                raise DatabaseTooNewError(path, current, LATEST_VERSION)
            if current < version:
                migration(conn)
                conn.execute(f"PRAGMA user_version = {version:d}")
                applied += 1
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return applied
