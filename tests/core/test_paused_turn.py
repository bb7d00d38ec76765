"""A turn left paused (the automatic continuations' cap reached, or Parley closed between
them) goes on when asked: the conversation is sent as it is, the paused turn last, and the
API resumes it; nothing stored before is changed."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.core.conversation import Role
from desktop_app.core.events import ReplyFinished
from desktop_app.core.reply_stream import MAX_PAUSES
from tests.core.test_chat_session import collect, make_session
from tests.core.test_server_blocks import PAGES
from tests.fakeapi import Reply
from tests.fakeapi.server_replies import web_search


def test_a_paused_turn_is_continued_on_request(store, fakeapi, tmp_path):
    paused = web_search("부산 날씨", PAGES, stop_reason="pause_turn")
    fakeapi.queue(*[paused] * (MAX_PAUSES + 1), Reply.text("부산 날씨"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")

    async def run() -> list:
        await collect(session.send(conv.id, "부산 날씨를 오래 찾아봐"))
        left = store.messages(conv.id)[-1]
        assert left.stop_reason == "pause_turn"
        fakeapi.queue(Reply.text("부산은 맑습니다."))
        return await collect(session.continue_reply(conv.id, left.id))

    events = asyncio.run(run())
    finished = [e.message for e in events if isinstance(e, ReplyFinished)]
    assert [m.stop_reason for m in finished] == ["end_turn"]
    history = store.messages(conv.id)
    assert [m.role for m in history] == [Role.USER] + [Role.ASSISTANT] * (MAX_PAUSES + 2)
    assert history[-1].text == "부산은 맑습니다."
    sent = fakeapi.message_requests()[-1]["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant"]  # the paused turn, last
    kept = [b for m in history[1:-1] for b in m.content]
    assert sent[-1]["content"] == kept  # every stored block went back unchanged


def test_only_the_last_paused_or_cut_off_reply_continues(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("끝났어요."), Reply.text("title"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    asyncio.run(collect(session.send(conv.id, "안녕")))
    whole = store.messages(conv.id)[-1]
    with pytest.raises(ValueError):
        session.continue_reply(conv.id, whole.id)
