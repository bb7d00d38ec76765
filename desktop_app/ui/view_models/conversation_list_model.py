"""The conversations in the sidebar, newest activity first, renamed in place through the store.

Read a page at a time as the list scrolls (`canFetchMore`/`fetchMore`), so twenty thousand
conversations open as fast as twenty; changes made elsewhere move or drop only their rows.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.conversation import Conversation
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore

UNTITLED = QT_TRANSLATE_NOOP("ConversationList", "New conversation")
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def display_title(conversation: Conversation) -> str:
    return conversation.title or QCoreApplication.translate("ConversationList", UNTITLED)


def window_title(conversation: Conversation | None) -> str:
    """The main window's title: the open conversation's, then the app's name."""
    if conversation is None:
        return "Parley"
    return QCoreApplication.translate("MainWindow", "{title} — Parley").format(
        title=display_title(conversation)
    )


def relative_time(timestamp: float, now: float | None = None) -> str:
    """A short, calm age: "now", "5 min", "3 h", "yesterday", or the date."""
    seconds = (now if now is not None else time.time()) - timestamp
    if seconds < 60:
        return QCoreApplication.translate("ConversationList", "now")
    if seconds < 3600:
        return QCoreApplication.translate("ConversationList", "{minutes} min").format(
            minutes=int(seconds // 60)
        )
    if seconds < 86400:
        return QCoreApplication.translate("ConversationList", "{hours} h").format(
            hours=int(seconds // 3600)
        )
    if seconds < 2 * 86400:
        return QCoreApplication.translate("ConversationList", "yesterday")
    day = QDateTime.fromSecsSinceEpoch(int(timestamp)).date()
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


class ConversationListModel(QAbstractListModel):
    renamed = Signal(object)  # Conversation

    def __init__(self, store: ConversationStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._items: list[Conversation] = []
        self._complete = False  # every conversation is loaded
        self._seen_activity = 0.0  # the latest updated_at this model has heard of
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (a reset: only for a restore)."""
        self.beginResetModel()
        self._items = self._store.list_conversations(PAGE)
        self._complete = len(self._items) < PAGE
        self._note_activity(self._items)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        last = self._items[-1] if self._items else None
        after = (last.updated_at, last.id) if last is not None else None
        page = self._store.list_conversations(PAGE, after)
        self._complete = len(page) < PAGE
        known = {item.id for item in self._items}
        page = [c for c in page if c.id not in known]  # moved up meanwhile: already shown
        if page:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(page) - 1)
            self._items += page
            self.endInsertRows()

    def apply_changes_elsewhere(self) -> None:
        """Bring in what other processes did since the last look: conversations with new
        activity go to the top, deleted ones leave; nothing else is read or reset."""
        for conversation, deleted in self._store.changed_since(self._seen_activity):
            if deleted:
                self.remove(conversation.id)
            else:
                self.put_first(conversation)
            self._note_activity([conversation])

    def _note_activity(self, conversations: list[Conversation]) -> None:
        for conversation in conversations:
            self._seen_activity = max(self._seen_activity, conversation.updated_at)

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
        self._note_activity([conversation])
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
