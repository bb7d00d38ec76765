"""Parley on the desktop, set up after the first paint: the answer to a second launch, the
tray, notifications when a reply ends unseen, and the quick-ask window. The composition root
of these pieces: it gets the main window and hands each piece only what it uses."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from desktop_app import paths
from desktop_app.core.conversation import MessageState, Role
from desktop_app.core.launch_request import LaunchRequest
from desktop_app.ui.freedesktop_notifications import FreedesktopNotifications
from desktop_app.ui.instance_server import InstanceServer
from desktop_app.ui.notifier import Notice
from desktop_app.ui.quick_ask_window import QuickAskWindow, make_quick_window
from desktop_app.ui.tray import Tray
from desktop_app.ui.view_models.conversation_list_model import display_title

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DesktopIntegration(QObject):
    def __init__(self, window: MainWindow, quick: QuickAskWindow | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.quick = quick
        self._closing = False
        self._starting: asyncio.Future[None] | None = None
        self._closing_task: asyncio.Future[None] | None = None
        self.server = InstanceServer(self)
        self.server.request_received.connect(self.on_request_received)
        self.tray = Tray(window.windowIcon(), self)
        self.tray.show_requested.connect(self.show_window)
        self.tray.hide_requested.connect(window.hide)
        self.tray.new_requested.connect(self.on_new_requested)
        self.tray.quick_requested.connect(self.show_quick)
        self.tray.quit_requested.connect(window.close)
        self.tray.set_window_shown(window.isVisible())
        window.installEventFilter(self)  # Show and Hide, for the tray menu's first entry
        self.notifier = window.batches.notifier  # one place for every notification
        self.notifier.enabled = lambda: window.settings.notifications
        if self.tray.icon is not None:
            self.notifier.use_tray(self.tray.icon)
        self.notifier.clicked.connect(self.on_notice_clicked)
        window.view_model.busy_changed.connect(self.on_busy_changed)
        window.closed.connect(self.close)

    def start(self, request: LaunchRequest | None = None) -> None:
        """Listen for second launches; look for a notification service once the loop runs.
        `request`: this launch's own arguments (`--open ID` opens that conversation)."""
        if request is not None and request.conversation_id is not None:
            self.open_conversation(request.conversation_id)
        if self.server.listen(paths.instance_socket_path()):
            log.info("Listening for second launches")
        if FreedesktopNotifications.possible():
            QTimer.singleShot(0, self._look_for_desktop)

    def _look_for_desktop(self) -> None:
        self._starting = asyncio.ensure_future(self._start_desktop())

    async def _start_desktop(self) -> None:
        desktop = FreedesktopNotifications("Parley", "parley", self)
        if await desktop.start():
            self.notifier.use_desktop(desktop)

    def on_request_received(self, request: LaunchRequest) -> None:
        log.info("A second launch asked: %s", request)
        if request.quick:
            self.show_quick()
            return
        self.show_window()
        if request.conversation_id is not None:
            self.open_conversation(request.conversation_id)

    def open_conversation(self, conversation_id: int) -> None:
        try:
            self.window.store.get_conversation(conversation_id)
        except LookupError:  # deleted, or never was: the window stays where it is
            log.info("No conversation %d to open", conversation_id)
            return
        self.window.open_conversation(conversation_id)
        # A choice made from outside: remember from now on, even if the first paint (which
        # ends the start's own restoring) has not come yet on a loaded machine.
        self.window.memory.restore()

    def show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_quick(self) -> None:
        if self.quick is None:
            self.quick = make_quick_window(self.window)
            self.quick.destroyed.connect(self._forget_quick)
        self.quick.show()
        self.quick.raise_()
        self.quick.activateWindow()

    def _forget_quick(self) -> None:
        self.quick = None

    def on_new_requested(self) -> None:
        self.show_window()
        self.window.on_new_requested()

    def on_notice_clicked(self, notice: Notice) -> None:
        self.show_window()
        if notice.conversation_id is None:
            self.window.batches.on_batches_requested()
        else:
            self.open_conversation(notice.conversation_id)

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        """An exchange ended: say so with the conversation's title and the reply's first
        words (or what went wrong), unless the user stopped it or Parley is closing."""
        if busy or self._closing:
            return
        window = self.window
        try:
            conversation = window.store.get_conversation(conversation_id)
        except LookupError:  # deleted meanwhile
            return
        title = display_title(conversation)
        problem = window.view_model.problem(conversation_id)
        if problem is not None:
            self.notifier.on_reply_ended(conversation_id, title, problem.text, failed=True)
            return
        messages = window.store.messages(conversation_id)
        last = messages[-1] if messages else None
        if last is None or last.role is not Role.ASSISTANT:
            return  # cancelled before an answer began
        if last.state is MessageState.COMPLETE:
            self.notifier.on_reply_ended(conversation_id, title, last.text, failed=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the event alone: a Hide also comes while the window is being destroyed.
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.tray.set_window_shown(event.type() == QEvent.Type.Show)
        return False

    def close(self) -> None:
        self._closing = True
        self.window.removeEventFilter(self)
        self.server.close()
        self.tray.close()
        desktop = self.notifier.desktop
        if desktop is not None:
            self.notifier.desktop = None
            self._closing_task = asyncio.ensure_future(desktop.close())
