"""The sidebar's search runs on a worker: a newer query cancels an older one, whose hits never
show, and the GUI thread keeps turning while a slow search runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import SearchHit
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.background_search import BackgroundSearch

ROWS = 150_000


@pytest.fixture
def slow_home(tmp_path: Path) -> Path:
    """A database where a one-letter Cyrillic query scans every message through Python:
    the short-query index is marked unbuilt, and only the oldest message holds "Ж"."""
    path = tmp_path / "parley.sqlite3"
    with SqliteConversationStore(path) as store:
        first = store.create_conversation("m", title="старый разговор")
        second = store.create_conversation("m", title="서울 여행")
    conn = sqlite3.connect(path, isolation_level=None)
    # Test data written in bulk, without the full-text triggers a real write would run.
    conn.execute("DROP TRIGGER messages_fts_insert")
    conn.execute("DROP TRIGGER messages_grams_insert")
    conn.execute("BEGIN")
    rows = [(1, first.id, "Жар-птица")] + [
        (n, second.id, f"서울 이야기 {n}") for n in range(2, ROWS + 1)
    ]
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at)"
        " VALUES (?, ?, 'user', '[]', ?, 'complete', 0)",
        rows,
    )
    conn.execute("UPDATE search_index_build SET pending_below = ?", (ROWS + 1,))
    conn.execute("COMMIT")
    conn.close()
    return path


def test_a_newer_query_cancels_the_older_one(qtbot: QtBot, slow_home: Path):
    search = BackgroundSearch(slow_home)
    shown: list[list[SearchHit]] = []
    search.hits_found.connect(shown.append)
    ticks = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(search.search_finished, timeout=60_000) as finished:
            search.start("ж")  # walks 150,000 rows to reach the one hit
            qtbot.wait(20)
            search.start("여행")  # a title: found at once
        assert finished.args == [True]
        qtbot.wait(200)  # let anything the old query might still send arrive
        hits = [hit for page in shown for hit in page]
        assert hits and all(hit.title == "서울 여행" for hit in hits)
        assert not any("Жар" in hit.snippet for hit in hits)
        assert len(ticks) > 0  # the GUI thread kept running meanwhile
        # The same slow query, left alone, does find its hit (so it was cancelled above).
        with qtbot.waitSignal(search.search_finished, timeout=120_000) as alone:
            search.start("ж")
        assert alone.args == [True]
        assert any("Жар" in hit.snippet for page in shown for hit in page)
    finally:
        timer.stop()
        search.stop()


def test_hits_stream_in_pages_newest_first(qtbot: QtBot, slow_home: Path):
    search = BackgroundSearch(slow_home)
    pages: list[list[SearchHit]] = []
    search.hits_found.connect(pages.append)
    try:
        with qtbot.waitSignal(search.search_finished, timeout=60_000):
            search.start("이야")  # two syllables: scanned, as the index is unbuilt
        assert len(pages) >= 2  # the first screenful comes alone, then the rest
        ids = [hit.message_id for page in pages for hit in page if hit.message_id]
        assert ids == sorted(ids, reverse=True) and ids[0] == ROWS
    finally:
        search.stop()
