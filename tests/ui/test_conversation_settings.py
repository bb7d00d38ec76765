"""Per-conversation model and system prompt, as the requests carry them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.settings import Settings
from desktop_app.paths import settings_path
from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver, type_into


def open_system_prompt(ui: ChatDriver) -> SystemPromptDialog:
    ui.click(ui.window.composer.system_button)
    ui.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SystemPromptDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SystemPromptDialog)
    return dialog


def test_model_picker_sets_the_conversations_model(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    picker = ui.window.composer.model_picker
    ui.qtbot.waitUntil(lambda: picker.findData("claude-opus-4-6") >= 0)
    claude_env.queue(Reply.text("One."), Reply.text("Title"))
    ui.send("First")
    ui.wait_shown("One.")
    ui.wait_idle()
    haiku = picker.findData("claude-haiku-4-5-20251001")
    picker.setCurrentIndex(haiku)
    picker.activated.emit(haiku)  # what a user's pick in the popup emits
    assert ui.current().model == "claude-haiku-4-5-20251001"
    claude_env.queue(Reply.text("Two."))
    ui.send("Second")
    ui.wait_shown("Two.")
    assert claude_env.message_requests()[-1]["model"] == "claude-haiku-4-5-20251001"
    assert Settings.load(settings_path()).default_model == "claude-haiku-4-5-20251001"


def test_system_prompt_before_and_after_the_first_message(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    dialog = open_system_prompt(ui)
    type_into(ui.qtbot, dialog.edit, "한국어로 답하세요.")
    dialog.accept()
    assert ui.window.composer.system_button.text().endswith("●")
    claude_env.queue(Reply.text("네."), Reply.text("Title"))
    ui.send("Hello")
    ui.wait_shown("네.")
    assert claude_env.message_requests()[0]["system"] == "한국어로 답하세요."
    assert ui.current().system_prompt == "한국어로 답하세요."

    dialog = open_system_prompt(ui)
    assert dialog.edit.toPlainText() == "한국어로 답하세요."
    dialog.edit.clear()
    dialog.accept()
    assert ui.current().system_prompt == ""
    assert not ui.window.composer.system_button.text().endswith("●")
    ui.wait_idle()
    claude_env.queue(Reply.text("OK."))
    ui.send("Again")
    ui.wait_shown("OK.")
    assert "system" not in claude_env.message_requests()[-1]


def test_new_conversation_shortcut_clears_the_chat(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("Reply."), Reply.text("Title"))
    ui.send("Message")
    ui.wait_shown("Reply.")
    ui.type("a draft")
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.texts() == []
    assert ui.window.composer.text() == ""
    assert ui.window.windowTitle() == "Parley"
    first = ui.store.list_conversations()[0].id
    ui.window.open_conversation(first)
    assert ui.window.composer.text() == "a draft"  # drafts are kept per conversation
