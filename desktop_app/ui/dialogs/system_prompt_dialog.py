"""Edits the system prompt of one conversation (or of the next one, before it exists), and
how long the prompt cache keeps it; a preset from the settings fills it in one pick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.pricing import Rates
from desktop_app.core.system_prompt_preset import SystemPromptPreset
from desktop_app.ui.widgets.cache_ttl_check import CacheTtlCheck


class SystemPromptDialog(QDialog):
    def __init__(
        self,
        prompt: str,
        parent: QWidget | None = None,
        *,
        cache_ttl: str = "5m",
        rates: Rates | None = None,
        presets: Sequence[SystemPromptPreset] = (),
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
        self.edit.setAccessibleName(self.tr("System prompt"))
        self.edit.setPlaceholderText(self.tr("For example: Answer briefly, in Korean."))
        self.edit.setPlainText(prompt)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("systemPresetCombo")
        self.preset_combo.setAccessibleName(self.tr("Use a preset"))
        self.preset_combo.addItem(self.tr("Use a preset…"), "")
        for preset in presets:
            self.preset_combo.addItem(preset.name, preset.text)
        self.preset_combo.activated.connect(self.on_preset_combo_activated)
        self.preset_combo.setVisible(bool(presets))  # made in Settings ▸ Models
        layout.addWidget(self.preset_combo)
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

    def on_preset_combo_activated(self, index: int) -> None:
        if index > 0:
            self.edit.setPlainText(str(self.preset_combo.itemData(index)))

    def prompt(self) -> str:
        return self.edit.toPlainText().strip()

    def cache_ttl(self) -> str:
        return self.cache_check.ttl()
