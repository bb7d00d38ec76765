"""Edits the screenshot-review presets: each a label and a prompt; added, removed, reordered,
or restored to the defaults. The caller saves the result in the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.settings import DEFAULT_REVIEW_PRESETS, ReviewPreset

INCOMPLETE = QT_TRANSLATE_NOOP(
    "PresetDialog", "Each preset needs a label and a prompt: fill in or remove “{label}”."
)


class PresetDialog(QDialog):
    def __init__(self, presets: Sequence[ReviewPreset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presetDialog")
        self.setWindowTitle(self.tr("Review presets"))
        self.resize(720, 440)
        self.entries: list[list[str]] = [[p.label, p.prompt] for p in presets]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        note = QLabel(
            self.tr(
                "Prompts one click away on the empty composer and when dropping files. "
                "A click fills in the prompt; nothing is sent until you send."
            ),
            self,
        )
        note.setObjectName("dialogNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.list = QListWidget(self)
        self.list.setObjectName("presetList")
        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        grid.addWidget(self.list, 0, 0, 4, 1)
        grid.addWidget(QLabel(self.tr("Label"), self), 0, 1)
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("presetLabelEdit")
        self.label_edit.setPlaceholderText(self.tr("For example: Check the contrast"))
        self.label_edit.textEdited.connect(self.on_label_edit_text_edited)
        grid.addWidget(self.label_edit, 1, 1)
        self.prompt_edit = QPlainTextEdit(self)
        self.prompt_edit.setObjectName("presetPromptEdit")
        self.prompt_edit.setPlaceholderText(
            self.tr("What Claude should do with the attached images")
        )
        self.prompt_edit.textChanged.connect(self.on_prompt_edit_text_changed)
        grid.addWidget(QLabel(self.tr("Prompt"), self), 2, 1)
        grid.addWidget(self.prompt_edit, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(3, 1)
        layout.addLayout(grid, 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = self._button(self.tr("Add"), self.on_add_clicked, row)
        self.remove_button = self._button(self.tr("Remove"), self.on_remove_clicked, row)
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_current(-1), row)
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_current(1), row)
        row.addStretch(1)
        self.defaults_button = self._button(
            self.tr("Restore defaults"), self.on_defaults_clicked, row
        )
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("dialogStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refill(0)

    def presets(self) -> tuple[ReviewPreset, ...]:
        """The presets as edited; entries left wholly blank are dropped."""
        found = (ReviewPreset.from_json({"label": lb, "prompt": pr}) for lb, pr in self.entries)
        return tuple(p for p in found if p is not None)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self.entries) and 0 <= target < len(self.entries):
            self.entries[row], self.entries[target] = self.entries[target], self.entries[row]
            self._refill(target)

    def on_add_clicked(self) -> None:
        self.entries.append(["", ""])
        self._refill(len(self.entries) - 1)
        self.label_edit.setFocus()

    def on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._refill(min(row, len(self.entries) - 1))

    def on_defaults_clicked(self) -> None:
        self.entries = [[p.label, p.prompt] for p in DEFAULT_REVIEW_PRESETS]
        self._refill(0)

    def on_save_clicked(self) -> None:
        for label, prompt in self.entries:
            if bool(label.strip()) != bool(prompt.strip()):
                self.status.setText(self.tr(INCOMPLETE).format(label=label.strip() or prompt[:30]))
                return
        self.accept()

    def on_list_current_row_changed(self, row: int) -> None:
        has = 0 <= row < len(self.entries)
        label, prompt = self.entries[row] if has else ("", "")
        for edit in (self.label_edit, self.prompt_edit):
            edit.blockSignals(True)
            edit.setEnabled(has)
        self.label_edit.setText(label)
        self.prompt_edit.setPlainText(prompt)
        for edit in (self.label_edit, self.prompt_edit):
            edit.blockSignals(False)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.entries) - 1)

    def on_label_edit_text_edited(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.entries[row][0] = text
            item = self.list.item(row)
            if item is not None:
                item.setText(text.strip() or self.tr("(no label)"))
            self.status.clear()

    def on_prompt_edit_text_changed(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.entries[row][1] = self.prompt_edit.toPlainText()
            self.status.clear()

    def _refill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for label, _prompt in self.entries:
            self.list.addItem(label.strip() or self.tr("(no label)"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current if self.entries else -1)
        self.on_list_current_row_changed(self.list.currentRow())

    def _button(self, text: str, slot: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button
