"""The window's centre: the chat above and the composer below it, held to the chat's column
width; a banner (the budget's) can go between the two.

The chat comes after the first paint (`set_chat`): until then its place is an empty area
of the same colour, so the window paints without the chat's modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.widgets.composer import Composer

COLUMN_WIDTH = 820  # the chat's text column, and the composer under it


class ChatColumn(QWidget):
    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centre")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._chat_place: QWidget | None = QWidget(self)
        self._column.addWidget(self._chat_place, 1)
        holder = QWidget(self)
        holder.setObjectName("composerHolder")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(24, 6, 24, 16)
        composer.setMaximumWidth(COLUMN_WIDTH + 16)
        holder_layout.addStretch(1)
        holder_layout.addWidget(composer, 100)
        holder_layout.addStretch(1)
        self._column.addWidget(holder)

    def set_chat(self, chat: QWidget) -> None:
        """The chat, in the place kept for it."""
        if self._chat_place is not None:
            self._column.replaceWidget(self._chat_place, chat)
            self._column.setStretchFactor(chat, 1)
            self._chat_place.deleteLater()
            self._chat_place = None

    def add_banner(self, banner: QWidget) -> None:
        """Between the chat and the composer."""
        self._column.insertWidget(1, banner)
