"""The paged conversation list with pins, the archive and projects: pins on top, archived
out, one project's conversations, all pages without a gap, and changes another process
makes (pin, archive, move) applied row by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.project import ListScope
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.organiser import SqliteOrganiser
from desktop_app.ui.view_models.conversation_list_model import (
    PAGE,
    PINNED_ROLE,
    ConversationListModel,
)

COUNT = PAGE * 2 + 30


@pytest.fixture
def history(tmp_path: Path):
    """COUNT conversations (oldest first), the window's store, and an organiser standing in
    for another process."""
    path = tmp_path / "parley.sqlite3"
    with SqliteConversationStore(path) as store, SqliteOrganiser(path) as elsewhere:
        ids = [store.create_conversation("m", title=f"대화 {n}").id for n in range(COUNT)]
        yield store, elsewhere, ids


def _all_rows(model: ConversationListModel) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.conversation_at(row).id for row in range(model.rowCount())]


def test_pages_carry_pins_on_top_and_leave_the_archive_out(qtbot: QtBot, history):
    store, organiser, ids = history
    old_pin, archived = ids[45], ids[-3:] + ids[:40]
    organiser.pin([old_pin])
    organiser.archive(archived)
    model = ConversationListModel(store)
    assert model.rowCount() == PAGE
    assert model.conversation_at(0).id == old_pin and model.index(0).data(PINNED_ROLE)
    assert not model.index(1).data(PINNED_ROLE)
    rows = _all_rows(model)
    expected = [old_pin, *(i for i in reversed(ids) if i not in archived and i != old_pin)]
    assert rows == expected
    model.set_scope(ListScope.archived())
    assert sorted(_all_rows(model)) == sorted(archived)


def test_a_project_scope_shows_its_conversations_only(qtbot: QtBot, history):
    store, organiser, ids = history
    project = organiser.create_project("연구")
    filed = ids[::7]
    organiser.move_to_project(filed, project.id)
    organiser.pin([filed[0]])
    model = ConversationListModel(store)
    model.set_scope(ListScope.project(project.id))
    assert _all_rows(model) == [filed[0], *reversed(filed[1:])]


def test_organising_elsewhere_moves_single_rows_without_a_reset(qtbot: QtBot, history):
    store, organiser, ids = history
    model = ConversationListModel(store)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    tenth, newest, oldest = model.conversation_at(10).id, ids[-1], ids[0]
    organiser.pin([tenth])
    organiser.archive([newest])
    organiser.pin([oldest])  # never loaded: it comes to the top all the same
    model.apply_changes_elsewhere()
    assert resets == []
    assert [model.conversation_at(r).id for r in range(3)] == [oldest, tenth, ids[-2]]
    assert model.row_of(newest) is None
    assert model.rowCount() == PAGE  # one pin came in, one row was archived out
    organiser.pin([tenth], pinned=False)
    model.apply_changes_elsewhere()
    assert model.row_of(tenth) == 10  # back to its place by activity
    model.apply_changes_elsewhere()
    assert resets == []


def test_a_conversation_moved_out_of_the_project_shown_leaves(qtbot: QtBot, history):
    store, organiser, ids = history
    project = organiser.create_project("p")
    organiser.move_to_project(ids[:3], project.id)
    model = ConversationListModel(store)
    model.set_scope(ListScope.project(project.id))
    organiser.move_to_project([ids[1]], None)
    model.apply_changes_elsewhere()
    assert _all_rows(model) == [ids[2], ids[0]]
