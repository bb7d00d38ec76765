"""The folders above the conversation list: All, each project, Archived. Choosing one shows
its conversations; conversations dropped on one are filed there (or archived).

Folders above a flat list rather than a tree: at 280 px a tree's indent would take ~20 px
from every title, and a folder holding hundreds of conversations would push the others off
screen; here titles keep the full width and the folders stay in sight (or fold away).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import ListScope, Project, ScopeKind
from desktop_app.ui.view_models.conversation_list_model import MIME_TYPE

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26


def dragged_ids(event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> list[int]:
    """The conversation ids a drag carries (none when it carries something else)."""
    data = event.mimeData()
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class FolderList(QListWidget):
    scope_chosen = Signal(object)  # ListScope
    dropped = Signal(list, object)  # conversation ids, ListScope they were dropped on
    rename_requested = Signal(int)  # project id
    defaults_requested = Signal(int)  # project id
    delete_requested = Signal(int)  # project id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderList")
        self.setAccessibleName(self.tr("Projects"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.on_context_menu_requested)
        self.currentItemChanged.connect(self.on_current_item_changed)
        self._filling = False
        self.show_projects([], ListScope())

    def show_projects(self, projects: list[Project], current: ListScope) -> None:
        self._filling = True
        try:
            self.clear()
            self._add(self.tr("All conversations"), ListScope())
            for project in projects:
                self._add(project.name, ListScope.project(project.id), folder=True)
            self._add(self.tr("Archived"), ListScope.archived())
            self.select_scope(current)
        finally:
            self._filling = False
        self.setFixedHeight(min(self.count(), 7) * ROW_HEIGHT + 4)

    def _add(self, label: str, scope: ListScope, *, folder: bool = False) -> None:
        item = QListWidgetItem(("▸ " if folder else "") + label)
        item.setData(SCOPE_ROLE, scope)
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        item.setToolTip(label)
        self.addItem(item)

    def select_scope(self, scope: ListScope) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(SCOPE_ROLE) == scope:
                self.setCurrentItem(item)
                return
        self.setCurrentRow(0)

    def scope_at(self, position: QPoint) -> ListScope | None:
        item = self.itemAt(position)
        return item.data(SCOPE_ROLE) if item is not None else None

    def on_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._filling:
            self.scope_chosen.emit(current.data(SCOPE_ROLE))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dragged_ids(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dragged_ids(event) and self.scope_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids, scope = dragged_ids(event), self.scope_at(event.position().toPoint())
        if not ids or scope is None:
            event.ignore()
            return
        # Not MoveAction: the list's own rows are moved by the model, not deleted by Qt.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(ids, scope)

    def on_context_menu_requested(self, position: QPoint) -> None:
        scope = self.scope_at(position)
        if scope is None or scope.kind is not ScopeKind.PROJECT or scope.project_id is None:
            return
        project_id = scope.project_id
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(project_id))
        menu.addAction(
            self.tr("Defaults for new chats…"), lambda: self.defaults_requested.emit(project_id)
        )
        menu.addAction(self.tr("Delete project…"), lambda: self.delete_requested.emit(project_id))
        menu.popup(self.viewport().mapToGlobal(position))


class Folders(QWidget):
    """The folder list under a header that folds it away and makes new projects."""

    new_project_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("foldersToggle")
        self.toggle.setText(self.tr("Projects"))
        self.toggle.setAccessibleName(self.tr("Show or hide the projects"))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.clicked.connect(self.on_toggle_clicked)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("newProjectButton")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("New project"))
        self.add_button.setAccessibleName(self.tr("New project"))
        self.add_button.clicked.connect(self.new_project_requested)
        header.addWidget(self.toggle, 1, Qt.AlignmentFlag.AlignLeft)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        self.list = FolderList(self)
        layout.addWidget(self.list)

    def focus_order(self) -> list[QWidget]:
        """Its controls in Tab order (the window chains them between search and list)."""
        return [self.toggle, self.add_button, self.list]

    def on_toggle_clicked(self) -> None:
        self.on_toggled(not self.list.isVisible())

    def on_toggled(self, shown: bool) -> None:
        self.list.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
