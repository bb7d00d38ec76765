"""What the chat shows before the first message: a calm invitation and the keys that matter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 120, 0, 0)
        layout.setSpacing(8)
        title = QLabel(self.tr("What's on your mind?"), self)
        title.setObjectName("emptyTitle")
        hint = QLabel(self.tr("Enter sends · Shift+Enter adds a line · Ctrl+N starts anew"), self)
        hint.setObjectName("emptyHint")
        for label in (title, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
