"""The tool loop end to end: real SDK over HTTP to the local API, real SQLite, real tools."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import MessageState, Role
from desktop_app.core.events import (
    ContinueAsked,
    ReplyFinished,
    ToolCallFinished,
    ToolCallRunning,
    ToolCallWaiting,
    ToolUseRequested,
)
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.permissions import Decision, GrantScope, PermissionPolicy
from desktop_app.core.request import build_messages
from desktop_app.core.tool_status import ToolStatus
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import (
    CASSETTES,
    BrokenTool,
    EchoTool,
    ScriptedGate,
    SilentGate,
    SlowTool,
)
from tests.fakeapi import Reply


def session_for(store, fakeapi, tmp_path, tools, gate, **kw) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    return ChatSession(
        store,
        client,
        ModelCatalogue(tmp_path / "models.json"),
        tools=ToolRegistry(tools),
        gate=gate,
        **kw,
    )


async def collect(reply):
    return [event async for event in reply]


def finished(events):
    return [(e.name, e.status) for e in events if isinstance(e, ToolCallFinished)]


def results_sent(fakeapi, index):
    """The tool_result blocks of the last user turn of request `index`."""
    return fakeapi.message_requests()[index]["messages"][-1]["content"]


def test_definitions_go_out_and_an_allowed_call_runs_and_is_answered(store, fakeapi, tmp_path):
    echo = EchoTool()
    fakeapi.queue(Reply.tool_use("echo", {"name": "Ada"}, text="Calling."), Reply.text("Done."))
    gate = ScriptedGate()
    session = session_for(store, fakeapi, tmp_path, [echo], gate)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))

    first = fakeapi.message_requests()[0]
    assert [t["name"] for t in first["tools"]] == ["echo"]
    kinds = [type(e) for e in events if isinstance(e, (ToolCallWaiting, ToolCallRunning))]
    assert kinds == [ToolCallWaiting, ToolCallRunning]
    waiting = next(e for e in events if isinstance(e, ToolCallWaiting)).request
    assert waiting.source == "built-in" and waiting.arguments == {"name": "Ada"}
    assert waiting.description == "Echo the arguments back."
    assert finished(events) == [("echo", ToolStatus.DONE)]
    (result,) = results_sent(fakeapi, 1)
    assert result["content"] == "echo got {'name': 'Ada'}" and "is_error" not in result
    assert "parley" not in result  # Parley's own notes never reach the API
    stored = store.messages(conv.id)
    assert [m.role for m in stored] == [Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT]
    assert stored[2].state is MessageState.COMPLETE
    assert stored[2].content[0]["parley"]["status"] == "done"
    assert stored[-1].text == "Done."


def test_recorded_parallel_calls_are_answered_together_in_order(store, fakeapi, tmp_path):
    recorded = Path(CASSETTES, "llm-anthropic/test_tools.yaml.response0.200.sse").read_text()
    tool = EchoTool("pelican_name_generator")
    fakeapi.queue(Reply.sse(recorded), Reply.text("Two names."))
    session = session_for(store, fakeapi, tmp_path, [tool], ScriptedGate())
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "two pelican names")))

    asked = [e.tool_use_id for e in events if isinstance(e, ToolUseRequested)]
    assert len(asked) == 2 and len(tool.calls) == 2
    sent = fakeapi.message_requests()[1]["messages"]
    assert [b["tool_use_id"] for b in sent[-1]["content"]] == asked
    assert [b["id"] for b in sent[-2]["content"] if b["type"] == "tool_use"] == asked


def test_recorded_stream_of_a_tool_with_streamed_arguments(store, fakeapi, tmp_path):
    name = "dd-trace-py/anthropic_completion_tools_stream.yaml.response0.200.sse"
    weather = EchoTool("get_weather")
    fakeapi.queue(Reply.sse(Path(CASSETTES, name).read_text()), Reply.text("Sunny."))
    session = session_for(store, fakeapi, tmp_path, [weather], ScriptedGate())
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    asyncio.run(collect(session.send(conv.id, "weather?")))
    assert "San Francisco" in weather.calls[0]["location"]


def test_denial_with_a_reason_reaches_the_model_and_nothing_runs(store, fakeapi, tmp_path):
    echo = EchoTool()
    fakeapi.queue(Reply.tool_use("echo", {"name": "x"}), Reply.text("OK, I won't."))
    gate = ScriptedGate({"echo": Decision(False, GrantScope.ONCE, "not on a Sunday")})
    session = session_for(store, fakeapi, tmp_path, [echo], gate)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert finished(events) == [("echo", ToolStatus.DENIED)]
    assert echo.calls == []
    (result,) = results_sent(fakeapi, 1)
    assert result["is_error"] is True and "not on a Sunday" in result["content"]
    assert "denied" in result["content"]


def test_no_gate_means_every_call_is_denied(store, fakeapi, tmp_path):
    echo = EchoTool()
    fakeapi.queue(Reply.tool_use("echo", {}), Reply.text("ok"))
    session = session_for(store, fakeapi, tmp_path, [echo], None)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert finished(events) == [("echo", ToolStatus.DENIED)] and echo.calls == []


def test_a_gate_that_raises_denies(store, fakeapi, tmp_path):
    class Broken(ScriptedGate):
        async def ask(self, request):
            raise RuntimeError("dialog crashed")

    echo = EchoTool()
    fakeapi.queue(Reply.tool_use("echo", {}), Reply.text("ok"))
    session = session_for(store, fakeapi, tmp_path, [echo], Broken())
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert finished(events) == [("echo", ToolStatus.DENIED)] and echo.calls == []


def test_timeout_failure_and_unknown_tool_each_get_an_error_result(store, fakeapi, tmp_path):
    fakeapi.queue(
        Reply.tool_use("slow", {}),
        Reply.tool_use("broken", {}),
        Reply.tool_use("nope", {}),
        Reply.text("All done."),
    )
    slow = SlowTool(seconds=30, timeout=0.2)
    session = session_for(store, fakeapi, tmp_path, [slow, BrokenTool()], ScriptedGate())
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(asyncio.wait_for(collect(session.send(conv.id, "go")), 20))
    assert finished(events) == [
        ("slow", ToolStatus.TIMED_OUT),
        ("broken", ToolStatus.FAILED),
        ("nope", ToolStatus.UNKNOWN),
    ]
    texts = [results_sent(fakeapi, i)[0]["content"] for i in (1, 2, 3)]
    assert "took longer than 0.2 s" in texts[0]
    assert texts[1] == "the disk is on fire"
    assert "no tool named 'nope'" in texts[2]
    assert all(results_sent(fakeapi, i)[0]["is_error"] for i in (1, 2, 3))


def test_stop_cancels_a_running_tool_and_the_history_stays_valid(store, fakeapi, tmp_path):
    slow = SlowTool(seconds=60)
    fakeapi.queue(Reply.tool_use("slow", {}), Reply.text("never asked for"))
    session = session_for(store, fakeapi, tmp_path, [slow], ScriptedGate())
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def run():
        reply = session.send(conv.id, "go")
        seen = []
        async for event in reply:
            seen.append(event)
            if isinstance(event, ToolCallRunning):
                asyncio.get_running_loop().call_later(0.05, reply.stop)
        return seen

    events = asyncio.run(asyncio.wait_for(run(), 20))
    assert slow.cancelled
    assert finished(events) == [("slow", ToolStatus.STOPPED)]
    assert len(fakeapi.message_requests()) == 1
    turns = build_messages(store.messages(conv.id))
    assert turns[-1]["content"][0]["content"].startswith("Stopped by the user")


def test_stop_while_waiting_for_approval_denies_the_call(store, fakeapi, tmp_path):
    echo = EchoTool()
    gate = SilentGate()
    fakeapi.queue(Reply.tool_use("echo", {}), Reply.text("never"))
    session = session_for(store, fakeapi, tmp_path, [echo], gate)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def run():
        reply = session.send(conv.id, "go")
        seen = []
        async for event in reply:
            seen.append(event)
            if isinstance(event, ToolCallWaiting):
                asyncio.get_running_loop().call_later(0.05, reply.stop)
        return seen

    events = asyncio.run(asyncio.wait_for(run(), 20))
    assert finished(events) == [("echo", ToolStatus.STOPPED)] and echo.calls == []


def test_the_round_cap_asks_to_continue_instead_of_stopping_silently(store, fakeapi, tmp_path):
    fakeapi.queue(*[Reply.tool_use("echo", {"n": i}) for i in range(3)], Reply.text("fin"))
    gate = ScriptedGate(go_on=True)
    session = session_for(store, fakeapi, tmp_path, [EchoTool()], gate, max_tool_rounds=2)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert [e.request.rounds_done for e in events if isinstance(e, ContinueAsked)] == [2]
    assert store.messages(conv.id)[-1].text == "fin"


@pytest.mark.parametrize("go_on", [False, None])
def test_no_or_a_broken_answer_to_continue_ends_the_turn(store, fakeapi, tmp_path, go_on):
    fakeapi.queue(*[Reply.tool_use("echo", {"n": i}) for i in range(3)], Reply.text("fin"))
    gate = ScriptedGate(go_on=go_on)
    session = session_for(store, fakeapi, tmp_path, [EchoTool()], gate, max_tool_rounds=2)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert len(gate.continues) == 1 and len(fakeapi.message_requests()) == 2
    assert isinstance([e for e in events if isinstance(e, ReplyFinished)][-1], ReplyFinished)
    assert build_messages(store.messages(conv.id))[-1]["role"] == "user"


def test_a_conversation_grant_skips_the_question_next_time(store, fakeapi, tmp_path):
    fakeapi.queue(Reply.tool_use("echo", {}), Reply.tool_use("echo", {}), Reply.text("ok"))
    gate = ScriptedGate({"echo": Decision(True, GrantScope.CONVERSATION)})
    policy = PermissionPolicy()
    session = session_for(store, fakeapi, tmp_path, [EchoTool()], gate, policy=policy)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    events = asyncio.run(collect(session.send(conv.id, "go")))
    assert len(gate.asked) == 1
    assert finished(events) == [("echo", ToolStatus.DONE)] * 2


def test_stop_right_as_a_call_starts_waiting_does_not_hang(store, fakeapi, tmp_path):
    gate = SilentGate()
    fakeapi.queue(Reply.tool_use("echo", {}), Reply.text("never"))
    session = session_for(store, fakeapi, tmp_path, [EchoTool()], gate)
    conv = store.create_conversation("claude-sonnet-4-6", title="t")

    async def run():
        reply = session.send(conv.id, "go")
        seen = []
        async for event in reply:
            seen.append(event)
            if isinstance(event, ToolCallWaiting):
                reply.stop()  # before the gate's question has even begun
        return seen

    events = asyncio.run(asyncio.wait_for(run(), 5))
    assert finished(events) == [("echo", ToolStatus.STOPPED)]
