"""The conversations in the sidebar, newest activity first, renamed in place through the store."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.conversation import Conversation

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore

UNTITLED = "New conversation"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def display_title(conversation: Conversation) -> str:
    return conversation.title or UNTITLED


def relative_time(timestamp: float, now: float | None = None) -> str:
    """A short, calm age: "now", "5 min", "3 h", "yesterday", or the date."""
    seconds = (now if now is not None else time.time()) - timestamp
    if seconds < 60:
        return "now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    if seconds < 2 * 86400:
        return "yesterday"
    return time.strftime("%Y-%m-%d", time.localtime(timestamp))


class ConversationListModel(QAbstractListModel):
    renamed = Signal(object)  # Conversation

    def __init__(self, store: ConversationStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._items: list[Conversation] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = self._store.list_conversations()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_title(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.title
        if role == ID_ROLE:
            return item.id
        if role == WHEN_ROLE:
            return relative_time(item.updated_at)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = " ".join(str(value).split())
        item = self._items[index.row()]
        if not title or title == item.title:
            return False
        updated = self._store.update_conversation(item.id, title=title)
        self._items[index.row()] = updated
        self.dataChanged.emit(index, index)
        self.renamed.emit(updated)
        return True

    def conversation_at(self, row: int) -> Conversation:
        return self._items[row]

    def row_of(self, conversation_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == conversation_id:
                return row
        return None

    def put_first(self, conversation: Conversation) -> None:
        """Insert or refresh a conversation and move it to the top (it just had activity)."""
        row = self.row_of(conversation.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._items.insert(0, conversation)
            self.endInsertRows()
            return
        if row > 0:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._items.insert(0, self._items.pop(row))
            self.endMoveRows()
        self._items[0] = conversation
        top = self.index(0)
        self.dataChanged.emit(top, top)

    def refresh(self, conversation: Conversation) -> None:
        """New title or model, same place in the list."""
        row = self.row_of(conversation.id)
        if row is not None:
            self._items[row] = conversation
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove(self, conversation_id: int) -> None:
        row = self.row_of(conversation_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
