"""A short-lived bar offering to undo the last deletion; it hides itself after a few seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

UNDO_SECONDS = 8


class UndoBar(QFrame):
    undone = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self._undo: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("undoText")
        # A long title must not widen the sidebar: the label takes what room there is.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton("Undo", self)
        self.button.setObjectName("undoButton")
        self.button.clicked.connect(self.on_button_clicked)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None], seconds: float = UNDO_SECONDS) -> None:
        """Show `text` with an Undo button; a newer offer replaces an older one."""
        self._undo = undo
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 220))
        self.label.setToolTip(text)
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
