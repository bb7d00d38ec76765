"""The main window: sidebar, chat and composer put together, and the few decisions between them.

It owns which conversation is current and the composer's drafts; the widgets
paint, the view model streams, the store keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.conversation import Conversation, Message, Role
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import ReviewPreset, Settings
from desktop_app.paths import resource
from desktop_app.ui.attachment_style import attachment_style_sheet
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.key_prompt import REFUSED, KeyPrompt
from desktop_app.ui.view_models.attachment_tray_model import TrayDraft
from desktop_app.ui.view_models.chat_view_model import ChatViewModel
from desktop_app.ui.view_models.conversation_list_model import (
    ConversationListModel,
    display_title,
)
from desktop_app.ui.view_models.usage_summary import UsageSummary
from desktop_app.ui.widgets.chat_view import COLUMN_WIDTH, ChatView
from desktop_app.ui.widgets.composer import Composer
from desktop_app.ui.widgets.drop_overlay import DropTarget
from desktop_app.ui.widgets.sidebar import Sidebar

if TYPE_CHECKING:
    from desktop_app.core.attachments import Attachment
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.theme import Theme

CONNECTION_NOTES = {
    ConnectionState.STARTING: "Connecting…",
    ConnectionState.READY: "",
    ConnectionState.NEEDS_KEY: "No API key",
    ConnectionState.BROKEN: "Claude could not be loaded; see the log",
}


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        connection: ClaudeConnection,
        pricing: Pricing,
        settings: Settings,
        settings_path: Path,
        theme: Theme,
    ) -> None:
        super().__init__()
        self.connection = connection
        self.store = connection.store
        self.catalogue = connection.catalogue
        self.pricing = pricing
        self.settings = settings
        self.settings_path = settings_path
        self.current_id: int | None = None
        self.drafts: dict[int | None, str] = {}
        self.draft_system_prompt = ""
        self.setWindowTitle("Parley")
        self.setWindowIcon(QIcon(str(resource("icons", "parley.svg"))))
        self.resize(1180, 780)
        self.view_model = ChatViewModel(connection, self)
        self.list_model = ConversationListModel(self.store, self)
        self.sidebar = Sidebar(self.store, self.list_model, self)
        self.chat = ChatView(self.store, self.view_model, theme.colours, self)
        self.composer = Composer(self)
        self.attachment_drafts: dict[int | None, TrayDraft] = {}
        self.drop_target = DropTarget(self, self.composer.attachments)
        self.key_prompt = KeyPrompt(connection, self)
        self._build_layout()
        self._connect(theme)
        self._add_shortcuts()
        self.on_connection_state_changed()
        recent = self.list_model.rowCount()
        self.open_conversation(self.list_model.conversation_at(0).id if recent else None)

    def _build_layout(self) -> None:
        centre = QWidget(self)
        centre.setObjectName("centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chat, 1)
        holder = QWidget(centre)
        holder.setObjectName("composerHolder")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(24, 6, 24, 16)
        self.composer.setMaximumWidth(COLUMN_WIDTH + 16)
        holder_layout.addStretch(1)
        holder_layout.addWidget(self.composer, 100)
        holder_layout.addStretch(1)
        column.addWidget(holder)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([270, 910])
        splitter.setHandleWidth(1)
        self.setCentralWidget(splitter)
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("usageLabel")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionLabel")
        self.statusBar().addWidget(self.usage_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().setSizeGripEnabled(False)

    def _connect(self, theme: Theme) -> None:
        sidebar, composer, vm = self.sidebar, self.composer, self.view_model
        sidebar.new_requested.connect(self.on_new_requested)
        sidebar.conversation_chosen.connect(self.open_conversation)
        sidebar.conversation_deleted.connect(self.on_conversation_deleted)
        sidebar.conversation_restored.connect(self.on_conversation_restored)
        self.list_model.renamed.connect(self.on_conversation_renamed)
        composer.submitted.connect(self.on_composer_submitted)
        composer.stop_requested.connect(self.on_stop_requested)
        composer.model_chosen.connect(self.on_model_chosen)
        composer.system_prompt_requested.connect(self.on_system_prompt_requested)
        composer.tools_requested.connect(self.on_tools_requested)
        composer.recall_requested.connect(self.on_recall_requested)
        vm.busy_changed.connect(self.on_busy_changed)
        vm.unsent.connect(self.on_unsent)
        vm.retry_scheduled.connect(self.on_retry_scheduled)
        vm.title_changed.connect(self.on_conversation_renamed)
        vm.user_message_added.connect(self.on_activity)
        vm.reply_finished.connect(self.on_activity)
        self.chat.retry_requested.connect(vm.retry)
        self.chat.key_requested.connect(self.on_key_requested)
        self.connection.state_changed.connect(self.on_connection_state_changed)
        self.connection.key_needed.connect(lambda: self.key_prompt.ask())
        self.connection.models_changed.connect(self.refresh_models)
        theme.changed.connect(lambda: self.chat.set_colours(theme.colours))
        self.setStyleSheet(attachment_style_sheet(theme.colours))
        theme.changed.connect(lambda: self.setStyleSheet(attachment_style_sheet(theme.colours)))
        composer.attachments.set_presets(self.settings.review_presets)
        composer.attachments.presets_edit_requested.connect(self.on_presets_edit_requested)
        vm.attachments_unsent.connect(self.on_attachments_unsent)

    def _add_shortcuts(self) -> None:
        bindings: dict[QKeySequence, Callable[[], None]] = {
            QKeySequence(QKeySequence.StandardKey.New): self.on_new_requested,
            QKeySequence("Ctrl+K"): self.sidebar.focus_search,
            QKeySequence("Esc"): self.on_stop_requested,
            QKeySequence("F2"): self.sidebar.list.rename_current,
            QKeySequence("Ctrl+Shift+C"): self.copy_last_reply,
            QKeySequence("Ctrl+End"): self.chat.jump_to_latest,  # where no text box takes it
            QKeySequence("Alt+End"): self.chat.jump_to_latest,
            QKeySequence("Ctrl+L"): self.focus_composer,
            QKeySequence("Ctrl+,"): self.on_tools_requested,
        }
        for sequence, slot in bindings.items():
            QShortcut(sequence, self, slot, context=Qt.ShortcutContext.WindowShortcut)
        # Tab goes around the window in reading order: sidebar, the chat, then the composer.
        order = [
            self.sidebar.new_button,
            self.sidebar.search,
            self.sidebar.list,
            self.chat,
            self.composer.edit,
            self.composer.model_picker,
            self.composer.system_button,
            self.composer.tools_button,
            self.composer.send_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def focus_composer(self) -> None:
        self.composer.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def copy_last_reply(self) -> None:
        """Ctrl+Shift+C: the newest reply's Markdown on the clipboard (as far as it has come)."""
        if self.current_id is None:
            return
        live = self.view_model.live(self.current_id)
        text = live.text() if live is not None and live.streaming else ""
        if not text:
            replies = [m for m in self.store.messages(self.current_id) if m.role is Role.ASSISTANT]
            text = next((m.text for m in reversed(replies) if m.text), "")
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage("Copied the last reply.", 3000)

    def on_recall_requested(self) -> None:
        """Up in an empty composer: the last message sent comes back to be edited and sent."""
        if self.current_id is None or self.view_model.is_busy(self.current_id):
            return
        sent = [m for m in self.store.messages(self.current_id) if m.role is Role.USER and m.text]
        if sent:
            self.composer.set_text(sent[-1].text)

    def open_conversation(self, conversation_id: int | None, focus_message: int = 0) -> None:
        self.drafts[self.current_id] = self.composer.text()
        self.attachment_drafts[self.current_id] = self.composer.attachments.model.park()
        self.current_id = conversation_id
        self.sidebar.select(conversation_id)
        messages = self.store.messages(conversation_id) if conversation_id is not None else []
        self.chat.show_conversation(conversation_id, focus_message or None, messages)
        self.composer.set_text(self.drafts.pop(conversation_id, ""))
        draft = self.attachment_drafts.pop(conversation_id, TrayDraft())
        self.composer.attachments.model.unpark(draft)
        self.composer.attachments.set_new_conversation(conversation_id is None)
        if conversation_id is None:
            self.setWindowTitle("Parley")
            model = self.settings.default_model or self.catalogue.default().id
            self.composer.set_system_prompt_set(bool(self.draft_system_prompt))
        else:
            conversation = self.store.get_conversation(conversation_id)
            self.setWindowTitle(f"{display_title(conversation)} — Parley")
            model = conversation.model
            self.composer.set_system_prompt_set(bool(conversation.system_prompt))
        self.composer.set_models(self.catalogue.selectable, model)
        self.composer.set_busy(
            conversation_id is not None and self.view_model.is_busy(conversation_id)
        )
        self.update_usage(messages)
        self.composer.edit.setFocus()

    def refresh_models(self) -> None:
        self.composer.set_models(self.catalogue.selectable, self.composer.current_model())

    def update_usage(self, messages: list[Message] | None = None) -> None:
        if self.current_id is None:
            self.usage_label.setText("")
            return
        if messages is None:
            messages = self.store.messages(self.current_id)
        summary = UsageSummary.of(messages, self.pricing)
        self.usage_label.setText(summary.text())

    def on_new_requested(self) -> None:
        self.open_conversation(None)

    def on_composer_submitted(self, text: str) -> None:
        if self.current_id is None:
            conversation = self.store.create_conversation(
                self.composer.current_model() or self.catalogue.default().id,
                system_prompt=self.draft_system_prompt,
            )
            self.draft_system_prompt = ""
            self.list_model.put_first(conversation)
            self.current_id = conversation.id
            self.sidebar.select(conversation.id)
            self.chat.show_conversation(conversation.id)
            self.composer.attachments.set_new_conversation(False)
        self.composer.set_text("")
        self.view_model.send(self.current_id, text, self.composer.attachments.model.take())

    def on_stop_requested(self) -> None:
        if self.current_id is not None:
            self.view_model.stop(self.current_id)

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        if conversation_id == self.current_id:
            self.composer.set_busy(busy)
            self.update_usage()

    def on_retry_scheduled(self, conversation_id: int, note: str, delay: float) -> None:
        if conversation_id == self.current_id:  # a quiet wait would look like a hang
            self.statusBar().showMessage(note, int(delay * 1000) + 1500)

    def on_unsent(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.current_id and not self.composer.text().strip():
            self.composer.set_text(text)
        elif conversation_id != self.current_id and not self.drafts.get(conversation_id):
            self.drafts[conversation_id] = text

    def on_attachments_unsent(self, conversation_id: int, attachments: list[Attachment]) -> None:
        model = self.composer.attachments.model
        if conversation_id == self.current_id:
            model.restore(attachments)
        else:
            draft = self.attachment_drafts.get(conversation_id, TrayDraft())
            self.attachment_drafts[conversation_id] = model.restore_parked(draft, attachments)

    def on_presets_edit_requested(self) -> None:
        from desktop_app.ui.dialogs.preset_dialog import PresetDialog  # on demand

        dialog = PresetDialog(self.settings.review_presets, self)
        dialog.accepted.connect(lambda: self.on_presets_accepted(dialog.presets()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_presets_accepted(self, presets: tuple[ReviewPreset, ...]) -> None:
        self.settings = self.settings.with_(review_presets=presets)
        self.composer.attachments.set_presets(presets)
        try:
            self.settings.save(self.settings_path)
        except OSError:
            self.statusBar().showMessage("Settings could not be saved.", 5000)

    def on_activity(self, conversation_id: int, _message: Message) -> None:
        self.list_model.put_first(self.store.get_conversation(conversation_id))
        if conversation_id == self.current_id:
            self.sidebar.select(conversation_id)
            self.update_usage()

    def on_conversation_renamed(self, conversation: Conversation) -> None:
        self.list_model.refresh(conversation)
        if conversation.id == self.current_id:
            self.setWindowTitle(f"{display_title(conversation)} — Parley")

    def on_conversation_deleted(self, conversation_id: int) -> None:
        self.view_model.stop(conversation_id)
        draft = self.attachment_drafts.pop(conversation_id, TrayDraft())
        self.composer.attachments.model.discard(draft)
        if conversation_id == self.current_id:
            self.current_id = None  # its draft goes with it
            self.open_conversation(None)

    def on_conversation_restored(self, conversation_id: int) -> None:
        self.open_conversation(conversation_id)

    def on_model_chosen(self, model_id: str) -> None:
        if self.current_id is not None:
            self.store.update_conversation(self.current_id, model=model_id)
        self.settings = self.settings.with_(default_model=model_id)  # new chats start with it
        try:
            self.settings.save(self.settings_path)
        except OSError:
            self.statusBar().showMessage("Settings could not be saved.", 5000)

    def on_system_prompt_requested(self) -> None:
        from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog  # on demand

        current = self.current_id
        prompt = (
            self.store.get_conversation(current).system_prompt
            if current is not None
            else self.draft_system_prompt
        )
        dialog = SystemPromptDialog(prompt, self)
        dialog.accepted.connect(lambda: self.on_system_prompt_accepted(current, dialog.prompt()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_system_prompt_accepted(self, conversation_id: int | None, prompt: str) -> None:
        if conversation_id is None:
            self.draft_system_prompt = prompt
        else:
            self.store.update_conversation(conversation_id, system_prompt=prompt)
        if conversation_id == self.current_id:
            self.composer.set_system_prompt_set(bool(prompt))

    def on_tools_requested(self) -> None:
        from desktop_app.ui.dialogs.tools_dialog import ToolsDialog  # on demand

        dialog = ToolsDialog(self.settings, self.settings_path, self.connection, self)
        dialog.saved.connect(self.on_tool_settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_tool_settings_saved(self, settings: Settings) -> None:
        self.settings = settings  # later saves (model, presets) keep the tool settings

    def on_key_requested(self, conversation_id: int) -> None:
        problem = self.view_model.problem(conversation_id)
        reason = REFUSED if problem is not None and problem.error is not None else ""

        def after_key() -> None:
            if problem is not None and problem.retryable:
                self.view_model.retry(conversation_id)
            else:
                self.view_model.dismiss_problem(conversation_id)
                if conversation_id == self.current_id:
                    self.chat.reload()

        self.key_prompt.ask(reason, then=after_key)

    def on_connection_state_changed(self) -> None:
        self.connection_label.setText(CONNECTION_NOTES[self.connection.state])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view_model.stop_all()
        self.drafts.clear()
        super().closeEvent(event)
        self.closed.emit()
