"""Messages as a tree: the branch shown, alternatives, moving between them, deleting one,
and the upgrade of a version-2 database whose history was one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import RecordNotFoundError
from desktop_app.storage.migrations import MIGRATIONS


def say(store: SqliteConversationStore, cid: int, role: Role, text: str) -> int:
    return store.add_message(cid, role, [text_block(text)]).id


def texts(store: SqliteConversationStore, cid: int) -> list[str]:
    return [m.text for m in store.messages(cid)]


def test_messages_follow_one_another_and_the_last_is_the_head(store):
    cid = store.create_conversation("m").id
    q = say(store, cid, Role.USER, "q")
    a = say(store, cid, Role.ASSISTANT, "a")
    messages = store.messages(cid)
    assert [(m.id, m.parent_id) for m in messages] == [(q, None), (a, q)]
    assert store.siblings(cid) == {}


def test_an_edit_is_a_sibling_and_both_branches_can_be_shown(store):
    cid = store.create_conversation("m").id
    q1 = say(store, cid, Role.USER, "q1")
    say(store, cid, Role.ASSISTANT, "a1")
    q2 = say(store, cid, Role.USER, "q2")
    say(store, cid, Role.ASSISTANT, "a2")
    store.set_head(cid, store.messages(cid)[1].id)  # edit q2: branch after a1
    q2b = say(store, cid, Role.USER, "q2 edited")
    say(store, cid, Role.ASSISTANT, "a2 for the edit")
    assert texts(store, cid) == ["q1", "a1", "q2 edited", "a2 for the edit"]
    assert store.siblings(cid) == {q2: (q2, q2b), q2b: (q2, q2b)}

    assert store.show_branch(q2) == cid
    assert texts(store, cid) == ["q1", "a1", "q2", "a2"]
    store.show_branch(q2b)
    assert texts(store, cid) == ["q1", "a1", "q2 edited", "a2 for the edit"]
    store.show_branch(q1)  # the newest branch through q1
    assert texts(store, cid)[-1] == "a2 for the edit"


def test_branches_survive_reopening(tmp_path: Path):
    path = tmp_path / "db.sqlite3"
    with SqliteConversationStore(path) as store:
        cid = store.create_conversation("m").id
        q = say(store, cid, Role.USER, "q")
        a1 = say(store, cid, Role.ASSISTANT, "first answer")
        store.set_head(cid, q)
        a2 = say(store, cid, Role.ASSISTANT, "second answer")
        store.show_branch(a1)
    with SqliteConversationStore(path) as store:
        assert texts(store, cid) == ["q", "first answer"]
        assert store.siblings(cid)[a2] == (a1, a2)


def test_deleting_a_message_takes_what_follows_and_shows_the_alternative(store):
    cid = store.create_conversation("m").id
    q = say(store, cid, Role.USER, "q")
    a1 = say(store, cid, Role.ASSISTANT, "a1")
    say(store, cid, Role.USER, "follow-up")
    store.set_head(cid, q)
    a2 = say(store, cid, Role.ASSISTANT, "a2")
    store.show_branch(a1)
    store.delete_message(a1)
    assert texts(store, cid) == ["q", "a2"]
    assert store.siblings(cid) == {}
    store.delete_message(a2)
    assert texts(store, cid) == ["q"]
    store.delete_message(q)
    assert store.messages(cid) == []
    assert say(store, cid, Role.USER, "fresh") and texts(store, cid) == ["fresh"]
    with pytest.raises(RecordNotFoundError):
        store.delete_message(a1)


def test_deleting_a_first_message_shows_another_first_message(store):
    cid = store.create_conversation("m").id
    first = say(store, cid, Role.USER, "first try")
    store.set_head(cid, None)
    say(store, cid, Role.USER, "second try")
    say(store, cid, Role.ASSISTANT, "answer")
    store.show_branch(first)
    store.delete_message(first)
    assert texts(store, cid) == ["second try", "answer"]


def test_deleting_a_branch_off_screen_keeps_the_one_shown(store):
    cid = store.create_conversation("m").id
    q = say(store, cid, Role.USER, "q")
    a1 = say(store, cid, Role.ASSISTANT, "a1")
    store.set_head(cid, q)
    say(store, cid, Role.ASSISTANT, "a2")
    store.delete_message(a1)
    assert texts(store, cid) == ["q", "a2"]


def test_a_long_chain_is_deleted_without_hitting_trigger_depth(store):
    cid = store.create_conversation("m").id
    first = say(store, cid, Role.USER, "0")
    for i in range(1, 1500):
        say(store, cid, Role.ASSISTANT if i % 2 else Role.USER, str(i))
    assert len(store.messages(cid)) == 1500
    store.delete_message(first)
    assert store.messages(cid) == []
    assert store.search("0") == []  # the search index forgot them too


def test_a_finished_reply_notes_when_it_ended(store):
    cid = store.create_conversation("m").id
    reply = store.add_message(cid, Role.ASSISTANT, [], state=MessageState.STREAMING)
    streaming = store.update_message(reply.id, [text_block("x")], state=MessageState.STREAMING)
    assert streaming.finished_at is None
    done = store.update_message(reply.id, [text_block("xy")], state=MessageState.COMPLETE)
    assert done.finished_at is not None and done.finished_at >= done.created_at


def test_thinking_and_effort_are_kept_per_conversation(store):
    conv = store.create_conversation("m")
    assert (conv.thinking, conv.effort) == (False, "")
    store.update_conversation(conv.id, thinking=True, effort="high")
    store.update_conversation(conv.id, title="renamed")  # leaves them alone
    again = store.get_conversation(conv.id)
    assert (again.thinking, again.effort, again.title) == (True, "high", "renamed")


def test_a_version_2_history_becomes_one_branch(tmp_path: Path):
    """Upgrade: a database written before branches existed reads back in the same order."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:2]:
        migration(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO conversations (id, title, model, created_at, updated_at)"
        " VALUES (1, 'a', 'm', 0, 0), (2, 'b', 'm', 0, 0), (3, 'empty', 'm', 0, 0)"
    )
    # Two conversations' messages interleaved, as two windows would write them.
    for mid, cid, role in [
        (1, 1, "user"),
        (2, 2, "user"),
        (3, 1, "assistant"),
        (4, 2, "assistant"),
    ]:
        conn.execute(
            "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at)"
            " VALUES (?, ?, ?, ?, '', 'complete', 0)",
            (mid, cid, role, f'[{{"type":"text","text":"m{mid}"}}]'),
        )
    conn.close()
    with SqliteConversationStore(path) as store:
        assert [(m.id, m.parent_id) for m in store.messages(1)] == [(1, None), (3, 1)]
        assert [(m.id, m.parent_id) for m in store.messages(2)] == [(2, None), (4, 2)]
        assert store.messages(3) == []
        assert texts(store, 2) == ["m2", "m4"]
        say(store, 1, Role.USER, "next")
        assert texts(store, 1) == ["m1", "m3", "next"]


def test_spending_counts_every_branch_per_model(store):
    from desktop_app.core.conversation import Usage

    cid = store.create_conversation("m").id
    q = say(store, cid, Role.USER, "q")
    store.add_message(cid, Role.ASSISTANT, [text_block("a")], model="x", usage=Usage(10, 5))
    store.set_head(cid, q)
    store.add_message(cid, Role.ASSISTANT, [text_block("b")], model="x", usage=Usage(7, 3, 2, 1))
    store.add_message(cid, Role.USER, [text_block("more")])
    store.add_message(cid, Role.ASSISTANT, [text_block("c")], model="y", usage=Usage(1, 1))
    assert store.spending(cid) == [("x", Usage(17, 8, 2, 1)), ("y", Usage(1, 1))]


def test_spending_keeps_batch_answers_and_hour_long_writes_apart(store):
    from desktop_app.core.conversation import Usage

    cid = store.create_conversation("m").id
    say(store, cid, Role.USER, "q")
    hour = Usage(10, 5, 40, 0, 30)
    store.add_message(cid, Role.ASSISTANT, [text_block("a")], model="x", usage=hour)
    say(store, cid, Role.USER, "q2")
    batch = Usage(3, 2, service_tier="batch")
    store.add_message(cid, Role.ASSISTANT, [text_block("b")], model="x", usage=batch)
    assert store.spending(cid) == [("x", hour), ("x", batch)]
