"""The system-prompt presets: a list of named prompts to add, rename, edit and remove, and the
one new chats start with. Every edit is reported at once (the text after a short pause)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.system_prompt_preset import MAX_NAME_LENGTH, SystemPromptPreset
from desktop_app.ui.settings.settings_page import button_row

TEXT_PAUSE_MS = 600


class SystemPromptPresetsPanel(QWidget):
    presets_changed = Signal(object)  # tuple[SystemPromptPreset, ...]
    default_chosen = Signal(str)  # a preset's name, or '' for none
    refused = Signal(str)  # why an edit was not taken, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets: list[SystemPromptPreset] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("systemPresetList")
        self.list.setAccessibleName(self.tr("System prompt presets"))
        self.list.setMaximumWidth(220)
        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        column.addWidget(self.list, 1)
        buttons = button_row()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("addSystemPresetButton")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeSystemPresetButton")
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        layout.addLayout(column)
        editor = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("systemPresetName")
        self.name_edit.setAccessibleName(self.tr("Preset name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.editingFinished.connect(self.on_name_edit_editing_finished)
        editor.addRow(self.tr("Name:"), self.name_edit)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("systemPresetText")
        self.text_edit.setAccessibleName(self.tr("Preset text"))
        self.text_edit.setPlaceholderText(self.tr("For example: Answer briefly, in Korean."))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self.on_text_edit_text_changed)
        editor.addRow(self.tr("Prompt:"), self.text_edit)
        self.default_combo = QComboBox(self)
        self.default_combo.setObjectName("defaultSystemPresetCombo")
        self.default_combo.setAccessibleName(self.tr("New chats start with"))
        self.default_combo.activated.connect(self.on_default_combo_activated)
        editor.addRow(self.tr("New chats start with:"), self.default_combo)
        layout.addLayout(editor, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_PAUSE_MS)
        self._timer.timeout.connect(self.commit_text)
        self._filling = False
        self._row = -1  # the preset in the editor, whose text a pending edit belongs to

    def show_presets(self, presets: tuple[SystemPromptPreset, ...], default: str) -> None:
        if self._timer.isActive():
            return  # an edit is about to be reported: keep what is being typed
        self._filling = True
        row = self.list.currentRow()
        self.presets = list(presets)
        self.list.clear()
        self.list.addItems([p.name for p in presets])
        self.default_combo.clear()
        self.default_combo.addItem(self.tr("No system prompt"), "")
        for preset in presets:
            self.default_combo.addItem(preset.name, preset.name)
        self.default_combo.setCurrentIndex(max(0, self.default_combo.findData(default)))
        self._filling = False
        self.list.setCurrentRow(min(max(row, 0), len(presets) - 1))
        self.on_list_current_row_changed(self.list.currentRow())

    def on_list_current_row_changed(self, row: int) -> None:
        self.commit_text()
        self._row = row
        present = 0 <= row < len(self.presets)
        self._filling = True
        self.name_edit.setText(self.presets[row].name if present else "")
        self.text_edit.setPlainText(self.presets[row].text if present else "")
        self._filling = False
        for widget in (self.name_edit, self.text_edit, self.remove_button):
            widget.setEnabled(present)

    def on_add_button_clicked(self) -> None:
        name, number = self.tr("New preset"), 1
        taken = {p.name for p in self.presets}
        while name in taken:
            number += 1
            name = self.tr("New preset %1").replace("%1", str(number))
        self.presets.append(SystemPromptPreset(name, ""))
        self.presets_changed.emit(tuple(self.presets))
        self.list.setCurrentRow(len(self.presets) - 1)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.presets):
            self._timer.stop()
            del self.presets[row]
            self.presets_changed.emit(tuple(self.presets))

    def on_name_edit_editing_finished(self) -> None:
        row, name = self.list.currentRow(), self.name_edit.text().strip()
        if not 0 <= row < len(self.presets) or name == self.presets[row].name:
            return
        if not name:
            self.refused.emit(self.tr("A preset needs a name."))
            return
        if any(p.name == name for i, p in enumerate(self.presets) if i != row):
            self.refused.emit(self.tr("Another preset already has this name."))
            return
        self.refused.emit("")
        self.presets[row] = SystemPromptPreset(name, self.presets[row].text)
        self.presets_changed.emit(tuple(self.presets))

    def on_text_edit_text_changed(self) -> None:
        if not self._filling:
            self._timer.start()

    def commit_text(self) -> None:
        """Report the text typed so far (after a pause, or on leaving the preset)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        row = self._row
        text = self.text_edit.toPlainText()
        if 0 <= row < len(self.presets) and text != self.presets[row].text:
            self.presets[row] = SystemPromptPreset(self.presets[row].name, text)
            self.presets_changed.emit(tuple(self.presets))

    def on_default_combo_activated(self, _index: int) -> None:
        self.default_chosen.emit(str(self.default_combo.currentData()))
