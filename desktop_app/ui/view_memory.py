"""Reopens the conversation that was open at the last close, scrolled where it was.

The state is saved half a second after the conversation or the scroll position changes, and
at close; it is restored just after the chat's first paint, so the window paints no later
for it. A conversation deleted since gives way to the newest one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop_app.core.view_state import ViewState

if TYPE_CHECKING:
    from desktop_app.ui.widgets.chat_view import ChatView

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 500


class ViewMemory(QObject):
    def __init__(
        self,
        chat: ChatView,
        current: Callable[[], int | None],
        path: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.chat = chat
        self._current = current
        self.path = path
        self.state = ViewState.load(path)  # as it was at the last close
        self._saved = self.state
        self._restored = False  # until then, what the view does is not the user's doing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        chat.verticalScrollBar().valueChanged.connect(self.remember)

    def conversation_to_open(self, exists: Callable[[int], bool]) -> int | None:
        """The conversation open at the last close, if it is still there."""
        conversation_id = self.state.conversation_id
        return conversation_id if conversation_id is not None and exists(conversation_id) else None

    def restore_after_first_paint(self) -> None:
        self.chat.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.restore)
        return False

    def restore(self) -> None:
        """Scroll the conversation opened at start to where it was (if it is still the one
        shown: the user may have moved on already)."""
        if self._restored:
            return
        self._restored = True
        state = self.state
        if state.anchor_message_id is not None and state.conversation_id == self._current():
            self.chat.restore_scroll(state.anchor_message_id, state.anchor_offset)

    @property
    def restored(self) -> bool:
        """Whether the start's position was put back (until then nothing is saved)."""
        return self._restored

    def remember(self) -> None:
        """The conversation or the scroll position changed: save soon (not while a restored
        position is held: those moves are the rows settling, not the user)."""
        if self._restored and not self.chat.pinned:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if not self._restored:
            return  # closed before the restore: what was saved still holds
        current = self._current()
        anchor = self.chat.scroll_anchor() if current is not None else None
        state = ViewState(current, *anchor) if anchor is not None else ViewState(current)
        if state == self._saved:
            return
        try:
            state.save(self.path)
        except OSError:
            log.warning("Could not save the view state to %s", self.path, exc_info=True)
            return
        self._saved = self.state = state
