"""What `parley ask` writes while the window is open shows up in it (another SQLite connection
stands in for the other process: data_version counts any other connection's commits)."""

from __future__ import annotations

from desktop_app import paths
from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver


def test_a_conversation_written_elsewhere_appears_and_grows(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("Here."), Reply.text("Greeting"))
    ui.send("hello")
    ui.wait_shown("Here.")
    ui.wait_idle()
    mine = ui.current().id
    ui.window.outside.check()  # nothing from elsewhere yet
    with SqliteConversationStore(paths.data_dir() / "parley.sqlite3") as cli:
        other = cli.create_conversation("claude-sonnet-4-6", title="From the shell")
        cli.add_message(other.id, Role.USER, [text_block("asked in a terminal")])
        cli.add_message(mine, Role.USER, [text_block("and a follow-up from the shell")])
        cli.add_message(mine, Role.ASSISTANT, [text_block("Answered there.")])
    ui.window.outside.check()
    assert "From the shell" in ui.titles()
    ui.qtbot.waitUntil(lambda: "Answered there." in ui.shown())
    assert ui.window.current_id == mine


def test_nothing_is_redrawn_when_nothing_changed_elsewhere(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("Here."), Reply.text("Greeting"))
    ui.send("hello")
    ui.wait_shown("Here.")
    ui.wait_idle()
    ui.window.outside.check()
    built = ui.window.chat.column.build_count
    ui.window.outside.check()
    assert ui.window.chat.column.build_count == built
