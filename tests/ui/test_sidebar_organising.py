"""The sidebar's folders in a real window: dropping conversations on a project, on All and
on Archived (the QMimeData the list's own drag carries), the context menu's Move to project
for keyboard users, and a project's defaults reaching a new chat's request."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import Role, text_block
from desktop_app.core.project import ListScope
from desktop_app.storage.organiser import SqliteOrganiser
from desktop_app.ui.dialogs.project_dialog import ProjectDialog
from desktop_app.ui.view_models.conversation_list_model import PINNED_ROLE
from desktop_app.ui.widgets.folder_list import SCOPE_ROLE, FolderList
from desktop_app.ui.widgets.search_results import CONVERSATION_ROLE, SNIPPET_ROLE
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver, type_into


def _folder_point(folders: FolderList, scope: ListScope) -> QPoint:
    for row in range(folders.count()):
        item = folders.item(row)
        if item.data(SCOPE_ROLE) == scope:
            return folders.visualItemRect(item).center()
    raise AssertionError(f"no folder for {scope}")


def _drop(folders: FolderList, data: QMimeData, scope: ListScope) -> bool:
    """Enter, move over the folder and drop, as Qt delivers a drag from the list."""
    point = _folder_point(folders, scope)
    for kind in (QDragEnterEvent, QDragMoveEvent):
        over = kind(
            point.toPointF(), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(folders.viewport(), over)
        if not over.isAccepted():
            return False
    event = QDropEvent(
        point.toPointF(),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(folders.viewport(), event)
    return event.isAccepted()


def _drag_data(driver: ChatDriver, conversation_ids: list[int]) -> QMimeData:
    model = driver.window.list_model
    indexes = [model.index(model.row_of(cid) or 0) for cid in conversation_ids]
    return model.mimeData(indexes)


def _titles(driver: ChatDriver) -> list[str]:
    model = driver.window.list_model
    return [model.conversation_at(row).title for row in range(model.rowCount())]


def test_drops_file_archive_and_bring_back(qtbot: QtBot, ready_window: ChatDriver):
    store, sidebar = ready_window.store, ready_window.window.sidebar
    ids = [store.create_conversation("m", title=t).id for t in ("여행 계획", "세금", "메모")]
    ready_window.window.list_model.reload()
    project = sidebar.organising.create_project("여행")
    folders = sidebar.folders.list

    assert _drop(folders, _drag_data(ready_window, [ids[0]]), ListScope.project(project.id))
    assert store.get_conversation(ids[0]).project_id == project.id
    assert _drop(folders, _drag_data(ready_window, [ids[1], ids[2]]), ListScope.archived())
    assert _titles(ready_window) == ["여행 계획"]  # the archived ones left the list

    folders.setCurrentRow(folders.count() - 1)  # Archived
    assert sorted(_titles(ready_window)) == sorted(["세금", "메모"])
    assert _drop(folders, _drag_data(ready_window, [ids[2]]), ListScope())  # back out
    assert _titles(ready_window) == ["세금"]
    folders.setCurrentRow(1)  # the project
    assert _titles(ready_window) == ["여행 계획"]
    assert _drop(folders, _drag_data(ready_window, [ids[0]]), ListScope())  # out of it
    assert _titles(ready_window) == []
    assert store.get_conversation(ids[0]).project_id is None


def test_a_drop_of_something_else_is_refused(qtbot: QtBot, ready_window: ChatDriver):
    data = QMimeData()
    data.setText("just text")
    assert not _drop(ready_window.window.sidebar.folders.list, data, ListScope.archived())


def test_the_context_menu_pins_and_moves_to_a_project(qtbot: QtBot, ready_window: ChatDriver):
    store, sidebar = ready_window.store, ready_window.window.sidebar
    first, second = (store.create_conversation("m", title=t).id for t in ("하나", "둘"))
    ready_window.window.list_model.reload()
    project = sidebar.organising.create_project("연구")
    view = sidebar.list
    view.select(first)
    view.setFocus()
    key_menu = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        QPoint(1, 1),
        QPoint(1, 1),
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, key_menu)  # the menu key: the current row's menu
    menu = view.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)[-1]
    qtbot.waitUntil(menu.isVisible)
    actions = {a.text(): a for a in menu.actions()}
    assert {"Rename", "Pin", "Archive", "Move to project", "Delete"} <= set(actions)
    actions["Pin"].trigger()
    assert _titles(ready_window) == ["하나", "둘"]
    assert view.model().index(0).data(PINNED_ROLE)
    menu.close()
    view.on_context_menu_requested(view.visualRect(view.model().index(1)).center())
    menu = view.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)[-1]
    move = next(a for a in menu.actions() if a.text() == "Move to project").menu()
    next(a for a in move.actions() if a.text() == "연구").trigger()
    assert store.get_conversation(second).project_id == project.id


def test_a_new_chat_in_a_project_starts_with_its_defaults(
    qtbot: QtBot, ready_window: ChatDriver, claude_env: FakeApi
):
    window = ready_window.window
    models = [m.id for m in window.catalogue.selectable]
    chosen = models[-1]
    assert chosen != window.composer.current_model() or len(models) == 1
    project = window.sidebar.organising.create_project(
        "번역", system_prompt="항상 한국어로 답하세요.", model=chosen
    )
    window.sidebar.folders.list.setCurrentRow(1)
    assert window.composer.current_model() == chosen
    ready_window.send("안녕하세요")
    ready_window.wait_idle()
    conversation = ready_window.current()
    assert (conversation.project_id, conversation.model, conversation.system_prompt) == (
        project.id,
        chosen,
        "항상 한국어로 답하세요.",
    )
    (sent,) = [
        r.body for r in claude_env.requests if r.path == "/v1/messages" and "system" in r.body
    ]
    assert sent["model"] == chosen
    assert "항상 한국어로 답하세요." in str(sent["system"])
    assert _titles(ready_window) == [conversation.title]  # shown in its project's list


def test_a_search_hit_in_an_archived_conversation_says_so(qtbot: QtBot, ready_window: ChatDriver):
    window = ready_window.window
    store, sidebar = ready_window.store, window.sidebar
    kept, archived = (store.create_conversation("m", title=t).id for t in ("남은 것", "보관한 것"))
    for conversation_id in (kept, archived):
        store.add_message(conversation_id, Role.USER, [text_block("제주도 날씨는 어때요?")])
    sidebar.organising.on_archive_requested([archived], True)
    type_into(qtbot, sidebar.search, "제주도")
    results = sidebar.results
    qtbot.waitUntil(lambda: results.isVisible() and results.count() == 2)
    snippets = {
        results.item(row).data(CONVERSATION_ROLE): results.item(row).data(SNIPPET_ROLE)
        for row in range(results.count())
    }
    assert snippets[archived].startswith("Archived · ")
    assert not snippets[kept].startswith("Archived")
    results.on_item_activated(results.item(list(snippets).index(archived)))
    assert window.current_id == archived  # opens, though the list does not show it


def test_projects_and_pins_made_elsewhere_appear(
    qtbot: QtBot, ready_window: ChatDriver, parley_home
):
    window = ready_window.window
    first = ready_window.store.create_conversation("m", title="터미널에서 만든 대화").id
    window.outside.check()
    with SqliteOrganiser(parley_home / "parley.sqlite3") as elsewhere:
        project = elsewhere.create_project("다른 창의 프로젝트")
        elsewhere.pin([first])
    window.outside.check()
    folders = window.sidebar.folders.list
    assert [folders.item(r).data(SCOPE_ROLE) for r in range(folders.count())] == [
        ListScope(),
        ListScope.project(project.id),
        ListScope.archived(),
    ]
    assert window.list_model.index(0).data(PINNED_ROLE)


def test_deleting_a_project_asks_and_keeps_its_conversations(
    qtbot: QtBot, ready_window: ChatDriver
):
    window = ready_window.window
    store, organising = ready_window.store, window.sidebar.organising
    project = organising.create_project("지울 프로젝트")
    kept = store.create_conversation("m", title="남을 대화", project_id=project.id).id
    window.sidebar.folders.list.setCurrentRow(1)
    assert _titles(ready_window) == ["남을 대화"]
    organising.on_delete_requested(project.id)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    qtbot.waitUntil(box.isVisible)
    assert "지울 프로젝트" in box.text()
    delete = next(b for b in box.buttons() if b.text() == "Delete project")
    delete.click()
    qtbot.waitUntil(lambda: organising.organiser.projects() == [])
    assert store.get_conversation(kept).project_id is None
    assert window.sidebar.folders.list.count() == 2  # All and Archived
    assert _titles(ready_window) == ["남을 대화"]  # shown under All now


def test_a_project_is_renamed_and_its_defaults_changed_in_its_dialog(
    qtbot: QtBot, ready_window: ChatDriver
):
    window = ready_window.window
    organising = window.sidebar.organising
    project = organising.create_project("초안")
    organising.on_defaults_requested(project.id)
    dialog = window.findChild(ProjectDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("  보고서  ")
    dialog.system_prompt.setPlainText("표로 정리해 주세요.")
    dialog.accept()
    changed = organising.organiser.project(project.id)
    assert (changed.name, changed.system_prompt) == ("보고서", "표로 정리해 주세요.")
    assert window.sidebar.folders.list.item(1).text().endswith("보고서")
    dialog_for_nothing = ProjectDialog(None, [], window)
    assert (
        not dialog_for_nothing.findChild(QDialogButtonBox)
        .button(QDialogButtonBox.StandardButton.Ok)
        .isEnabled()
    )  # a project needs a name
