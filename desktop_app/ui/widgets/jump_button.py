"""The "Jump to latest" button floating over the chat's bottom edge while the user reads above."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

MARGIN = 14  # above the viewport's bottom edge


class JumpButton(QPushButton):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("JumpButton", "Jump to latest ↓"), parent)
        self.setObjectName("jumpButton")
        self.setToolTip(self.tr("Scroll to the newest message (Alt+End)"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def show_when(self, behind: bool, viewport: QRect) -> None:
        if behind != self.isVisible():
            self.setVisible(behind)
            self.place(viewport)
            self.raise_()

    def place(self, viewport: QRect) -> None:
        self.adjustSize()
        self.move(
            viewport.center().x() - self.width() // 2,
            viewport.bottom() - self.height() - MARGIN,
        )
