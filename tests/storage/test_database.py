"""open_database and migrations on real files: settings, versions, refusal, plain errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage import migrations
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.database import open_database
from desktop_app.storage.errors import (
    DatabaseError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    DiskFullError,
    NotADatabaseError,
    translate,
)

ROOT = Path(__file__).resolve().parents[2]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def test_a_new_file_gets_the_whole_schema_and_the_settings(db_path: Path):
    conn = open_database(db_path)
    try:
        assert migrations.schema_version(conn) == migrations.LATEST_VERSION >= 1
        assert {"conversations", "messages", "messages_fts", "conversations_fts"} <= _tables(conn)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert not conn.in_transaction
    finally:
        conn.close()


def test_reopening_runs_no_migration_and_keeps_the_data(db_path: Path):
    with SqliteConversationStore(db_path) as store:
        conversation = store.create_conversation("m", title="kept")
        store.add_message(conversation.id, Role.USER, [text_block("hello")])
    conn = open_database(db_path)
    try:
        schema = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
        assert migrations.migrate(conn, db_path) == 0
        assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master")) == schema
    finally:
        conn.close()
    with SqliteConversationStore(db_path) as store:
        assert [c.title for c in store.list_conversations()] == ["kept"]
        assert [m.text for m in store.messages(conversation.id)] == ["hello"]


def test_migrations_apply_from_an_empty_database_in_order(db_path: Path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert migrations.migrate(conn, db_path) == len(migrations.MIGRATIONS)
        assert migrations.schema_version(conn) == len(migrations.MIGRATIONS)
        assert migrations.MIGRATIONS[0].__name__ == "m001_initial"
    finally:
        conn.close()


def test_a_failing_migration_leaves_the_previous_version_intact(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def m002_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("THIS IS NOT SQL")

    released = len(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, m002_broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(DatabaseError):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    try:
        assert migrations.schema_version(conn) == released
        assert "conversations" in _tables(conn)
        assert "half_done" not in _tables(conn)
    finally:
        conn.close()


def test_a_newer_database_is_refused_and_left_byte_for_byte_unchanged(db_path: Path):
    with SqliteConversationStore(db_path) as store:
        store.create_conversation("m", title="from the future")
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL in: the file alone is the DB
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseTooNewError) as refused:
        SqliteConversationStore(db_path)

    assert db_path.read_bytes() == before
    message = str(refused.value)
    assert "99" in message and str(migrations.LATEST_VERSION) in message
    assert "newer version of Parley" in message
    assert (refused.value.found, refused.value.supported) == (99, migrations.LATEST_VERSION)


@pytest.mark.parametrize(
    "content",
    [b"This is my shopping list, not a database.\n" * 200, bytes(range(256)) * 64],
    ids=["text", "binary"],
)
def test_a_file_that_is_not_a_database_gives_a_clear_error(db_path: Path, content: bytes):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as raised:
        SqliteConversationStore(db_path)
    assert str(db_path) in str(raised.value)
    assert "not a Parley database" in str(raised.value)
    assert isinstance(raised.value.__cause__, sqlite3.DatabaseError)
    assert db_path.read_bytes() == content


def test_a_folder_where_the_file_should_be_gives_a_clear_error(db_path: Path):
    db_path.mkdir(parents=True)
    with pytest.raises(DatabaseUnavailableError) as raised:
        SqliteConversationStore(db_path)
    assert str(raised.value).startswith(f"Parley cannot open or read {db_path}")


def test_a_full_disk_is_reported_and_nothing_half_written(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    store.add_message(conversation.id, Role.USER, [text_block("before")])
    # SQLite reports SQLITE_FULL once the page limit is reached, exactly as for a full disk.
    conn = store._conn
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFullError) as raised:
        store.add_message(conversation.id, Role.USER, [text_block("x" * 200_000)])
    assert "full" in str(raised.value)

    assert [m.text for m in store.messages(conversation.id)] == ["before"]
    conn.execute("PRAGMA max_page_count = 1073741823")
    store.add_message(conversation.id, Role.USER, [text_block("after")])
    assert [m.text for m in store.messages(conversation.id)] == ["before", "after"]


def test_a_read_only_database_is_reported(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    # Tests may run as root, for whom file permissions do not apply; query_only makes
    # SQLite refuse writes with the same SQLITE_READONLY a read-only file gives.
    conn = store._conn
    assert conn is not None
    conn.execute("PRAGMA query_only = ON")
    with pytest.raises(DatabaseReadOnlyError) as raised:
        store.update_conversation(conversation.id, title="x")
    assert "read-only" in str(raised.value)
    conn.execute("PRAGMA query_only = OFF")
    assert store.update_conversation(conversation.id, title="x").title == "x"


def test_a_read_only_file_is_reported(db_path: Path):
    SqliteConversationStore(db_path).close()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as raw:
            conn.execute("DELETE FROM conversations")
    finally:
        conn.close()
    assert isinstance(translate(raw.value, db_path), DatabaseReadOnlyError)


_OPEN_AND_WRITE = """
import sys
from pathlib import Path
from desktop_app.storage.conversation_store import SqliteConversationStore
with SqliteConversationStore(Path(sys.argv[1])) as store:
    store.create_conversation("m", title=sys.argv[2])
"""


def test_two_processes_creating_the_same_new_database_at_once(db_path: Path):
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_AND_WRITE, str(db_path), f"p{n}"],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outcomes = [(p.communicate(timeout=60)[1], p.returncode) for p in processes]
    assert [err for err, code in outcomes if code != 0] == []
    with SqliteConversationStore(db_path) as store:
        assert sorted(c.title for c in store.list_conversations()) == ["p0", "p1", "p2", "p3"]
