"""The first schema migrations (m001–m007): conversations and messages, tool grants, branches
and thinking, cost controls, batches, heartbeats, ids never reused. Released: never edit;
storage/migrations.py runs them in order."""

from __future__ import annotations

import re
import sqlite3

from desktop_app.storage.table_rebuild import TableRebuildError, rebuild_table


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
