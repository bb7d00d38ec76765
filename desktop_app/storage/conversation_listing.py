"""Reading the list of conversations a page at a time, and what changed since a moment.

Both walk `conversations_by_activity` (updated_at, id), so the first page of twenty
thousand conversations costs what a page of twenty does.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from desktop_app.core.conversation import Conversation
from desktop_app.storage.message_search import search_pages
from desktop_app.storage.rows import CONVERSATION_COLUMNS, conversation_from_row

_SEARCH_PAGE: Final = 200


def conversation_page(
    conn: sqlite3.Connection, limit: int | None, after: tuple[float, int] | None
) -> list[Conversation]:
    """Up to `limit` (None: all) live conversations, newest activity first, starting after
    the (updated_at, id) of the last one already shown."""
    where, parameters = "deleted_at IS NULL", []
    if after is not None:
        where += " AND (updated_at, id) < (?, ?)"
        parameters += list(after)
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE {where}"
        " ORDER BY updated_at DESC, id DESC LIMIT ?",
        (*parameters, -1 if limit is None else limit),
    ).fetchall()
    return [conversation_from_row(row) for row in rows]


def changed_since(conn: sqlite3.Connection, updated_at: float) -> list[tuple[Conversation, bool]]:
    """Conversations with activity after `updated_at`, and the deleted ones (a deletion
    leaves the activity time alone; they are few, as each start purges them), oldest
    first, each with whether it is deleted."""
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS}, deleted_at IS NOT NULL FROM conversations"
        " WHERE updated_at > ? OR deleted_at IS NOT NULL ORDER BY updated_at, id",
        (updated_at,),
    ).fetchall()
    return [(conversation_from_row(row[:-1]), bool(row[-1])) for row in rows]


def conversations_matching(
    conn: sqlite3.Connection, query: str, limit: int | None
) -> list[Conversation]:
    """Live conversations with a hit on `query`, the one with the newest hit first."""
    order: dict[int, None] = {}
    for page in search_pages(conn, query, limit=2**62, page=_SEARCH_PAGE, snippets=False):
        for hit in page:
            order.setdefault(hit.conversation_id)
        if limit is not None and len(order) >= limit:
            break
    ids = list(order)[:limit]
    found: dict[int, Conversation] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE id IN ({marks})", chunk
        ).fetchall()
        found.update((row[0], conversation_from_row(row)) for row in rows)
    return [found[cid] for cid in ids if cid in found]
