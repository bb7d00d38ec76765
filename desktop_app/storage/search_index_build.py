"""`SearchIndexBuild`: fills the short-query index for messages older than m008, in steps.

Each step indexes one range of ids, newest first, in its own short transaction that also
moves `search_index_build.pending_below` down: a kill at any moment loses at most the step
under way, and the next start goes on from there. Searches stay correct meanwhile (they scan
the part not indexed yet; see message_search.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Final

BATCH_ROWS: Final = 2000  # ids per transaction: ~0.1–0.3 s of write lock on a slow machine


@dataclass(frozen=True)
class BuildProgress:
    pending_below: int  # messages with a smaller id are not indexed yet; 0 when done
    total: int  # pending_below when the build began

    @property
    def done(self) -> bool:
        return self.pending_below <= 0

    @property
    def fraction(self) -> float:
        if self.done or self.total <= 0:
            return 1.0
        return 1.0 - self.pending_below / self.total


def build_progress(conn: sqlite3.Connection) -> BuildProgress:
    row = conn.execute("SELECT pending_below, total FROM search_index_build").fetchone()
    return BuildProgress(0, 0) if row is None else BuildProgress(int(row[0]), int(row[1]))


def pending_below(conn: sqlite3.Connection) -> int:
    """Messages with an id below this are not in `messages_grams` yet (0: all are)."""
    row = conn.execute("SELECT pending_below FROM search_index_build").fetchone()
    return 0 if row is None else int(row[0])


def build_step(conn: sqlite3.Connection, batch: int = BATCH_ROWS) -> BuildProgress:
    """Index the next `batch` ids below the mark, in one IMMEDIATE transaction.
    `conn` must be an autocommit connection from `open_database`."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        progress = build_progress(conn)
        if not progress.done:
            low = max(0, progress.pending_below - batch)
            conn.execute(
                "INSERT INTO messages_grams (rowid, grams)"
                " SELECT id, parley_grams(text) FROM messages WHERE id >= ? AND id < ?",
                (low, progress.pending_below),
            )
            oldest = conn.execute("SELECT min(id) FROM messages").fetchone()[0]
            if oldest is None or low <= oldest:
                low = 0
            conn.execute("UPDATE search_index_build SET pending_below = ?", (low,))
            progress = BuildProgress(low, progress.total)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return progress
