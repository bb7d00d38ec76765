"""The Behaviour page: which key sends, whether the last conversation reopens at start, and
whether Parley may notify the desktop."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from desktop_app.core.settings import Settings
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage


class BehaviourPage(SettingsPage):
    def __init__(self, holder: SettingsHolder, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Behaviour"), holder, parent)
        self.send_key_combo = QComboBox(self)
        self.send_key_combo.setObjectName("sendKeyCombo")
        self.send_key_combo.addItem(self.tr("Enter (Shift+Enter for a new line)"), "enter")
        self.send_key_combo.addItem(self.tr("Ctrl+Enter (Enter for a new line)"), "ctrl_enter")
        self.send_key_combo.activated.connect(self.on_send_key_combo_activated)
        self.row(self.tr("Send with:"), self.send_key_combo)
        self.reopen_check = QCheckBox(self.tr("Reopen the last conversation at start"), self)
        self.reopen_check.setObjectName("reopenLastCheck")
        self.reopen_check.toggled.connect(lambda on: self.apply(reopen_last=on))
        self.form.addRow(self.reopen_check)
        self.notify_check = QCheckBox(self.tr("Notify me when a reply or a batch finishes"), self)
        self.notify_check.setObjectName("notificationsCheck")
        self.notify_check.setToolTip(self.tr("Only while Parley's window is in the background"))
        self.notify_check.toggled.connect(lambda on: self.apply(notifications=on))
        self.form.addRow(self.notify_check)
        self.finish()

    def show_settings(self, settings: Settings) -> None:
        self.send_key_combo.setCurrentIndex(max(0, self.send_key_combo.findData(settings.send_key)))
        self.reopen_check.setChecked(settings.reopen_last)
        self.notify_check.setChecked(settings.notifications)

    def on_send_key_combo_activated(self, _index: int) -> None:
        self.apply(send_key=self.send_key_combo.currentData())
