"""Cache breakpoints in requests, and what they earn against the local API over many turns."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.conversation import Role
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.request import Request
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import EchoTool

LONG_SYSTEM = "당신은 릴리스 노트를 검토합니다. Check every wire-format change carefully. " * 120
USER = [{"role": "user", "content": [{"type": "text", "text": "안녕"}]}]


def request(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": USER}
    return Request(**{**base, **kw}).to_params()


def markers(params: dict[str, Any]) -> list[dict[str, Any]]:
    found = [t["cache_control"] for t in params.get("tools", []) if "cache_control" in t]
    system = params.get("system")
    if isinstance(system, list):
        found += [b["cache_control"] for b in system if "cache_control" in b]
    for message in params["messages"]:
        found += [b["cache_control"] for b in message["content"] if "cache_control" in b]
    if "cache_control" in params:
        found.append(params["cache_control"])
    return found


def test_a_long_system_prompt_gets_its_own_breakpoint():
    params = request(system=LONG_SYSTEM)
    assert params["system"] == [
        {"type": "text", "text": LONG_SYSTEM, "cache_control": {"type": "ephemeral"}}
    ]
    assert params["cache_control"] == {"type": "ephemeral"}  # the automatic one stays


def test_a_short_system_prompt_stays_a_string_and_below_a_models_minimum_too():
    assert request(system="Be brief.")["system"] == "Be brief."
    # ~3,000 tokens: enough for Sonnet 4.5 (1,024) but not for Opus 4.6 (4,096).
    medium = "x" * 12_000
    assert isinstance(request(system=medium)["system"], list)
    assert request(system=medium, model="claude-opus-4-6")["system"] == medium


def test_long_tool_definitions_get_a_breakpoint_on_the_last_one():
    tools = [
        {"name": f"tool_{i}", "description": "설명 " * 300, "input_schema": {"type": "object"}}
        for i in range(3)
    ]
    params = request(tools=tools, system="Be brief.")
    assert [("cache_control" in t) for t in params["tools"]] == [False, False, True]
    assert "cache_control" not in tools[-1]  # the caller's definitions are not changed
    assert request(tools=tools[:1], model="claude-opus-4-6")["tools"] == tools[:1]


def test_one_hour_ttl_goes_on_every_breakpoint():
    tools = [{"name": "t", "description": "d " * 3000, "input_schema": {"type": "object"}}]
    params = request(system=LONG_SYSTEM, tools=tools, cache_ttl="1h")
    assert markers(params) == [{"type": "ephemeral", "ttl": "1h"}] * 3


def test_never_more_than_four_breakpoints():
    tools = [{"name": "t", "description": "d " * 3000, "input_schema": {"type": "object"}}]
    marked = {"type": "text", "text": "x", "cache_control": {"type": "ephemeral"}}
    for already in range(5):
        content = [dict(marked) for _ in range(already)] + [{"type": "text", "text": "q"}]
        params = request(
            system=LONG_SYSTEM, tools=tools, messages=[{"role": "user", "content": content}]
        )
        # Tools, system and the automatic one while there is room; the end first.
        assert len(markers(params)) == min(4, already + 3)
        assert ("cache_control" in params) == (already < 4)


def test_no_caching_means_no_markers():
    params = request(system=LONG_SYSTEM, cache=False)
    assert params["system"] == LONG_SYSTEM and "cache_control" not in params


def make_session(store, fakeapi, tmp_path, tools=None) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    return ChatSession(store, client, catalogue, tools=tools)


async def converse(session: ChatSession, conversation_id: int, turns: int) -> None:
    for i in range(turns):
        async for _ in session.send(conversation_id, f"{i + 1}번째 질문: 다음은?"):
            pass


def test_twenty_turns_read_most_of_their_prompt_from_the_cache(store, fakeapi, tmp_path):
    session = make_session(store, fakeapi, tmp_path, ToolRegistry([EchoTool()]))
    conv = store.create_conversation("claude-sonnet-4-5", system_prompt=LONG_SYSTEM, title="t")
    asyncio.run(converse(session, conv.id, 20))

    replies = [m.usage for m in store.messages(conv.id) if m.role is Role.ASSISTANT]
    assert len(replies) == 20 and all(u is not None for u in replies)
    first, later = replies[0], replies[1:]
    assert first is not None and first.cache_creation_input_tokens > 0
    read = sum(u.cache_read_input_tokens for u in later if u)
    prompt = sum(
        u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens
        for u in later
        if u
    )
    assert read / prompt >= 0.9
    sent = [b for b in fakeapi.message_requests() if b["model"] == "claude-sonnet-4-5"]
    assert all(isinstance(b["system"], list) for b in sent)
    assert all("cache_control" in b["system"][-1] for b in sent)


def test_a_one_hour_conversation_asks_for_and_gets_one_hour_writes(store, fakeapi, tmp_path):
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-5", system_prompt=LONG_SYSTEM, title="t")
    store.update_conversation(conv.id, cache_ttl="1h")
    asyncio.run(converse(session, conv.id, 2))

    sent = [b for b in fakeapi.message_requests() if b["model"] == "claude-sonnet-4-5"]
    assert all(m == {"type": "ephemeral", "ttl": "1h"} for b in sent for m in markers(b))
    reply = next(m for m in store.messages(conv.id) if m.role is Role.ASSISTANT)
    assert reply.usage is not None
    assert reply.usage.cache_creation_1h_input_tokens == reply.usage.cache_creation_input_tokens
    fakeapi.prompt_cache.advance(30 * 60)  # past five minutes, within the hour
    asyncio.run(converse(session, conv.id, 1))
    last = [m for m in store.messages(conv.id) if m.role is Role.ASSISTANT][-1]
    assert last.usage is not None and last.usage.cache_read_input_tokens > 0
