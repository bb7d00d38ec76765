"""Substring search over message text and conversation titles, newest first, in pages.

Queries of three or more characters go through the trigram FTS5 indexes, quoted so FTS
syntax (quotes, *, -, AND/OR, parentheses) is matched literally. Shorter ones (수도, "AI")
go through `messages_grams` (search_grams.py); messages its backfill has not reached yet,
and titles, are scanned. Every walk goes down the message ids (they grow with time), so the
newest N hits cost N rows, not a sort of every match. Matching is case-insensitive and
NFC-normalised: a hit is a text whose folded form contains the folded query.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import deque
from collections.abc import Iterator
from typing import Any, Final

from desktop_app.core.conversation import SearchHit
from desktop_app.storage.search_grams import gram_token
from desktop_app.storage.search_index_build import pending_below

SNIPPET_CONTEXT: Final = 30  # characters kept either side of the match
TITLE_MESSAGE_ID: Final = 0  # SearchHit.message_id of a hit on a conversation's title
PAGE: Final = 50
_TRIGRAM: Final = 3
_ELLIPSIS: Final = "…"
_NO_ID: Final = 2**63 - 1

_COLUMNS: Final = (
    "m.created_at, m.conversation_id, m.id, c.title, m.text, c.archived_at IS NOT NULL"
)
# CROSS JOIN keeps the FTS table outermost, so its rowid order is walked without a sort.
_FTS_MESSAGES: Final = f"""
    SELECT {_COLUMNS} FROM messages_fts CROSS JOIN messages m ON m.id = messages_fts.rowid
    CROSS JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_fts MATCH ? AND messages_fts.rowid < ? AND c.deleted_at IS NULL
    ORDER BY messages_fts.rowid DESC LIMIT ?"""
_GRAM_MESSAGES: Final = f"""
    SELECT {_COLUMNS} FROM messages_grams CROSS JOIN messages m ON m.id = messages_grams.rowid
    CROSS JOIN conversations c ON c.id = m.conversation_id
    WHERE messages_grams MATCH ? AND messages_grams.rowid >= ? AND messages_grams.rowid < ?
    AND c.deleted_at IS NULL ORDER BY messages_grams.rowid DESC LIMIT ?"""
_SCAN_MESSAGES: Final = f"""
    SELECT {_COLUMNS} FROM messages m CROSS JOIN conversations c ON c.id = m.conversation_id
    WHERE m.id < ? AND {{condition}} AND c.deleted_at IS NULL ORDER BY m.id DESC LIMIT ?"""
_FTS_TITLES: Final = """
    SELECT c.updated_at, c.id, c.title, c.archived_at IS NOT NULL
    FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid
    WHERE conversations_fts MATCH ? AND c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"""
_SCAN_TITLES: Final = """
    SELECT c.updated_at, c.id, c.title, c.archived_at IS NOT NULL FROM conversations c
    WHERE {condition} AND c.deleted_at IS NULL
    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?"""


def search_messages(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits on message text and titles, case-insensitive, newest first, at most `limit`."""
    hits: list[SearchHit] = []
    for page in search_pages(conn, query, limit, page=limit):
        hits += page
    return hits[:limit]


def search_pages(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 200,
    page: int = PAGE,
    *,
    snippets: bool = True,
) -> Iterator[list[SearchHit]]:
    """The same hits as `search_messages`, a page at a time as they are found (each page
    newer than the next), so a window can show the first ones at once. Without `snippets`
    (for callers that only want the conversations) every snippet is empty."""
    cut = snippet if snippets else _no_snippet
    needle = unicodedata.normalize("NFC", query).strip()
    if not needle or limit <= 0:
        return
    titles = deque(_title_rows(conn, needle, limit))
    before, found = _NO_ID, 0
    while found < limit:
        wanted = min(page, limit - found)
        rows = _message_rows(conn, needle, before, wanted)
        floor = rows[-1][0] if len(rows) == wanted else float("-inf")
        ranked = [
            (when, mid, SearchHit(cid, mid, title, cut(text, needle), bool(archived)))
            for when, cid, mid, title, text, archived in rows
        ]
        while titles and titles[0][0] >= floor:
            when, cid, title, archived = titles.popleft()
            hit = SearchHit(cid, 0, title, cut(title, needle), bool(archived))
            ranked.append((when, TITLE_MESSAGE_ID, hit))
        ranked.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        batch = [hit for _, _, hit in ranked[: limit - found]]
        found += len(batch)
        if batch:
            yield batch
        if len(rows) < wanted:
            return
        before = rows[-1][2]


def _message_rows(conn: sqlite3.Connection, needle: str, before: int, limit: int) -> list[Any]:
    """Up to `limit` matching messages with an id below `before`, newest first."""
    if len(needle) >= _TRIGRAM:
        return conn.execute(_FTS_MESSAGES, (_phrase(needle), before, limit)).fetchall()
    token = gram_token(needle)
    unindexed_below = before
    rows: list[Any] = []
    if token is not None:
        indexed_from = pending_below(conn)
        if before > indexed_from:
            rows = conn.execute(
                _GRAM_MESSAGES, (f'"{token}"', indexed_from, before, limit)
            ).fetchall()
        unindexed_below = min(before, indexed_from)
    if len(rows) < limit and unindexed_below > 0:
        condition, argument = _scan_condition(conn, needle)
        sql = _SCAN_MESSAGES.format(condition=condition.format(column="m.text"))
        rows += conn.execute(sql, (unindexed_below, argument, limit - len(rows))).fetchall()
    return rows


def _title_rows(conn: sqlite3.Connection, needle: str, limit: int) -> list[Any]:
    """Up to `limit` conversations whose title matches, most recent activity first."""
    if len(needle) >= _TRIGRAM:
        return conn.execute(_FTS_TITLES, (_phrase(needle), limit)).fetchall()
    condition, argument = _scan_condition(conn, needle)
    sql = _SCAN_TITLES.format(condition=condition.format(column="c.title"))
    return conn.execute(sql, (argument, limit)).fetchall()


def _phrase(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'


def _no_snippet(text: str, needle: str) -> str:
    return ""


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
    """A WHERE template (with `{column}`) and its argument for a scan of short queries."""
    if needle.isascii() or needle.upper() == needle.lower():
        # SQLite's LIKE folds ASCII case only, which is all an ASCII needle needs; a needle
        # without cased letters (Hangul, CJK, digits, emoji) has no other forms to find.
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "{column} LIKE ? ESCAPE '\\'", f"%{escaped}%"
    conn.create_function("parley_folded_contains", 2, _folded_contains, deterministic=True)
    return "parley_folded_contains({column}, ?)", needle.casefold()


def _folded_contains(text: str | None, folded_needle: str) -> bool:
    return text is not None and folded_needle in text.casefold()
