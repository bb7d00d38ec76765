"""A failed exchange, inline in the chat: what went wrong in plain words, and what to do now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.view_models.reply_problem import ReplyProblem


class ErrorCard(QFrame):
    retry_clicked = Signal()
    key_requested = Signal()

    def __init__(self, problem: ReplyProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("errorCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        self.label = QLabel(problem.text, self)
        self.label.setObjectName("errorText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.key_button = QPushButton(self.tr("Enter API key…"), self)
        self.key_button.setObjectName("errorKeyButton")
        self.key_button.clicked.connect(self.key_requested)
        self.key_button.setVisible(problem.needs_key)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("errorRetryButton")
        self.retry_button.clicked.connect(self.retry_clicked)
        self.retry_button.setVisible(problem.retryable)
        buttons.addWidget(self.key_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
