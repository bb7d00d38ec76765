"""Recorded thinking goes back unchanged: real thinking streams replayed by the local API into
the real SDK and ChatSession, then the next request carries the very same blocks.

The expected blocks come from the tests' own SSE parser (tests.fakeapi.recordings), not from
the code under test, so a block altered anywhere on the way (SDK, translation, builder, store,
request) fails here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.events import ReplyFinished
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.retry_policy import NO_RETRIES
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import EchoTool, ScriptedGate
from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.recordings import parse_sse, rebuild_content, recorded_bodies, request_model

THINKING_KINDS = ("thinking", "redacted_thinking")
STREAMS = [
    "llm-anthropic/test_stream_events_thinking.yaml.response0.200.sse",
    "pydantic-ai/test_anthropic_model_thinking_part_redacted_stream.yaml.response0.200.sse",
    "pydantic-ai/test_anthropic_model_thinking_part_stream.yaml.response0.200.sse",
    "ruby_llm/chat_with_extended_thinking_anthropic_claude-haiku-4-5_streams_thinking_content"
    "_when_available.yml.response0.200.sse",
]
TOOL_CHAIN = "llm-anthropic/test_fixed_version_tool_chain_with_thinking_display_regression.yaml"


def recording(name: str) -> Path:
    (path,) = recorded_bodies(name)
    return path


def recorded_content(path: Path) -> list[dict[str, Any]]:
    return rebuild_content(parse_sse(path.read_bytes()))


def thinking_blocks(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for b in blocks if b.get("type") in THINKING_KINDS]


async def live_session(store: Any, fakeapi: FakeApi, tmp_path: Path, **kw: Any) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    await catalogue.refresh(client)
    return ChatSession(store, client, catalogue, retry_policy=NO_RETRIES, **kw)


def assistant_turns(body: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [m["content"] for m in body["messages"] if m["role"] == "assistant"]


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
@pytest.mark.parametrize("name", STREAMS, ids=lambda name: name.split("/")[1][:50])
def test_recorded_thinking_goes_back_unchanged_in_the_next_request(
    name: str, store: Any, fakeapi: FakeApi, tmp_path: Path
) -> None:
    path = recording(name)
    expected = recorded_content(path)
    assert thinking_blocks(expected), "the recording holds thinking"
    model = request_model(path) or parse_sse(path.read_bytes())[0].data["message"]["model"]

    async def run() -> None:
        session = await live_session(store, fakeapi, tmp_path)
        chat = store.create_conversation(model, title="t")
        store.update_conversation(chat.id, thinking=True)
        fakeapi.queue(Reply.sse(path.read_bytes()))
        first = [event async for event in session.send(chat.id, "Think first, please.")]
        finished = next(e for e in first if isinstance(e, ReplyFinished))
        assert finished.message.content == expected  # stored exactly as streamed
        [event async for event in session.send(chat.id, "And now?")]

    asyncio.run(run())
    *_, following = fakeapi.message_requests()
    [sent] = assistant_turns(following)
    assert thinking_blocks(sent) == thinking_blocks(expected)  # text, signature, data, order
    assert sent == expected
    assert following["messages"][-1]["content"] == [{"type": "text", "text": "And now?"}]


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
def test_thinking_before_a_tool_call_goes_back_with_the_call_and_later(
    store: Any, fakeapi: FakeApi, tmp_path: Path
) -> None:
    call = recording(f"{TOOL_CHAIN}.response0.200.sse")
    answer = recording(f"{TOOL_CHAIN}.response1.200.sse")
    called, answered = recorded_content(call), recorded_content(answer)
    assert [b["type"] for b in called] == ["thinking", "tool_use"]
    tool = EchoTool("fixed_version", read_only=True)

    async def run() -> None:
        session = await live_session(
            store, fakeapi, tmp_path, tools=ToolRegistry([tool]), gate=ScriptedGate()
        )
        chat = store.create_conversation(request_model(call) or "claude-haiku-4-5", title="t")
        store.update_conversation(chat.id, thinking=True, effort="low")
        fakeapi.queue(Reply.sse(call.read_bytes()), Reply.sse(answer.read_bytes()))
        [event async for event in session.send(chat.id, "Which version? Then a joke.")]
        [event async for event in session.send(chat.id, "Another joke?")]

    asyncio.run(run())
    assert tool.calls == [{}]
    _question, tool_round, following = fakeapi.message_requests()
    # Within the tool round: the thinking opens the assistant turn, so budget thinking stays on.
    assert assistant_turns(tool_round) == [called]
    assert tool_round["thinking"] == {"type": "enabled", "budget_tokens": 2048}
    assert tool_round["messages"][-1]["content"][0]["tool_use_id"] == called[1]["id"]
    # On the next question: the same blocks, in order, before the tool result and the answer.
    assert assistant_turns(following) == [called, answered]
    assert thinking_blocks(assistant_turns(following)[0]) == thinking_blocks(called)
