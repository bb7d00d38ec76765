"""Reading the list of conversations a page at a time, and what changed since a moment.

Pinned conversations come first (few: read whole), then a page of the rest newest activity
first, each scope walking its own partial index (m010) in (updated_at, id) order, so the
first page of a million messages' worth of conversations costs what a page of twenty does.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Final

from desktop_app.core.conversation import Conversation
from desktop_app.core.project import ListScope, ScopeKind
from desktop_app.storage.rows import CONVERSATION_COLUMNS, conversation_from_row

_SEARCH_PAGE: Final = 200
_TOP: Final = (float("inf"), 2**62)  # an `after` above every row: the unpinned from the top


def conversation_page(
    conn: sqlite3.Connection,
    limit: int | None,
    after: tuple[float, int] | None,
    scope: ListScope = ListScope(),  # noqa: B008 - frozen
) -> list[Conversation]:
    """Up to `limit` (None: all) live conversations in `scope`: with no `after`, the pinned
    ones first, then the rest newest activity first, from after the (updated_at, id) of the
    last unpinned one already shown."""
    pinned = _pinned(conn, scope) if after is None else []
    if limit is not None and len(pinned) >= limit:
        return pinned[:limit]
    where, parameters = _scope_condition(scope)
    start = after if after is not None else _TOP
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE {where}"
        " AND (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT ?",
        (*parameters, *start, -1 if limit is None else limit - len(pinned)),
    ).fetchall()
    return pinned + [conversation_from_row(row) for row in rows]


def _scope_condition(scope: ListScope) -> tuple[str, list[Any]]:
    """The unpinned rows of a scope, written as its partial index's WHERE so it is used."""
    match scope.kind:
        case ScopeKind.ALL:
            return "deleted_at IS NULL AND archived_at IS NULL AND pinned_at IS NULL", []
        case ScopeKind.PROJECT:
            return (
                "project_id = ? AND deleted_at IS NULL AND archived_at IS NULL"
                " AND pinned_at IS NULL",
                [scope.project_id],
            )
        case ScopeKind.ARCHIVED:
            return "deleted_at IS NULL AND archived_at IS NOT NULL", []


def _pinned(conn: sqlite3.Connection, scope: ListScope) -> list[Conversation]:
    if scope.kind is ScopeKind.ARCHIVED:
        return []  # archiving unpins
    project = " AND project_id = ?" if scope.kind is ScopeKind.PROJECT else ""
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE pinned_at IS NOT NULL"
        f" AND deleted_at IS NULL AND archived_at IS NULL{project} ORDER BY pinned_at DESC",
        [scope.project_id] if project else [],
    ).fetchall()
    return [conversation_from_row(row) for row in rows]


def changed_since(
    conn: sqlite3.Connection, updated_at: float, organised_at: float = 0.0
) -> list[tuple[Conversation, bool]]:
    """Conversations with activity after `updated_at` or organised (pinned, archived, moved)
    after `organised_at`, and the deleted ones (a deletion leaves the activity time alone;
    they are few, as each start purges them), oldest first, each with whether it is deleted."""
    rows = conn.execute(
        f"SELECT {CONVERSATION_COLUMNS}, deleted_at IS NOT NULL FROM conversations"
        " WHERE updated_at > ? OR organised_at > ? OR deleted_at IS NOT NULL"
        " ORDER BY updated_at, id",
        (updated_at, organised_at),
    ).fetchall()
    return [(conversation_from_row(row[:-1]), bool(row[-1])) for row in rows]


def conversations_matching(
    conn: sqlite3.Connection, query: str, limit: int | None
) -> list[Conversation]:
    """Live conversations with a hit on `query`, the one with the newest hit first."""
    from desktop_app.storage.message_search import (
        search_pages,  # search loads with the first search, not before the paint
    )

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
