"""Thinking on, end to end: the real SDK sends what each model takes, the local API answers with
thinking, the title request never thinks, and an effort the API refuses is a plain error."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.errors import ErrorKind, describe
from desktop_app.core.events import ReplyFailed, ReplyFinished, ThinkingDelta
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.model_info import FALLBACK_MODELS
from desktop_app.core.retry_policy import NO_RETRIES
from tests.fakeapi import FakeApi, Reply

XHIGH_REFUSED = (
    "This model does not support effort level 'xhigh'. Supported levels: high, low, max, medium."
)


async def live_session(store: Any, fakeapi: FakeApi, tmp_path: Path) -> ChatSession:
    """A session whose catalogue comes from the local API's Models endpoint, as the app's does."""
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    catalogue = ModelCatalogue(tmp_path / "models.json")
    await catalogue.refresh(client)
    return ChatSession(store, client, catalogue, retry_policy=NO_RETRIES)


async def ask(session: ChatSession, conversation_id: int, text: str) -> list[Any]:
    return [event async for event in session.send(conversation_id, text)]


@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
@pytest.mark.parametrize(
    ("model", "effort", "thinking", "output_config"),
    [
        ("claude-sonnet-4-6", "", {"type": "adaptive"}, None),
        ("claude-opus-4-6", "max", {"type": "adaptive"}, {"effort": "max"}),
        ("claude-sonnet-4-6", "low", {"type": "adaptive"}, {"effort": "low"}),
        ("claude-haiku-4-5-20251001", "", {"type": "enabled", "budget_tokens": 8192}, None),
        ("claude-haiku-4-5-20251001", "max", {"type": "enabled", "budget_tokens": 32000}, None),
        ("claude-sonnet-4-5-20250929", "low", {"type": "enabled", "budget_tokens": 2048}, None),
    ],
)
def test_each_kind_of_model_gets_the_thinking_it_takes(
    store: Any,
    fakeapi: FakeApi,
    tmp_path: Path,
    model: str,
    effort: str,
    thinking: dict[str, Any],
    output_config: dict[str, Any] | None,
) -> None:
    async def run() -> list[Any]:
        session = await live_session(store, fakeapi, tmp_path)
        chat = store.create_conversation(model)
        store.update_conversation(chat.id, thinking=True, effort=effort)
        fakeapi.queue(Reply.text("Forty-two."))
        return await ask(session, chat.id, "Six times seven?")

    events = asyncio.run(run())
    asked, titled = fakeapi.message_requests()
    assert asked["model"] == model
    assert asked["thinking"] == thinking
    assert asked.get("output_config") == output_config
    # The API answered with thinking first (the local API thinks when asked), and it is kept.
    assert "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    finished = next(e for e in events if isinstance(e, ReplyFinished))
    assert [b["type"] for b in finished.message.content] == ["thinking", "text"]
    assert finished.message.content[0]["signature"]
    # Titles use the cheapest model, briefly: never thinking, never an effort.
    assert titled["max_tokens"] == 40
    assert "thinking" not in titled and "output_config" not in titled


def test_thinking_off_sends_neither_thinking_nor_effort(
    store: Any, fakeapi: FakeApi, tmp_path: Path
) -> None:
    async def run() -> None:
        session = await live_session(store, fakeapi, tmp_path)
        chat = store.create_conversation("claude-opus-4-6")
        store.update_conversation(chat.id, thinking=False, effort="max")
        await ask(session, chat.id, "Hello")

    asyncio.run(run())
    asked = fakeapi.message_requests()[0]
    assert "thinking" not in asked and "output_config" not in asked
    assert asked["messages"][-1]["content"][0]["text"] == "Hello"


def test_an_effort_the_api_refuses_is_a_plain_error_with_its_words(
    store: Any, fakeapi: FakeApi, tmp_path: Path
) -> None:
    # A stale model cache says Opus 4.6 takes xhigh; the API (here, as recorded) says no.
    stale = json.loads(json.dumps([m.to_dict() for m in FALLBACK_MODELS]))
    opus = next(entry for entry in stale if entry["id"] == "claude-opus-4-6")
    opus["capabilities"]["effort"]["xhigh"] = {"supported": True}
    (tmp_path / "models.json").write_text(json.dumps({"models": stale}), encoding="utf-8")
    client = AnthropicClient("test-key", fakeapi.url, max_retries=0)
    session = ChatSession(
        store, client, ModelCatalogue(tmp_path / "models.json"), retry_policy=NO_RETRIES
    )
    chat = store.create_conversation("claude-opus-4-6", title="t")
    store.update_conversation(chat.id, thinking=True, effort="xhigh")

    events = asyncio.run(ask(session, chat.id, "What is 2+2?"))
    assert fakeapi.message_requests()[0]["output_config"] == {"effort": "xhigh"}
    failed = next(e for e in events if isinstance(e, ReplyFailed))
    assert failed.error.kind is ErrorKind.INVALID_REQUEST
    assert failed.error.status == 400
    assert failed.error.detail == XHIGH_REFUSED
    assert XHIGH_REFUSED in describe(failed.error)
