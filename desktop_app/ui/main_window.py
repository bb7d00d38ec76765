"""The main window: sidebar, chat and composer put together, in stages, and its lifetime.

The widgets paint, the view model streams, the store keeps; what the window decides when
the user acts is WindowDecisions'. Its helpers hold the rest: Drafts (unsent text and
files), MessageCommands (edit, regenerate, delete), ConversationOptions (model, prompt,
thinking, settings).

It is built in three stages, so that it paints before most of its modules load: the frame
(the list and the composer, all the first paint needs: WindowFrame), then its workings
(Claude's connection, the chat, the helpers that edit and remember; `attach`, in parts),
then what watches, counts and follows (`finish_start`). Started as Parley starts, the last
two come after the first paint, a turn of the event loop per part; a user action that
needs them builds them at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

from desktop_app.core.settings import Settings
from desktop_app.paths import database_path, view_state_path
from desktop_app.ui.window_decisions import WindowDecisions

if TYPE_CHECKING:
    from desktop_app.core.pricing import Pricing
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.outside_changes import OutsideChanges
    from desktop_app.ui.tab_order import TabOrder
    from desktop_app.ui.theme import Theme
    from desktop_app.ui.widgets.drop_overlay import DropTarget
    from desktop_app.ui.window_menus import WindowMenus

    Connect = Callable[[], tuple[ClaudeConnection, Pricing]]


class MainWindow(WindowDecisions):
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
        # Made by attach() (see WindowDecisions for the others).
        self.tab_order: TabOrder  # menus: keys
        # attach() in parts: the start runs one per turn of the event loop.
        self._attach_parts = deque(
            [self._attach_connection, self._attach_chat, self._attach_helpers]
        )
        self._attached = False  # all parts made (while the last one runs, not yet)
        self._start_connection = False
        # Made by finish_start(): what watches, counts and follows rather than paints.
        self.drop_target: DropTarget  # its filter on the window would see every start-up event
        self.outside: OutsideChanges
        self.menus: WindowMenus  # the menu bar, holding every shortcut
        self._finish_parts = deque([self._add_watchers, self._add_menus])  # a turn each
        self._watching = False
        self._connect_frame()
        if first_paint_only:
            self.composer.edit.setFocus()
        else:
            self.finish_start()

    @property
    def attached(self) -> bool:
        """Whether the workings are in (after the first paint, as Parley starts)."""
        return self._attached

    def attach(self) -> None:
        """Claude's connection, the chat and the helpers that edit and remember (see the
        module's docstring); their modules load now."""
        while self.attach_step():
            pass

    @property
    def parts_left(self) -> tuple[int, int]:
        """How many of attach()'s parts and of finish_start()'s are still to run, each a step
        (`attach_step`, `finish_step`) that the start gives a turn of its own."""
        return len(self._attach_parts), len(self._finish_parts)

    def attach_step(self) -> bool:
        """The next of attach()'s parts; whether there was one left."""
        if not self._attach_parts:
            return False
        self._attach_parts.popleft()()
        self._attached = not self._attach_parts
        return True

    def _attach_connection(self) -> None:
        from desktop_app.ui.view_models.chat_view_model import ChatViewModel

        connection, self.pricing = self._connect_claude()
        self.connection = connection
        self.catalogue = connection.catalogue
        self.view_model = ChatViewModel(connection, self)
        self.status_line.watch(connection)

    def _attach_chat(self) -> None:
        from desktop_app.ui.view_models.message_actions import ReplyDescriber
        from desktop_app.ui.widgets.chat_view import ChatView

        self.composer.add_controls()
        self.sidebar.add_clear_button()
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
        if not self._finish_parts:
            return
        while self.finish_step():
            pass
        if open_recent:
            self.open_recent()

    def finish_step(self) -> bool:
        """The next of finish_start()'s parts (the watchers, then the menus), the workings
        first; whether there was one left."""
        self.attach()
        if not self._finish_parts:
            return False
        self._finish_parts.popleft()()
        return True

    def _add_watchers(self) -> None:
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
        self._watching = True

    def _add_menus(self) -> None:
        """The menu bar (with every shortcut) and the live effect of a changed setting."""
        from desktop_app.ui.settings.settings_applier import SettingsApplier
        from desktop_app.ui.window_menus import WindowMenus

        current = lambda: self.current_id  # noqa: E731
        SettingsApplier(self.options, self._theme, self.connection, self.composer, current)
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
        self.status_line.usage_requested.connect(self.on_usage_requested)
        self.status_line.batches_requested.connect(self.on_batches_requested)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached:
            self.memory.save_now()
            # Parley closing, not the user's Stop: a reply being written is kept as interrupted.
            self.view_model.interrupt_all()
            self.drafts.clear()
        if self._watching:
            self.context.stop()
            self.context.coster.stop()
            self.search_index.stop()
        self.sidebar.stop_search()
        super().closeEvent(event)
        self.closed.emit()
