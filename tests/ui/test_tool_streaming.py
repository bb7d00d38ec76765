"""A tool call's card from the moment Claude starts writing it: arguments shown as they form,
then whole; a call cut short leaves no card; long arguments stay in short lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.core.events import (
    BlockStarted,
    BlockStopped,
    InputJsonDelta,
    ReplyStarted,
    TextDelta,
)
from desktop_app.core.settings import Settings
from desktop_app.core.tool_status import ToolStatus
from desktop_app.ui.rendering.json_lines import LINE_CAP
from desktop_app.ui.view_models.live_reply import LiveReply
from desktop_app.ui.widgets.tool_card import PREPARING, ToolCallState, ToolCard
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_tools_ui import wait_card, wait_dialog

PLAN = {"path": "plan.txt", "content": "".join(f"{i}. 할 일 — step {i}\n" for i in range(1, 25))}
PLAN_JSON = json.dumps(PLAN, ensure_ascii=False)  # as the fake API streams it
CHUNK = 9


@pytest.fixture
def granted(parley_home: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "granted"
    folder.mkdir()
    Settings(granted_folders=(str(folder),)).save(paths.settings_path())
    return folder


def shown_arguments(card: ToolCard) -> str:
    """The streamed text without the line breaks the view adds (JSON text has none)."""
    view = card.arguments_view
    return "" if view is None else view.toPlainText().replace("\n", "")


def test_the_card_shows_the_arguments_as_they_stream_then_whole(
    claude_env: FakeApi, open_window: WindowFactory, granted: Path
) -> None:
    claude_env.queue(
        Reply.tool_use("write_file", PLAN, tool_id="toolu_plan", chunk=CHUNK, stall_after=12),
        Reply.text("The plan is written."),
    )
    driver = open_window()
    driver.send("Write down the plan")
    card = wait_card(driver, "toolu_plan")
    partial = PLAN_JSON[: CHUNK * 11]  # the first delta is empty, as the API sends it
    assert "\\n" in partial and partial != PLAN_JSON
    # Held by the server mid-arguments: the reply has not finished, yet the card is there.
    driver.qtbot.waitUntil(lambda: shown_arguments(card) == partial, timeout=WAIT_MS)
    assert driver.busy()
    assert card.status_text() == PREPARING
    assert card.arguments_view is not None and card.arguments_view.isVisibleTo(card)
    first_line = card.arguments_view.toPlainText().split("\n")[0]
    assert first_line.endswith("\\n")  # the file being written reads line by line

    claude_env.release_stalls()
    dialog = wait_dialog(driver)
    assert json.loads(dialog.arguments_view.toPlainText()) == PLAN
    now = wait_card(driver, "toolu_plan")
    assert now.status_text() == "Waiting for approval"
    assert now.arguments_view is not None
    assert now.arguments_view.toPlainText() == json.dumps(PLAN, indent=2, ensure_ascii=False)
    assert not now.arguments_view.isVisibleTo(now)  # it opened by itself, so it closed again
    driver.click(dialog.allow_once_button)
    driver.wait_shown("The plan is written.")
    driver.wait_idle()
    assert (granted / "plan.txt").read_text(encoding="utf-8") == PLAN["content"]
    final = wait_card(driver, "toolu_plan")
    assert final.status_text() == "Done"
    final.expand()
    assert final.arguments_view is not None
    assert json.loads(final.arguments_view.toPlainText()) == PLAN


def test_a_call_stopped_while_it_is_written_leaves_no_card(
    claude_env: FakeApi, ready_window: ChatDriver
) -> None:
    claude_env.queue(
        Reply.tool_use(
            "write_file", PLAN, tool_id="toolu_cut", text="Let me write it.", stall_after=4
        )
    )
    ready_window.send("Write down the plan")
    card = wait_card(ready_window, "toolu_cut")
    ready_window.qtbot.waitUntil(lambda: bool(shown_arguments(card)), timeout=WAIT_MS)
    current = ready_window.window.current_id
    assert current is not None
    ready_window.window.view_model.stop(current)
    ready_window.wait_idle()
    ready_window.wait_shown("Let me write it.")
    cards = ready_window.window.chat.tool_cards
    ready_window.qtbot.waitUntil(lambda: cards.card("toolu_cut") is None, timeout=WAIT_MS)
    [reply] = [m for m in ready_window.store.messages(current) if m.role is Role.ASSISTANT]
    assert reply.state is MessageState.STOPPED
    assert not [b for b in reply.content if b.get("type") == "tool_use"]


def test_long_arguments_streamed_a_character_at_a_time_stay_in_short_lines(qtbot: QtBot) -> None:
    text = json.dumps({"content": "x" * 20_000 + "\n" + "y" * 3_000})
    card = ToolCard(ToolCallState("toolu_long", "write_file", {}, streaming=True))
    qtbot.addWidget(card)
    parts: list[str] = []
    for at, char in enumerate(text):  # many frames, each taking only what is new
        parts.append(char)
        if at % 997 == 0:
            card.follow_arguments(parts)
    card.follow_arguments(parts)
    view = card.arguments_view
    assert isinstance(view, QPlainTextEdit)
    assert view.toPlainText().replace("\n", "") == text
    lines = view.toPlainText().split("\n")
    assert max(len(line) for line in lines) <= LINE_CAP
    assert any(line.endswith("\\n") and line.startswith("x") for line in lines)
    card.show_state(
        ToolCallState("toolu_long", "write_file", json.loads(text), status=ToolStatus.RUNNING)
    )
    assert view.toPlainText() == json.dumps(json.loads(text), indent=2)
    card.follow_arguments([*parts, "more"])  # a whole call takes no more fragments
    assert view.toPlainText() == json.dumps(json.loads(text), indent=2)


def test_live_reply_keeps_a_tool_call_as_it_forms() -> None:
    live = LiveReply(None)
    live.apply(ReplyStarted(Message(1, 1, Role.ASSISTANT, [], state=MessageState.STREAMING)))
    live.apply(BlockStarted(0, {"type": "text", "text": ""}))
    live.apply(TextDelta(0, "Let me look."))
    block = {"type": "tool_use", "id": "toolu_1", "name": "read_file", "input": {}}
    assert live.apply(BlockStarted(1, block)) is True  # its card is due at once
    [use] = live.tool_uses
    assert (use.tool_use_id, use.name, use.complete) == ("toolu_1", "read_file", False)
    assert live.apply(InputJsonDelta(1, "")) is False
    assert live.apply(InputJsonDelta(1, '{"path": "노')) is True
    live.apply(InputJsonDelta(1, '트.txt"}'))
    assert use.json_parts == ['{"path": "노', '트.txt"}'] and use.arguments == {}
    assert live.apply(BlockStopped(1)) is True
    assert use.complete and use.arguments == {"path": "노트.txt"}
    assert live.text() == "Let me look."
    live.apply(ReplyStarted(Message(2, 1, Role.ASSISTANT, [], state=MessageState.STREAMING)))
    assert live.tool_uses == []  # the next round's message starts with none
