"""Only message_stop ends a reply: a stream that ends without it (after message_delta) was
cut short, for a reply, a title and a summary alike."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.core.errors import ErrorKind
from desktop_app.core.events import (
    MessageDelta,
    MessageStopped,
    ReplyFailed,
    ReplyFinished,
    ToolUseRequested,
)
from desktop_app.core.summary import SummaryError, continue_with_summary
from tests.core.test_chat_session import collect, make_session
from tests.fakeapi import Reply
from tests.fakeapi.replies import ReplyKind


def test_a_reply_whose_stream_ends_without_message_stop_is_kept_as_cut_short(
    store, fakeapi, tmp_path
):
    fakeapi.queue(Reply.without_stop("서울은 한국의 수도이고, 인구는"), Reply.text("Title"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    events = asyncio.run(collect(session.send(conv.id, "한국의 수도는?")))

    assert any(isinstance(e, MessageDelta) for e in events)  # it got as far as message_delta
    assert not any(isinstance(e, MessageStopped | ReplyFinished) for e in events)
    (failed,) = [e for e in events if isinstance(e, ReplyFailed)]
    assert failed.error.kind is ErrorKind.CUT_SHORT
    assert "closed before the reply ended" in str(failed.error)
    reply = store.messages(conv.id)[-1]
    assert (reply.role, reply.state) == (Role.ASSISTANT, MessageState.FAILED)
    assert reply.text == "서울은 한국의 수도이고, 인구는"  # the partial is kept
    assert len(fakeapi.message_requests()) == 1  # no title request
    assert store.get_conversation(conv.id).title == "한국의 수도는?"  # named from its line


def test_a_whole_reply_ends_with_message_stop(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("Whole."))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    stop_at = next(i for i, e in enumerate(events) if isinstance(e, MessageStopped))
    finished_at = next(i for i, e in enumerate(events) if isinstance(e, ReplyFinished))
    assert stop_at < finished_at
    assert store.messages(conv.id)[-1].state is MessageState.COMPLETE


def test_a_tool_call_cut_short_starts_no_tool_round(store, fakeapi, tmp_path):
    call = Reply.tool_use("current_time", {}, text="시간을 볼게요.")
    fakeapi.queue(dataclasses.replace(call, kind=ReplyKind.NO_STOP))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "몇 시예요?")))
    assert not any(isinstance(e, ToolUseRequested) for e in events)
    assert isinstance(events[-1], ReplyFailed)
    history = store.messages(conv.id)
    assert [m.role for m in history] == [Role.USER, Role.ASSISTANT]
    assert history[-1].content == [{"type": "text", "text": "시간을 볼게요."}]  # no call kept


def test_a_title_cut_short_falls_back_to_the_first_line(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("Fine."), Reply.without_stop("Half a ti"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    asyncio.run(collect(session.send(conv.id, "날씨 이야기\n둘째 줄")))
    assert len(fakeapi.message_requests()) == 2  # the title was asked for
    assert store.get_conversation(conv.id).title == "날씨 이야기"


def test_a_summary_cut_short_makes_no_new_conversation(store, fakeapi, tmp_path):
    conv = store.create_conversation("claude-sonnet-4-6", title="긴 대화")
    store.add_message(conv.id, Role.USER, [text_block("질문")])
    store.add_message(conv.id, Role.ASSISTANT, [text_block("답")])
    fakeapi.queue(Reply.without_stop("The user asked"))
    session = make_session(store, fakeapi, tmp_path)
    with pytest.raises(SummaryError, match="cut off"):
        asyncio.run(continue_with_summary(session, conv.id))
    assert [c.id for c in store.list_conversations()] == [conv.id]
