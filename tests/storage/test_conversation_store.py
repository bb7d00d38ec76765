"""SqliteConversationStore on a real SQLite file: blocks round-trip, ordering, deletion, states."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.core.conversation import Block, MessageState, Role, Usage, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import DatabaseClosedError, RecordNotFoundError

EVERY_BLOCK: list[Block] = [
    {"type": "text", "text": "Look at this: 쿼키랜드 ✓", "citations": None},
    {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo=" * 50},
    },
    {"type": "thinking", "thinking": "Let me think…", "signature": "EqQBCkYIBxgCKkBsig=="},
    {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4a"},
    {
        "type": "tool_use",
        "id": "toolu_01A09q90qw90lq917835lq9",
        "name": "get_weather",
        "input": {"city": "서울", "units": ["c", 1, 2.5, True, None], "nested": {"a": []}},
    },
    {
        "type": "tool_result",
        "tool_use_id": "toolu_01A09q90qw90lq917835lq9",
        "content": [{"type": "text", "text": "15 °C"}],
        "is_error": False,
    },
    {"type": "future_block_2031", "payload": {"anything": [1, "two"]}, "cache_control": None},
]


def test_every_block_type_round_trips_unchanged(store: SqliteConversationStore, db_path: Path):
    conversation = store.create_conversation("claude-sonnet-4-5", system_prompt="Be brief.")
    usage = Usage(10, 20, 30, 40)
    added = store.add_message(
        conversation.id,
        Role.ASSISTANT,
        EVERY_BLOCK,
        model="claude-sonnet-4-5",
        usage=usage,
        stop_reason="tool_use",
    )
    assert added.content == EVERY_BLOCK
    store.close()

    with SqliteConversationStore(db_path) as reopened:
        [message] = reopened.messages(conversation.id)
    assert message.content == EVERY_BLOCK
    assert message.id == added.id
    assert message.role is Role.ASSISTANT
    assert message.state is MessageState.COMPLETE
    assert (message.model, message.usage, message.stop_reason) == (
        "claude-sonnet-4-5",
        usage,
        "tool_use",
    )
    assert message.created_at == added.created_at


def test_conversation_fields_round_trip(store: SqliteConversationStore):
    created = store.create_conversation("m1", system_prompt="sys", title="제목")
    assert store.get_conversation(created.id) == created
    assert created.created_at == created.updated_at > 0
    changed = store.update_conversation(created.id, title="New", system_prompt="")
    assert (changed.title, changed.model, changed.system_prompt) == ("New", "m1", "")
    assert store.update_conversation(created.id, model="m2").title == "New"


def test_messages_come_back_oldest_first(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    texts = [f"message {i}" for i in range(20)]
    for i, text in enumerate(texts):
        store.add_message(
            conversation.id, Role.USER if i % 2 == 0 else Role.ASSISTANT, [text_block(text)]
        )
    assert [m.text for m in store.messages(conversation.id)] == texts


def test_conversations_list_newest_activity_first(store: SqliteConversationStore):
    first = store.create_conversation("m", title="first")
    second = store.create_conversation("m", title="second")
    third = store.create_conversation("m", title="third")
    assert [c.title for c in store.list_conversations()] == ["third", "second", "first"]

    store.add_message(first.id, Role.USER, [text_block("bump")])
    assert [c.id for c in store.list_conversations()] == [first.id, third.id, second.id]
    assert store.get_conversation(first.id).updated_at > store.get_conversation(third.id).updated_at


def test_soft_delete_restore_and_purge(store: SqliteConversationStore):
    keep = store.create_conversation("m", title="keep")
    gone = store.create_conversation("m", title="gone")
    store.add_message(gone.id, Role.USER, [text_block("hello")])

    store.delete_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.get_conversation(gone.id).title == "gone"  # undo still possible
    assert len(store.messages(gone.id)) == 1

    store.restore_conversation(gone.id)
    assert {c.id for c in store.list_conversations()} == {keep.id, gone.id}

    store.delete_conversation(gone.id)
    assert store.purge_deleted() == 1
    assert store.purge_deleted() == 0
    with pytest.raises(RecordNotFoundError):
        store.get_conversation(gone.id)
    assert store.messages(gone.id) == []  # cascaded
    assert [c.id for c in store.list_conversations()] == [keep.id]


def test_update_message_replaces_content_and_keeps_usage_when_not_given(
    store: SqliteConversationStore,
):
    conversation = store.create_conversation("m")
    message = store.add_message(
        conversation.id, Role.ASSISTANT, [], state=MessageState.STREAMING, model="m"
    )
    partial = store.update_message(message.id, [text_block("Hel")], state=MessageState.STREAMING)
    assert (partial.text, partial.state, partial.usage) == ("Hel", MessageState.STREAMING, None)

    done = store.update_message(
        message.id,
        [text_block("Hello")],
        state=MessageState.COMPLETE,
        usage=Usage(5, 7),
        stop_reason="end_turn",
    )
    again = store.update_message(message.id, [text_block("Hello!")], state=MessageState.STOPPED)
    assert done.usage == again.usage == Usage(5, 7)
    assert again.stop_reason == "end_turn"
    assert store.messages(conversation.id) == [again]


def test_delete_message(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    a = store.add_message(conversation.id, Role.USER, [text_block("a")])
    b = store.add_message(conversation.id, Role.ASSISTANT, [text_block("b")])
    store.delete_message(b.id)
    assert store.messages(conversation.id) == [a]
    with pytest.raises(RecordNotFoundError):
        store.delete_message(b.id)


def test_mark_interrupted_flips_only_streaming_messages(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    states = list(MessageState)
    for state in states:
        store.add_message(conversation.id, Role.ASSISTANT, [text_block(state)], state=state)
    assert store.mark_interrupted() == 0  # just written: its writer may be alive
    assert store.mark_interrupted(stale_after=0) == 1
    assert store.mark_interrupted(stale_after=0) == 0
    after = [m.state for m in store.messages(conversation.id)]
    expected = [MessageState.INTERRUPTED if s is MessageState.STREAMING else s for s in states]
    assert after == expected


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.get_conversation(999),
        lambda s: s.update_conversation(999, title="x"),
        lambda s: s.delete_conversation(999),
        lambda s: s.restore_conversation(999),
        lambda s: s.add_message(999, Role.USER, [text_block("x")]),
        lambda s: s.update_message(999, [], state=MessageState.COMPLETE),
        lambda s: s.delete_message(999),
    ],
)
def test_missing_records_raise_a_plain_lookup_error(store: SqliteConversationStore, call):
    with pytest.raises(RecordNotFoundError) as raised:
        call(store)
    assert isinstance(raised.value, LookupError)
    assert "999 no longer exists" in str(raised.value)


def test_a_closed_store_says_so(store: SqliteConversationStore):
    store.close()
    store.close()  # twice is harmless
    with pytest.raises(DatabaseClosedError):
        store.list_conversations()


def test_one_store_serves_many_threads(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for i in range(50):
                message = store.add_message(
                    conversation.id, Role.USER, [text_block(f"{worker}-{i}")]
                )
                store.update_message(
                    message.id, [text_block(f"{worker}-{i}!")], state=MessageState.COMPLETE
                )
                store.list_conversations()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    texts = {m.text for m in store.messages(conversation.id)}
    assert texts == {f"{w}-{i}!" for w in range(4) for i in range(50)}
