"""The line under a reply cut off at max_tokens: what happened, Continue, and how to allow more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class CutOffNotice(QWidget):
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cutOffNotice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        self.label = QLabel(self.tr("Cut off at the max_tokens limit"), self)
        self.label.setObjectName("cutOffLabel")
        self.continue_button = QToolButton(self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Ask Claude to go on where the reply stopped"))
        self.continue_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.continue_button.clicked.connect(self.continue_clicked)
        self.hint = QLabel(
            self.tr("To allow longer replies, raise Max under the message box."), self
        )
        self.hint.setObjectName("cutOffHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.hint, 1)
