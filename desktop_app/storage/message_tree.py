"""The queries that treat a conversation's messages as a tree of branches.

Each message names the one it follows (`parent_id`); an edited question or a
regenerated answer is a sibling of the one it replaces. A conversation shows one
path, from a root down to its `head_id`; ids grow down every path, so the path is
in order when sorted by id.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop_app.storage.rows import MESSAGE_COLUMNS

_PATH = """WITH RECURSIVE path(id) AS (
    SELECT coalesce(?, head_id) FROM conversations
    WHERE id = ? AND coalesce(?, head_id) IS NOT NULL
    UNION ALL
    SELECT m.parent_id FROM messages m JOIN path ON m.id = path.id
    WHERE m.parent_id IS NOT NULL
)"""

_SUBTREE = """WITH RECURSIVE subtree(id) AS (
    SELECT ?
    UNION ALL
    SELECT m.id FROM messages m JOIN subtree ON m.parent_id = subtree.id
)"""


def path_rows(conn: sqlite3.Connection, conversation_id: int, leaf: int | None = None) -> list[Any]:
    """The rows of the branch ending at `leaf` (None: the one shown), oldest first."""
    return conn.execute(
        f"{_PATH} SELECT {MESSAGE_COLUMNS} FROM messages"
        " WHERE id IN (SELECT id FROM path) AND conversation_id = ? ORDER BY id",
        (leaf, conversation_id, leaf, conversation_id),
    ).fetchall()


def newest_leaf(conn: sqlite3.Connection, message_id: int) -> int:
    """The newest message under `message_id` (itself if none): where its branch now ends.
    The newest descendant is always a leaf, since children are younger than parents."""
    found: int = conn.execute(f"{_SUBTREE} SELECT max(id) FROM subtree", (message_id,)).fetchone()[
        0
    ]
    return found


def subtree_ids(conn: sqlite3.Connection, message_id: int) -> list[int]:
    return [row[0] for row in conn.execute(f"{_SUBTREE} SELECT id FROM subtree", (message_id,))]


def siblings(conn: sqlite3.Connection, conversation_id: int) -> dict[int, tuple[int, ...]]:
    """For each message that has alternatives: all of them (itself included), oldest first."""
    children: dict[int | None, list[int]] = {}
    for message_id, parent_id in conn.execute(
        "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id",
        (conversation_id,),
    ):
        children.setdefault(parent_id, []).append(message_id)
    found: dict[int, tuple[int, ...]] = {}
    for group in children.values():
        if len(group) > 1:
            for message_id in group:
                found[message_id] = tuple(group)
    return found


def set_head(conn: sqlite3.Connection, conversation_id: int, head_id: int | None) -> bool:
    return bool(
        conn.execute(
            "UPDATE conversations SET head_id = ? WHERE id = ?", (head_id, conversation_id)
        ).rowcount
    )


def delete_branch(conn: sqlite3.Connection, message_id: int) -> bool:
    """Delete a message and everything that follows it; if the shown branch went with it,
    show the newest remaining alternative, else the message it followed."""
    row = conn.execute(
        "SELECT m.conversation_id, m.parent_id, c.head_id FROM messages m"
        " JOIN conversations c ON c.id = m.conversation_id WHERE m.id = ?",
        (message_id,),
    ).fetchone()
    if row is None:
        return False
    conversation_id, parent_id, head_id = row
    head_goes = head_id is None or head_id in subtree_ids(conn, message_id)
    conn.execute(
        f"{_SUBTREE} DELETE FROM messages WHERE id IN (SELECT id FROM subtree)", (message_id,)
    )
    if head_goes:
        if parent_id is None:  # a first message: show another first message's branch, if any
            parent_id = conn.execute(
                "SELECT max(id) FROM messages WHERE conversation_id = ? AND parent_id IS NULL",
                (conversation_id,),
            ).fetchone()[0]
        set_head(
            conn, conversation_id, newest_leaf(conn, parent_id) if parent_id is not None else None
        )
    return True
