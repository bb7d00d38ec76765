"""The partial reply reaches the database on a timer, even while the stream stalls, and a live
reply keeps a heartbeat that tells it apart from one whose process died."""

from __future__ import annotations

import asyncio
import sqlite3
import time

from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.core.events import ReplyFinished, TextDelta
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.core.test_chat_session import make_session
from tests.fakeapi import Reply

PARTIAL = "멈춘 스트림의 부분 답변, "


def test_a_stalled_stream_is_flushed_within_a_second_and_keeps_its_heartbeat(
    store, fakeapi, tmp_path
):
    fakeapi.queue(Reply.stall(after_text=PARTIAL, seconds=30))
    session = make_session(store, fakeapi, tmp_path, flush_interval=0.2)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    onlooker = SqliteConversationStore(tmp_path / "db.sqlite3")  # as another process reads
    seen: list[tuple[str, MessageState, float]] = []

    async def run() -> None:
        reply = session.send(conv.id, "go")
        events: list[object] = []

        async def consume() -> None:
            async for event in reply:
                events.append(event)

        consumer = asyncio.ensure_future(consume())
        while "".join(e.text for e in events if isinstance(e, TextDelta)) != PARTIAL:
            await asyncio.sleep(0.01)
        # The stream now stalls: no delta arrives, so only the timer can write the text.
        for _ in range(12):
            await asyncio.sleep(0.25)
            last = onlooker.messages(conv.id)[-1]
            seen.append((last.text, last.state, last.updated_at or 0.0))
        reply.stop()
        await consumer

    asyncio.run(run())
    onlooker.close()
    within_a_second = [text for text, _, _ in seen[:4]]
    assert PARTIAL in within_a_second, seen
    assert all(state is MessageState.STREAMING for _, state, _ in seen)
    beats = sorted({at for _, _, at in seen})
    assert len(beats) >= 5  # touched all along the stall, with nothing new to write
    assert store.messages(conv.id)[-1].state is MessageState.STOPPED


def test_a_streaming_message_without_a_heartbeat_reads_as_interrupted(store):
    conv = store.create_conversation("claude-sonnet-4-6")
    store.add_message(conv.id, Role.USER, [text_block("질문")])
    dead = store.add_message(
        conv.id, Role.ASSISTANT, [text_block("죽은 답")], state=MessageState.STREAMING
    )
    assert store.messages(conv.id)[-1].state is MessageState.STREAMING  # fresh: alive
    _age(store, dead.id, 60)
    assert store.messages(conv.id)[-1].state is MessageState.INTERRUPTED  # before any start-up


def test_start_up_marks_only_replies_whose_heartbeat_stopped(store):
    conv = store.create_conversation("claude-sonnet-4-6")
    store.add_message(conv.id, Role.USER, [text_block("q")])
    dead = store.add_message(conv.id, Role.ASSISTANT, [], state=MessageState.STREAMING)
    other = store.create_conversation("claude-sonnet-4-6")
    store.add_message(other.id, Role.USER, [text_block("q")])
    live = store.add_message(other.id, Role.ASSISTANT, [], state=MessageState.STREAMING)
    _age(store, dead.id, 11)
    _age(store, live.id, 9)  # a stalled `parley ask` elsewhere, still beating
    store.touch([live.id])
    assert store.mark_interrupted() == 1
    states = {m.id: m.state for c in (conv, other) for m in store.messages(c.id)}
    assert states[dead.id] is MessageState.INTERRUPTED
    assert states[live.id] is MessageState.STREAMING


def test_touch_leaves_finished_messages_alone(store):
    conv = store.create_conversation("claude-sonnet-4-6")
    done = store.add_message(conv.id, Role.ASSISTANT, [text_block("done")])
    _age(store, done.id, 60)
    store.touch([done.id])
    assert (store.messages(conv.id)[-1].updated_at or 0) < time.time() - 50


def test_an_interrupted_partial_is_sent_as_history_when_continued(store, fakeapi, tmp_path):
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    store.add_message(conv.id, Role.USER, [text_block("첫 질문")])
    partial = store.add_message(
        conv.id, Role.ASSISTANT, [text_block("끊긴 답변")], state=MessageState.STREAMING
    )
    _age(store, partial.id, 60)  # its process died
    fakeapi.queue(Reply.text("이어서 답합니다."))
    session = make_session(store, fakeapi, tmp_path)

    async def run() -> list[object]:
        return [e async for e in session.send(conv.id, "계속해 주세요")]

    events = asyncio.run(run())
    assert any(isinstance(e, ReplyFinished) for e in events)
    (sent,) = fakeapi.message_requests()
    assert [(t["role"], t["content"][0]["text"]) for t in sent["messages"]] == [
        ("user", "첫 질문"),
        ("assistant", "끊긴 답변"),
        ("user", "계속해 주세요"),
    ]
    history = store.messages(conv.id)
    texts = [m.text for m in history]
    assert texts == ["첫 질문", "끊긴 답변", "계속해 주세요", "이어서 답합니다."]


def _age(store: SqliteConversationStore, message_id: int, seconds: float) -> None:
    """Make the message's last write `seconds` old, as if its writer had gone quiet."""
    with sqlite3.connect(store._path) as conn:
        conn.execute(
            "UPDATE messages SET updated_at = ?, created_at = ? WHERE id = ?",
            (time.time() - seconds, time.time() - seconds, message_id),
        )
