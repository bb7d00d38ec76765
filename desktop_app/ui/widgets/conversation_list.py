"""The list of conversations: choose one, rename it in place (F2, double-click), delete it (Del)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QMenu, QWidget

from desktop_app.ui.view_models.conversation_list_model import (
    ID_ROLE,
    WHEN_ROLE,
    ConversationListModel,
)
from desktop_app.ui.widgets.row_delegate import RowDelegate


class ConversationList(QListView):
    chosen = Signal(int)  # conversation id
    delete_requested = Signal(int)

    def __init__(self, model: ConversationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationList")
        self.setModel(model)
        self.setItemDelegate(RowDelegate(WHEN_ROLE, beneath=False, parent=self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            conversation_id = self.current_id()
            if conversation_id is not None:
                self.delete_requested.emit(conversation_id)
            return
        super().keyPressEvent(event)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.chosen.emit(int(current.data(ID_ROLE)))

    def on_context_menu_requested(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        conversation_id = int(index.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction("Rename", lambda: self.edit(index))
        menu.addAction("Delete", lambda: self.delete_requested.emit(conversation_id))
        menu.popup(self.viewport().mapToGlobal(position))
