"""Every chat action from the keyboard: copy the last reply, recall the last message, jump, Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_c_copies_the_last_reply_as_markdown(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("First **answer**."), Reply.text("Title"))
    ui.send("one")
    ui.wait_shown("First answer.")
    ui.wait_idle()
    claude_env.queue(Reply.text("Second, with `code` and\n\n- a list"))
    ui.send("two")
    ui.wait_shown("a list")
    ui.wait_idle()
    QGuiApplication.clipboard().clear()
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_C, CTRL_SHIFT)
    assert QGuiApplication.clipboard().text() == "Second, with `code` and\n\n- a list"


def test_up_in_an_empty_composer_brings_back_the_last_message(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("Sure."), Reply.text("Title"))
    ui.send("쿼키랜드의 수도는?")
    ui.wait_shown("Sure.")
    ui.wait_idle()
    edit = ui.window.composer.edit
    ui.type("draft")
    ui.qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert ui.window.composer.text() == "draft"  # Up only recalls into an empty box
    edit.clear()
    ui.qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert ui.window.composer.text() == "쿼키랜드의 수도는?"


def test_alt_end_jumps_to_the_latest(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("\n\n".join(f"Line {i} of a tall reply." for i in range(60))))
    ui.send("tall")
    ui.wait_shown("Line 59")
    ui.wait_idle()
    bar = ui.window.chat.verticalScrollBar()
    ui.qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    ui.qtbot.waitUntil(ui.window.chat.jump_button.isVisible)
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    ui.qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    assert not ui.window.chat.jump_button.isVisible()


def test_tab_goes_round_the_window_in_reading_order(ready_window: ChatDriver) -> None:
    ui = ready_window
    window = ui.window
    expected: list[QWidget] = [
        window.composer.edit,
        window.composer.model_picker,
        window.composer.thinking_button,
        window.composer.reply_limit_button,
        window.composer.server_tools_button,
        window.composer.advanced_button,
        window.composer.system_button,
        window.composer.tools_button,
        window.composer.send_button,
        window.sidebar.new_button,
        window.sidebar.search,
        *window.sidebar.folders.focus_order(),  # the projects' fold, New project, folders
        window.sidebar.list,
        window.chat,
        # A new conversation offers the review presets, above the message box.
        *window.composer.attachments.chips.chips,
        window.composer.attachments.chips.edit_button,
        window.composer.edit,
    ]
    assert window.composer.attachments.chips.isVisible()
    window.composer.edit.setFocus()
    ui.qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.edit)
    seen = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        focused = QApplication.focusWidget()
        assert focused is not None
        ui.qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    visible_order = [w for w in seen if w in expected]
    assert visible_order == expected, " ".join(w.objectName() for w in seen)


def test_ctrl_k_goes_to_search_and_ctrl_l_back_to_the_composer(ready_window: ChatDriver) -> None:
    ui = ready_window
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is ui.window.sidebar.search
    ui.qtbot.keyClick(ui.window.sidebar.search, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is ui.window.composer.edit
