"""The Data page: where Parley keeps its files, the backups, export and import of everything
(the archive actions are wired by whoever owns them, through the two signals), and the
documents uploaded to Anthropic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop_app.storage.backups import Backups
from desktop_app.ui.dialogs.backups_panel import BackupsPanel
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage, button_row
from desktop_app.ui.settings.uploaded_files_panel import UploadedFilesPanel

if TYPE_CHECKING:
    from desktop_app.core.file_uploads import FileUploads


class DataPage(SettingsPage):
    export_requested = Signal()
    import_requested = Signal()
    restart_requested = Signal()  # a backup is to be restored: Parley closes and starts again

    def __init__(
        self,
        holder: SettingsHolder,
        data_dir: Path,
        backups: Backups,
        uploads_of: Callable[[], FileUploads | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Data"), holder, parent)
        self.data_dir = data_dir
        folder_row = button_row()
        self.folder_label = QLabel(str(data_dir), self)
        self.folder_label.setObjectName("dataFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.setObjectName("openDataFolderButton")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_button)
        self.row(self.tr("Data folder:"), folder_row, self.folder_label)
        self.note(self.tr("Set PARLEY_HOME to keep everything in another folder."))
        archive_row = button_row()
        self.export_button = QPushButton(self.tr("Export all…"), self)
        self.export_button.setObjectName("exportAllButton")
        self.export_button.clicked.connect(self.export_requested)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_requested)
        archive_row.addWidget(self.export_button)
        archive_row.addWidget(self.import_button)
        archive_row.addStretch(1)
        self.row(self.tr("Conversations:"), archive_row, self.export_button)
        self.section(self.tr("Backups"))
        self.backups_panel = BackupsPanel(backups, self)
        self.backups_panel.restart_requested.connect(self.restart_requested)
        self.outer.addWidget(self.backups_panel, 1)
        self.section(self.tr("Files uploaded to Anthropic"))
        self.uploaded_files = UploadedFilesPanel(uploads_of, self)
        self.outer.addWidget(self.uploaded_files, 1)
        self.finish()

    def on_open_button_clicked(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            self.say(self.tr("No file manager could open the folder."))
