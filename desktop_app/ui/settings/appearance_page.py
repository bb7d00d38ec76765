"""The Appearance page: light, dark or the system's look, the text size, and the language."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from desktop_app.core.settings import MAX_FONT_SIZE, Settings
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage

MIN_FONT_SIZE = 7


class AppearancePage(SettingsPage):
    language_chosen = Signal(str)  # '' (the system's), "en" or "ko"

    def __init__(self, holder: SettingsHolder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appearance"), holder, parent)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for label, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme_combo.addItem(label, value)
        self.theme_combo.activated.connect(self.on_theme_combo_activated)
        self.row(self.tr("Theme:"), self.theme_combo)
        if os.environ.get("PARLEY_THEME", "").strip().lower() in ("light", "dark"):
            self.note(self.tr("The PARLEY_THEME environment variable is set and wins over this."))
        self.font_spin = QSpinBox(self)
        self.font_spin.setObjectName("fontSizeSpin")
        # 0 is the default size; below the smallest readable size the box shows "Default".
        self.font_spin.setRange(MIN_FONT_SIZE - 1, MAX_FONT_SIZE)
        self.font_spin.setSpecialValueText(self.tr("Default"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.valueChanged.connect(self.on_font_spin_value_changed)
        self.row(self.tr("Text size:"), self.font_spin)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        # Each language named in itself, so it can be found whatever the window's language.
        for label, code in (
            (self.tr("Follow the system"), ""),
            ("English", "en"),
            ("한국어", "ko"),
        ):
            self.language_combo.addItem(label, code)
        self.language_combo.activated.connect(self.on_language_combo_activated)
        self.row(self.tr("Language:"), self.language_combo)
        self.finish()

    def show_settings(self, settings: Settings) -> None:
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.font_spin.setValue(settings.font_size or self.font_spin.minimum())
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))

    def on_theme_combo_activated(self, _index: int) -> None:
        self.apply(theme=self.theme_combo.currentData())

    def on_font_spin_value_changed(self, value: int) -> None:
        self.apply(font_size=0 if value < MIN_FONT_SIZE else value)

    def on_language_combo_activated(self, _index: int) -> None:
        code = str(self.language_combo.currentData())
        if self.apply(language=code):
            self.language_chosen.emit(code)
