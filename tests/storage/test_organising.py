"""Pins, the archive and projects in the real SQLite store: list scopes, paging, search,
changes seen by another connection, and m010 on a populated database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.core.project import ListScope
from desktop_app.storage import migrations
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.database import open_database
from desktop_app.storage.errors import RecordNotFoundError
from desktop_app.storage.organiser import SqliteOrganiser

BEFORE_M010 = migrations.MIGRATIONS.index(migrations.m010_organising)


@pytest.fixture
def organiser(db_path: Path, store: SqliteConversationStore):
    with SqliteOrganiser(db_path) as opened:
        yield opened


def _titled(store: SqliteConversationStore, *titles: str) -> list[int]:
    return [store.create_conversation("claude-x", title=t).id for t in titles]


def _titles(conversations) -> list[str]:
    return [c.title for c in conversations]


def test_pins_come_first_latest_pin_first_then_newest_activity(store, organiser):
    a, b, c, d = _titled(store, "a", "b", "c", "d")
    organiser.pin([b])
    organiser.pin([a])
    assert _titles(store.list_conversations()) == ["a", "b", "d", "c"]
    organiser.pin([b], pinned=False)
    assert _titles(store.list_conversations()) == ["a", "d", "c", "b"]
    assert store.get_conversation(a).pinned_at is not None
    assert store.get_conversation(b).pinned_at is None
    assert (c, d) == (store.list_conversations()[2].id, store.list_conversations()[1].id)


def test_pages_carry_on_after_the_last_unpinned_row(store, organiser):
    ids = _titled(store, *(f"대화 {n}" for n in range(25)))
    organiser.pin([ids[3], ids[10]])
    first = store.list_conversations(10)
    assert [c.id for c in first[:2]] == [ids[10], ids[3]]
    seen = [c.id for c in first]
    while True:
        last = seen and store.get_conversation(seen[-1])
        page = store.list_conversations(10, (last.updated_at, last.id))
        if not page:
            break
        seen += [c.id for c in page]
    assert sorted(seen) == sorted(ids) and len(seen) == len(ids)
    assert seen[2:] == [i for i in reversed(ids) if i not in (ids[3], ids[10])]


def test_archived_leave_the_list_show_in_the_archive_and_are_still_found(store, organiser):
    kept, gone = _titled(store, "남은 대화", "보관한 대화")
    store.add_message(gone, Role.USER, [text_block("서울의 날씨는 어때요?")])
    organiser.pin([gone])
    organiser.archive([gone])
    assert [c.id for c in store.list_conversations()] == [kept]
    archived = store.list_conversations(scope=ListScope.archived())
    assert [c.id for c in archived] == [gone]
    assert archived[0].pinned_at is None  # archiving unpins
    hits = store.search("날씨")
    assert [(h.conversation_id, h.archived) for h in hits] == [(gone, True)]
    assert [h.archived for h in store.search("남은 대화")] == [False]
    organiser.archive([gone], archived=False)
    assert sorted(c.id for c in store.list_conversations()) == sorted([kept, gone])


def test_projects_filter_the_list_and_deleting_one_keeps_its_conversations(store, organiser):
    work = organiser.create_project("업무", system_prompt="간결하게 답하세요.", model="claude-y")
    home = organiser.create_project("Home")
    a, b, c = _titled(store, "a", "b", "c")
    organiser.move_to_project([a, c], work.id)
    organiser.move_to_project([b], home.id)
    organiser.pin([c])
    assert _titles(store.list_conversations(scope=ListScope.project(work.id))) == ["c", "a"]
    assert _titles(store.list_conversations(scope=ListScope.project(home.id))) == ["b"]
    assert [p.name for p in organiser.projects()] == ["업무", "Home"]
    assert organiser.find_project(" home ") == home
    renamed = organiser.update_project(work.id, name="회사 일")
    assert (renamed.name, renamed.system_prompt, renamed.model) == (
        "회사 일",
        "간결하게 답하세요.",
        "claude-y",
    )
    assert organiser.delete_project(work.id) == 2
    assert store.get_conversation(a).project_id is None
    assert _titles(store.list_conversations()) == ["c", "b", "a"]
    with pytest.raises(RecordNotFoundError):
        organiser.move_to_project([b], work.id)


def test_moving_an_archived_conversation_brings_it_back(store, organiser):
    project = organiser.create_project("p")
    (a,) = _titled(store, "a")
    organiser.archive([a])
    organiser.move_to_project([a], project.id)
    assert [c.id for c in store.list_conversations(scope=ListScope.project(project.id))] == [a]


def test_another_connection_sees_organising_without_any_activity(store, organiser, db_path):
    a, b = _titled(store, "a", "b")
    with SqliteConversationStore(db_path) as other:
        latest = max(c.updated_at for c in other.list_conversations())
        organised = max(c.organised_at for c in other.list_conversations())
        assert other.changed_since(latest, organised) == []
        organiser.archive([a])
        organiser.pin([b])
        changed = other.changed_since(latest, organised)
        assert {c.id: (c.archived_at is not None, c.pinned_at is not None) for c, _ in changed} == {
            a: (True, False),
            b: (False, True),
        }
        newest = max(c.organised_at for c, _ in changed)
        assert other.changed_since(latest, newest) == []
    assert store.get_conversation(a).updated_at <= latest  # the activity order is kept


def test_each_list_query_walks_its_index(store, organiser):
    conn = store._connection()  # the plan, not the rows: read the store's own connection
    plans = {
        scope: " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM conversations WHERE " + where
                + " AND (updated_at, id) < (1e300, 1) ORDER BY updated_at DESC, id DESC LIMIT 200",
                params,
            )
        )
        for scope, where, params in [
            ("all", "deleted_at IS NULL AND archived_at IS NULL AND pinned_at IS NULL", ()),
            (
                "project",
                "project_id = ? AND deleted_at IS NULL AND archived_at IS NULL"
                " AND pinned_at IS NULL",
                (1,),
            ),
            ("archived", "deleted_at IS NULL AND archived_at IS NOT NULL", ()),
        ]
    }  # fmt: skip
    assert "conversations_listed" in plans["all"]
    assert "conversations_in_project" in plans["project"]
    assert "conversations_archived" in plans["archived"]
    assert all("TEMP B-TREE" not in plan for plan in plans.values())


def test_m010_on_a_populated_database(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as released:
        released.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:BEFORE_M010])
        released.setattr(migrations, "LATEST_VERSION", BEFORE_M010)
        conn = open_database(db_path)
        for n, title in enumerate(["첫 대화", "second", "세 번째"], start=1):
            conn.execute(
                "INSERT INTO conversations (title, model, created_at, updated_at)"
                " VALUES (?, 'claude-x', ?, ?)",
                (title, n, n),
            )
        conn.execute(
            "INSERT INTO messages (conversation_id, role, content, text, state, created_at)"
            " VALUES (1, 'user', '[]', '수도는 어디?', 'complete', 1)"
        )
        conn.close()
    before = sqlite3.connect(db_path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == BEFORE_M010
    before.close()
    with SqliteConversationStore(db_path) as store:
        assert _titles(store.list_conversations()) == ["세 번째", "second", "첫 대화"]
        assert all(
            (c.pinned_at, c.archived_at, c.project_id) == (None, None, None)
            for c in store.list_conversations()
        )
        assert [h.conversation_id for h in store.search("수도는")] == [1]
        with SqliteOrganiser(db_path) as organiser:
            organiser.pin([1])
        assert _titles(store.list_conversations()) == ["첫 대화", "세 번째", "second"]
