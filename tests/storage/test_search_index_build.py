"""The short-query index of an older history is built in resumable steps: a kill -9 in the
middle leaves a sound database, and the next run goes on to a complete, correct index."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.database import open_database
from desktop_app.storage.migrations import MIGRATIONS, m008_short_query_index
from desktop_app.storage.search_index_build import build_progress, build_step

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 4000
WORDS = ["서울", "수도", "Seoul", "AI", "연말정산", "the", "data", "가", "x"]

BUILDER = """
import sys, time
from pathlib import Path
from desktop_app.storage.database import open_database
from desktop_app.storage.search_index_build import build_step
conn = open_database(Path(sys.argv[1]))
while not build_step(conn, batch=40).done:
    print("step", flush=True)
    time.sleep(0.01)
print("done", flush=True)
"""


def _text(n: int) -> str:
    return f"{WORDS[n % len(WORDS)]} {WORDS[(n * 7) % len(WORDS)]} {n}"


def _old_database(path: Path) -> None:
    """A history written before m008: many messages, no short-query index."""
    conn = sqlite3.connect(path, isolation_level=None)
    before = MIGRATIONS.index(m008_short_query_index)
    for migration in MIGRATIONS[:before]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {before:d}")
    conn.execute(
        "INSERT INTO conversations (id, title, model, created_at, updated_at)"
        " VALUES (1, '서울 여행', 'm', 0, 0)"
    )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at)"
        " VALUES (?, 1, 'user', '[]', ?, 'complete', ?)",
        [(n, _text(n), n) for n in range(1, MESSAGES + 1)],
    )
    conn.execute("COMMIT")
    conn.close()


def test_the_migration_only_marks_the_build(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    conn = open_database(path)
    progress = build_progress(conn)
    assert progress.pending_below == MESSAGES + 1 and progress.fraction == 0.0
    assert conn.execute("SELECT count(*) FROM messages_grams_data").fetchone()[0] <= 2
    assert build_step(conn, batch=1000).pending_below == MESSAGES + 1 - 1000
    conn.close()


def test_a_kill_mid_build_leaves_a_usable_database_and_the_build_goes_on(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    open_database(path).close()  # the migration, as the first start would run it
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    builder = subprocess.Popen(
        [sys.executable, "-c", BUILDER, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert builder.stdout is not None
    steps = 0
    while steps < 15:
        line = builder.stdout.readline()
        assert line == "step\n", line
        steps += 1
    os.kill(builder.pid, signal.SIGKILL)
    builder.wait()
    time.sleep(0.05)
    conn = open_database(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO messages_grams (messages_grams) VALUES ('integrity-check')")
    halfway = build_progress(conn)
    assert 0 < halfway.fraction < 1
    with SqliteConversationStore(path) as store:
        for word in ["서", "수", "AI", "x", "울"]:  # right while half built
            expected = [n for n in range(MESSAGES, 0, -1) if word.casefold() in _text(n).casefold()]
            assert [h.message_id for h in store.search(word, limit=MESSAGES) if h.message_id] == (
                expected
            ), word
        while not build_step(conn).done:
            pass
        conn.execute("INSERT INTO messages_grams (messages_grams) VALUES ('integrity-check')")
        for word in ["서", "수", "AI", "x", "울", "the", "연말"]:
            expected = [n for n in range(MESSAGES, 0, -1) if word.casefold() in _text(n).casefold()]
            assert [h.message_id for h in store.search(word, limit=MESSAGES) if h.message_id] == (
                expected
            ), word
    conn.close()
