"""`SqliteUploadedFileStore`: which attachments were uploaded to the Files API, in the database.

One row per attachment (by the sha256 of its bytes), so any conversation attaching the same
bytes names the same file_id; the window and `parley` share the rows.
"""

from __future__ import annotations

from desktop_app.core.uploaded_file import UploadedFile
from desktop_app.storage.sqlite_file import SqliteFile

_COLUMNS = "file_id, filename, mime_type, size, created_at"


class SqliteUploadedFileStore(SqliteFile):
    """The `UploadedFileStore` port; safe to call from any thread (resolving runs on a worker)."""

    def file_id(self, sha256: str) -> str | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT file_id FROM uploaded_files WHERE sha256 = ?", (sha256,)
            ).fetchone()
        return str(row[0]) if row else None

    def add(self, sha256: str, uploaded: UploadedFile) -> str:
        with self._write() as conn:
            kept = conn.execute(
                "SELECT file_id FROM uploaded_files WHERE sha256 = ?", (sha256,)
            ).fetchone()
            if kept is not None:
                return str(kept[0])
            conn.execute(
                f"INSERT INTO uploaded_files (sha256, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    uploaded.file_id,
                    uploaded.filename,
                    uploaded.mime_type,
                    uploaded.size,
                    uploaded.created_at,
                ),
            )
        return uploaded.file_id

    def forget(self, file_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM uploaded_files WHERE file_id = ?", (file_id,))

    def files(self) -> list[UploadedFile]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM uploaded_files ORDER BY created_at DESC, file_id"
            ).fetchall()
        return [UploadedFile(str(i), str(n), str(m), int(s), float(c)) for i, n, m, s, c in rows]
