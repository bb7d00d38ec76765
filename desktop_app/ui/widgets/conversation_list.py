"""The list of conversations: choose one, rename it in place (F2, double-click), delete the
selected ones (Del, or the context menu), pin, archive or move them to a project (the
context menu, or a drag onto a folder). Choosing one leaves the focus here, so the arrows
and Del go on working; typing text (or Enter) hands the keys to the composer instead.
"""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QMenu,
    QWidget,
)

from desktop_app.core.project import Project, ScopeKind
from desktop_app.ui.view_models.conversation_list_model import (
    ID_ROLE,
    PINNED_ROLE,
    WHEN_ROLE,
    ConversationListModel,
)
from desktop_app.ui.widgets.row_delegate import RowDelegate


class ConversationList(QListView):
    chosen = Signal(int)  # conversation id
    delete_requested = Signal(list)  # conversation ids, in list order
    typing_started = Signal()  # text typed here: it belongs in the composer, which takes focus
    pin_requested = Signal(list, bool)  # conversation ids, pinned or not
    archive_requested = Signal(list, bool)  # conversation ids, archived or not
    move_requested = Signal(list, object)  # conversation ids, project id or None

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self.setAccessibleName(self.tr("Conversations"))
        self.setModel(model)
        self.setItemDelegate(
            RowDelegate(WHEN_ROLE, beneath=False, mark_role=PINNED_ROLE, parent=self)
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.projects: list[Project] = []  # for "Move to project"
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.on_context_menu_requested)
        self._selecting = False  # select() is at work: the change is not the user's
        self.selectionModel().currentChanged.connect(self.on_current_changed)

    def select(self, conversation_id: int | None) -> None:
        """Mark a conversation as the current one without announcing it again."""
        model = self.model()
        assert isinstance(model, ConversationListModel)
        row = model.row_of(conversation_id) if conversation_id is not None else None
        # A flag, not blocked signals: the view itself hears the change and repaints, with no
        # viewport().update(), whose first call costs ~10 ms (PySide sets up every widget class).
        self._selecting = True
        try:
            if row is None:
                self.selectionModel().clear()
            else:
                index = model.index(row)
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.scrollTo(index)
        finally:
            self._selecting = False

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def rename_current(self) -> None:
        if self.currentIndex().isValid():
            self.edit(self.currentIndex())

    def selected_ids(self) -> list[int]:
        """The selected conversations in list order; the current one if none is selected."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        ids = [int(model.index(row, 0).data(ID_ROLE)) for row in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == self.State.EditingState:
            super().keyPressEvent(event)
        elif _is_delete(event):
            ids = self.selected_ids()
            if ids:
                self.delete_requested.emit(ids)
        elif _is_text(event):
            self._hand_over(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.typing_started.emit()  # chosen: on to writing
        else:
            super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Hangul arrives through the input method, not as key presses.
        typed = event.commitString() or event.preeditString()
        if typed and self.state() != self.State.EditingState:
            self._hand_over(event)
            return
        super().inputMethodEvent(event)

    def _hand_over(self, event: QKeyEvent | QInputMethodEvent) -> None:
        self.typing_started.emit()
        target = QApplication.focusWidget()
        if target is not None and target is not self:
            QApplication.sendEvent(target, event)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.chosen.emit(int(current.data(ID_ROLE)))

    def event(self, event: QEvent) -> bool:
        # The menu key (or Shift+F10) opens the menu of the current row, wherever the mouse is.
        if (
            isinstance(event, QContextMenuEvent)
            and event.reason() is QContextMenuEvent.Reason.Keyboard
            and self.currentIndex().isValid()
        ):
            self.on_context_menu_requested(self.visualRect(self.currentIndex()).center())
            return True
        return super().event(event)

    def on_context_menu_requested(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        selected = self.selected_ids()
        clicked = int(index.data(ID_ROLE))
        ids = selected if clicked in selected else [clicked]
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.edit(index))
        pinned = bool(index.data(PINNED_ROLE))
        menu.addAction(
            self.tr("Unpin") if pinned else self.tr("Pin"),
            lambda: self.pin_requested.emit(ids, not pinned),
        )
        self._add_organising(menu, ids)
        several = self.tr("Delete %n conversations", "", len(ids))
        label = self.tr("Delete") if len(ids) == 1 else several
        menu.addAction(label, lambda: self.delete_requested.emit(ids))
        menu.popup(self.viewport().mapToGlobal(position))

    def _add_organising(self, menu: QMenu, ids: list[int]) -> None:
        model = self.model()
        assert isinstance(model, ConversationListModel)
        archived = model.scope.kind is ScopeKind.ARCHIVED
        menu.addAction(
            self.tr("Unarchive") if archived else self.tr("Archive"),
            lambda: self.archive_requested.emit(ids, not archived),
        )
        move = menu.addMenu(self.tr("Move to project"))
        move.addAction(self.tr("No project"), lambda: self.move_requested.emit(ids, None))
        for project in self.projects:
            move.addAction(project.name, partial(self.move_requested.emit, ids, project.id))


def _is_delete(event: QKeyEvent) -> bool:
    from PySide6.QtGui import QKeySequence  # here: its enums wait for the first key

    if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
        return True
    # Finder's way on a Mac: Backspace (⌘⌫) deletes the selection.
    return sys.platform == "darwin" and event.key() == Qt.Key.Key_Backspace


def _is_text(event: QKeyEvent) -> bool:
    chords = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & chords
