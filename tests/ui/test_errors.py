"""Failures shown inline in plain words, with Retry and the key prompt; nothing typed is lost."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from desktop_app.core.conversation import MessageState
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.dialogs.api_key_dialog import SESSION_ONLY
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory


@pytest.fixture
def no_keyring() -> object:
    """The real `keyring` package with no backend, as on a desktop without a Secret Service."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_an_error_offers_retry_and_retry_works(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.error(400, message="messages: something is off"))
    ui.send("Please answer")
    card = ui.wait_error()
    assert card.label.text().startswith("The API rejected the request.")
    assert "Traceback" not in card.label.text()
    assert card.retry_button.isVisible()
    assert ui.texts() == ["Please answer"]  # the empty failed reply is not shown
    claude_env.queue(Reply.text("Second time lucky"))
    ui.click(card.retry_button)
    ui.wait_shown("Second time lucky")
    ui.wait_idle()
    assert ui.error_card() is None
    messages = ui.store.messages(ui.current().id)
    assert [m.text for m in messages] == ["Please answer", "Second time lucky"]
    assert messages[-1].state is MessageState.COMPLETE


def test_rate_limit_says_how_long_to_wait(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    # Parley retries a 429 twice (obeying a short retry-after), saying so; the third is shown.
    claude_env.queue(*[Reply.error(429, retry_after=1)] * 3)
    ui.send("Hello?")
    status = ui.window.statusBar()
    ui.qtbot.waitUntil(lambda: "trying again in 1 s" in status.currentMessage(), timeout=5000)
    assert status.currentMessage().startswith("Rate limit reached — trying again")
    card = ui.wait_error()
    assert card.label.text() == "Rate limit reached. Try again in 1 s."
    assert len(claude_env.message_requests()) == 3


def test_a_dropped_connection_keeps_the_partial_text_and_says_so(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.drop(after_text="The first half of the"))
    ui.send("Tell me a story")
    card = ui.wait_error()
    assert "connection was lost" in card.label.text()
    assert "Check your connection" in card.label.text()
    reply = ui.store.messages(ui.current().id)[-1]
    assert reply.state is MessageState.FAILED
    assert reply.text == "The first half of the"
    assert "The first half of the" in ui.shown()


def test_a_refused_key_offers_a_new_key_then_retries(
    ready_window: ChatDriver, claude_env: FakeApi, no_keyring: object
) -> None:
    ui = ready_window
    claude_env.queue(Reply.error(401))
    ui.send("Are you there?")
    card = ui.wait_error()
    assert card.label.text().startswith("The API key was refused.")
    assert card.key_button.isVisible()
    claude_env.queue(Reply.text("Yes, with the new key."))
    ui.click(card.key_button)
    dialog = ui.wait_key_dialog()
    ui.enter_key("sk-ant-new-key")
    assert dialog.status.text() == SESSION_ONLY  # no keyring here: kept for the session
    ui.wait_shown("Yes, with the new key.")
    posts = [r for r in claude_env.requests if r.path == "/v1/messages"]
    assert posts[0].api_key == "test-key"
    assert posts[-1].api_key == "sk-ant-new-key"


def test_first_start_without_a_key_asks_for_one_and_keeps_the_typed_text(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: object,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    ui = open_window(ready=False)
    dialog = ui.wait_key_dialog()
    assert ui.window.connection.state is ConnectionState.NEEDS_KEY
    dialog.reject()
    ui.send("Nothing may be lost")
    card = ui.wait_error()
    assert card.key_button.isVisible()
    assert not card.retry_button.isVisible()
    assert ui.window.composer.text() == "Nothing may be lost"
    assert claude_env.message_requests() == []

    ui.click(card.key_button)
    ui.enter_key("sk-ant-typed-in")
    ui.wait_ready()
    ui.qtbot.waitUntil(lambda: ui.error_card() is None)
    assert ui.window.composer.text() == "Nothing may be lost"
    claude_env.queue(Reply.text("Got it."))
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return)
    ui.wait_shown("Got it.")
    first_request = claude_env.message_requests()[0]
    assert first_request["messages"][-1]["content"][0]["text"] == "Nothing may be lost"


def test_a_wrong_key_is_refused_in_the_dialog(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: object,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    strict = FakeApi(api_key="sk-ant-right").start()
    try:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", strict.url)
        ui = open_window(ready=False)
        dialog = ui.wait_key_dialog()
        ui.qtbot.keyClicks(dialog.key_edit, "sk-ant-wrong")
        ui.click(dialog.save_button)
        ui.qtbot.waitUntil(lambda: dialog.status.text().startswith("The API key was refused"))
        assert dialog.isVisible()
        assert "sk-ant-wrong" not in dialog.status.text()
        dialog.key_edit.clear()
        ui.enter_key("sk-ant-right")
        ui.wait_ready()
    finally:
        strict.stop()
