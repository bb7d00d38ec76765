"""The undo bar after a deletion: the sentence and the Undo button are always whole; only the
conversation's title is shortened, and only when it does not fit (issue 13, point 8)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.chat_driver import ChatDriver

SHORT_TITLE = "서울 여행"
LONG_TITLE = "쿼키랜드의 수도와 인구, 그리고 그 긴 역사에 관한 아주 긴 대화 — a very long title"
PREFIX, SUFFIX = "Deleted “", "”"


def delete_titled(ui: ChatDriver, title: str) -> None:
    conversation = ui.store.create_conversation("claude-sonnet-4-6", "", title)
    ui.window.list_model.put_first(conversation)
    ui.window.sidebar.delete(conversation.id)
    QApplication.processEvents()


@pytest.mark.parametrize(("window_width", "sidebar_width"), [(700, 200), (960, 240), (1280, 270)])
def test_only_the_title_is_shortened(
    ready_window: ChatDriver, window_width: int, sidebar_width: int
) -> None:
    ui = ready_window
    ui.window.resize(window_width, 780)
    splitter = ui.window.centralWidget()
    splitter.setSizes([sidebar_width, window_width - sidebar_width])  # type: ignore[attr-defined]
    bar = ui.window.sidebar.undo_bar
    label, button = bar.label, bar.button
    metrics = label.fontMetrics()
    for title in (SHORT_TITLE, LONG_TITLE):
        delete_titled(ui, title)
        assert bar.isVisible()
        text = label.text()
        assert text.startswith(PREFIX) and text.endswith(SUFFIX), text
        assert metrics.horizontalAdvance(text) <= label.contentsRect().width(), text
        shown = text[len(PREFIX) : -len(SUFFIX)]
        whole = metrics.horizontalAdvance(PREFIX + title + SUFFIX)
        if shown == title:
            assert whole <= label.contentsRect().width()
        else:
            assert shown.endswith("…") and title.startswith(shown[:-1]), shown
            assert whole > label.contentsRect().width()  # shortened only for want of room
        assert label.toolTip() == PREFIX + title + SUFFIX
        assert button.isVisible() and button.text() == "Undo"
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() < bar.contentsRect().right() + 1
    assert label.text() != PREFIX + LONG_TITLE + SUFFIX  # no sidebar here holds all of it


def test_a_narrower_sidebar_shortens_the_title_more_and_keeps_the_sentence(
    ready_window: ChatDriver,
) -> None:
    ui = ready_window
    ui.window.resize(1280, 780)
    splitter = ui.window.centralWidget()
    bar = ui.window.sidebar.undo_bar
    splitter.setSizes([420, 860])  # type: ignore[attr-defined]
    delete_titled(ui, LONG_TITLE)
    wide = bar.label.text()
    splitter.setSizes([200, 1080])  # type: ignore[attr-defined]
    QApplication.processEvents()
    narrow = bar.label.text()
    assert len(narrow) < len(wide)
    for text in (wide, narrow):
        assert text.startswith(PREFIX) and text.endswith("…" + SUFFIX)
