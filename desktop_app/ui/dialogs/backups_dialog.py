"""The Backups dialog: the database's backups with Back up now and Restore.

Restoring replaces the file every open connection uses, so the window does not swap it under
itself: it notes the choice, closes, and Parley starts again and restores before opening.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.backups import Backup, Backups
from desktop_app.storage.errors import DatabaseError
from desktop_app.ui.date_text import date_time_text


class _BackupJob(QObject):
    """Carries a worker thread's result back to the dialog's thread."""

    finished = Signal(object)  # the Backup made, or the DatabaseError


class BackupsDialog(QDialog):
    restart_requested = Signal()  # a restore was chosen: the window should close and restart

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Parley backs up your conversations every day and before every update of its "
                "database, keeping the last 7. Restoring keeps the current file aside."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("backupsList")
        self.list.currentRowChanged.connect(self.on_current_row_changed)
        layout.addWidget(self.list, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.now_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        buttons.addButton(self.now_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.now_button.clicked.connect(self.on_now_clicked)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        layout.addWidget(buttons)
        self.job = _BackupJob(self)
        self.job.finished.connect(self.on_backup_finished)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in self.backups.list():
            item = QListWidgetItem(self._describe(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup.number)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self.restore_button.setEnabled(self.list.count() > 0)

    def _describe(self, backup: Backup) -> str:
        count = backup.conversations()
        if count is None:
            counted = self.tr("unreadable")
        elif count == 1:  # English plurals need no catalogue; Korean has one form anyway
            counted = self.tr("1 conversation")
        else:
            counted = self.tr("%n conversations", "", count)
        when = date_time_text(backup.taken_at)
        size = f"{backup.size / 1024 / 1024:.1f} MB"
        return f"{backup.number}.  {when}   {size}   {counted}"

    def on_current_row_changed(self, row: int) -> None:
        self.restore_button.setEnabled(row >= 0)

    def on_now_clicked(self) -> None:
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        backups, job = self.backups, self.job

        def work() -> None:  # on a pool thread: a big file must not freeze the window
            try:
                job.finished.emit(backups.now())
            except DatabaseError as error:
                job.finished.emit(error)

        QThreadPool.globalInstance().start(work)

    def on_backup_finished(self, outcome: object) -> None:
        self.now_button.setEnabled(True)
        if isinstance(outcome, DatabaseError):
            self.status.setText(str(outcome))
            return
        self.refresh()
        self.status.setText(self.tr("Backed up."))

    def on_restore_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        number = int(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Parley will close, replace your conversations with backup %1, and start "
                "again. The current file is kept aside, not deleted."
            ).replace("%1", str(number)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.backups.request_restore(number)
        except DatabaseError as error:
            self.status.setText(str(error))
            return
        self.accept()
        self.restart_requested.emit()
