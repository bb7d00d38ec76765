"""`SqliteConversationStore`: the `ConversationStore` port on one SQLite connection.

Content blocks are stored as the exact JSON the API takes; a plain-text copy feeds search.
One connection serves every thread, serialised by a lock; each write is one short
`BEGIN IMMEDIATE` transaction, durable on return (WAL survives a crash of the app).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from desktop_app.core.conversation import (
    STALE_AFTER,
    Block,
    Conversation,
    Message,
    MessageState,
    Role,
    Usage,
)
from desktop_app.core.project import ListScope
from desktop_app.core.request_options import RequestOptions
from desktop_app.storage import conversation_listing, message_tree
from desktop_app.storage.conversation_search import ConversationSearch
from desktop_app.storage.errors import RecordNotFoundError
from desktop_app.storage.rows import (
    CONVERSATION_COLUMNS,
    MESSAGE_COLUMNS,
    conversation_from_row,
    message_from_row,
    searchable_text,
    to_json,
    usage_to_json,
)


class SqliteConversationStore(ConversationSearch):
    """Conversations and messages in the SQLite file at `path` (created and migrated on open);
    their search comes from ConversationSearch."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._seen_version = self._data_version()

    def changed_elsewhere(self) -> bool:
        """Whether another connection (`parley ask`, a second window) committed since the
        last call; cheap (no table is read)."""
        version = self._data_version()
        changed, self._seen_version = version != self._seen_version, version
        return changed

    def _data_version(self) -> int:
        with self._read() as conn:
            version: int = conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def create_conversation(
        self,
        model: str,
        system_prompt: str = "",
        title: str = "",
        *,
        continued_from: int | None = None,
        project_id: int | None = None,
    ) -> Conversation:
        with self._write() as conn:
            now = _activity_time(conn)
            # The column is named only when set: a test fills older releases' files too.
            filed = ("", ()) if project_id is None else (", project_id", (project_id,))
            row = _returning(
                conn,
                "INSERT INTO conversations (title, model, system_prompt, created_at, updated_at,"
                f" continued_from{filed[0]}) VALUES (?, ?, ?, ?, ?, ?{', ?' * len(filed[1])})"
                f" RETURNING {CONVERSATION_COLUMNS}",
                (title, model, system_prompt, now, now, continued_from, *filed[1]),
            )
        return conversation_from_row(row)

    def get_conversation(self, conversation_id: int) -> Conversation:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
        if row is None:
            raise RecordNotFoundError("conversation", conversation_id)
        return conversation_from_row(row)

    def list_conversations(
        self,
        limit: int | None = None,
        after: tuple[float, int] | None = None,
        scope: ListScope = ListScope(),  # noqa: B008 - frozen
    ) -> list[Conversation]:
        """Those in `scope`: pinned first, then newest activity first; `limit` and `after`
        (the last unpinned row's updated_at and id) page."""
        with self._read() as conn:
            return conversation_listing.conversation_page(conn, limit, after, scope)

    def changed_since(
        self, updated_at: float, organised_at: float = 0.0
    ) -> list[tuple[Conversation, bool]]:
        """Conversations with activity after `updated_at` or organised after `organised_at`,
        and deleted ones, oldest first, each with whether it is deleted."""
        with self._read() as conn:
            return conversation_listing.changed_since(conn, updated_at, organised_at)

    def update_conversation(
        self,
        conversation_id: int,
        *,
        title: str | None = None,
        model: str | None = None,
        system_prompt: str | None = None,
        thinking: bool | None = None,
        effort: str | None = None,
        max_tokens: int | None = None,
        cache_ttl: str | None = None,
    ) -> Conversation:
        """None leaves a field as it is; `max_tokens` 0 goes back to the settings' default."""
        with self._write() as conn:
            row = _returning(
                conn,
                "UPDATE conversations SET title = coalesce(?, title), model = coalesce(?, model),"
                " system_prompt = coalesce(?, system_prompt), thinking = coalesce(?, thinking),"
                " effort = coalesce(?, effort),"
                " max_tokens = CASE WHEN ? IS NULL THEN max_tokens ELSE nullif(?, 0) END,"
                " cache_ttl = coalesce(?, cache_ttl)"
                f" WHERE id = ? RETURNING {CONVERSATION_COLUMNS}",
                (
                    title, model, system_prompt, thinking, effort, max_tokens, max_tokens,
                    cache_ttl, conversation_id,
                ),
            )  # fmt: skip
        if row is None:
            raise RecordNotFoundError("conversation", conversation_id)
        return conversation_from_row(row)

    def delete_conversation(self, conversation_id: int) -> None:
        self._set_deleted(conversation_id, time.time())

    def restore_conversation(self, conversation_id: int) -> None:
        self._set_deleted(conversation_id, None)

    def purge_deleted(self) -> int:
        """Remove soft-deleted conversations and their messages for good; returns how many."""
        with self._write() as conn:
            return conn.execute("DELETE FROM conversations WHERE deleted_at IS NOT NULL").rowcount

    def _set_deleted(self, conversation_id: int, deleted_at: float | None) -> None:
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE conversations SET deleted_at = ? WHERE id = ?",
                (deleted_at, conversation_id),
            ).rowcount
        if not changed:
            raise RecordNotFoundError("conversation", conversation_id)

    def messages(self, conversation_id: int, leaf: int | None = None) -> list[Message]:
        """The branch ending at `leaf` (None: the one shown), oldest first."""
        with self._read() as conn:
            rows = message_tree.path_rows(conn, conversation_id, leaf)
        return [message_from_row(row) for row in rows]

    def spending(self, conversation_id: int) -> list[tuple[str | None, Usage]]:
        """Usage summed per model and service tier over every reply on every branch (a price
        is per model, and a batch answer costs the batch price)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT model, sum(json_extract(usage, '$.input_tokens')),"
                " sum(json_extract(usage, '$.output_tokens')),"
                " sum(json_extract(usage, '$.cache_creation_input_tokens')),"
                " sum(json_extract(usage, '$.cache_read_input_tokens')),"
                " sum(json_extract(usage, '$.cache_creation.ephemeral_1h_input_tokens')),"
                " coalesce(json_extract(usage, '$.service_tier'), '') AS tier"
                " FROM messages WHERE conversation_id = ? AND role = 'assistant'"
                " AND usage IS NOT NULL GROUP BY model, tier ORDER BY min(id)",
                (conversation_id,),
            ).fetchall()
        return [(row[0], _summed_usage(row[1:])) for row in rows]

    def siblings(self, conversation_id: int) -> dict[int, tuple[int, ...]]:
        with self._read() as conn:
            return message_tree.siblings(conn, conversation_id)

    def set_head(self, conversation_id: int, message_id: int | None) -> None:
        with self._write() as conn:
            if not message_tree.set_head(conn, conversation_id, message_id):
                raise RecordNotFoundError("conversation", conversation_id)

    def show_branch(self, message_id: int) -> int:
        with self._write() as conn:
            row = conn.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None:
                raise RecordNotFoundError("message", message_id)
            message_tree.set_head(conn, row[0], message_tree.newest_leaf(conn, message_id))
        return int(row[0])

    def add_message(
        self,
        conversation_id: int,
        role: Role,
        content: list[Block],
        *,
        state: MessageState = MessageState.COMPLETE,
        model: str | None = None,
        usage: Usage | None = None,
        stop_reason: str | None = None,
        after: int | Literal["head"] | None = "head",
    ) -> Message:
        with self._write() as conn:
            now = _activity_time(conn)
            parent = "(SELECT head_id FROM conversations WHERE id = ?)" if after == "head" else "?"
            # The bump doubles as the existence check, before the insert could hit the FK.
            if not conn.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = ?",
                (now, conversation_id),
            ).rowcount:
                raise RecordNotFoundError("conversation", conversation_id)
            row = _returning(
                conn,
                "INSERT INTO messages (conversation_id, role, content, text, state, model, usage,"
                f" stop_reason, created_at, updated_at, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                f" ?, ?, {parent}) RETURNING {MESSAGE_COLUMNS}",
                (
                    conversation_id,
                    Role(role).value,
                    to_json(content),
                    searchable_text(content),
                    MessageState(state).value,
                    model,
                    usage_to_json(usage),
                    stop_reason,
                    now,
                    now,
                    conversation_id if after == "head" else after,
                ),
            )
            message_tree.set_head(conn, conversation_id, row[0])
        return message_from_row(row)

    def update_message(
        self,
        message_id: int,
        content: list[Block],
        *,
        state: MessageState,
        usage: Usage | None = None,
        stop_reason: str | None = None,
        stop_sequence: str | None = None,
    ) -> Message:
        """Replace a message's blocks and state; `usage`/`stop_reason` of None keep the old ones;
        `stop_sequence` is the request's stop sequence the reply ended at.

        Called about once a second while a reply streams, so it is a single UPDATE.
        """
        streaming, now = MessageState(state) is MessageState.STREAMING, time.time()
        with self._write() as conn:
            row = _returning(
                conn,
                "UPDATE messages SET content = ?, text = ?, state = ?,"
                " usage = coalesce(?, usage), stop_reason = coalesce(?, stop_reason),"
                " finished_at = coalesce(finished_at, ?), updated_at = ?"
                f" WHERE id = ? RETURNING {MESSAGE_COLUMNS}",
                (
                    to_json(content),
                    searchable_text(content),
                    MessageState(state).value,
                    usage_to_json(usage),
                    stop_reason,
                    None if streaming else now,
                    now,
                    message_id,
                ),
            )
            if row is not None and stop_sequence is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO reply_stops (message_id, sequence) VALUES (?, ?)",
                    (message_id, stop_sequence),
                )
        if row is None:
            raise RecordNotFoundError("message", message_id)
        return message_from_row(row)

    def stop_sequence(self, message_id: int) -> str | None:
        """The stop sequence a reply ended at, if it ended at one."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT sequence FROM reply_stops WHERE message_id = ?", (message_id,)
            ).fetchone()
        return row[0] if row else None

    def request_options(self, conversation_id: int) -> RequestOptions:
        with self._read() as conn:
            row = conn.execute(
                "SELECT options FROM request_options WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
        return RequestOptions.from_json(json.loads(row[0])) if row else RequestOptions()

    def set_request_options(self, conversation_id: int, options: RequestOptions) -> None:
        with self._write() as conn:
            if options.empty:
                conn.execute(
                    "DELETE FROM request_options WHERE conversation_id = ?", (conversation_id,)
                )
            else:
                conn.execute(
                    "INSERT INTO request_options (conversation_id, options) VALUES (?, ?)"
                    " ON CONFLICT (conversation_id) DO UPDATE SET options = excluded.options",
                    (conversation_id, json.dumps(options.to_json(), ensure_ascii=False)),
                )

    def delete_message(self, message_id: int) -> None:
        """Delete the message and the branch that follows it."""
        with self._write() as conn:
            if not message_tree.delete_branch(conn, message_id):
                raise RecordNotFoundError("message", message_id)

    def touch(self, message_ids: Sequence[int]) -> None:
        """The heartbeat of unfinished messages whose content has not changed: they are
        still being written, by a process that is alive."""
        if not message_ids:
            return
        marks = ", ".join("?" * len(message_ids))
        with self._write() as conn:
            conn.execute(
                f"UPDATE messages SET updated_at = ? WHERE id IN ({marks}) AND state = ?",
                (time.time(), *message_ids, MessageState.STREAMING.value),
            )

    def mark_interrupted(self, stale_after: float = STALE_AFTER) -> int:
        """Turn STREAMING messages not written for `stale_after` seconds into INTERRUPTED (their
        process died; a live one, e.g. a `parley ask` running now, is left alone); returns how
        many. Run at start-up."""
        with self._write() as conn:
            return conn.execute(
                "UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"
                " AND coalesce(updated_at, created_at) <= ?",
                (time.time() - stale_after,),
            ).rowcount


def _summed_usage(row: tuple[Any, ...]) -> Usage:
    new_input, output, written, read, written_1h = (int(n or 0) for n in row[:5])
    return Usage(new_input, output, written, read, written_1h, str(row[5] or ""))


def _activity_time(conn: sqlite3.Connection) -> float:
    """Now, but later than any activity recorded so far: a coarse clock (15 ms on Windows)
    or one stepped back must not reorder the list of conversations."""
    latest = conn.execute("SELECT max(updated_at) FROM conversations").fetchone()[0]
    now = time.time()
    return now if latest is None or now > latest else latest + 1e-6


def _returning(conn: sqlite3.Connection, sql: str, parameters: tuple[Any, ...]) -> Any:
    """The one row of an `… RETURNING` statement, or None; read to the end so the
    statement is finished before COMMIT."""
    rows = conn.execute(sql, parameters).fetchall()
    return rows[0] if rows else None
