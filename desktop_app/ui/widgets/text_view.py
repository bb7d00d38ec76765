"""Read-only text as tall as its content: the body of one message in the chat column.

Streaming appends go through a cursor at the end, so only the last block is laid
out again. Links open in the system browser; no image is ever loaded, remote or
local, so a reply cannot make Parley fetch or read anything.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from desktop_app.ui.widgets.markdown import set_line_height

SAFE_LINK_SCHEMES = ("http", "https", "mailto")


class TextView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab moves between controls, not messages
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        set_line_height(self.document())
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self.on_document_size_changed)
        self.setFixedHeight(self._height_for(self.document().size().height()))

    def set_plain(self, text: str) -> None:
        self.setPlainText(text)
        set_line_height(self.document())

    def append_text(self, text: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)

    def ideal_width(self, limit: int) -> int:
        """The width the text needs when allowed up to `limit` pixels (for fitted bubbles)."""
        probe: QTextDocument = self.document().clone()
        probe.setTextWidth(limit)
        return math.ceil(probe.idealWidth()) + 2

    def on_document_size_changed(self, size: Any) -> None:
        self.setFixedHeight(self._height_for(size.height()))

    def _height_for(self, document_height: float) -> int:
        return max(1, math.ceil(document_height)) + 2 * self.frameWidth()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        return None

    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the chat column scrolls, not each message

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.height())

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())
