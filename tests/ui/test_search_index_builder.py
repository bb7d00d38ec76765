"""An older history's short-query index is built after start-up on a worker, with its
progress in the status bar, while the GUI thread keeps turning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop_app.storage.database import open_database
from desktop_app.storage.search_index_build import build_progress
from desktop_app.ui.search_index_builder import SearchIndexBuilder
from tests.storage.test_search_index_build import _old_database


def test_the_index_is_built_in_the_background_with_progress(qtbot: QtBot, tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    open_database(path).close()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    builder = SearchIndexBuilder(path, window.statusBar(), window)
    seen: list[float] = []
    builder.progress_changed.connect(seen.append)
    texts: list[str] = []
    builder.progress_changed.connect(lambda _: texts.append(builder.label.text()))
    with qtbot.waitSignal(builder.build_finished, timeout=120_000):
        builder.start()
    timer.stop()
    qtbot.waitUntil(lambda: builder.label.isHidden())
    assert len(seen) >= 2 and seen == sorted(seen) and seen[-1] == 1.0
    assert any("%" in text for text in texts)
    assert len(ticks) > 0
    conn = open_database(path)
    assert build_progress(conn).done
    conn.close()
