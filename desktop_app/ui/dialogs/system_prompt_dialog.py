"""Edits the system prompt of one conversation (or of the next one, before it exists), and
how long the prompt cache keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.pricing import Rates
from desktop_app.ui.widgets.cache_ttl_check import CacheTtlCheck


class SystemPromptDialog(QDialog):
    def __init__(
        self,
        prompt: str,
        parent: QWidget | None = None,
        *,
        cache_ttl: str = "5m",
        rates: Rates | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("systemPromptDialog")
        self.setWindowTitle(self.tr("System prompt"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        note = QLabel(
            self.tr(
                "Instructions Claude follows throughout this conversation, such as a role, "
                "a tone or the language to answer in."
            ),
            self,
        )
        note.setObjectName("dialogNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("systemPromptEdit")
        self.edit.setPlaceholderText(self.tr("For example: Answer briefly, in Korean."))
        self.edit.setPlainText(prompt)
        layout.addWidget(self.edit, 1)
        self.cache_check = CacheTtlCheck(cache_ttl, rates, self)
        layout.addWidget(self.cache_check)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def prompt(self) -> str:
        return self.edit.toPlainText().strip()

    def cache_ttl(self) -> str:
        return self.cache_check.ttl()
