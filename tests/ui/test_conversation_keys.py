"""The conversation list from the keyboard: a conversation chosen there keeps the focus, so Del
deletes it (with the undo bar, as the context menu does) and the arrows move on; typed text
goes to the composer (issue 13, point 11). Keys go to whatever has the focus, as a user's do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop_app.core.conversation import Role, text_block
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory

TITLES = ["서울 여행 계획", "쿼키랜드의 수도", "Budget review", "네 번째 대화"]


# A key and a ready connection: a key prompt opening mid-test would take the focus.
pytestmark = pytest.mark.usefixtures("claude_env")


def with_conversations(open_window: WindowFactory) -> ChatDriver:
    ui = open_window()
    for title in TITLES:
        conversation = ui.store.create_conversation("claude-sonnet-4-6", "", title)
        ui.store.add_message(conversation.id, Role.USER, [text_block(f"{title}?")])
    ui.window.list_model.reload()
    return ui


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def row_centre(ui: ChatDriver, row: int) -> QPoint:
    view = ui.window.sidebar.list
    return view.visualRect(view.model().index(row, 0)).center()


def click_row(ui: ChatDriver, row: int, modifier: Qt.KeyboardModifier | None = None) -> None:
    view = ui.window.sidebar.list
    modifiers = modifier or Qt.KeyboardModifier.NoModifier
    # A real press gives the list the focus before the list sees it; a synthetic one does
    # not (Qt does it for spontaneous events only).
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    ui.qtbot.waitUntil(view.hasFocus)
    ui.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, row_centre(ui, row))
    QApplication.processEvents()


def test_a_clicked_conversation_is_deleted_with_del_and_comes_back_with_undo(
    open_window: WindowFactory,
) -> None:
    ui = with_conversations(open_window)
    assert ui.titles() == TITLES[::-1]
    click_row(ui, 1)
    assert ui.current().title == "Budget review"
    assert focused() is ui.window.sidebar.list
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert ui.titles() == ["네 번째 대화", "쿼키랜드의 수도", "서울 여행 계획"]
    assert "Budget review" not in [c.title for c in ui.store.list_conversations()]
    bar = ui.window.sidebar.undo_bar
    assert bar.isVisible() and bar.label.text() == "Deleted “Budget review”"
    ui.click(bar.button)
    assert ui.titles() == TITLES[::-1]
    assert ui.current().title == "Budget review"


def test_arrows_move_through_the_list_and_del_deletes_where_they_stopped(
    open_window: WindowFactory,
) -> None:
    ui = with_conversations(open_window)
    click_row(ui, 0)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Down)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert ui.current().title == "쿼키랜드의 수도"
    assert focused() is ui.window.sidebar.list
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert ui.titles() == ["네 번째 대화", "Budget review", "서울 여행 계획"]
    assert ui.window.sidebar.undo_bar.label.text() == "Deleted “쿼키랜드의 수도”"


def test_text_typed_in_the_list_goes_to_the_composer(open_window: WindowFactory) -> None:
    ui = with_conversations(open_window)
    click_row(ui, 2)
    ui.qtbot.keyClicks(focused(), "Hi ")
    assert focused() is ui.window.composer.edit
    commit = QInputMethodEvent("", [])
    commit.setCommitString("안녕")
    click_row(ui, 2)
    QApplication.sendEvent(focused(), commit)  # Hangul comes from the input method
    assert ui.window.composer.text() == "Hi 안녕"
    assert ui.titles() == TITLES[::-1]  # no keyboard search jumped elsewhere
    click_row(ui, 1)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is ui.window.composer.edit
    assert ui.current().title == "Budget review"
    click_row(ui, 1)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is ui.window.composer.edit and ui.window.current_id is None


def test_several_selected_conversations_go_together_and_come_back_together(
    open_window: WindowFactory,
) -> None:
    ui = with_conversations(open_window)
    click_row(ui, 0)
    click_row(ui, 2, Qt.KeyboardModifier.ShiftModifier)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert ui.titles() == ["서울 여행 계획"]
    bar = ui.window.sidebar.undo_bar
    assert bar.label.text() == "Deleted 3 conversations"
    ui.click(bar.button)
    assert ui.titles() == TITLES[::-1]


def test_the_context_menu_deletes_the_same_way(open_window: WindowFactory) -> None:
    ui = with_conversations(open_window)
    view = ui.window.sidebar.list
    view.customContextMenuRequested.emit(row_centre(ui, 3))
    menu = view.findChild(QMenu)
    assert menu is not None
    delete = next(a for a in menu.actions() if a.text() == "Delete")
    delete.trigger()
    menu.close()
    assert ui.titles() == TITLES[::-1][:3]
    assert ui.window.sidebar.undo_bar.label.text() == "Deleted “서울 여행 계획”"
