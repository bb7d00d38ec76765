"""Drives a real main window the way a user does: keys into widgets, clicks, and waits for paint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import Conversation
from desktop_app.core.ports import ConversationStore
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.dialogs.api_key_dialog import ApiKeyDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets.error_card import ErrorCard
from desktop_app.ui.widgets.message_card import MessageRow

WAIT_MS = 15_000


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key clicks for ASCII; other text arrives as an input method commits it, syllable by
    syllable. QTest.keyClicks aborts the process on Hangul (it maps every char to a key)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


class ChatDriver:
    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window = window
        self.qtbot = qtbot

    @property
    def store(self) -> ConversationStore:
        return self.window.store

    def wait_ready(self) -> None:
        self.qtbot.waitUntil(
            lambda: self.window.connection.state is ConnectionState.READY, timeout=WAIT_MS
        )

    def type(self, text: str) -> None:
        type_into(self.qtbot, self.window.composer.edit, text)

    def send(self, text: str) -> None:
        self.type(text)
        self.qtbot.keyClick(self.window.composer.edit, Qt.Key.Key_Return)

    def texts(self) -> list[str]:
        """The message bodies as painted, top to bottom (once a conversation chosen in the
        list has built its first screen: it does so over several turns)."""
        column = self.window.chat.column
        self.qtbot.waitUntil(lambda: not column.opening, timeout=WAIT_MS)
        rows = self.window.chat.rows
        found = []
        for i in range(rows.count()):
            item = rows.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, MessageRow):
                found.append(widget.card.body.toPlainText())
        return found

    def shown(self) -> str:
        return "\n".join(self.texts())

    def wait_shown(self, text: str) -> None:
        self.qtbot.waitUntil(lambda: text in self.shown(), timeout=WAIT_MS)

    def busy(self) -> bool:
        current = self.window.current_id
        return current is not None and self.window.view_model.is_busy(current)

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.busy(), timeout=WAIT_MS)

    def error_card(self) -> ErrorCard | None:
        card = self.window.chat.error_card
        return card if card is not None and card.isVisible() else None

    def wait_error(self) -> ErrorCard:
        self.qtbot.waitUntil(lambda: self.error_card() is not None, timeout=WAIT_MS)
        card = self.error_card()
        assert card is not None
        return card

    def key_dialog(self) -> ApiKeyDialog | None:
        dialog = self.window.key_prompt.dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    def wait_key_dialog(self) -> ApiKeyDialog:
        self.qtbot.waitUntil(lambda: self.key_dialog() is not None, timeout=WAIT_MS)
        dialog = self.key_dialog()
        assert dialog is not None
        return dialog

    def enter_key(self, key: str) -> None:
        """Type a key into the open dialog and go through to the end, whatever keyring there is."""
        dialog = self.wait_key_dialog()
        type_into(self.qtbot, dialog.key_edit, key)
        self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(
            lambda: not dialog.isVisible() or dialog.save_button.text() == "Continue",
            timeout=WAIT_MS,
        )
        if dialog.isVisible():
            self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: self.key_dialog() is None, timeout=WAIT_MS)

    def titles(self) -> list[str]:
        model = self.window.list_model
        return [str(model.data(model.index(row))) for row in range(model.rowCount())]

    def current(self) -> Conversation:
        assert self.window.current_id is not None
        return self.store.get_conversation(self.window.current_id)

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def process(self) -> None:
        QApplication.processEvents()
