"""A short-lived bar offering to undo the last deletion; it hides itself after a few seconds.

Its sentence is always whole, and so is the Undo button: only the name in it (a
conversation's title, `%1` in the sentence) is shortened to the room left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

UNDO_SECONDS = 8
ELLIPSIS = "…"


class SentenceLabel(QLabel):
    """A one-line sentence whose `%1` part is elided to fit the label, never the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sentence = ""
        self._name = ""
        # As wide as it is given, but never asking for more than the sentence with "…": a
        # long title must not widen the sidebar.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_sentence(self, sentence: str, name: str) -> None:
        self._sentence, self._name = sentence, name
        self.setToolTip(sentence.replace("%1", name))
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._sentence.replace("%1", self._name)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        shortest = self._sentence.replace("%1", ELLIPSIS if self._name else "")
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(shortest) + margins.left() + margins.right() + 1
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        fixed = metrics.horizontalAdvance(self._sentence.replace("%1", ""))
        room = self.contentsRect().width() - fixed
        name = metrics.elidedText(self._name, Qt.TextElideMode.ElideRight, max(room, 0))
        if self._name and not name:
            name = ELLIPSIS
        self.setText(self._sentence.replace("%1", name))


class UndoBar(QFrame):
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self._undo: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        # Tight: every pixel spared here is one more of the title in a 270-pixel sidebar.
        layout.setContentsMargins(10, 4, 4, 4)
        layout.setSpacing(2)
        self.label = SentenceLabel(self)
        self.label.setObjectName("undoText")
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setObjectName("undoButton")
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self.on_button_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(
        self,
        sentence: str,
        undo: Callable[[], None],
        name: str = "",
        seconds: float = UNDO_SECONDS,
    ) -> None:
        """Show `sentence` (its `%1` stands for `name`, shortened if need be) with an Undo
        button; a newer offer replaces an older one."""
        self._undo = undo
        self.label.set_sentence(sentence, name)
        self.show()
        self._timer.start(int(seconds * 1000))

    def dismiss(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()

    def on_button_clicked(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()
            self.undone.emit()
