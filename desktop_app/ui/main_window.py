"""The main window: sidebar, chat and composer put together, and the few decisions between them.

It owns which conversation is current; the widgets paint, the view model streams,
the store keeps. Its helpers hold the rest: Drafts (unsent text and files),
MessageCommands (edit, regenerate, delete), ConversationOptions (model, prompt,
thinking, settings).

It is built in three parts, so that it paints before most of its modules load: the frame
(the list and the composer, all the first paint needs), then its workings (Claude's
connection, the chat, the helpers that edit and remember; `attach`), then what watches,
counts and follows (`finish_start`). Started as Parley starts, the last two come after
the first paint; a user action that needs them builds them at once.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

from desktop_app.core.conversation import Conversation, Message
from desktop_app.core.settings import Settings
from desktop_app.paths import database_path, view_state_path
from desktop_app.ui.view_models.conversation_list_model import window_title
from desktop_app.ui.window_frame import WindowFrame

if TYPE_CHECKING:
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.pricing import Pricing
    from desktop_app.core.view_state import ViewState
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.ui.batch_actions import BatchActions
    from desktop_app.ui.budget_guard import BudgetGuard
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.context_watch import ContextWatch
    from desktop_app.ui.conversation_options import ConversationOptions
    from desktop_app.ui.drafts import Drafts
    from desktop_app.ui.key_prompt import KeyPrompt
    from desktop_app.ui.message_commands import MessageCommands
    from desktop_app.ui.outside_changes import OutsideChanges
    from desktop_app.ui.tab_order import TabOrder
    from desktop_app.ui.theme import Theme
    from desktop_app.ui.view_memory import ViewMemory
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.widgets.chat_view import ChatView
    from desktop_app.ui.widgets.drop_overlay import DropTarget
    from desktop_app.ui.window_menus import WindowMenus

    Connect = Callable[[], tuple[ClaudeConnection, Pricing]]

log = logging.getLogger(__name__)


class MainWindow(WindowFrame):
    ATTACH_PARTS = 3  # see attach_step()

    def __init__(
        self,
        store: SqliteConversationStore,
        settings: Settings,
        settings_path: Path,
        theme: Theme,
        connect: Connect,
        *,
        first_paint_only: bool = False,
    ) -> None:
        """`connect` makes Claude's connection and the prices, when the workings attach. With
        `first_paint_only` the window holds the list and the composer (enough to paint and
        type); `attach()` and `finish_start()` add the rest after the paint."""
        super().__init__(store, theme)
        self.current_id: int | None = None
        self._settings, self._settings_path = settings, settings_path
        self._connect_claude = connect
        self._theme = theme
        # Made by attach(): Claude's side, the chat, and the helpers that edit and remember.
        self.connection: ClaudeConnection
        self.catalogue: ModelCatalogue
        self.pricing: Pricing
        self.view_model: ChatViewModel
        self.chat: ChatView
        self.drafts: Drafts  # typed or attached, not yet sent
        self.key_prompt: KeyPrompt
        self.commands: MessageCommands  # edit, regenerate, delete, copy
        self.options: ConversationOptions  # model, prompt…
        self.memory: ViewMemory  # the open conversation and its scroll place, kept
        self.tab_order: TabOrder  # menus: keys
        # attach() in parts: the start runs one per turn of the event loop.
        self._attach_parts = deque(
            [self._attach_connection, self._attach_chat, self._attach_helpers]
        )
        self._start_connection = False
        # Made by finish_start(): what watches, counts and follows rather than paints.
        self.drop_target: DropTarget  # its filter on the window would see every start-up event
        self.outside: OutsideChanges
        self.budget: BudgetGuard
        self.batches: BatchActions
        self.context: ContextWatch
        self.menus: WindowMenus  # the menu bar, holding every shortcut
        self._finished = False
        self._connect_frame()
        if first_paint_only:
            self.composer.edit.setFocus()
        else:
            self.finish_start()

    @property
    def attached(self) -> bool:
        """Whether the workings are in (after the first paint, as Parley starts)."""
        return not self._attach_parts

    def attach(self) -> None:
        """Claude's connection, the chat and the helpers that edit and remember (see the
        module's docstring); their modules load now."""
        while self.attach_step():
            pass

    def attach_step(self) -> bool:
        """One of attach()'s ATTACH_PARTS (for the start's steps, a turn of the loop each);
        whether there was one left."""
        if not self._attach_parts:
            return False
        self._attach_parts.popleft()()
        return True

    def _attach_connection(self) -> None:
        from desktop_app.ui.view_models.chat_view_model import ChatViewModel
        from desktop_app.ui.widgets.status_line import StatusLine

        connection, self.pricing = self._connect_claude()
        self.connection = connection
        self.catalogue = connection.catalogue
        self.view_model = ChatViewModel(connection, self)
        status = StatusLine(self.statusBar(), connection)
        status.usage_requested.connect(self.on_usage_requested)
        status.batches_requested.connect(self.on_batches_requested)
        self.usage_label = status.usage_label

    def _attach_chat(self) -> None:
        from desktop_app.ui.view_models.message_actions import ReplyDescriber
        from desktop_app.ui.widgets.chat_view import ChatView

        self.composer.add_controls()
        describe = ReplyDescriber(self.pricing, self.model_name)
        self.chat = ChatView(self.store, self.view_model, self._theme.colours, describe, self)
        self.centre.set_chat(self.chat)

    def _attach_helpers(self) -> None:
        from desktop_app.ui.conversation_options import ConversationOptions
        from desktop_app.ui.drafts import Drafts
        from desktop_app.ui.key_prompt import KeyPrompt
        from desktop_app.ui.message_commands import MessageCommands
        from desktop_app.ui.tab_order import TabOrder
        from desktop_app.ui.view_memory import ViewMemory

        self.drafts = Drafts(self.composer, self)
        self.key_prompt = KeyPrompt(self.connection, self)
        self.commands = MessageCommands(self)
        self.options = ConversationOptions(self, self._settings, self._settings_path)
        self.memory = ViewMemory(self.chat, lambda: self.current_id, view_state_path(), self)
        self._connect_workings(self._theme)
        self.tab_order = TabOrder(self.sidebar, self.chat, self.composer, self)
        if self._start_connection:
            self.connection.start()

    def start_connection(self) -> None:
        """Claude's connection starts (the SDK loads on its thread); before `attach`, as soon
        as it is made."""
        if self.attached:
            self.connection.start()
        else:
            self._start_connection = True

    def finish_start(self, *, open_recent: bool = True) -> None:
        """Add the helpers the first paint did without, then show the last conversation
        (unless the caller does it later, once the renderer has loaded)."""
        if self._finished:
            return
        self.attach()
        self._finished = True
        from desktop_app.ui.batch_actions import BatchActions
        from desktop_app.ui.budget_guard import BudgetGuard
        from desktop_app.ui.context_watch import ContextWatch
        from desktop_app.ui.conversation_finder import ConversationFinder
        from desktop_app.ui.outside_changes import OutsideChanges
        from desktop_app.ui.search_index_builder import SearchIndexBuilder
        from desktop_app.ui.widgets.drop_overlay import DropTarget
        from desktop_app.ui.widgets.find_bar import FindBar

        theme, connection = self._theme, self.connection
        self.drop_target = DropTarget(self, self.composer.attachments)
        self.composer.attachments.watch_prompt()
        self.outside = OutsideChanges(self)  # what `parley ask` wrote meanwhile
        # Older histories get their short-query index built after start-up, in steps.
        self.search_index = SearchIndexBuilder(database_path(), self.statusBar(), self)
        self.budget = BudgetGuard(connection.ledger, self.options, theme.colours, self)
        self.batches = BatchActions(
            connection,
            self.pricing,
            self.list_model,
            self.statusBar(),
            self.open_conversation,
            self,
        )
        self.batches.accent = lambda: self.chat.colours.accent  # the theme's, as it is now
        # The next send's cost and the context window's fill, under the message box.
        self.context = ContextWatch(self, self, theme, lambda: self.commands.editing)
        self.centre.add_banner(self.budget.banner)  # between the chat and the composer
        self.finder = ConversationFinder(self.chat, self.store, FindBar(self))  # Ctrl+F
        self.centre.add_banner(self.finder.bar)
        self.view_model.busy_changed.connect(self.budget.refresh)
        self.budget.refresh()
        self._add_menus(theme)
        if open_recent:
            self.open_recent()

    def _add_menus(self, theme: Theme) -> None:
        """The menu bar (with every shortcut) and the live effect of a changed setting."""
        from desktop_app.ui.settings.settings_applier import SettingsApplier
        from desktop_app.ui.window_menus import WindowMenus

        current = lambda: self.current_id  # noqa: E731
        SettingsApplier(self.options, theme, self.connection, self.composer, current)
        self.options.settings_changed.connect(self.budget.refresh)
        self.menus = WindowMenus(self)
        from desktop_app.ui.archive_actions import ArchiveActions

        self.archive = ArchiveActions(self.statusBar(), self)  # File ▸ Export…, Import…
        self.menus.export_requested.connect(lambda: self.archive.export_all(self))
        self.menus.import_requested.connect(lambda: self.archive.import_archive(self))

    def open_recent(self, *, in_slices: bool = False) -> None:
        """The conversation open at the last close, scrolled where it was (else the newest),
        built `in_slices` once the window has painted; what was typed meanwhile stays put."""
        typed = self.composer.text() if self.current_id is None else ""
        chosen = self.memory.conversation_to_open(
            lambda cid: self.list_model.row_of(cid) is not None
        )
        if not self.settings.reopen_last:  # the settings ask for a new chat at each start
            self.open_conversation(None)
            return
        if chosen is None and self.list_model.rowCount():
            chosen = self.list_model.conversation_at(0).id
        self.open_conversation(chosen, saved=self.memory.state if in_slices else None)
        self.memory.restore_after_first_paint()
        if typed and not self.composer.text():
            self.drafts.discard(None)  # it moves with the text, not left behind for "New"
            self.composer.set_text(typed)

    def _connect_frame(self) -> None:
        sidebar, composer = self.sidebar, self.composer
        sidebar.new_requested.connect(self.on_new_requested)
        sidebar.conversation_chosen.connect(self.on_conversation_chosen)
        sidebar.conversation_deleted.connect(self.on_conversation_deleted)
        sidebar.conversation_restored.connect(self.on_conversation_restored)
        self.list_model.renamed.connect(self.on_conversation_renamed)
        composer.submitted.connect(self.on_composer_submitted)
        composer.stop_requested.connect(self.on_stop_requested)

    def _connect_workings(self, theme: Theme) -> None:
        vm = self.view_model
        self.sidebar.project_chosen.connect(self.options.set_project)
        vm.busy_changed.connect(self.on_busy_changed)
        vm.unsent.connect(self.drafts.on_unsent)
        vm.retry_scheduled.connect(self.on_retry_scheduled)
        vm.title_changed.connect(self.on_conversation_renamed)
        vm.user_message_added.connect(self.on_activity)
        vm.reply_finished.connect(self.on_activity)
        self.chat.retry_requested.connect(vm.retry)
        self.chat.key_requested.connect(self.on_key_requested)
        self.connection.key_needed.connect(lambda: self.key_prompt.ask())
        self.connection.models_changed.connect(self.refresh_models)
        theme.changed.connect(lambda: self.chat.set_colours(theme.colours))
        vm.attachments_unsent.connect(self.drafts.on_attachments_unsent)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached:
            self.memory.save_now()
            # Parley closing, not the user's Stop: a reply being written is kept as interrupted.
            self.view_model.interrupt_all()
            self.drafts.clear()
        if self._finished:
            self.context.stop()
            self.context.coster.stop()
            self.search_index.stop()
        self.sidebar.stop_search()
        super().closeEvent(event)
        self.closed.emit()
