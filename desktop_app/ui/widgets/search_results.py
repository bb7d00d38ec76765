"""Search hits in the sidebar: the conversation's title and a snippet around the match."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QWidget

from desktop_app.core.conversation import SearchHit
from desktop_app.ui.view_models.conversation_list_model import UNTITLED
from desktop_app.ui.widgets.row_delegate import RowDelegate

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 2
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 3


class SearchResults(QListWidget):
    hit_chosen = Signal(int, int)  # conversation id, message id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(RowDelegate(SNIPPET_ROLE, beneath=True, parent=self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self.on_item_activated)
        self.itemActivated.connect(self.on_item_activated)

    def show_hits(self, hits: list[SearchHit]) -> None:
        """Replace the list with `hits` (the first page), or say there are none."""
        self.clear()
        self.add_hits(hits)
        if not hits:
            item = QListWidgetItem(self.tr("No matches"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(SNIPPET_ROLE, "Try fewer or different words")
            self.addItem(item)

    def add_hits(self, hits: list[SearchHit]) -> None:
        """Append the next page of hits, found after the ones shown."""
        for hit in hits:
            item = QListWidgetItem(hit.title or UNTITLED)
            item.setData(SNIPPET_ROLE, " ".join(hit.snippet.split()))
            item.setData(CONVERSATION_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            item.setToolTip(hit.snippet)
            self.addItem(item)

    def choose_first(self) -> None:
        first = self.item(0)
        if first is not None and first.data(CONVERSATION_ROLE) is not None:
            self.on_item_activated(first)

    def on_item_activated(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(CONVERSATION_ROLE)
        if conversation_id is not None:
            self.hit_chosen.emit(int(conversation_id), int(item.data(MESSAGE_ROLE) or 0))
