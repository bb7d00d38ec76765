"""The Backups dialog: the backups panel in a window of its own, with Close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop_app.storage.backups import Backups
from desktop_app.ui.dialogs.backups_panel import BackupsPanel


class BackupsDialog(QDialog):
    restart_requested = Signal()  # a restore was chosen: the window should close and restart

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.panel = BackupsPanel(backups, self)
        self.panel.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.panel.buttons.rejected.connect(self.reject)
        self.panel.restart_requested.connect(self.on_restart_requested)
        layout.addWidget(self.panel)

    def on_restart_requested(self) -> None:
        self.accept()
        self.restart_requested.emit()


def open_backups(parent: QWidget, on_restart: Callable[[], None]) -> BackupsDialog:
    """Open the dialog over `parent`; `on_restart` runs when a restore was chosen."""
    from desktop_app import paths

    dialog = BackupsDialog(Backups(paths.database_path()), parent)
    dialog.restart_requested.connect(on_restart)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
