"""What the main window does for Message Batches: follows the jobs, opens the Batches view and
the New batch dialog, puts results in the conversation list and says when a job ends.

It gets the few collaborators it needs; the main window only makes it and binds a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.paths import database_path, settings_path
from desktop_app.ui.batch_follower import BatchFollower
from desktop_app.ui.notifier import Notifier
from desktop_app.ui.theme import LIGHT

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.view_models.batch_sources import BatchOrder
    from desktop_app.ui.view_models.conversation_list_model import ConversationListModel


class BatchActions(QObject):
    def __init__(
        self,
        connection: ClaudeConnection,
        pricing: Pricing,
        conversations: ConversationListModel,
        status_bar: QStatusBar,
        open_conversation: Callable[[int], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.connection = connection
        self.pricing = pricing
        self.conversations = conversations
        self.open_conversation = open_conversation
        self.window = window
        self.accent: Callable[[], str] = lambda: LIGHT.accent  # the progress bars' colour
        self.follower = BatchFollower(connection, pricing, database_path(), self)
        self.notifier = Notifier(status_bar, self)  # replies too (ui/desktop_integration.py)
        self.follower.job_finished.connect(self.notifier.on_job_finished)
        self.follower.conversations_added.connect(self.on_conversations_added)

    def on_batches_requested(self) -> None:
        from desktop_app.ui.dialogs.batches_window import BatchesWindow  # on demand

        window = self.window.findChild(BatchesWindow)
        if window is None:
            window = BatchesWindow(
                self.follower,
                self.connection.store,
                self.window,
                model_name=self._model_name,
                accent=self.accent,
            )
            window.conversation_chosen.connect(self.open_conversation)
            window.new_batch_requested.connect(self.on_new_batch_requested)
            window.finished.connect(window.deleteLater)
        window.show()
        window.raise_()
        window.activateWindow()

    def _model_name(self, model_id: str) -> str:
        model = self.connection.catalogue.get(model_id)
        return model.display_name if model is not None else model_id

    def on_new_batch_requested(self) -> None:
        from desktop_app.ui.dialogs.new_batch_dialog import NewBatchDialog  # on demand

        connection = self.connection
        dialog = NewBatchDialog(
            connection.catalogue,
            self.pricing,
            Settings.load(settings_path()),
            connection.attachment_store,
            self.window,
        )
        dialog.submitted.connect(self.on_batch_ordered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_batch_ordered(self, order: BatchOrder) -> None:
        self.follower.submit(order.plan, **order.job())
        self.on_batches_requested()  # the new job's row shows at once

    def on_conversations_added(self, conversation_ids: list[int]) -> None:
        store = self.connection.store
        for conversation_id in conversation_ids:
            self.conversations.put_first(store.get_conversation(conversation_id))
