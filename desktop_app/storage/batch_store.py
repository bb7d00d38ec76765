"""`SqliteBatchStore`: the `BatchStore` port on its own SQLite connection to Parley's database.

The window and `parley batch` share these rows, so a batch sent from one is followed by the
other and a restart resumes polling. Writes are short `BEGIN IMMEDIATE` transactions.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from typing import Any, Final

from desktop_app.core.batch_job import (
    BatchJob,
    BatchRequest,
    BatchStatus,
    Outcome,
    ProcessingStatus,
    RequestCounts,
)
from desktop_app.core.conversation import Usage
from desktop_app.storage.batch_rows import (
    JOB_COLUMNS,
    REQUEST_COLUMNS,
    job_from_row,
    request_from_row,
)
from desktop_app.storage.errors import DatabaseError
from desktop_app.storage.rows import to_json, usage_to_json
from desktop_app.storage.sqlite_file import SqliteFile

_PAGE: Final = 500  # requests read at a time: a 100,000-request job never sits in memory


class BatchNotFoundError(DatabaseError, LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no batch {name!r} in Parley's history.")


class SqliteBatchStore(SqliteFile):
    """Batch jobs and requests in the SQLite file at `path` (created and migrated on open)."""

    def add_job(
        self,
        *,
        group_id: int | None,
        label: str,
        model: str,
        prompt: str,
        system: str,
        max_tokens: int,
        requests: list[tuple[str, str, str, dict[str, Any]]],
    ) -> BatchJob:
        with self._write() as conn:
            row = conn.execute(
                "INSERT INTO batch_jobs (group_id, label, model, prompt, system, max_tokens,"
                " created_at, processing_status, request_counts)"
                " VALUES (coalesce(?, 0), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    group_id, label, model, prompt, system, max_tokens, time.time(),
                    ProcessingStatus.SUBMITTING.value,
                    to_json(RequestCounts(processing=len(requests)).to_dict()),
                ),
            ).fetchall()[0]  # fmt: skip
            job_id = row[0]
            if group_id is None:
                conn.execute("UPDATE batch_jobs SET group_id = id WHERE id = ?", (job_id,))
            conn.executemany(
                "INSERT INTO batch_requests (job_id, custom_id, source_name, source_path, params)"
                " VALUES (?, ?, ?, ?, ?)",
                ((job_id, c, name, path, to_json(p)) for c, name, path, p in requests),
            )
            return self._job_in(conn, job_id)

    def submitted(
        self, job_id: int, status: BatchStatus, next_poll_at: float, poll_interval: float
    ) -> BatchJob:
        with self._write() as conn:
            conn.execute(
                "UPDATE batch_jobs SET batch_id = ?, processing_status = ?, request_counts = ?,"
                " results_url = ?, ended_at = ?, next_poll_at = ?, poll_interval = ?, error = ''"
                " WHERE id = ?",
                (
                    status.id, status.processing_status.value,
                    to_json(status.request_counts.to_dict()), status.results_url,
                    status.ended_at, next_poll_at, poll_interval, job_id,
                ),
            )  # fmt: skip
            return self._job_in(conn, job_id)

    def delete_job(self, job_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM batch_jobs WHERE id = ?", (job_id,))

    def job(self, job_id: int) -> BatchJob:
        with self._read() as conn:
            return self._job_in(conn, job_id)

    def find_job(self, name: str) -> BatchJob:
        """By `msgbatch_…` id or by local number."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {JOB_COLUMNS} FROM batch_jobs WHERE batch_id = ?", (name,))
            found = row.fetchone()
            if found is None and name.isdigit():
                found = conn.execute(
                    f"SELECT {JOB_COLUMNS} FROM batch_jobs WHERE id = ?", (int(name),)
                ).fetchone()
        if found is None:
            raise BatchNotFoundError(name)
        return job_from_row(found)

    def jobs(self) -> list[BatchJob]:
        with self._read() as conn:
            rows = conn.execute(f"SELECT {JOB_COLUMNS} FROM batch_jobs ORDER BY id DESC").fetchall()
        return [job_from_row(row) for row in rows]

    def unfinished(self) -> list[BatchJob]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {JOB_COLUMNS} FROM batch_jobs WHERE batch_id IS NOT NULL AND"
                " (processing_status != 'ended' OR results_read = 0) ORDER BY next_poll_at, id"
            ).fetchall()
        return [job_from_row(row) for row in rows]

    def group(self, group_id: int) -> list[BatchJob]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {JOB_COLUMNS} FROM batch_jobs WHERE group_id = ? ORDER BY id", (group_id,)
            ).fetchall()
        return [job_from_row(row) for row in rows]

    def polled(
        self,
        job_id: int,
        status: BatchStatus | None,
        *,
        next_poll_at: float,
        poll_interval: float,
        error: str = "",
    ) -> BatchJob:
        with self._write() as conn:
            if status is not None:
                conn.execute(
                    "UPDATE batch_jobs SET processing_status = ?, request_counts = ?,"
                    " results_url = ?, ended_at = ? WHERE id = ?",
                    (
                        status.processing_status.value, to_json(status.request_counts.to_dict()),
                        status.results_url, status.ended_at, job_id,
                    ),
                )  # fmt: skip
            conn.execute(
                "UPDATE batch_jobs SET next_poll_at = ?, poll_interval = ?, error = ? WHERE id = ?",
                (next_poll_at, poll_interval, error, job_id),
            )
            return self._job_in(conn, job_id)

    def requests(
        self, job_id: int, *, outcomes: tuple[Outcome, ...] = ()
    ) -> Iterator[BatchRequest]:
        wanted = ""
        if outcomes:
            wanted = f" AND outcome IN ({', '.join('?' for _ in outcomes)})"
        after = 0
        while True:
            with self._read() as conn:
                rows = conn.execute(
                    f"SELECT {REQUEST_COLUMNS} FROM batch_requests"
                    f" WHERE job_id = ? AND id > ?{wanted} ORDER BY id LIMIT {_PAGE}",
                    (job_id, after, *(o.value for o in outcomes)),
                ).fetchall()
            yield from (request_from_row(row) for row in rows)
            if len(rows) < _PAGE:
                return
            after = rows[-1][0]

    def request(self, job_id: int, custom_id: str) -> BatchRequest | None:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {REQUEST_COLUMNS} FROM batch_requests WHERE job_id = ? AND custom_id = ?",
                (job_id, custom_id),
            ).fetchone()
        return request_from_row(row) if row is not None else None

    def claim(self, request_id: int, now: float, stale_after: float) -> bool:
        with self._write() as conn:
            taken: int = conn.execute(
                "UPDATE batch_requests SET claimed_at = ? WHERE id = ? AND outcome IS NULL"
                " AND (claimed_at IS NULL OR claimed_at < ?)",
                (now, request_id, now - stale_after),
            ).rowcount
        return taken == 1

    def record_outcome(
        self,
        request_id: int,
        outcome: Outcome,
        *,
        error: str = "",
        conversation_id: int | None = None,
        usage: Usage | None = None,
        cost_usd: float | None = None,
    ) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE batch_requests SET outcome = ?, error = ?, conversation_id = ?,"
                " usage = ?, cost_usd = ? WHERE id = ?",
                (
                    outcome.value, error, conversation_id, usage_to_json(usage), cost_usd,
                    request_id,
                ),
            )  # fmt: skip

    def results_read(self, job_id: int) -> BatchJob:
        with self._write() as conn:
            conn.execute("UPDATE batch_jobs SET results_read = 1 WHERE id = ?", (job_id,))
            return self._job_in(conn, job_id)

    def _job_in(self, conn: sqlite3.Connection, job_id: int) -> BatchJob:
        row = conn.execute(
            f"SELECT {JOB_COLUMNS} FROM batch_jobs WHERE id = ?", (job_id,)
        ).fetchone()
        if row is None:
            raise BatchNotFoundError(str(job_id))
        return job_from_row(row)
