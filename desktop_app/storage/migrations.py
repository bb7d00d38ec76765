"""Schema migrations: a list of named functions that only grows.

Migration N brings the schema from `user_version` N-1 to N. Each runs in one
transaction together with its `PRAGMA user_version` bump, so a crash or a full disk
leaves the previous version intact. Never edit a released migration; append a new one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final

from desktop_app.storage.errors import DatabaseTooNewError
from desktop_app.storage.table_rebuild import TableRebuildError, rebuild_table

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(conn: sqlite3.Connection) -> None:
    """Conversations, messages (exact API blocks as JSON) and trigram full-text indexes."""
    statements = [
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL,
            system_prompt TEXT NOT NULL DEFAULT '',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            deleted_at REAL
        )""",
        "CREATE INDEX conversations_by_activity ON conversations (updated_at, id)",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL
                REFERENCES conversations (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            content TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            model TEXT,
            usage TEXT,
            stop_reason TEXT,
            created_at REAL NOT NULL
        )""",
        "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
        # mark_interrupted() runs at every start-up; keep it from scanning all messages.
        "CREATE INDEX messages_streaming ON messages (state) WHERE state = 'streaming'",
        # External-content FTS tables: the text lives once, in the tables above.
        """CREATE VIRTUAL TABLE messages_fts USING fts5(
            text, content='messages', content_rowid='id', tokenize='trigram'
        )""",
        """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, text)
                VALUES ('delete', old.id, old.text);
        END""",
        """CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, text)
                VALUES ('delete', old.id, old.text);
            INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE VIRTUAL TABLE conversations_fts USING fts5(
            title, content='conversations', content_rowid='id', tokenize='trigram'
        )""",
        """CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations BEGIN
            INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
        END""",
        """CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
        END""",
        """CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
            INSERT INTO conversations_fts (rowid, title) VALUES (new.id, new.title);
        END""",
    ]
    for statement in statements:
        conn.execute(statement)


def m002_tool_grants(conn: sqlite3.Connection) -> None:
    """Standing "always allow" answers for tools, keyed by the tool's definition hash."""
    conn.execute(
        """CREATE TABLE tool_grants (
            source TEXT NOT NULL,
            name TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            allow INTEGER NOT NULL,
            created_at REAL NOT NULL,
            PRIMARY KEY (source, name, fingerprint)
        )"""
    )


def m003_branches_and_thinking(conn: sqlite3.Connection) -> None:
    """Messages form a tree (edits and regenerations are siblings); each conversation
    remembers the leaf it shows, its thinking switch and effort; replies note when they ended.

    `parent_id` carries no foreign-key action on purpose: a cascade through a 2,000-message
    chain would exceed SQLite's trigger depth, so a branch is deleted by its id set.
    """
    statements = [
        "ALTER TABLE messages ADD COLUMN parent_id INTEGER",
        "ALTER TABLE messages ADD COLUMN finished_at REAL",
        "ALTER TABLE conversations ADD COLUMN head_id INTEGER",
        "ALTER TABLE conversations ADD COLUMN thinking INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE conversations ADD COLUMN effort TEXT NOT NULL DEFAULT ''",
        # History so far was one line: each message follows the one before it.
        """UPDATE messages SET parent_id = (
            SELECT max(p.id) FROM messages p
            WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id
        )""",
        """UPDATE conversations SET head_id = (
            SELECT max(m.id) FROM messages m WHERE m.conversation_id = conversations.id
        )""",
        "CREATE INDEX messages_by_parent ON messages (parent_id)",
    ]
    for statement in statements:
        conn.execute(statement)


def m004_cost_controls(conn: sqlite3.Connection) -> None:
    """Per-conversation reply limit, cache lifetime and summary link; the usage ledger.

    The ledger holds one row per request that cost money (a reply, a title, a summary, a
    batch result), with the price it was charged at. It keeps no foreign key on purpose:
    money spent stays spent after its conversation is deleted. Replies stored before this
    version are copied in unpriced (`priced` 0); the app prices them at the current list.
    """
    statements = [
        "ALTER TABLE conversations ADD COLUMN max_tokens INTEGER",
        "ALTER TABLE conversations ADD COLUMN cache_ttl TEXT NOT NULL DEFAULT '5m'",
        "ALTER TABLE conversations ADD COLUMN continued_from INTEGER",
        """CREATE TABLE usage_ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at REAL NOT NULL,
            kind TEXT NOT NULL,
            conversation_id INTEGER,
            message_id INTEGER UNIQUE,
            batch_id TEXT,
            batch INTEGER NOT NULL DEFAULT 0,
            model TEXT NOT NULL,
            input_tokens INTEGER NOT NULL DEFAULT 0,
            output_tokens INTEGER NOT NULL DEFAULT 0,
            cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0,
            cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
            cache_read_tokens INTEGER NOT NULL DEFAULT 0,
            cost_usd REAL,
            rates TEXT,
            priced INTEGER NOT NULL DEFAULT 1
        )""",
        "CREATE INDEX usage_ledger_by_time ON usage_ledger (at)",
        "CREATE INDEX usage_ledger_by_conversation ON usage_ledger (conversation_id)",
        # Start-up asks for unpriced rows every time; keep that from scanning years of rows.
        "CREATE INDEX usage_ledger_unpriced ON usage_ledger (id) WHERE priced = 0",
        """INSERT INTO usage_ledger (at, kind, conversation_id, message_id, model,
                input_tokens, output_tokens, cache_write_5m_tokens, cache_read_tokens, priced)
            SELECT coalesce(finished_at, created_at), 'reply', conversation_id, id,
                coalesce(model, ''),
                coalesce(json_extract(usage, '$.input_tokens'), 0),
                coalesce(json_extract(usage, '$.output_tokens'), 0),
                coalesce(json_extract(usage, '$.cache_creation_input_tokens'), 0),
                coalesce(json_extract(usage, '$.cache_read_input_tokens'), 0), 0
            FROM messages WHERE role = 'assistant' AND usage IS NOT NULL""",
    ]
    for statement in statements:
        conn.execute(statement)


def m005_batches(conn: sqlite3.Connection) -> None:
    """Message Batch jobs and their requests, shared by the window and `parley batch`.

    A job is one API batch; a submission split above the API's limits shares `group_id`.
    Polling state (`next_poll_at`, `poll_interval`) is kept so a restart resumes the backoff.
    Requests keep their params with attachment references, so failed ones can be sent again;
    `claimed_at` lets one reader (the window or `parley batch wait`) store a result alone.
    """
    statements = [
        """CREATE TABLE batch_jobs (
            id INTEGER PRIMARY KEY,
            batch_id TEXT UNIQUE,
            group_id INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            system TEXT NOT NULL DEFAULT '',
            max_tokens INTEGER NOT NULL,
            created_at REAL NOT NULL,
            processing_status TEXT NOT NULL,
            request_counts TEXT NOT NULL DEFAULT '{}',
            results_url TEXT,
            ended_at TEXT,
            next_poll_at REAL NOT NULL DEFAULT 0,
            poll_interval REAL NOT NULL DEFAULT 5,
            results_read INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX batch_jobs_by_group ON batch_jobs (group_id)",
        """CREATE TABLE batch_requests (
            id INTEGER PRIMARY KEY,
            job_id INTEGER NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE,
            custom_id TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            params TEXT NOT NULL,
            outcome TEXT,
            error TEXT NOT NULL DEFAULT '',
            conversation_id INTEGER,
            usage TEXT,
            cost_usd REAL,
            claimed_at REAL,
            UNIQUE (job_id, custom_id)
        )""",
    ]
    for statement in statements:
        conn.execute(statement)


def m006_message_heartbeat(conn: sqlite3.Connection) -> None:
    """Each message notes its last write (`updated_at`): a live exchange rewrites or touches
    its unfinished messages every second, so a STREAMING one not written for a few seconds
    was left by a process that died, and another process (a window starting beside a running
    `parley ask`) can tell the two apart. Older rows keep NULL (their `created_at` serves);
    the partial index `messages_streaming` already covers what start-up reads.
    """
    conn.execute("ALTER TABLE messages ADD COLUMN updated_at REAL")


def m007_conversation_ids_never_reused(conn: sqlite3.Connection) -> None:
    """Conversation ids are never handed out twice (AUTOINCREMENT), so an id a script saved
    can never show a conversation made after the first was deleted.

    The table is rebuilt with its ids unchanged (messages and the rowid-keyed title index
    stay valid). The sequence starts above every id known to have been used, including
    those only the ledger and batch rows still remember.
    """

    def with_autoincrement(sql: str) -> str:
        changed, count = re.subn(
            r"\bid INTEGER PRIMARY KEY\b(?! AUTOINCREMENT)",
            "id INTEGER PRIMARY KEY AUTOINCREMENT",
            sql,
        )
        if count != 1:
            raise TableRebuildError("conversations.id is not the expected INTEGER PRIMARY KEY")
        return changed

    rebuild_table(conn, "conversations", with_autoincrement)
    highest = conn.execute(
        """SELECT max(coalesce((SELECT max(id) FROM conversations), 0),
                   coalesce((SELECT max(continued_from) FROM conversations), 0),
                   coalesce((SELECT max(conversation_id) FROM usage_ledger), 0),
                   coalesce((SELECT max(conversation_id) FROM batch_requests), 0))"""
    ).fetchone()[0]
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'conversations'")
    conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('conversations', ?)", (highest,))


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


MIGRATIONS: Final[tuple[Migration, ...]] = (
    m001_initial,
    m002_tool_grants,
    m003_branches_and_thinking,
    m004_cost_controls,
    m005_batches,
    m006_message_heartbeat,
    m007_conversation_ids_never_reused,
    m008_short_query_index,
    m010_organising,  # m009 was planned for the archive's uids, which became m012
    m011_request_options,
    m012_conversation_uids,
    m013_uploaded_files,
)
LATEST_VERSION: Final = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def refuse_if_too_new(conn: sqlite3.Connection, path: Path) -> None:
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise DatabaseTooNewError(path, found, LATEST_VERSION)


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Apply the missing migrations in order; returns how many ran. `conn` must be in autocommit.

    Foreign keys are off while migrating (SQLite's rule for schema changes: with them on, a
    table rebuild's DROP would cascade into every row referring to it) and restored after.
    """
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        return _apply_missing(conn, path)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(enforced):d}")


def _apply_missing(conn: sqlite3.Connection, path: Path) -> int:
    applied = 0
    for version, migration in enumerate(MIGRATIONS, start=1):
        if schema_version(conn) >= version:
            continue
        # IMMEDIATE takes the write lock first, so a second process opening the same
        # fresh file waits here and then sees the version already bumped.
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > LATEST_VERSION:
                raise DatabaseTooNewError(path, current, LATEST_VERSION)
            if current < version:
                migration(conn)
                conn.execute(f"PRAGMA user_version = {version:d}")
                applied += 1
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return applied
