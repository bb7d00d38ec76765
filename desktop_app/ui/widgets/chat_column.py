"""The window's centre: the chat above and the composer below it, held to the chat's column
width; a banner (the budget's) can go between the two."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_app.ui.widgets.chat_view import COLUMN_WIDTH, ChatView
from desktop_app.ui.widgets.composer import Composer


class ChatColumn(QWidget):
    def __init__(self, chat: ChatView, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centre")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(chat, 1)
        holder = QWidget(self)
        holder.setObjectName("composerHolder")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(24, 6, 24, 16)
        composer.setMaximumWidth(COLUMN_WIDTH + 16)
        holder_layout.addStretch(1)
        holder_layout.addWidget(composer, 100)
        holder_layout.addStretch(1)
        self._column.addWidget(holder)

    def add_banner(self, banner: QWidget) -> None:
        """Between the chat and the composer."""
        self._column.insertWidget(1, banner)
