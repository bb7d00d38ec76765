"""Thinking in the chat: recorded thinking streams replayed by the local API into the real
window show as a collapsed "Thinking" section; redacted thinking says so."""

from __future__ import annotations

from desktop_app.ui.widgets.message_card import REDACTED_NOTE
from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.recordings import recorded_bodies
from tests.ui.chat_driver import ChatDriver

THINKING = "llm-anthropic/test_stream_events_thinking.yaml.response0.200.sse"
REDACTED = "pydantic-ai/test_anthropic_model_thinking_part_redacted_stream.yaml.response0.200.sse"


def replay(ui: ChatDriver, api: FakeApi, name: str) -> None:
    (path,) = recorded_bodies(name)
    api.queue(Reply.sse(path.read_bytes()), Reply.text("Title"))
    ui.send("think about it")
    ui.qtbot.waitUntil(lambda: len(ui.texts()) == 2 and ui.texts()[1] != "", timeout=10_000)
    ui.wait_idle()


def test_recorded_thinking_is_shown_collapsed(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    replay(ui, claude_env, THINKING)
    card = ui.window.chat.column.built[-1].card
    assert card.thinking_toggle.isVisible() and card.thinking_toggle.text() == "Thinking"
    assert card.thinking is not None and not card.thinking.isVisible()  # collapsed
    stored = ui.store.messages(ui.current().id)[-1]
    thought = next(b["thinking"] for b in stored.content if b["type"] == "thinking")
    assert card.thinking.toPlainText() == thought
    ui.click(card.thinking_toggle)
    assert card.thinking.isVisible()


def test_redacted_thinking_is_shown_as_such(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    replay(ui, claude_env, REDACTED)
    card = ui.window.chat.column.built[-1].card
    assert card.thinking_toggle.isVisible()
    assert card.thinking is not None and REDACTED_NOTE in card.thinking.toPlainText()
