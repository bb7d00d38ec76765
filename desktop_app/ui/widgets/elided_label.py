"""`ElidedLabel`: one line of text that ends in "…" when its place is too narrow for it.

A plain QLabel asks for its whole text's width, so one long status line keeps the
window from getting narrower; this one asks for little and shows the rest in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MINIMUM_CHARACTERS = 6  # "Last r…": enough to say what the line is about


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def setToolTip(self, text: str) -> None:
        self._tooltip = text
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        short = self.fontMetrics().averageCharWidth() * MINIMUM_CHARACTERS
        return QSize(min(short, self.sizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        QLabel.setText(self, shown)
        whole = "\n".join(
            part for part in (self._full if shown != self._full else "", self._tooltip) if part
        )
        QLabel.setToolTip(self, whole)
