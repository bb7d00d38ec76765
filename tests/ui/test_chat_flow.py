"""Sending, streaming, stopping and switching conversations in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.conversation import MessageState, Role
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver

LONG = " ".join(f"word{i}" for i in range(400))


def test_a_message_streams_in_and_is_stored(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    claude_env.queue(
        Reply.text("Hello **there**, friend.", chunk=3, delay=0.01), Reply.text("Greeting")
    )
    ui.send("Hi Claude")
    ui.wait_shown("Hello there, friend.")  # Markdown rendered: no asterisks once final
    ui.wait_idle()
    assert ui.window.composer.text() == ""
    assert ui.texts() == ["Hi Claude", "Hello there, friend."]
    messages = ui.store.messages(ui.current().id)
    assert [(m.role, m.state) for m in messages] == [
        (Role.USER, MessageState.COMPLETE),
        (Role.ASSISTANT, MessageState.COMPLETE),
    ]
    assert claude_env.message_requests()[0]["messages"][-1]["content"][0]["text"] == "Hi Claude"
    ui.qtbot.waitUntil(lambda: ui.titles() == ["Greeting"], timeout=5000)
    assert "Last reply:" in ui.window.usage_label.text()
    assert " in · " in ui.window.usage_label.text()


def test_shift_enter_adds_a_line_instead_of_sending(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    ui.type("first line")
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    ui.type("second line")
    assert ui.window.composer.text() == "first line\nsecond line"
    assert claude_env.message_requests() == []


def test_korean_typed_in_the_composer_is_sent_and_shown(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("쿼키랜드의 수도는 쿼키시티입니다.", chunk=2, delay=0.005))
    ui.send("쿼키랜드의 수도는 어디인가요?")
    ui.wait_shown("쿼키랜드의 수도는 쿼키시티입니다.")
    assert ui.texts()[0] == "쿼키랜드의 수도는 어디인가요?"
    sent = claude_env.message_requests()[0]["messages"][-1]["content"][0]["text"]
    assert sent == "쿼키랜드의 수도는 어디인가요?"


def test_stop_mid_stream_keeps_the_partial_text(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text(LONG, chunk=5, delay=0.02))
    ui.send("Write a lot")
    ui.wait_shown("word3")
    assert ui.window.composer.send_button.text() == "Stop"
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Escape)
    ui.wait_idle()
    assert ui.window.composer.send_button.text() == "Send"
    reply = ui.store.messages(ui.current().id)[-1]
    assert reply.state is MessageState.STOPPED
    assert reply.text.startswith("word0 word1 word2")
    assert len(reply.text) < len(LONG)
    assert reply.text.strip() in ui.shown()  # Markdown drops trailing spaces
    card = ui.window.chat.cards[reply.id]
    assert card.footer.text() == "Stopped"


def test_switching_away_mid_stream_lets_it_finish_in_the_background(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    slow = " ".join(f"slow{i}" for i in range(120))
    claude_env.queue(Reply.text(slow, chunk=4, delay=0.02))
    ui.send("First conversation")
    ui.wait_shown("slow2")
    first = ui.current().id
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.window.current_id is None
    assert ui.texts() == []
    claude_env.queue(Reply.text("Second answer", delay=0.0))
    ui.send("Second conversation")
    ui.wait_shown("Second answer")
    second = ui.current().id
    assert second != first
    assert "slow" not in ui.shown()

    ui.window.open_conversation(first)  # back while it still streams, or just after
    ui.wait_shown("slow119")
    ui.wait_idle()
    assert ui.texts()[-1] == slow
    assert ui.store.messages(first)[-1].text == slow
    assert ui.store.messages(first)[-1].state is MessageState.COMPLETE
    assert ui.store.messages(second)[-1].text == "Second answer"


def test_thinking_is_shown_collapsed(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("The answer.", thinking="Let me think about it."))
    ui.send("Think first")
    ui.wait_shown("The answer.")
    ui.wait_idle()
    card = ui.window.chat.cards[ui.store.messages(ui.current().id)[-1].id]
    assert card.thinking_toggle.isVisible()
    assert not card.thinking.isVisible()
    assert card.thinking.toPlainText() == "Let me think about it."
    ui.click(card.thinking_toggle)
    assert card.thinking.isVisible()
