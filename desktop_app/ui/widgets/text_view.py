"""Read-only text as tall as its content: the body of one message in the chat column.

A reply's Markdown is written into it by a MarkdownStream, block by block, so only
the block being written is laid out again. Links open in the system browser, a
code box's Copy link copies its code; no image is ever loaded, remote or local,
so a reply cannot make Parley fetch or read anything.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPointF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QDesktopServices,
    QGuiApplication,
    QHelpEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QTextEdit, QToolTip, QWidget

from desktop_app.ui.rendering.block_writer import COPY_SCHEME
from desktop_app.ui.rendering.citation_marks import CitationMark, mark_index
from desktop_app.ui.rendering.document_style import set_line_height
from desktop_app.ui.rendering.formula import SOURCE

SAFE_LINK_SCHEMES = ("http", "https", "mailto")
OBJECT = "\ufffc"  # what Qt's text holds for an image
FOUND = "#fde68a"  # found text, and the match being read: readable on light and dark alike
FOUND_CURRENT = "#f59e0b"
FOUND_INK = "#111111"


class TextView(QTextBrowser):
    code_copied = Signal(str)  # the code put on the clipboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_blocks: list[str] = []  # a Markdown body's finished code, by Copy link index
        self.found: tuple[list[tuple[int, int]], int | None] = ([], None)  # find's marks
        self.citation_marks: list[CitationMark] = []  # a reply's footnotes, by cite: link
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

    def set_find_highlights(self, spans: list[tuple[int, int]], current: int | None) -> None:
        """Mark found text (document positions, end excluded) over the document without
        changing it; `current` indexes the span being read. No spans clear the marks."""
        selections = []
        for index, (start, end) in enumerate(spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            mark = QTextCharFormat()
            mark.setBackground(QColor(FOUND_CURRENT if index == current else FOUND))
            mark.setForeground(QColor(FOUND_INK))
            selection.format = mark
            selections.append(selection)
        self.found = (list(spans), current)
        self.setExtraSelections(selections)

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

    def createMimeDataFromSelection(self) -> QMimeData:
        """As Qt copies it, except that a formula copies as its LaTeX source."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        if OBJECT in data.text():
            data.setText(text_with_formulas(cursor.selectionStart(), cursor.selectionEnd(),
                                            self.document()))  # fmt: skip
        return data

    def on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == COPY_SCHEME:
            index = int(url.path()) if url.path().isdigit() else -1
            if 0 <= index < len(self.code_blocks):
                QGuiApplication.clipboard().setText(self.code_blocks[index])
                self.code_copied.emit(self.code_blocks[index])
        elif scheme in SAFE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)
        elif (marked := mark_index(url.toString())) is not None and marked < len(
            self.citation_marks
        ):
            self.on_mark_clicked(self.citation_marks[marked])

    def on_mark_clicked(self, mark: CitationMark) -> None:
        """A web source opens in the browser; a document's passage shows where the mark is."""
        if mark.url is not None and QUrl(mark.url).scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(QUrl(mark.url))
        else:
            QToolTip.showText(QCursor.pos(), mark.tip(), self)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # A text browser shows no tooltips of its text's own: a footnote marker's is ours.
            tip = self.mark_tip_at(event.pos().toPointF() + self._scroll_offset())
            if tip is not None:
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().viewportEvent(event)

    def mark_tip_at(self, point: QPointF) -> str | None:
        """The tooltip of the footnote marker at this point of the document, if one is there."""
        index = mark_index(self.document().documentLayout().anchorAt(point) or "")
        if index is None or index >= len(self.citation_marks):
            return None
        return self.citation_marks[index].tip()

    def _scroll_offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the chat column scrolls, not each message

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.height())

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


def text_with_formulas(start: int, end: int, document: QTextDocument) -> str:
    """The plain text between two positions, each formula image given as its source."""
    parts: list[str] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        if parts:
            parts.append("\n")
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            first = max(start, fragment.position())
            last = min(end, fragment.position() + fragment.length())
            if first < last:
                text = fragment.text()[first - fragment.position() : last - fragment.position()]
                source = fragment.charFormat().property(SOURCE)
                parts.append(source if isinstance(source, str) and text == OBJECT else text)
            iterator += 1
        block = block.next()
    return "".join(parts).replace("\u2028", "\n")
