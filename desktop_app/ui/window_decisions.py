"""What the main window does when the user acts: open, send, stop, delete, rename; which
conversation is current, and what follows from that across the list, the chat and the composer.

MainWindow builds the parts these work with, in stages (see main_window.py); a decision
that needs a part not built yet has it built first (`attach`, `finish_start`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop_app.core.conversation import Conversation, Message
from desktop_app.core.settings import Settings
from desktop_app.ui.view_models.conversation_list_model import window_title
from desktop_app.ui.window_frame import WindowFrame

if TYPE_CHECKING:
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.pricing import Pricing
    from desktop_app.core.view_state import ViewState
    from desktop_app.ui.batch_actions import BatchActions
    from desktop_app.ui.budget_guard import BudgetGuard
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.context_watch import ContextWatch
    from desktop_app.ui.conversation_options import ConversationOptions
    from desktop_app.ui.drafts import Drafts
    from desktop_app.ui.key_prompt import KeyPrompt
    from desktop_app.ui.message_commands import MessageCommands
    from desktop_app.ui.view_memory import ViewMemory
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.widgets.chat_view import ChatView

log = logging.getLogger(__name__)


class WindowDecisions(WindowFrame):
    # The parts decided with, made by MainWindow: by attach() ...
    current_id: int | None
    connection: ClaudeConnection
    catalogue: ModelCatalogue
    pricing: Pricing
    view_model: ChatViewModel
    chat: ChatView
    drafts: Drafts  # typed or attached, not yet sent
    key_prompt: KeyPrompt
    commands: MessageCommands  # edit, regenerate, delete, copy
    options: ConversationOptions  # model, prompt…
    memory: ViewMemory  # the open conversation and its scroll place, kept
    _settings: Settings  # as the window was built, until the options hold them
    # ... and by finish_start().
    budget: BudgetGuard
    batches: BatchActions
    context: ContextWatch

    @property
    def attached(self) -> bool:
        raise NotImplementedError

    def attach(self) -> None:
        raise NotImplementedError

    def finish_start(self, *, open_recent: bool = True) -> None:
        raise NotImplementedError

    def model_name(self, model_id: str) -> str:
        model = self.catalogue.get(model_id)
        return model.display_name if model is not None else model_id

    def open_conversation(
        self, conversation_id: int | None, focus_message: int = 0, *, saved: ViewState | None = None
    ) -> None:
        self.finish_start(open_recent=False)  # chosen before start-up's last steps: now
        if conversation_id is not None and focus_message:
            self.store.show_branch(focus_message)  # a search hit may sit on another branch
        self.commands.cancel_edit()
        self.drafts.switch(conversation_id)
        self.current_id = conversation_id
        self.sidebar.select(conversation_id)
        messages = self.store.messages(conversation_id) if conversation_id is not None else []
        self.chat.show_conversation(conversation_id, focus_message or None, messages, saved=saved)
        self.composer.attachments.set_new_conversation(conversation_id is None)
        conversation = None
        if conversation_id is not None:
            conversation = self.store.get_conversation(conversation_id)
        self.setWindowTitle(window_title(conversation))
        self.options.show(conversation)
        self.composer.set_busy(
            conversation_id is not None and self.view_model.is_busy(conversation_id)
        )
        self.update_usage(messages)
        self.context.refresh(messages)  # read once for the chat, the usage and the fill
        if not self.sidebar.list.hasFocus():  # chosen in the list: arrows and Del stay there
            self.composer.edit.setFocus()
        self.memory.remember()

    def on_conversation_chosen(self, conversation_id: int, focus_message: int) -> None:
        """Chosen in the list: at its end, built in slices (a search hit: at the hit, at once)."""
        from desktop_app.core.view_state import ViewState  # loaded by attach() already

        saved = None if focus_message else ViewState(conversation_id)
        self.open_conversation(conversation_id, focus_message, saved=saved)

    @property
    def settings(self) -> Settings:
        return self.options.settings if self.attached else self._settings

    def refresh_models(self) -> None:
        self.options.refresh_models()
        self.sidebar.organising.models = [m.id for m in self.catalogue.selectable]

    def update_usage(self, messages: list[Message] | None = None) -> None:
        if self.current_id is None:
            self.usage_label.setText("")
            return
        from desktop_app.ui.view_models.usage_summary import UsageSummary  # with a conversation

        messages = self.store.messages(self.current_id) if messages is None else messages
        spending = self.store.spending(self.current_id)
        self.usage_label.setText(UsageSummary.of(messages, self.pricing, spending).text())

    def on_new_requested(self) -> None:
        self.open_conversation(None)
        self.focus_composer()  # even from the list: a new chat is for writing

    def on_composer_submitted(self, text: str) -> None:
        self.finish_start(open_recent=False)  # sent before start-up's last steps: now
        if not self.budget.may_send():
            return
        if self.commands.submit(text):
            return
        if self.current_id is None:
            conversation = self.options.create_conversation(
                self.composer.current_model() or self.catalogue.default().id
            )
            self.list_model.put_first(conversation)
            self.current_id = conversation.id
            self.drafts.adopt(conversation.id)
            self.sidebar.select(conversation.id)
            self.chat.show_conversation(conversation.id)
            self.composer.attachments.set_new_conversation(False)
        self.composer.set_text("")
        self.view_model.send(self.current_id, text, self.composer.attachments.model.take())

    def on_batches_requested(self) -> None:
        self.finish_start(open_recent=False)
        self.batches.on_batches_requested()

    def on_usage_requested(self) -> None:
        self.finish_start(open_recent=False)
        from desktop_app.ui.dialogs.usage_window import UsageWindow  # on demand

        window, ledger = self.findChild(UsageWindow), self.connection.ledger
        if window is None and ledger is not None:
            budget, colours = self.settings.monthly_budget_usd, self.chat.colours
            window = UsageWindow(ledger, budget, colours, self, model_name=self.model_name)
            window.budget_changed.connect(self.budget.set_budget)
            self.view_model.busy_changed.connect(window.refresh)  # a reply ended: new figures
            window.finished.connect(window.deleteLater)
        if window is not None:  # not modal: the chat goes on beside it
            window.show()
            window.raise_()
            window.activateWindow()

    def on_stop_requested(self) -> None:
        """Esc: stop the reply; with none running, leave an edit."""
        if not self.attached:  # neither can have begun
            return
        if self.current_id is not None and self.view_model.is_busy(self.current_id):
            self.view_model.stop(self.current_id)
        else:
            self.commands.cancel_edit()

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        if conversation_id == self.current_id:
            self.composer.set_busy(busy)
            self.update_usage()

    def on_retry_scheduled(self, conversation_id: int, note: str, delay: float) -> None:
        if conversation_id == self.current_id:  # a quiet wait would look like a hang
            self.statusBar().showMessage(note, int(delay * 1000) + 1500)

    def on_activity(self, conversation_id: int, _message: Message) -> None:
        self.list_model.put_first(self.store.get_conversation(conversation_id))
        if conversation_id == self.current_id:
            self.sidebar.select(conversation_id)
            self.update_usage()

    def on_conversation_renamed(self, conversation: Conversation) -> None:
        self.list_model.refresh(conversation)
        if conversation.id == self.current_id:
            self.setWindowTitle(window_title(conversation))

    def on_conversation_deleted(self, conversation_id: int) -> None:
        self.attach()
        self.view_model.stop(conversation_id)
        self.drafts.discard(conversation_id)
        if conversation_id == self.current_id:
            self.current_id = self.drafts.shown = None  # its draft goes with it
            self.open_conversation(None)

    def on_conversation_restored(self, conversation_id: int) -> None:
        self.open_conversation(conversation_id)

    def on_key_requested(self, conversation_id: int) -> None:
        from desktop_app.ui.key_prompt import refused_text  # loaded by attach() already

        card = self.chat.error_card  # after a restart, the problem is the stored reply's
        problem = self.view_model.problem(conversation_id) or (card.problem if card else None)
        reason = refused_text() if problem is not None and problem.error is not None else ""

        def after_key() -> None:
            if problem is not None and problem.retryable:
                self.view_model.retry(conversation_id)
            else:
                self.view_model.dismiss_problem(conversation_id)
                if conversation_id == self.current_id:
                    self.chat.reload()

        self.key_prompt.ask(reason, then=after_key)

    def on_signal_received(self, number: int) -> None:
        log.info("Signal %d received: closing", number)
        self.close()
