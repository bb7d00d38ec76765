"""Rebuilding a table under a changed definition: SQLite's 12-step ALTER procedure.

SQLite cannot change a column's constraints in place. The caller runs this inside the
migration's transaction with `PRAGMA foreign_keys` OFF (it is a no-op inside a transaction,
and ON would make the DROP cascade into every row that refers to the table).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


class TableRebuildError(sqlite3.DatabaseError):
    """The rebuild would have changed the data; the migration's transaction rolls back."""


def rebuild_table(conn: sqlite3.Connection, table: str, new_sql: Callable[[str], str]) -> None:
    """Recreate `table` from `new_sql(current CREATE TABLE statement)`, keeping every row,
    rowid, index and trigger. Raises `TableRebuildError` if foreign keys on, or row counts
    of, the table change, so a broken rebuild never commits."""
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise TableRebuildError(f"rebuilding {table} needs foreign_keys OFF")
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None:
        raise TableRebuildError(f"no table {table}")
    temporary = f"{table}_rebuilt"
    created = new_sql(row[0])
    prefix = f"CREATE TABLE {table} ("
    if not created.startswith(prefix):
        raise TableRebuildError(f"the new definition of {table} must start with {prefix!r}")
    # Indexes and triggers go with the DROP; keep their text to recreate them as they were.
    companions = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL ORDER BY type = 'trigger', name",
            (table,),
        )
    ]
    broken_before = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    count_before = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    columns = ", ".join(f'"{c[1]}"' for c in conn.execute(f'PRAGMA table_info("{table}")'))

    conn.execute(f'CREATE TABLE "{temporary}" (' + created[len(prefix) :])
    conn.execute(f'INSERT INTO "{temporary}" ({columns}) SELECT {columns} FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    # Legacy renaming leaves the text of other tables' triggers and foreign keys alone:
    # they already name `table`, which exists again right after.
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute(f'ALTER TABLE "{temporary}" RENAME TO "{table}"')
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    for sql in companions:
        conn.execute(sql)

    if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] != count_before:
        raise TableRebuildError(f"rebuilding {table} changed its row count")
    if len(conn.execute("PRAGMA foreign_key_check").fetchall()) > broken_before:
        raise TableRebuildError(f"rebuilding {table} broke references to it")
