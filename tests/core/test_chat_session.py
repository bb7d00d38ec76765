"""ChatSession end to end: the real SDK over real HTTP to the local API, into real SQLite."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import Message, MessageState, Role, text_block
from desktop_app.core.errors import ErrorKind
from desktop_app.core.events import (
    ReplyFailed,
    ReplyFinished,
    RetryScheduled,
    TextDelta,
    TitleChanged,
    ToolUseRequested,
    UserMessageAdded,
)
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.retry_policy import NO_RETRIES, RetryPolicy
from tests.fakeapi import Reply


def make_session(store, fakeapi, tmp_path, **kw) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    return ChatSession(store, client, ModelCatalogue(tmp_path / "models.json"), **kw)


async def collect(reply):
    return [event async for event in reply]


def test_send_streams_stores_and_titles(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("서울입니다. Seoul is the capital."), Reply.text("Capital of Korea"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    events = asyncio.run(collect(session.send(conv.id, "한국의 수도는?")))

    deltas = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert deltas == "서울입니다. Seoul is the capital."
    assert isinstance(events[0], UserMessageAdded)
    finished = next(e for e in events if isinstance(e, ReplyFinished))
    assert finished.message.state is MessageState.COMPLETE
    assert finished.message.usage and finished.message.usage.output_tokens > 0
    assert isinstance(events[-1], TitleChanged)
    assert events[-1].conversation.title == "Capital of Korea"

    messages = store.messages(conv.id)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert messages[1].content == [{"type": "text", "text": "서울입니다. Seoul is the capital."}]
    sent = fakeapi.message_requests()
    assert sent[0]["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "한국의 수도는?"}]}
    ]
    assert sent[0]["cache_control"] == {"type": "ephemeral"}
    assert sent[0]["stream"] is True
    assert sent[1]["model"].startswith("claude-haiku")  # titles use the cheapest model


def test_title_falls_back_to_first_line_when_the_call_fails(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("ok"), Reply.error(500))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    asyncio.run(collect(session.send(conv.id, "First line here\nsecond line")))
    assert store.get_conversation(conv.id).title == "First line here"


def test_stop_keeps_what_arrived(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("word " * 200, chunk=5, delay=0.01))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def run():
        reply = session.send(conv.id, "talk")
        seen = []
        async for event in reply:
            seen.append(event)
            if sum(isinstance(e, TextDelta) for e in seen) == 5:
                reply.stop()
        return seen

    events = asyncio.run(run())
    finished = [e for e in events if isinstance(e, ReplyFinished)]
    assert len(finished) == 1
    assert finished[0].message.state is MessageState.STOPPED
    stored = store.messages(conv.id)[-1]
    assert stored.state is MessageState.STOPPED
    assert stored.text == "word " * 5


def test_partial_text_is_flushed_while_streaming(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("abcdefghij" * 30, chunk=10, delay=0.01))
    session = make_session(store, fakeapi, tmp_path, flush_interval=0.05)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    snapshots: list[str] = []

    async def run():
        async for event in session.send(conv.id, "go"):
            if isinstance(event, TextDelta):
                last = store.messages(conv.id)[-1]
                if last.state is MessageState.STREAMING:
                    snapshots.append(last.text)

    asyncio.run(run())
    grown = sorted({len(s) for s in snapshots if s})
    assert len(grown) >= 3, grown  # the stored text grew several times mid-stream


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (Reply.error(429, retry_after=7), ErrorKind.RATE_LIMITED),
        (Reply.error(529), ErrorKind.OVERLOADED),
        (Reply.error(401), ErrorKind.AUTH),
        (Reply.stream_error(), ErrorKind.OVERLOADED),
        (Reply.drop(), ErrorKind.DROPPED),
        (Reply.malformed(), ErrorKind.MALFORMED),
    ],
)
def test_failures_become_plain_errors_and_keep_partial_text(store, fakeapi, tmp_path, reply, kind):
    fakeapi.queue(reply)
    session = make_session(store, fakeapi, tmp_path, retry_policy=NO_RETRIES)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    failed = [e for e in events if isinstance(e, ReplyFailed)]
    assert len(failed) == 1 and failed[0].error.kind is kind
    if kind is ErrorKind.RATE_LIMITED:
        assert failed[0].error.retry_after == 7
        assert "7 s" in str(failed[0].error)
    user, reply_msg = store.messages(conv.id)
    assert store.get_conversation(conv.id).title == "t"
    assert user.text == "hi"  # nothing typed is lost
    assert reply_msg.state is MessageState.FAILED
    if kind in (ErrorKind.DROPPED,):
        assert reply_msg.text == "Partial "


def test_stalled_stream_fails_by_the_watchdog(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.stall(seconds=5))
    session = make_session(store, fakeapi, tmp_path, idle_timeout=0.3)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    assert [e.error.kind for e in events if isinstance(e, ReplyFailed)] == [ErrorKind.STALLED]
    assert store.messages(conv.id)[-1].text == "Partial "


def test_retry_drops_the_failed_reply_and_asks_again(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.drop(), Reply.text("second time lucky"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    asyncio.run(collect(session.send(conv.id, "hi")))
    asyncio.run(collect(session.retry(conv.id)))
    messages = store.messages(conv.id)
    assert [(m.role, m.text, m.state) for m in messages] == [
        (Role.USER, "hi", MessageState.COMPLETE),
        (Role.ASSISTANT, "second time lucky", MessageState.COMPLETE),
    ]
    assert fakeapi.message_requests()[-1]["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "hi"}]}
    ]


def test_unknown_tool_is_answered_with_an_error_and_the_turn_goes_on(store, fakeapi, tmp_path):
    fakeapi.queue(
        Reply.tool_use("get_weather", {"city": "Seoul"}, text="Let me check."),
        Reply.text("I can't check the weather, sorry."),
    )
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "weather?")))
    assert [e.name for e in events if isinstance(e, ToolUseRequested)] == ["get_weather"]
    second = fakeapi.message_requests()[1]["messages"]
    tool_use = second[1]["content"][-1]
    assert tool_use["type"] == "tool_use" and tool_use["input"] == {"city": "Seoul"}
    result = second[2]["content"][0]
    assert result["type"] == "tool_result" and result["is_error"] is True
    assert result["tool_use_id"] == tool_use["id"]
    assert "get_weather" in result["content"]
    assert store.messages(conv.id)[-1].text == "I can't check the weather, sorry."


def test_overload_before_the_reply_is_retried_and_announced(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.error(529), Reply.error(429, retry_after=0.05), Reply.text("made it"))
    session = make_session(store, fakeapi, tmp_path, retry_policy=RetryPolicy(base_delay=0.01))
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    retries = [e for e in events if isinstance(e, RetryScheduled)]
    assert [(r.attempt, r.error.kind) for r in retries] == [
        (1, ErrorKind.OVERLOADED),
        (2, ErrorKind.RATE_LIMITED),
    ]
    assert retries[1].delay == 0.05
    assert store.messages(conv.id)[-1].text == "made it"
    assert len(fakeapi.message_requests()) == 3


def test_a_long_retry_after_is_reported_not_waited_out(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.error(429, retry_after=120))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    assert not any(isinstance(e, RetryScheduled) for e in events)
    (failed,) = [e for e in events if isinstance(e, ReplyFailed)]
    assert "Try again in 120 s" in str(failed.error)


def test_stop_during_a_retry_wait_ends_the_reply_at_once(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.error(429, retry_after=15))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def run():
        reply = session.send(conv.id, "hi")
        seen = []
        async for event in reply:
            seen.append(event)
            if isinstance(event, RetryScheduled):
                reply.stop()
        return seen

    events = asyncio.run(asyncio.wait_for(run(), 5))
    assert isinstance(events[-1], ReplyFinished)
    assert events[-1].message.state is MessageState.STOPPED
    assert len(fakeapi.message_requests()) == 1


def test_a_failure_after_text_arrived_is_not_retried(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.stream_error(), Reply.text("should not be asked for"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "hi")))
    assert any(isinstance(e, ReplyFailed) for e in events)
    assert len(fakeapi.message_requests()) == 1


def test_a_failed_first_exchange_is_named_from_its_first_line_without_a_call(
    store, fakeapi, tmp_path
):
    fakeapi.queue(Reply.error(401))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    events = asyncio.run(collect(session.send(conv.id, "서울 날씨\n자세히")))
    assert isinstance(events[-1], TitleChanged)
    assert store.get_conversation(conv.id).title == "서울 날씨"
    assert len(fakeapi.message_requests()) == 1


def test_an_edited_question_is_a_new_branch_and_the_old_one_stays(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("4"), Reply.text("6"), Reply.text("9"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def talk() -> int:  # one event loop: the SDK's connections belong to it
        await collect(session.send(conv.id, "2+2?"))
        await collect(session.send(conv.id, "and 3+3?"))
        question = store.messages(conv.id)[2]
        await collect(session.edit(conv.id, question.id, [text_block("and 4+5?")]))
        return question.id

    question_id = asyncio.run(talk())
    assert [m.text for m in store.messages(conv.id)] == ["2+2?", "4", "and 4+5?", "9"]
    # The request carried the history before the edited question, not the old branch.
    assert [t["content"][0]["text"] for t in fakeapi.message_requests()[-1]["messages"]] == [
        "2+2?",
        "4",
        "and 4+5?",
    ]
    edited = store.messages(conv.id)[2]
    assert store.siblings(conv.id)[edited.id] == (question_id, edited.id)
    store.show_branch(question_id)
    assert [m.text for m in store.messages(conv.id)] == ["2+2?", "4", "and 3+3?", "6"]


def test_regenerating_keeps_the_earlier_answer_as_an_alternative(store, fakeapi, tmp_path):
    fakeapi.queue(
        Reply.tool_use("get_weather", {"city": "Seoul"}, text="Checking."),
        Reply.text("No weather tool, sorry."),
        Reply.text("Try a weather site."),
    )
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def talk() -> list[Message]:
        await collect(session.send(conv.id, "weather?"))
        first_turn = store.messages(conv.id)
        # Regenerating from the final answer answers the question again from the start.
        await collect(session.regenerate(conv.id, first_turn[-1].id))
        return first_turn

    first_turn = asyncio.run(talk())
    assert len(first_turn) == 4  # question, tool call, tool result, answer

    messages = store.messages(conv.id)
    assert [m.text for m in messages] == ["weather?", "Try a weather site."]
    assert fakeapi.message_requests()[-1]["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "weather?"}]}
    ]
    assert store.siblings(conv.id)[messages[1].id] == (first_turn[1].id, messages[1].id)
    store.show_branch(first_turn[1].id)
    assert [m.id for m in store.messages(conv.id)] == [m.id for m in first_turn]
