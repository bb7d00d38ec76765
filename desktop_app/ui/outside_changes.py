"""`OutsideChanges`: what another process wrote (a `parley ask` in a terminal) shows up here.

SQLite tells a connection when another one committed (`PRAGMA data_version`), at
no cost; the window asks when it is activated and every few seconds. Only the
conversations with activity since the last look are read and moved to the top (no
reset); the conversation on screen is redrawn only when it changed, nothing of it is
being written here, and the user is at its bottom, so no one reading older messages
is moved. A reply shown as being written elsewhere is read again on every check
even when nothing was committed: its process may have died.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.core.conversation import MessageState
from desktop_app.ui.chat_window import ChatWindow

if TYPE_CHECKING:
    from desktop_app.core.conversation import Message

CHECK_MS = 3000


class OutsideChanges(QObject):
    def __init__(self, window: ChatWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state_changed)

    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state is Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> None:
        window = self.window
        if window.sidebar.list.state() is QAbstractItemView.State.EditingState:
            return  # a rename under way: a reset would close its box; the next check will do
        try:
            changed = window.store.changed_elsewhere()
        except Exception:  # a locked or vanished file: the next check will tell
            return
        current = window.current_id
        if changed:
            window.list_model.apply_changes_elsewhere()
            window.sidebar.organising.refresh_projects()  # a project made or renamed there
            window.sidebar.select(current)
        elif not self._shows_a_reply_written_elsewhere():
            return
        # else a process that died writes nothing more: its reply turns interrupted unasked.
        if current is None or window.view_model.is_busy(current):
            return
        if not window.chat.at_bottom or window.commands.editing is not None:
            return
        try:
            stored = window.store.messages(current)
        except Exception:  # deleted meanwhile: the list no longer offers it
            return
        shown = window.chat.column.messages
        if _last(stored) != _last(shown):
            window.chat.show_conversation(current, messages=stored)
            window.update_usage(stored)

    def _shows_a_reply_written_elsewhere(self) -> bool:
        window = self.window
        shown = window.chat.column.messages
        if not shown or window.current_id is None or window.view_model.is_busy(window.current_id):
            return False
        return shown[-1].state is MessageState.STREAMING


def _last(messages: list[Message]) -> tuple[int, str, int] | None:
    if not messages:
        return None
    last = messages[-1]
    return last.id, last.state.value, len(last.content)
