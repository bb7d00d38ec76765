"""`SqliteFile`: one connection to Parley's database, shared by the stores built on it.

Each store (conversations, batches, the usage ledger) opens its own connection through
`open_database` (WAL: the window and the CLI write the same file). Every thread goes through
one lock; each write is one short `BEGIN IMMEDIATE` transaction, durable on return.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from desktop_app.storage.database import open_database
from desktop_app.storage.errors import DatabaseClosedError, translated


class SqliteFile:
    """The connection, its lock and its transactions; subclasses add the queries."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = open_database(path)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self._path)!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            conn, self._conn = self._conn, None
            with translated(self._path):
                conn.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, translated(self._path):
            yield self._connection()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: the write lock is taken up front, so waiting for
        another process goes through the busy timeout instead of failing as a deadlock."""
        with self._lock, translated(self._path):
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                # A failed rollback must not hide the error that caused it.
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise DatabaseClosedError()
        return self._conn
