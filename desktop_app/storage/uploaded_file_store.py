"""`SqliteUploadedFileStore`: which attachments were uploaded to the Files API, in the database.

One row per attachment (by the sha256 of its bytes), so any conversation attaching the same
bytes names the same file_id; the window and `parley` share the rows.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from desktop_app.core.uploaded_file import UploadedFile
from desktop_app.storage.database import open_database
from desktop_app.storage.errors import translated

_COLUMNS = "file_id, filename, mime_type, size, created_at"


class SqliteUploadedFileStore:
    """The `UploadedFileStore` port; safe to call from any thread (resolving runs on a worker)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection = open_database(path)

    def close(self) -> None:
        with self._lock, translated(self._path):
            self._conn.close()

    def file_id(self, sha256: str) -> str | None:
        with self._lock, translated(self._path):
            row = self._conn.execute(
                "SELECT file_id FROM uploaded_files WHERE sha256 = ?", (sha256,)
            ).fetchone()
        return str(row[0]) if row else None

    def add(self, sha256: str, uploaded: UploadedFile) -> None:
        with self._lock, translated(self._path):
            self._conn.execute(
                f"INSERT OR REPLACE INTO uploaded_files (sha256, {_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    uploaded.file_id,
                    uploaded.filename,
                    uploaded.mime_type,
                    uploaded.size,
                    uploaded.created_at,
                ),
            )

    def forget(self, file_id: str) -> None:
        with self._lock, translated(self._path):
            self._conn.execute("DELETE FROM uploaded_files WHERE file_id = ?", (file_id,))

    def files(self) -> list[UploadedFile]:
        with self._lock, translated(self._path):
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM uploaded_files ORDER BY created_at DESC, file_id"
            ).fetchall()
        return [UploadedFile(str(i), str(n), str(m), int(s), float(c)) for i, n, m, s, c in rows]
