"""Enter while an input method is composing a Hangul syllable: it finishes the syllable, as
in Korean chat apps, and the next Enter sends the whole of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver


def compose(ui: ChatDriver, preedit: str) -> None:
    """What ibus-hangul sends while a syllable is being built: a preedit, nothing committed."""
    event = QInputMethodEvent(preedit, [])
    QApplication.sendEvent(ui.window.composer.edit, event)


def test_enter_commits_the_syllable_being_composed_and_a_second_enter_sends(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    edit = ui.window.composer.edit
    claude_env.queue(Reply.text("안녕하세요!"), Reply.text("인사"))
    ui.type("안녕")
    compose(ui, "ㅎ")
    compose(ui, "하")
    compose(ui, "한")  # 하 + ㄴ: the syllable is still open (한, or 하 then 나…)
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert claude_env.message_requests() == []  # the first Enter only finishes the syllable
    assert ui.window.composer.text() == "안녕한"
    assert edit.textCursor().block().layout().preeditAreaText() == ""
    ui.qtbot.keyClick(edit, Qt.Key.Key_Return)
    ui.wait_shown("안녕하세요!")
    sent = claude_env.message_requests()[0]["messages"][-1]["content"][0]["text"]
    assert sent == "안녕한"  # never "안녕하" nor "안녕"


def test_a_committed_syllable_then_enter_sends_at_once(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    """An input method that commits on its own before passing Enter on (ibus does): the
    Enter that follows the commit sends, with nothing lost."""
    ui = ready_window
    claude_env.queue(Reply.text("네."), Reply.text("제목"))
    compose(ui, "하")
    compose(ui, "한")
    committed = QInputMethodEvent("", [])
    committed.setCommitString("한")
    QApplication.sendEvent(ui.window.composer.edit, committed)
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return)
    ui.wait_shown("네.")
    assert claude_env.message_requests()[0]["messages"][-1]["content"][0]["text"] == "한"
