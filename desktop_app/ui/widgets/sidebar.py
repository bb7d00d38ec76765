"""The left column: New, search as you type, the project folders, the conversation list, and
undo for deletions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.organiser import SqliteOrganiser
from desktop_app.ui.background_search import BackgroundSearch
from desktop_app.ui.organising import Organising
from desktop_app.ui.view_models.conversation_list_model import (
    ConversationListModel,
    display_title,
)
from desktop_app.ui.widgets.conversation_list import ConversationList
from desktop_app.ui.widgets.folder_list import Folders
from desktop_app.ui.widgets.search_results import SearchResults
from desktop_app.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.core.conversation import SearchHit
    from desktop_app.core.ports import ConversationStore

SEARCH_DELAY_MS = 150


class SearchBox(QLineEdit):
    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        # Esc here clears the search; without this the window's Esc (Stop) would take it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class Sidebar(QFrame):
    new_requested = Signal()
    conversation_chosen = Signal(int, int)  # conversation id, message id to show (0: none)
    conversation_deleted = Signal(int)
    conversation_restored = Signal(int)
    typing_started = Signal()  # keys typed in the list: they belong in the composer
    project_chosen = Signal(object)  # the Project shown (new chats are filed there), or None

    def __init__(
        self,
        store: ConversationStore,
        model: ConversationListModel,
        database: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.store = store
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(10)
        header = QHBoxLayout()
        name = QLabel("Parley", self)
        name.setObjectName("appName")
        self.new_button = QPushButton(self.tr("New chat"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("New conversation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        header.addWidget(name, 1)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.search = SearchBox(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setPlaceholderText(self.tr("Search  (Ctrl+K)"))
        # Its clear button comes after the first paint (add_clear_button): its icon costs
        # ~4-6 ms to load. (A 0 ms timer is not enough: on X11 it runs before the paint.)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.search.escaped.connect(self.clear_search)
        layout.addWidget(self.search)
        self.folders = Folders(self)
        layout.addWidget(self.folders)
        self.list = ConversationList(model, self)
        self.list.chosen.connect(lambda cid: self.conversation_chosen.emit(cid, 0))
        self.list.delete_requested.connect(self.on_delete_requested)
        self.list.typing_started.connect(self.typing_started)
        self.results = SearchResults(self)
        self.results.hit_chosen.connect(self.conversation_chosen)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.results)
        layout.addWidget(self.stack, 1)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        self.organiser = SqliteOrganiser(database)
        self.organising = Organising(self.organiser, store, model, self.folders, self.list, self)
        self.organising.project_chosen.connect(self.project_chosen)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.background = BackgroundSearch(database, self)
        self.background.hits_found.connect(self.on_hits_found)
        self.background.search_finished.connect(self.on_search_finished)
        self._awaiting_first_page = False
        self._choose_first = False  # Enter came before the hits

    def add_clear_button(self) -> None:
        self.search.setClearButtonEnabled(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        self.background.cancel()
        self.search.clear()
        self.stack.setCurrentWidget(self.list)
        self.list.setFocus()

    def select(self, conversation_id: int | None) -> None:
        self.list.select(conversation_id)

    def delete(self, *conversation_ids: int) -> None:
        """Hide the conversations at once; Undo brings them back for a few seconds."""
        if not conversation_ids:
            return
        first = self.store.get_conversation(conversation_ids[0])
        for conversation_id in conversation_ids:
            self.store.delete_conversation(conversation_id)
            self.model.remove(conversation_id)
            self.conversation_deleted.emit(conversation_id)
        if len(conversation_ids) == 1:
            sentence, name = self.tr("Deleted “%1”"), display_title(first)
        else:
            sentence, name = self.tr("Deleted %n conversations", "", len(conversation_ids)), ""
        self.undo_bar.offer(sentence, lambda: self.restore(*conversation_ids), name=name)

    def restore(self, *conversation_ids: int) -> None:
        for conversation_id in conversation_ids:
            self.store.restore_conversation(conversation_id)
        self.model.reload()
        self.conversation_restored.emit(conversation_ids[0])

    def on_delete_requested(self, conversation_ids: list[int]) -> None:
        self.delete(*conversation_ids)

    def on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self.background.cancel()
            self.stack.setCurrentWidget(self.list)
            return
        self._debounce.start()

    def run_search(self) -> None:
        """Start the search on the worker; the hits shown stay until the new ones come."""
        query = self.search.text().strip()
        if not query:
            return
        self._awaiting_first_page = True
        self._choose_first = False
        self.background.start(query)

    def stop_search(self) -> None:
        self.background.stop()

    def on_hits_found(self, hits: list[SearchHit]) -> None:
        if self._awaiting_first_page:
            self._awaiting_first_page = False
            self.results.show_hits(hits)
            self.stack.setCurrentWidget(self.results)
            if self._choose_first:
                self._choose_first = False
                self.results.choose_first()
        else:
            self.results.add_hits(hits)

    def on_search_finished(self, found: bool) -> None:
        if not found:
            self._awaiting_first_page = False
            self._choose_first = False
            self.results.show_hits([])
            self.stack.setCurrentWidget(self.results)

    def on_search_return_pressed(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.run_search()
        if self._awaiting_first_page:
            self._choose_first = True
        else:
            self.results.choose_first()
