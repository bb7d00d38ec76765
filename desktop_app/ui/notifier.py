"""The one place that tells the user something ended while they looked elsewhere: a reply or a
batch. A desktop notification (the freedesktop service, else the tray's balloon), else the
status bar; a click brings Parley up on the conversation (or the Batches view).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStatusBar, QSystemTrayIcon

from desktop_app.core.batch_job import BatchJob
from desktop_app.ui.freedesktop_notifications import FreedesktopNotifications
from desktop_app.ui.view_models.batch_list_model import counts_text

MESSAGE_MS = 15_000
FIRST_WORDS = 120  # characters of the reply a notification shows


@dataclass(frozen=True, slots=True)
class Notice:
    """`conversation_id` None: about batches (a click opens the Batches view)."""

    title: str
    text: str
    conversation_id: int | None = None


def first_words(text: str, limit: int = FIRST_WORDS) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def attended() -> bool:
    """Whether one of Parley's windows is the active one, shown and not minimised."""
    window = QApplication.activeWindow()
    return window is not None and window.isVisible() and not window.isMinimized()


class Notifier(QObject):
    clicked = Signal(object)  # Notice

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.tray: QSystemTrayIcon | None = None  # the tray's, once there is one
        self.desktop: FreedesktopNotifications | None = None  # once a service answered
        self.enabled: Callable[[], bool] = lambda: True  # the user's setting
        self.attended: Callable[[], bool] = attended
        self.last = ""  # the last notice given, for whoever asks (tests, the view)
        self._sent: dict[int, Notice] = {}  # by the desktop service's id
        self._balloon: Notice | None = None
        self._sending: set[asyncio.Task[None]] = set()

    def use_tray(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray
        tray.messageClicked.connect(self.on_message_clicked)

    def use_desktop(self, desktop: FreedesktopNotifications) -> None:
        self.desktop = desktop
        desktop.invoked.connect(self.on_invoked)
        desktop.dismissed.connect(lambda notification: self._sent.pop(notification, None))

    def on_job_finished(self, job: BatchJob) -> None:
        title = self.tr("Batch ended")
        text = self.tr("%1 has ended: %2").replace("%1", job.label or job.name)
        text = text.replace("%2", counts_text(job.counts))
        self.status_bar.showMessage(text, MESSAGE_MS)  # seen here when the window is in front
        self.tell(Notice(title, text), status_bar=False)

    def on_reply_ended(self, conversation_id: int, title: str, reply: str, failed: bool) -> None:
        if failed:
            text = self.tr("The reply failed: %1").replace("%1", first_words(reply))
        else:
            text = first_words(reply) or self.tr("The reply has ended.")
        self.tell(Notice(title, text, conversation_id))

    def tell(self, notice: Notice, *, status_bar: bool = True) -> None:
        """Through the first way that exists, unless the user looks at Parley already or
        turned notifications off."""
        self.last = notice.text
        if not self.enabled() or self.attended():
            return
        if self.desktop is not None and self.desktop.started:
            task = asyncio.ensure_future(self._send(self.desktop, notice))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)
        elif self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            self._balloon = notice
            self.tray.showMessage(
                notice.title, notice.text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        elif status_bar:
            self.status_bar.showMessage(f"{notice.title}: {notice.text}", MESSAGE_MS)

    async def _send(self, desktop: FreedesktopNotifications, notice: Notice) -> None:
        notification = await desktop.notify(notice.title, notice.text)
        if notification is not None:
            self._sent[notification] = notice
        else:  # the service refused it: said where the user will see it on coming back
            self.status_bar.showMessage(f"{notice.title}: {notice.text}", MESSAGE_MS)

    def on_invoked(self, notification: int) -> None:
        notice = self._sent.pop(notification, None)
        if notice is not None:  # another program's notifications share the signal
            self.clicked.emit(notice)

    def on_message_clicked(self) -> None:
        if self._balloon is not None:
            self.clicked.emit(self._balloon)
            self._balloon = None
