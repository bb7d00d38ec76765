"""`SqliteOrganiser`: pins, the archive and projects, on their own connection to the database.

Organising never touches a conversation's activity time (the list keeps its order); it
stamps `organised_at`, which other windows read to catch up (conversation_listing).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from typing import Any, Final

from desktop_app.core.project import Project
from desktop_app.storage.errors import RecordNotFoundError
from desktop_app.storage.sqlite_file import SqliteFile

_PROJECT_COLUMNS: Final = "id, name, system_prompt, model, created_at, sort_key"


class SqliteOrganiser(SqliteFile):
    """Pin, archive and file conversations; create, rename, change and delete projects."""

    def pin(self, conversation_ids: Sequence[int], pinned: bool = True) -> None:
        """Pin (the latest pin goes first) or unpin; an archived conversation is not pinned."""
        now = time.time()
        self._organise(
            conversation_ids,
            "pinned_at = CASE WHEN archived_at IS NULL THEN ? END",
            (now if pinned else None,),
            now,
        )

    def archive(self, conversation_ids: Sequence[int], archived: bool = True) -> None:
        """Archive (out of the list, unpinned, still searchable) or bring back."""
        now = time.time()
        if archived:
            self._organise(conversation_ids, "archived_at = ?, pinned_at = NULL", (now,), now)
        else:
            self._organise(conversation_ids, "archived_at = NULL", (), now)

    def move_to_project(self, conversation_ids: Sequence[int], project_id: int | None) -> None:
        """File the conversations in a project (None: in none). Moving an archived
        conversation brings it back: it was dragged somewhere to be seen."""
        now = time.time()
        with self._write() as conn:
            if project_id is not None:
                _check_project(conn, project_id)
            _update(
                conn,
                conversation_ids,
                "project_id = ?, archived_at = NULL",
                (project_id,),
                now,
            )

    def _organise(
        self, conversation_ids: Sequence[int], assignments: str, values: tuple[Any, ...], now: float
    ) -> None:
        with self._write() as conn:
            _update(conn, conversation_ids, assignments, values, now)

    def projects(self) -> list[Project]:
        """Every project in its folder order."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_PROJECT_COLUMNS} FROM projects ORDER BY sort_key, id"
            ).fetchall()
        return [Project(*row) for row in rows]

    def project(self, project_id: int) -> Project:
        with self._read() as conn:
            return _check_project(conn, project_id)

    def find_project(self, name: str) -> Project | None:
        """The project of that name (ignoring case and spaces around it), if any."""
        wanted = name.strip().casefold()
        return next((p for p in self.projects() if p.name.casefold() == wanted), None)

    def create_project(self, name: str, system_prompt: str = "", model: str = "") -> Project:
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "INSERT INTO projects (name, system_prompt, model, created_at, sort_key)"
                " VALUES (?, ?, ?, ?, coalesce((SELECT max(sort_key) FROM projects), 0) + 1)"
                f" RETURNING {_PROJECT_COLUMNS}",
                (name.strip(), system_prompt, model, now),
            ).fetchall()[0]
        return Project(*row)

    def update_project(
        self,
        project_id: int,
        *,
        name: str | None = None,
        system_prompt: str | None = None,
        model: str | None = None,
    ) -> Project:
        """None leaves a field as it is."""
        with self._write() as conn:
            rows = conn.execute(
                "UPDATE projects SET name = coalesce(?, name),"
                " system_prompt = coalesce(?, system_prompt), model = coalesce(?, model)"
                f" WHERE id = ? RETURNING {_PROJECT_COLUMNS}",
                (name.strip() if name is not None else None, system_prompt, model, project_id),
            ).fetchall()
        if not rows:
            raise RecordNotFoundError("project", project_id)
        return Project(*rows[0])

    def delete_project(self, project_id: int) -> int:
        """Delete the project; its conversations stay, filed in no project. Returns how many
        conversations it held."""
        now = time.time()
        with self._write() as conn:
            _check_project(conn, project_id)
            now = _organising_time(conn, now)
            moved = conn.execute(
                "UPDATE conversations SET project_id = NULL, organised_at = ? WHERE project_id = ?",
                (now, project_id),
            ).rowcount
            conn.execute("DELETE FROM projects WHERE id = ?", (project_id,))
        return int(moved)


def _update(
    conn: sqlite3.Connection,
    conversation_ids: Sequence[int],
    assignments: str,
    values: tuple[Any, ...],
    now: float,
) -> None:
    now = _organising_time(conn, now)
    for start in range(0, len(conversation_ids), 500):
        chunk = list(conversation_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        conn.execute(
            f"UPDATE conversations SET {assignments}, organised_at = ? WHERE id IN ({marks})",
            (*values, now, *chunk),
        )


def _organising_time(conn: sqlite3.Connection, now: float) -> float:
    """`now`, but later than any organising so far: windows catch up on `organised_at >`
    the latest they saw, so a coarse or stepped-back clock must not repeat a time."""
    latest = conn.execute("SELECT max(organised_at) FROM conversations").fetchone()[0]
    return now if latest is None or now > latest else latest + 1e-6


def _check_project(conn: sqlite3.Connection, project_id: int) -> Project:
    row = conn.execute(
        f"SELECT {_PROJECT_COLUMNS} FROM projects WHERE id = ?", (project_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFoundError("project", project_id)
    return Project(*row)
