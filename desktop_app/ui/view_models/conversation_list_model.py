"""The conversations in the sidebar: pinned first, then newest activity first, in one scope
(all, a project, the archive); renamed in place through the store.

Read a page at a time as the list scrolls (`canFetchMore`/`fetchMore`), so twenty thousand
conversations open as fast as twenty; changes made elsewhere move or drop only their rows.
"""

from __future__ import annotations

import json
import time
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.core.conversation import Conversation
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.project import ListScope, list_order

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore

UNTITLED = QT_TRANSLATE_NOOP("ConversationList", "New conversation")
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2
PINNED_ROLE = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-parley-conversations"  # a JSON list of conversation ids
_TOP = (float("inf"), 2**62)  # an `after` above every row: the unpinned ones from the top

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
        self._seen_organised = 0.0  # the latest organised_at (pin, archive, move) likewise
        self.scope = ListScope()
        self.reload()

    def set_scope(self, scope: ListScope) -> None:
        if scope != self.scope:
            self.scope = scope
            self.reload()

    def reload(self) -> None:
        """Start again from the first page (a reset: for a restore or another scope)."""
        self.beginResetModel()
        self._items = self._store.list_conversations(PAGE, scope=self.scope)
        self._complete = len(self._items) < PAGE
        self._note_activity(self._items)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        last = self._items[-1] if self._items else None
        if last is None:
            after = None
        elif last.pinned_at is not None:
            after = _TOP  # only pins so far: the rest from the top
        else:
            after = (last.updated_at, last.id)
        page = self._store.list_conversations(PAGE, after, self.scope)
        self._complete = len(page) < PAGE
        known = {item.id for item in self._items}
        page = [c for c in page if c.id not in known]  # moved up meanwhile: already shown
        if page:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(page) - 1)
            self._items += page
            self.endInsertRows()

    def apply_changes_elsewhere(self) -> None:
        """Bring in what other processes did since the last look: conversations with new
        activity go to the top, pinned, archived or moved ones to their place or out,
        deleted ones leave; nothing else is read or reset."""
        changes = self._store.changed_since(self._seen_activity, self._seen_organised)
        for conversation, deleted in changes:
            if deleted:
                self.remove(conversation.id)
            else:
                self.place(conversation)
            self._note_activity([conversation])

    def _note_activity(self, conversations: Iterable[Conversation]) -> None:
        for conversation in conversations:
            self._seen_activity = max(self._seen_activity, conversation.updated_at)
            self._seen_organised = max(self._seen_organised, conversation.organised_at)

    def place(self, conversation: Conversation) -> None:
        """Put a conversation where it belongs now (pins first, then by activity), moving
        its row, or out of the list when its scope no longer holds it; one that falls below
        the rows loaded so far waits for its page."""
        self._note_activity([conversation])
        row = self.row_of(conversation.id)
        if not self.scope.includes(conversation):
            self.remove(conversation.id)
            return
        keys = [list_order(item) for i, item in enumerate(self._items) if i != row]
        target = bisect_left(keys, list_order(conversation))
        if target == len(keys) and not self._complete:
            self.remove(conversation.id)
            return
        if row is None:
            self.beginInsertRows(QModelIndex(), target, target)
            self._items.insert(target, conversation)
            self.endInsertRows()
            return
        if row != target:
            # Qt's destination is counted before the move's removal.
            self.beginMoveRows(
                QModelIndex(), row, row, QModelIndex(), target + (1 if target > row else 0)
            )
            self._items.insert(target, self._items.pop(row))
            self.endMoveRows()
        self._items[target] = conversation
        changed = self.index(target)
        self.dataChanged.emit(changed, changed)

    def organised(self, conversations: Sequence[Conversation]) -> None:
        """Conversations just pinned, archived or moved here: each to its place or out."""
        for conversation in conversations:
            self.place(conversation)

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
        if role == PINNED_ROLE:
            return item.pinned_at is not None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged conversations' ids, for a project folder or the archive to take."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [self._items[row].id for row in rows]
        data.setData(MIME_TYPE, json.dumps(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

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
        """Insert or refresh a conversation that just had activity: to the top of the
        unpinned ones (a pinned one keeps its place among the pins)."""
        self.place(conversation)

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
