"""The later schema migrations (m008 on): short-query search index, organising, request
options, conversation uids, uploaded files. Released ones are never edited; a new one is
appended here and to storage/migrations.py's list."""

from __future__ import annotations

import sqlite3


def m008_short_query_index(conn: sqlite3.Connection) -> None:
    """An index for one- and two-character queries (`messages_grams`, see search_grams.py),
    kept by triggers, and the marker of its backfill.

    The migration only makes the structure: rows older than it are indexed later, newest
    first, in short transactions (`SearchIndexBuild`), so a large history is never locked up
    for minutes. `search_index_build.pending_below` is the id below which messages are not
    indexed yet (0 when done); the triggers touch only ids at or above it. They call
    `parley_grams()`, a function every Parley connection registers: another SQLite client
    can read the database but not change message text.
    """
    statements = [
        """CREATE VIRTUAL TABLE messages_grams USING fts5(
            grams, content='', detail=none, tokenize='ascii'
        )""",
        """CREATE TABLE search_index_build (
            pending_below INTEGER NOT NULL,
            total INTEGER NOT NULL
        )""",
        # A history without messages has nothing to build: 0 marks the build done.
        """INSERT INTO search_index_build (pending_below, total)
            SELECT coalesce(max(id) + 1, 0), coalesce(max(id) + 1, 0) FROM messages""",
        """CREATE TRIGGER messages_grams_insert AFTER INSERT ON messages
            WHEN new.id >= (SELECT pending_below FROM search_index_build) BEGIN
            INSERT INTO messages_grams (rowid, grams) VALUES (new.id, parley_grams(new.text));
        END""",
        """CREATE TRIGGER messages_grams_delete AFTER DELETE ON messages
            WHEN old.id >= (SELECT pending_below FROM search_index_build) BEGIN
            INSERT INTO messages_grams (messages_grams, rowid, grams)
                VALUES ('delete', old.id, parley_grams(old.text));
        END""",
        """CREATE TRIGGER messages_grams_update AFTER UPDATE OF text ON messages
            WHEN old.id >= (SELECT pending_below FROM search_index_build) BEGIN
            INSERT INTO messages_grams (messages_grams, rowid, grams)
                VALUES ('delete', old.id, parley_grams(old.text));
            INSERT INTO messages_grams (rowid, grams) VALUES (new.id, parley_grams(new.text));
        END""",
    ]
    for statement in statements:
        conn.execute(statement)


def m010_organising(conn: sqlite3.Connection) -> None:
    """Pins, the archive and projects (issue 15.5): three columns on conversations, the
    projects table, and one partial index per list query so each list stays an index walk.

    `organised_at` is when a conversation was last pinned, archived or moved (the activity
    time is left alone, so organising does not reorder the list); other windows catch up
    on it as they do on activity.
    """
    statements = [
        """CREATE TABLE projects (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            system_prompt TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            sort_key REAL NOT NULL
        )""",
        "ALTER TABLE conversations ADD COLUMN pinned_at REAL",
        "ALTER TABLE conversations ADD COLUMN archived_at REAL",
        # No foreign key: ALTER TABLE cannot add one with a check; deleting a project
        # moves its conversations out in the same transaction (ProjectStore.delete_project).
        "ALTER TABLE conversations ADD COLUMN project_id INTEGER",
        "ALTER TABLE conversations ADD COLUMN organised_at REAL",
        """CREATE INDEX conversations_listed ON conversations (updated_at, id)
            WHERE archived_at IS NULL AND pinned_at IS NULL""",
        """CREATE INDEX conversations_in_project ON conversations (project_id, updated_at, id)
            WHERE archived_at IS NULL AND pinned_at IS NULL""",
        """CREATE INDEX conversations_pinned ON conversations (pinned_at)
            WHERE pinned_at IS NOT NULL""",
        """CREATE INDEX conversations_archived ON conversations (updated_at, id)
            WHERE archived_at IS NOT NULL""",
        """CREATE INDEX conversations_organised ON conversations (organised_at)
            WHERE organised_at IS NOT NULL""",
    ]
    for statement in statements:
        conn.execute(statement)


def m011_request_options(conn: sqlite3.Connection) -> None:
    """A conversation's sampling options (temperature, top_p, top_k, stop sequences) as JSON,
    and the stop sequence that ended a reply, each in a table of its own: most conversations
    and replies have none."""
    conn.execute(
        """CREATE TABLE request_options (
            conversation_id INTEGER PRIMARY KEY
                REFERENCES conversations(id) ON DELETE CASCADE,
            options TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE reply_stops (
            message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            sequence TEXT NOT NULL
        )"""
    )


def m012_conversation_uids(conn: sqlite3.Connection) -> None:
    """A conversation's identity across homes, given on its first export (archive_format.py):
    importing the same conversation again adds nothing. A table of its own: most never leave."""
    conn.execute(
        """CREATE TABLE conversation_uids (
            conversation_id INTEGER PRIMARY KEY
                REFERENCES conversations(id) ON DELETE CASCADE,
            uid TEXT NOT NULL UNIQUE
        )"""
    )


def m013_uploaded_files(conn: sqlite3.Connection) -> None:
    """Documents uploaded to Anthropic's Files API: the attachment's sha256 and its file_id."""
    conn.execute(
        """CREATE TABLE uploaded_files (
            sha256 TEXT PRIMARY KEY,
            file_id TEXT NOT NULL UNIQUE,
            filename TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            created_at REAL NOT NULL
        )"""
    )
