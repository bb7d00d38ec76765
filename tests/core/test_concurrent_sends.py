"""Two senders in one conversation at once (two connections to one file, as the window and
`parley ask` are) make two sibling branches, never interleaved turns."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from desktop_app.core.conversation import Message, MessageState, Role, text_block
from desktop_app.core.events import ReplyStarted, TextDelta
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.core.test_chat_session import make_session
from tests.fakeapi import Reply


def test_a_second_sender_during_a_reply_branches_beside_it(store, fakeapi, tmp_path):
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    q0 = store.add_message(conv.id, Role.USER, [text_block("처음 질문")])
    r0 = store.add_message(conv.id, Role.ASSISTANT, [text_block("처음 답")])
    fakeapi.queue(Reply.stall(after_text="창의 답변 ", seconds=30), Reply.text("터미널의 답"))
    other = SqliteConversationStore(tmp_path / "db.sqlite3")
    window = make_session(store, fakeapi, tmp_path)
    shell = make_session(other, fakeapi, tmp_path)

    async def run() -> None:
        first = window.send(conv.id, "창에서 묻다")
        seen: list[object] = []

        async def consume() -> None:
            async for event in first:
                seen.append(event)

        task = asyncio.ensure_future(consume())
        while not any(isinstance(e, TextDelta) for e in seen):
            await asyncio.sleep(0.01)
        async for event in shell.send(conv.id, "터미널에서 묻다"):
            if isinstance(event, ReplyStarted):
                assert event.message.parent_id is not None
        fakeapi.release_stalls()
        await task

    asyncio.run(run())
    other.close()

    by_text = {m.text: m for m in _all_messages(store, conv.id)}
    q_window, r_window = by_text["창에서 묻다"], by_text["창의 답변 "]
    q_shell, r_shell = by_text["터미널에서 묻다"], by_text["터미널의 답"]
    assert q_window.parent_id == q_shell.parent_id == r0.id  # siblings after the same turn
    assert r_window.parent_id == q_window.id and r_shell.parent_id == q_shell.id
    assert all(m.state is MessageState.COMPLETE for m in (q_window, r_window, q_shell, r_shell))
    first, second = fakeapi.message_requests()
    assert _texts(first) == ["처음 질문", "처음 답", "창에서 묻다"]
    assert _texts(second) == ["처음 질문", "처음 답", "터미널에서 묻다"]  # nothing of the other
    assert store.siblings(conv.id)[q_window.id] == (q_window.id, q_shell.id)
    shown = [m.id for m in store.messages(conv.id)]
    assert shown == [q0.id, r0.id, q_shell.id, r_shell.id]  # the head: the newest message


def _all_messages(store: SqliteConversationStore, conversation_id: int) -> list[Message]:
    """Every branch's messages: the paths to each leaf."""
    with sqlite3.connect(store._path) as conn:
        leaves = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM messages m WHERE conversation_id = ? AND NOT EXISTS"
                " (SELECT 1 FROM messages c WHERE c.parent_id = m.id)",
                (conversation_id,),
            )
        ]
    return [m for leaf in leaves for m in store.messages(conversation_id, leaf)]


def _texts(request: dict[str, Any]) -> list[str]:
    return [block["text"] for turn in request["messages"] for block in turn["content"]]
