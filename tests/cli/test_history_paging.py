"""`parley history`: a screenful by default, `--limit N`, `--all`, and searches that read only
the conversations they print, newest hit first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore


@pytest.fixture
def thirty(parley_home: Path) -> list[int]:
    """Thirty conversations, oldest first; every third mentions 서울."""
    parley_home.mkdir(parents=True, exist_ok=True)
    ids = []
    with SqliteConversationStore(parley_home / "parley.sqlite3") as store:
        for n in range(30):
            conversation = store.create_conversation("m", title=f"대화 {n}")
            text = f"서울 이야기 {n}" if n % 3 == 0 else f"plain talk {n}"
            store.add_message(conversation.id, Role.USER, [text_block(text)])
            ids.append(conversation.id)
    return ids


def _ids(output: str) -> list[int]:
    return [int(line.split("\t")[0]) for line in output.splitlines()]


def test_history_shows_a_screenful_by_default(parley, thirty, monkeypatch):
    monkeypatch.setenv("LINES", "12")
    assert _ids(parley("history").stdout) == thirty[::-1][:10]


def test_history_limit_and_all(parley, thirty):
    assert _ids(parley("history", "--limit", "3").stdout) == thirty[::-1][:3]
    assert _ids(parley("history", "--all").stdout) == thirty[::-1]


def test_history_query_lists_the_newest_hits_first(parley, thirty):
    korean = [cid for n, cid in enumerate(thirty) if n % 3 == 0][::-1]
    assert _ids(parley("history", "서울", "--all").stdout) == korean
    assert _ids(parley("history", "서울", "-n", "2").stdout) == korean[:2]
    assert _ids(parley("history", "울").stdout) == korean  # one syllable, through the index
    assert parley("history", "없는말").stdout == ""


def test_history_refuses_a_limit_below_one(parley, thirty):
    result = parley("history", "--limit", "0")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "--limit" in result.stderr
    assert "Traceback" not in result.stderr


def test_history_is_right_and_builds_the_index_of_an_older_history(parley, thirty, parley_home):
    with sqlite3.connect(parley_home / "parley.sqlite3") as conn:  # as if from before m008
        conn.execute("INSERT INTO messages_grams (messages_grams) VALUES ('delete-all')")
        conn.execute("UPDATE search_index_build SET pending_below = 1000, total = 1000")
    korean = [cid for n, cid in enumerate(thirty) if n % 3 == 0][::-1]
    result = parley("history", "울", "--all")
    assert _ids(result.stdout) == korean
    # A shell-only user gets the index too: each search builds about a second of it.
    with sqlite3.connect(parley_home / "parley.sqlite3") as conn:
        assert conn.execute("SELECT pending_below FROM search_index_build").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM messages_grams").fetchone()[0] > 0
    assert _ids(parley("history", "울", "--all").stdout) == korean
