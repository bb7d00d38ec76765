"""`Organising`: pins, the archive and projects, between the sidebar's widgets and the
organiser. It files conversations, then puts their rows where they now belong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.project import ListScope, Project, ScopeKind

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore, Organiser
    from desktop_app.ui.view_models.conversation_list_model import ConversationListModel
    from desktop_app.ui.widgets.conversation_list import ConversationList
    from desktop_app.ui.widgets.folder_list import Folders


class Organising(QObject):
    project_chosen = Signal(object)  # the Project shown, or None: new chats are filed there

    def __init__(
        self,
        organiser: Organiser,
        store: ConversationStore,
        model: ConversationListModel,
        folders: Folders,
        conversations: ConversationList,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.organiser, self.store, self.model = organiser, store, model
        self.folders, self.conversations = folders, conversations
        self.models: list[str] = []  # offered in a project's defaults
        self._parent = parent
        folders.new_project_requested.connect(self.on_new_project_requested)
        folders.list.scope_chosen.connect(self.on_scope_chosen)
        folders.list.dropped.connect(self.on_dropped)
        folders.list.rename_requested.connect(self.on_defaults_requested)
        folders.list.defaults_requested.connect(self.on_defaults_requested)
        folders.list.delete_requested.connect(self.on_delete_requested)
        conversations.pin_requested.connect(self.on_pin_requested)
        conversations.archive_requested.connect(self.on_archive_requested)
        conversations.move_requested.connect(self.on_move_requested)
        self.refresh_projects()

    def refresh_projects(self) -> None:
        projects = self.organiser.projects()
        scope = self.model.scope
        if scope.kind is ScopeKind.PROJECT and scope.project_id not in {p.id for p in projects}:
            scope = ListScope()  # the one shown was deleted
            self.on_scope_chosen(scope)
        self.folders.list.show_projects(projects, scope)
        self.conversations.projects = projects

    def current_project(self) -> Project | None:
        scope = self.model.scope
        if scope.kind is not ScopeKind.PROJECT or scope.project_id is None:
            return None
        return next((p for p in self.organiser.projects() if p.id == scope.project_id), None)

    def on_scope_chosen(self, scope: ListScope) -> None:
        self.model.set_scope(scope)
        self.project_chosen.emit(self.current_project())

    def _reshow(self, ids: Sequence[int]) -> None:
        self.model.organised([self.store.get_conversation(i) for i in ids])

    def on_pin_requested(self, ids: list[int], pinned: bool) -> None:
        self.organiser.pin(ids, pinned)
        self._reshow(ids)

    def on_archive_requested(self, ids: list[int], archived: bool) -> None:
        self.organiser.archive(ids, archived)
        self._reshow(ids)

    def on_move_requested(self, ids: list[int], project_id: int | None) -> None:
        self.organiser.move_to_project(ids, project_id)
        self._reshow(ids)

    def on_dropped(self, ids: list[int], scope: ListScope) -> None:
        """Onto a project: filed there; onto All: out of any project; onto Archived:
        archived. Dropped where they already are: nothing changes."""
        match scope.kind:
            case ScopeKind.ARCHIVED:
                self.on_archive_requested(ids, True)
            case ScopeKind.PROJECT:
                self.on_move_requested(ids, scope.project_id)
            case ScopeKind.ALL:
                self.on_move_requested(ids, None)

    def create_project(self, name: str, system_prompt: str = "", model: str = "") -> Project:
        project = self.organiser.create_project(name, system_prompt, model)
        self.refresh_projects()
        return project

    def delete_project(self, project_id: int) -> None:
        self.organiser.delete_project(project_id)
        if self.model.scope.kind is ScopeKind.ALL:
            self.model.reload()  # the conversations it held are shown as they were
        self.refresh_projects()

    def on_new_project_requested(self) -> None:
        from desktop_app.ui.dialogs.project_dialog import ProjectDialog  # on demand

        dialog = ProjectDialog(None, self.models, self._parent.window())
        dialog.accepted.connect(lambda: self.create_project(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_defaults_requested(self, project_id: int) -> None:
        from desktop_app.ui.dialogs.project_dialog import ProjectDialog  # on demand

        project = self.organiser.project(project_id)
        dialog = ProjectDialog(project, self.models, self._parent.window())
        dialog.accepted.connect(lambda: self.on_project_edited(project_id, *dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_project_edited(self, project_id: int, name: str, prompt: str, model: str) -> None:
        self.organiser.update_project(project_id, name=name, system_prompt=prompt, model=model)
        self.refresh_projects()
        if self.model.scope == ListScope.project(project_id):
            self.project_chosen.emit(self.current_project())

    def on_delete_requested(self, project_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: its enums wait for the first use

        project = self.organiser.project(project_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete project"),
            self.tr("Delete the project “%1”? Its conversations are kept, in no project.").replace(
                "%1", project.name
            ),
            QMessageBox.StandardButton.Cancel,
            self._parent.window(),
        )
        delete = box.addButton(self.tr("Delete project"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(
            lambda button: self.delete_project(project_id) if button is delete else None
        )
        box.finished.connect(box.deleteLater)
        box.open()
