"""Substring search over message text and conversation titles, newest first.

Queries of three or more characters go through the trigram FTS5 indexes, quoted so
FTS syntax (quotes, *, -, AND/OR, parentheses) is matched literally. Trigrams cannot
match one or two characters (수도), so short queries scan with LIKE instead.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import Any, Final

from desktop_app.core.conversation import SearchHit

SNIPPET_CONTEXT: Final = 30  # characters kept either side of the match
TITLE_MESSAGE_ID: Final = 0  # SearchHit.message_id of a hit on a conversation's title
_TRIGRAM: Final = 3
_ELLIPSIS: Final = "…"

_FTS_MESSAGES: Final = """
    SELECT m.created_at, m.conversation_id, m.id, c.title, m.text
    FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid
    JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_fts MATCH ? AND c.deleted_at IS NULL
    ORDER BY m.created_at DESC, m.id DESC LIMIT ?"""
_FTS_TITLES: Final = """
    SELECT c.updated_at, c.id, c.title
    FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid
    WHERE conversations_fts MATCH ? AND c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"""
_SCAN_MESSAGES: Final = """
    SELECT m.created_at, m.conversation_id, m.id, c.title, m.text
    FROM messages m JOIN conversations c ON c.id = m.conversation_id
    WHERE {condition} AND c.deleted_at IS NULL
    ORDER BY m.created_at DESC, m.id DESC LIMIT ?"""
_SCAN_TITLES: Final = """
    SELECT c.updated_at, c.id, c.title FROM conversations c
    WHERE {condition} AND c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"""


def search_messages(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits on message text and titles, case-insensitive, newest first, at most `limit`."""
    needle = unicodedata.normalize("NFC", query).strip()
    if not needle or limit <= 0:
        return []
    if len(needle) >= _TRIGRAM:
        phrase = '"' + needle.replace('"', '""') + '"'
        messages = conn.execute(_FTS_MESSAGES, (phrase, limit)).fetchall()
        titles = conn.execute(_FTS_TITLES, (phrase, limit)).fetchall()
    else:
        condition, argument = _scan_condition(conn, needle)
        messages = conn.execute(
            _SCAN_MESSAGES.format(condition=condition.format(column="m.text")), (argument, limit)
        ).fetchall()
        titles = conn.execute(
            _SCAN_TITLES.format(condition=condition.format(column="c.title")), (argument, limit)
        ).fetchall()
    ranked: list[tuple[float, int, SearchHit]] = [
        (when, message_id, SearchHit(conversation_id, message_id, title, snippet(text, needle)))
        for when, conversation_id, message_id, title, text in messages
    ]
    ranked += [
        (when, TITLE_MESSAGE_ID, SearchHit(cid, TITLE_MESSAGE_ID, title, snippet(title, needle)))
        for when, cid, title in titles
    ]
    ranked.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [hit for _, _, hit in ranked[:limit]]


def snippet(text: str, needle: str, context: int = SNIPPET_CONTEXT) -> str:
    """One line of `text` around the first match of `needle`, with ellipses where cut."""
    flat = " ".join(text.split())
    match = re.search(re.escape(" ".join(needle.split())), flat, re.IGNORECASE)
    start, end = match.span() if match else (0, 0)
    left, right = max(0, start - context), min(len(flat), end + context)
    prefix = _ELLIPSIS if left > 0 else ""
    suffix = _ELLIPSIS if right < len(flat) else ""
    return prefix + flat[left:right] + suffix


def _scan_condition(conn: sqlite3.Connection, needle: str) -> tuple[str, Any]:
    """A WHERE template (with `{column}`) and its argument for a query too short for trigrams."""
    if needle.isascii():
        # SQLite's LIKE folds ASCII case only, which is all an ASCII needle needs.
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "{column} LIKE ? ESCAPE '\\'", f"%{escaped}%"
    conn.create_function("parley_folded_contains", 2, _folded_contains, deterministic=True)
    return "parley_folded_contains({column}, ?)", needle.casefold()


def _folded_contains(text: str | None, folded_needle: str) -> bool:
    return text is not None and folded_needle in text.casefold()
