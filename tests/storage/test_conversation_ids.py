"""Conversation ids are never reused (m007), and the rebuild that makes it so keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.batch_job import Outcome
from desktop_app.core.conversation import MessageState, Role, Usage, text_block
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.storage import conversation_store, migrations
from desktop_app.storage.batch_store import SqliteBatchStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.database import open_database
from desktop_app.storage.rows import BEFORE_M010_COLUMNS
from desktop_app.storage.usage_ledger import SqliteUsageLedger

# The last version before m007: the stores of today fill it (they write m006's column).
OLDER = migrations.MIGRATIONS.index(migrations.m007_conversation_ids_never_reused)


def test_a_deleted_conversation_id_is_never_handed_out_again(store: SqliteConversationStore):
    ids = [store.create_conversation("m", title=f"대화 {n}").id for n in range(3)]
    store.delete_conversation(ids[-1])
    assert store.purge_deleted() == 1

    fresh = store.create_conversation("m", title="새 대화")

    assert ids == [1, 2, 3]
    assert fresh.id == 4


def _fill_like_a_user(db_path: Path) -> None:
    """Korean and English conversations with branches, ledger rows and a batch, through the
    real stores; one conversation deleted for good, as the app does at start-up."""
    with SqliteConversationStore(db_path) as store:
        korean = store.create_conversation("claude-sonnet-4-5", "한국어로 답하세요", "서울 여행")
        first = store.add_message(korean.id, Role.USER, [text_block("서울에서 볼 만한 곳은?")])
        store.add_message(
            korean.id,
            Role.ASSISTANT,
            [text_block("경복궁과 북촌 한옥마을을 추천합니다.")],
            model="claude-sonnet-4-5",
            usage=Usage(input_tokens=12, output_tokens=30),
            stop_reason="end_turn",
        )
        store.set_head(korean.id, first.id)  # a regenerated answer: a second branch
        store.add_message(korean.id, Role.ASSISTANT, [text_block("남산타워도 좋아요.")], model="m")
        english = store.create_conversation("claude-haiku-4-5", title="Tax question")
        store.add_message(english.id, Role.USER, [text_block("What is a W-2?")])
        store.add_message(
            english.id, Role.ASSISTANT, [text_block("A wage stat")], state=MessageState.INTERRUPTED
        )
        store.create_conversation("m", title="continued", continued_from=english.id)
        gone = store.create_conversation("m", title="deleted later")
        store.add_message(gone.id, Role.USER, [text_block("bye")])
    with SqliteUsageLedger(db_path) as ledger:
        for conversation_id in (korean.id, english.id, gone.id):
            ledger.record(
                LedgerEntry(
                    at=1_700_000_000.0 + conversation_id,
                    kind=Spend.REPLY,
                    model="claude-sonnet-4-5",
                    usage=Usage(input_tokens=100, output_tokens=50),
                    cost_usd=0.001,
                    rates=None,
                    conversation_id=conversation_id,
                )
            )
    with SqliteBatchStore(db_path) as batches:
        job = batches.add_job(
            group_id=None,
            label="영수증 묶음",
            model="claude-haiku-4-5",
            prompt="요약해 주세요",
            system="",
            max_tokens=512,
            requests=[("r1", "영수증.png", "/tmp/영수증.png", {"messages": []})],
        )
        (request,) = batches.requests(job.id)
        batches.record_outcome(request.id, Outcome.SUCCEEDED, conversation_id=english.id)
    with SqliteConversationStore(db_path) as store:
        store.delete_conversation(gone.id)
        store.purge_deleted()


def _every_row(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db_path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'"
            )
        ]
        return {t: _rows(conn, t) for t in tables}
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    try:  # rowids matter: the full-text indexes point at them
        return sorted(conn.execute(f'SELECT rowid, * FROM "{table}"'), key=repr)
    except sqlite3.OperationalError:  # an FTS5 shadow table WITHOUT ROWID
        return sorted(conn.execute(f'SELECT * FROM "{table}"'), key=repr)


def _schema(db_path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return set(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        conn.close()


@pytest.fixture
def m005_database(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database as the released m005 app left it, filled through the real stores."""
    with monkeypatch.context() as released:
        released.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:OLDER])
        released.setattr(migrations, "LATEST_VERSION", OLDER)
        # Conversations are read back as that release had them (before m010's columns).
        released.setattr(conversation_store, "CONVERSATION_COLUMNS", BEFORE_M010_COLUMNS)
        _fill_like_a_user(db_path)
    return db_path


def test_the_rebuild_keeps_every_row_index_and_trigger(
    m005_database: Path, monkeypatch: pytest.MonkeyPatch
):
    rows_before, schema_before = _every_row(m005_database), _schema(m005_database)
    assert len(rows_before["messages"]) == 5 and len(rows_before["usage_ledger"]) == 3

    # m007 alone: later migrations add tables of their own.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[: OLDER + 1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", OLDER + 1)
    conn = open_database(m005_database)
    try:
        assert migrations.schema_version(conn) == OLDER + 1
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO conversations_fts (conversations_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")
    finally:
        conn.close()

    assert _every_row(m005_database) == rows_before
    changed = schema_before ^ _schema(m005_database)
    assert {(kind, name) for kind, name, _ in changed} == {("table", "conversations")}
    new_sql = next(sql for _, _, sql in changed if "AUTOINCREMENT" in sql)
    assert "id INTEGER PRIMARY KEY AUTOINCREMENT" in new_sql


def test_after_the_rebuild_search_cascades_and_ids_work(m005_database: Path):
    with SqliteConversationStore(m005_database) as store:
        assert [h.title for h in store.search("서울 여행")] == ["서울 여행"]
        assert [h.conversation_id for h in store.search("경복궁과")] == [1]
        # The deleted conversation (4) lives on in the ledger: its id is not handed out again.
        assert store.create_conversation("m", title="new").id == 5
        store.delete_conversation(1)
        store.purge_deleted()
        assert store.messages(1) == []  # ON DELETE CASCADE still holds
        assert store.create_conversation("m").id == 6
    conn = sqlite3.connect(m005_database)
    try:
        assert (
            conn.execute("SELECT count(*) FROM messages WHERE conversation_id = 1").fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    finally:
        conn.close()


def test_the_rebuild_refuses_to_run_with_foreign_keys_on(m005_database: Path):
    """Foreign keys on during the rebuild would cascade the DROP into every message."""
    before = _every_row(m005_database)
    conn = sqlite3.connect(m005_database, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="foreign_keys OFF"):
            migrations._apply_missing(conn, m005_database)
        assert migrations.schema_version(conn) == OLDER
    finally:
        conn.close()
    assert _every_row(m005_database) == before
