"""The reply's max_tokens, end to end: the real SDK to the local API, into real SQLite. The
local API's echo obeys max_tokens, so a small limit really cuts the reply off."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.continuation import CONTINUE_PROMPT, is_continuation, was_cut_off
from desktop_app.core.events import ReplyFailed, ReplyFinished
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.reply_limit import THINKING_FLOOR, ThinkingRoom, reply_limit
from desktop_app.core.retry_policy import NO_RETRIES
from desktop_app.core.settings import DEFAULT_REPLY_LIMIT, Settings
from tests.fakeapi import FakeApi

LONG = "이 문장은 길게 이어집니다. " * 30  # Korean, and far longer than a 10-token reply


def session(store: Any, fakeapi: FakeApi, tmp_path: Path, **kw: Any) -> ChatSession:
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    return ChatSession(store, client, catalogue, retry_policy=NO_RETRIES, **kw)


async def events(reply: Any) -> list[Any]:
    return [event async for event in reply]


def chat_requests(fakeapi: FakeApi) -> list[dict[str, Any]]:
    """The requests for replies, leaving out the title requests (which send no system)."""
    return [r for r in fakeapi.message_requests() if r.get("max_tokens") != 40]


def test_the_default_is_sent_not_the_models_maximum(store, fakeapi, tmp_path):
    conversation = store.create_conversation("claude-opus-4-6")
    asyncio.run(events(session(store, fakeapi, tmp_path).send(conversation.id, "안녕")))
    assert chat_requests(fakeapi)[0]["max_tokens"] == DEFAULT_REPLY_LIMIT


def test_the_settings_default_then_the_conversations_own_capped_at_the_model(
    store, fakeapi, tmp_path
):
    chat = session(store, fakeapi, tmp_path, default_max_tokens=1500)
    conversation = store.create_conversation("claude-haiku-4-5-20251001")
    assert chat.build_request(conversation.id).max_tokens == 1500
    store.update_conversation(conversation.id, max_tokens=300)
    assert chat.build_request(conversation.id).max_tokens == 300
    store.update_conversation(conversation.id, max_tokens=500_000)
    assert chat.build_request(conversation.id).max_tokens == 64_000  # Haiku 4.5's maximum
    store.update_conversation(conversation.id, max_tokens=0)  # back to the default
    assert chat.build_request(conversation.id).max_tokens == 1500


@pytest.mark.parametrize(
    ("limit", "sent", "budget"),
    [
        (None, DEFAULT_REPLY_LIMIT + 8192, 8192),  # the default is for the answer: budget on top
        (1500, THINKING_FLOOR, 1024),  # too small for any budget: raised just enough
        (5000, 5000, 5000 - 1024),  # the budget shrinks under the user's ceiling
        (40_000, 40_000, 8192),  # room enough: the level's own budget
    ],
)
def test_a_thinking_budget_always_fits_under_max_tokens(
    store, fakeapi, tmp_path, limit, sent, budget
):
    conversation = store.create_conversation("claude-haiku-4-5-20251001")  # budget thinking
    store.update_conversation(conversation.id, thinking=True, effort="medium", max_tokens=limit)

    chat = session(store, fakeapi, tmp_path)
    finished = asyncio.run(events(chat.send(conversation.id, "생각해 보세요")))
    assert not any(isinstance(e, ReplyFailed) for e in finished)
    request = chat_requests(fakeapi)[0]
    assert request["max_tokens"] == sent
    assert request["thinking"] == {"type": "enabled", "budget_tokens": budget}
    assert request["thinking"]["budget_tokens"] < request["max_tokens"]


def test_reply_limit_rules():
    assert reply_limit(None, 8192, 64_000) == 8192
    assert reply_limit(100, 8192, 64_000) == 100
    assert reply_limit(100_000, 8192, 64_000) == 64_000
    assert reply_limit(0, 8192, 64_000) == 8192
    budget = ThinkingRoom(8192, THINKING_FLOOR)
    assert reply_limit(100, 8192, 64_000, budget) == THINKING_FLOOR
    assert reply_limit(None, 8192, 64_000, ThinkingRoom(32_000, THINKING_FLOOR)) == 40_192
    assert reply_limit(None, 8192, 32_000, ThinkingRoom(32_000, THINKING_FLOOR)) == 32_000
    adaptive = ThinkingRoom(16_384, 0)  # no API minimum: a chosen limit stays as it is
    assert reply_limit(100, 8192, 64_000, adaptive) == 100
    assert reply_limit(None, 8192, 64_000, adaptive) == 8192 + 16_384


def test_adaptive_thinking_gets_room_on_top_of_the_default(store, fakeapi, tmp_path):
    conversation = store.create_conversation("claude-opus-4-6")
    store.update_conversation(conversation.id, thinking=True, effort="low")
    chat = session(store, fakeapi, tmp_path)
    assert chat.build_request(conversation.id).max_tokens == DEFAULT_REPLY_LIMIT + 2048
    store.update_conversation(conversation.id, effort="")  # the API's default level: high
    assert chat.build_request(conversation.id).max_tokens == DEFAULT_REPLY_LIMIT + 16_384
    store.update_conversation(conversation.id, max_tokens=3000)
    assert chat.build_request(conversation.id).max_tokens == 3000


@pytest.mark.parametrize("model", ["claude-sonnet-4-6", "claude-haiku-4-5-20251001"])
def test_continue_after_a_cut_off_reply(store, fakeapi, tmp_path, model):
    """Sonnet 4.6 refuses a prefill like the real API, Haiku 4.5 takes one: both continue."""
    conversation = store.create_conversation(model)
    store.update_conversation(conversation.id, max_tokens=10)
    chat = session(store, fakeapi, tmp_path)

    async def cut_then_continue() -> tuple[Any, list[Any]]:
        await events(chat.send(conversation.id, LONG))
        cut = store.messages(conversation.id)[-1]
        assert was_cut_off(cut) and cut.text
        store.update_conversation(conversation.id, max_tokens=4000)
        return cut, await events(chat.continue_reply(conversation.id, cut.id))

    cut, more = asyncio.run(cut_then_continue())

    assert not [e.error for e in more if isinstance(e, ReplyFailed)]
    finished = next(e for e in more if isinstance(e, ReplyFinished))
    assert finished.message.stop_reason == "end_turn"
    request = chat_requests(fakeapi)[-1]
    assert request["messages"][-2] == {"role": "assistant", "content": cut.content}
    assert request["messages"][-1] == {
        "role": "user",
        "content": [{"type": "text", "text": CONTINUE_PROMPT}],
    }
    stored = store.messages(conversation.id)
    assert [is_continuation(m) for m in stored] == [False, False, True, False]


def test_only_the_last_cut_off_reply_can_be_continued(store, fakeapi, tmp_path):
    conversation = store.create_conversation("claude-sonnet-4-6")
    chat = session(store, fakeapi, tmp_path)
    asyncio.run(events(chat.send(conversation.id, "짧게")))
    whole = store.messages(conversation.id)[-1]
    assert whole.stop_reason == "end_turn"
    with pytest.raises(ValueError):
        chat.continue_reply(conversation.id, whole.id)
    assert len(store.messages(conversation.id)) == 2  # nothing stored, nothing sent


@pytest.mark.parametrize("value", [0, -5, True, "8192", 2_000_000, None])
def test_a_damaged_default_in_the_settings_file_gives_the_default(tmp_path, value):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"default_max_tokens": value}), encoding="utf-8")
    assert Settings.load(path).default_max_tokens == DEFAULT_REPLY_LIMIT
    path.write_text(json.dumps({"default_max_tokens": 2048}), encoding="utf-8")
    assert Settings.load(path).default_max_tokens == 2048
