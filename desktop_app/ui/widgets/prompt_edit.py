"""The prompt box: Enter sends, Shift+Enter breaks the line, and it grows with its text.

Its height is a pure function of the text and the width the box has without a scroll bar:
up to MAX_LINES lines all of it shows and the bar is off; above, the bar is always on. A
height change never changes that width, so the fitting cannot feed itself (issue 13).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QResizeEvent,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

MAX_LINES = 10
DOCUMENT_MARGIN = 2


def text_height(document: QTextDocument, width: float, max_lines: int) -> tuple[float, int]:
    """The height of the document's first `max_lines` lines laid out `width` pixels wide, as
    QPlainTextDocumentLayout lays them out, and how many lines it has (counting stops past
    `max_lines`). Lines are measured, not counted times a line spacing: a Hangul line set in
    the CJK fallback font is taller than a Latin one."""
    margin = document.documentMargin()
    line_width = max(1.0, width - 2 * margin)
    option = document.defaultTextOption()
    font = document.defaultFont()
    # Each line holds at least one character a pixel or more wide: what lies past this
    # cannot reach the lines measured, and a pasted book must not be laid out per keystroke.
    reach = (max_lines + 1) * max(1, math.ceil(line_width))
    height, lines = 0.0, 0
    block = document.firstBlock()
    while block.isValid() and lines <= max_lines:
        text = block.text()[:reach]
        pending = block.layout().preeditAreaText()  # what an input method is composing
        if pending:
            at = block.layout().preeditAreaPosition()
            text = text[:at] + pending + text[at:]
        layout = QTextLayout(text, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while lines <= max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(line_width)
            lines += 1
            if lines <= max_lines:
                height += line.height() + min(0, math.ceil(line.leading()))
        layout.endLayout()
        block = block.next()
    return height, lines


class PromptEdit(QPlainTextEdit):
    submitted = Signal()
    recall_requested = Signal()  # Up in an empty box
    height_fitted = Signal(int)  # the new height, emitted only when it changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptEdit")
        self.setAccessibleName(self.tr("Message to Claude"))
        self.placeholder = self.tr("Message Claude…   (Shift+Enter for a new line)")
        self.setPlaceholderText(self.placeholder)
        self.setToolTip(
            self.tr("Enter sends · Shift+Enter starts a new line · Up edits your last message")
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self._composing = ""  # the syllable an input method is composing (Hangul, kana…)
        # Fixed policies: the fitting decides the vertical bar, and long words wrap anywhere
        # rather than scroll sideways.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A wrapped line's trailing space may stick out a few pixels past the width (the
        # layout counts it), which would let the caret shift the view sideways: no range.
        self.horizontalScrollBar().rangeChanged.connect(self.on_sideways_range_changed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.document().contentsChanged.connect(self.fit_height)
        self.fit_height()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._composing = event.preeditString()
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._composing:
            # As in Korean chat apps: the first Enter finishes the syllable being composed
            # ("한", not "하" and a lost "ㄴ") and a second one sends.
            self.commit_composition()
            return
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Up and plain and not self.toPlainText():
            self.recall_requested.emit()
            return
        super().keyPressEvent(event)

    def commit_composition(self) -> None:
        """Makes the syllable being composed part of the text, and the input method forget it."""
        finished = QInputMethodEvent()
        finished.setCommitString(self._composing)
        super().inputMethodEvent(finished)
        self._composing = ""
        QGuiApplication.inputMethod().reset()

    def text_width(self) -> int:
        """The viewport's width with no scroll bar: what the text wraps at below MAX_LINES."""
        margins = self.viewportMargins()
        return self.contentsRect().width() - margins.left() - margins.right()

    def chrome_height(self) -> int:
        """What the box adds around its viewport (frames, style sheet borders)."""
        margins = self.viewportMargins()
        return self.height() - self.contentsRect().height() + margins.top() + margins.bottom()

    def fitting_height(self) -> tuple[int, bool]:
        """The height the box should have for its text at its width, and whether the text
        overflows MAX_LINES (and needs the scroll bar)."""
        height, lines = text_height(self.document(), self.text_width(), MAX_LINES)
        over = lines > MAX_LINES
        # QPlainTextEdit wants the lines plus the margin above and below and one pixel
        # free before it calls them all visible.
        viewport = math.ceil(height) + 2 * math.ceil(self.document().documentMargin()) + 1
        return viewport + self.chrome_height(), over

    def fit_height(self) -> None:
        height, over = self.fitting_height()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if over else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)
            self.height_fitted.emit(height)

    def on_sideways_range_changed(self, _low: int, high: int) -> None:
        if high:
            self.horizontalScrollBar().setRange(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only the width moves the wrapping; a height change is the fitting's own doing.
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_height()
