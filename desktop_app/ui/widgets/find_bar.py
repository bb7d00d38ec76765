"""The find bar over the composer: a query box, "3/17", previous and next, and close.
Enter or F3 go to the next match, Shift with either to the previous one, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBox(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        # Esc closes the bar here; without this the window's Esc (Stop) would take it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F3)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            (self.previous_requested if backwards else self.next_requested).emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(6)
        self.box = FindBox(self)
        self.box.setObjectName("findBox")
        self.box.setAccessibleName(self.tr("Find in conversation"))
        self.box.setPlaceholderText(self.tr("Find in conversation"))
        self.box.textChanged.connect(self.query_changed)
        self.box.next_requested.connect(self.next_requested)
        self.box.previous_requested.connect(self.previous_requested)
        self.box.escaped.connect(self.on_close_clicked)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(48)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        previous = self._button("↑", self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.previous_requested)
        following = self._button("↓", self.tr("Next match (Enter)"))
        following.clicked.connect(self.next_requested)
        close = self._button("✕", self.tr("Close (Esc)"))
        close.clicked.connect(self.on_close_clicked)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.hide()

    def _button(self, glyph: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(glyph)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def open(self) -> None:
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def show_position(self, current: int, count: int) -> None:
        """ "3/17"; "0/0" reads as nothing found."""
        if self.box.text().strip():
            self.count.setText(
                self.tr("%1/%2").replace("%1", str(current)).replace("%2", str(count))
            )
        else:
            self.count.setText("")

    def on_close_clicked(self) -> None:
        self.hide()
        self.closed.emit()
