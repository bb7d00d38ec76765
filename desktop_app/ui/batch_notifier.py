"""Says a batch has ended: a desktop notification where a system tray exists, else the status bar.

The text gives the job's name and its counts, so the user knows without opening the view
whether anything failed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon

from desktop_app.core.batch_job import BatchJob
from desktop_app.ui.view_models.batch_list_model import counts_text

MESSAGE_MS = 15_000


class BatchNotifier(QObject):
    def __init__(self, status_bar: QStatusBar, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.icon = icon
        self.tray: QSystemTrayIcon | None = None
        self.last = ""  # the last notice given, for whoever asks (tests, the view)

    def on_job_finished(self, job: BatchJob) -> None:
        title = self.tr("Batch ended")
        text = self.tr("%1 has ended: %2").replace("%1", job.label or job.name)
        text = text.replace("%2", counts_text(job.counts))
        self.last = text
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.icon, self)
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.status_bar.showMessage(text, MESSAGE_MS)  # also where no tray shows it
