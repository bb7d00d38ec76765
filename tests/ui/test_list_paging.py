"""The conversation list reads a page at a time as it scrolls, and what other processes
change moves or drops single rows, never resetting the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.view_models.conversation_list_model import PAGE, ConversationListModel
from desktop_app.ui.widgets.conversation_list import ConversationList

COUNT = PAGE * 2 + 50


@pytest.fixture
def stores(tmp_path: Path):
    """The window's store, with COUNT conversations, and a second one standing in for
    `parley ask` in a terminal (another connection, as another process would have)."""
    path = tmp_path / "parley.sqlite3"
    with SqliteConversationStore(path) as window, SqliteConversationStore(path) as elsewhere:
        for n in range(COUNT):
            window.create_conversation("m", title=f"대화 {n}")
        yield window, elsewhere


def test_the_list_reads_a_page_and_more_as_it_scrolls(qtbot: QtBot, stores):
    window_store, _ = stores
    model = ConversationListModel(window_store)
    assert model.rowCount() == PAGE and model.canFetchMore()
    view = ConversationList(model)
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(10):
        view.scrollToBottom()
        QApplication.processEvents()
    assert model.rowCount() == COUNT and not model.canFetchMore()
    titles = [model.conversation_at(row).title for row in range(COUNT)]
    assert titles == [f"대화 {n}" for n in reversed(range(COUNT))]  # no gap, no repeat


def test_changes_elsewhere_update_rows_without_a_reset(qtbot: QtBot, stores):
    window_store, elsewhere = stores
    model = ConversationListModel(window_store)
    resets, moves, inserts, removals = [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *a: moves.append(1))
    model.rowsInserted.connect(lambda *a: inserts.append(1))
    model.rowsRemoved.connect(lambda *a: removals.append(1))
    loaded = model.conversation_at(10)
    unloaded = elsewhere.list_conversations()[-1]  # the oldest: not on the first page
    top = model.conversation_at(0)
    elsewhere.add_message(loaded.id, Role.USER, [text_block("터미널에서 한 질문")])
    elsewhere.add_message(unloaded.id, Role.USER, [text_block("and this old one")])
    new = elsewhere.create_conversation("m", title="From the shell")
    elsewhere.delete_conversation(top.id)
    model.apply_changes_elsewhere()
    assert resets == []
    assert [model.conversation_at(row).id for row in range(3)] == [new.id, unloaded.id, loaded.id]
    assert model.row_of(top.id) is None
    assert moves == [1] and len(inserts) == 2 and removals == [1]
    assert model.rowCount() == PAGE + 1  # +2 inserted, -1 deleted
    model.apply_changes_elsewhere()  # nothing new: nothing moves
    assert moves == [1] and len(inserts) == 2 and resets == []
