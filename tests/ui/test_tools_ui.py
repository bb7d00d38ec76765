"""Tool calls in the window: the permission dialog, its answers, and the cards in the transcript."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.permission_dialog import PermissionDialog
from desktop_app.ui.widgets.tool_card import ToolCard
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory, close_window

NOTE = "회의록: 다음 주 화요일에 출시합니다. " * 30  # long, Korean, and must arrive whole


def tool_results(api: FakeApi) -> list[dict[str, Any]]:
    """Every tool_result block the app has sent, oldest first."""
    found = []
    for body in api.message_requests():
        for message in body.get("messages", []):
            content = message.get("content")
            if isinstance(content, list):
                found += [b for b in content if b.get("type") == "tool_result"]
    return found


def wait_dialog(driver: ChatDriver) -> PermissionDialog:
    gate = driver.window.connection.gate
    assert gate is not None
    driver.qtbot.waitUntil(lambda: bool(gate.dialogs), timeout=WAIT_MS)
    dialog = gate.dialogs[0]
    driver.qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def wait_card(driver: ChatDriver, tool_use_id: str) -> ToolCard:
    cards = driver.window.chat.tool_cards
    driver.qtbot.waitUntil(lambda: cards.card(tool_use_id) is not None, timeout=WAIT_MS)
    card = cards.card(tool_use_id)
    assert card is not None
    return card


@pytest.fixture
def granted(parley_home: Path, tmp_path: Path) -> Path:
    """A granted folder holding a Korean note, set in the settings before the window opens."""
    folder = tmp_path / "granted"
    folder.mkdir()
    (folder / "노트.txt").write_text(NOTE, encoding="utf-8")
    Settings(granted_folders=(str(folder),)).save(paths.settings_path())
    return folder


def test_allow_once_runs_the_call_and_sends_its_result(
    claude_env: FakeApi, open_window: WindowFactory, granted: Path
) -> None:
    claude_env.queue(
        Reply.tool_use("read_file", {"path": "노트.txt"}, tool_id="toolu_read"),
        Reply.text("The launch is on Tuesday."),
    )
    driver = open_window()
    driver.send("When do we launch?")
    dialog = wait_dialog(driver)
    shown = json.loads(dialog.arguments_view.toPlainText())
    assert shown == {"path": "노트.txt"}
    assert "Built-in" in dialog.source_label.text()
    assert dialog.description_label.text()
    assert dialog.always_button.isVisibleTo(dialog)
    card = wait_card(driver, "toolu_read")
    assert card.status_text() == "Waiting for approval"
    driver.click(dialog.allow_once_button)
    driver.wait_shown("The launch is on Tuesday.")
    driver.wait_idle()
    [result] = tool_results(claude_env)
    assert result["tool_use_id"] == "toolu_read"
    assert not result.get("is_error")
    assert NOTE.strip() in json.dumps(result["content"], ensure_ascii=False)
    card = wait_card(driver, "toolu_read")
    assert card.status_text() == "Done"
    assert card.duration_text().endswith(" s")
    card.expand()
    assert card.result_view is not None and NOTE.strip() in card.result_view.toPlainText()
    assert card.untrusted_label.isVisibleTo(card) and "untrusted" in card.untrusted_label.text()


def test_deny_with_a_reason_sends_an_error_result_carrying_it(
    claude_env: FakeApi, ready_window: ChatDriver
) -> None:
    claude_env.queue(
        Reply.tool_use("current_time", {}, tool_id="toolu_clock"), Reply.text("Fine, no clock.")
    )
    ready_window.send("What time is it?")
    dialog = wait_dialog(ready_window)
    ready_window.qtbot.keyClicks(dialog.reason_edit, "not now please")
    ready_window.click(dialog.deny_button)
    ready_window.wait_shown("Fine, no clock.")
    ready_window.wait_idle()
    [result] = tool_results(claude_env)
    assert result["is_error"] is True
    assert "not now please" in json.dumps(result["content"])
    assert wait_card(ready_window, "toolu_clock").status_text() == "Denied"


def test_closing_the_dialog_denies(claude_env: FakeApi, ready_window: ChatDriver) -> None:
    claude_env.queue(
        Reply.tool_use("current_time", {}, tool_id="toolu_shut"), Reply.text("Understood.")
    )
    ready_window.send("What time is it?")
    dialog = wait_dialog(ready_window)
    dialog.close()
    ready_window.wait_shown("Understood.")
    ready_window.wait_idle()
    [result] = tool_results(claude_env)
    assert result["is_error"] is True
    assert "denied" in json.dumps(result["content"])


def test_always_allow_outlives_a_restart(
    claude_env: FakeApi, open_window: WindowFactory, qtbot: QtBot
) -> None:
    claude_env.queue(
        Reply.tool_use("current_time", {}, tool_id="toolu_first"), Reply.text("First answer.")
    )
    first = open_window()
    first.send("What time is it?")
    first.click(wait_dialog(first).always_button)
    first.wait_shown("First answer.")
    first.wait_idle()
    close_window(qtbot, first.window)

    claude_env.queue(
        Reply.tool_use("current_time", {}, tool_id="toolu_second"), Reply.text("Second answer.")
    )
    second = open_window()
    second.window.on_new_requested()
    second.send("And now?")
    second.wait_shown("Second answer.")
    second.wait_idle()
    gate = second.window.connection.gate
    assert gate is not None and not gate.dialogs
    results = {r["tool_use_id"]: r for r in tool_results(claude_env)}
    assert not results["toolu_second"].get("is_error")
    assert wait_card(second, "toolu_second").status_text() == "Done"


def test_a_conversation_grant_does_not_outlive_a_restart(
    claude_env: FakeApi, open_window: WindowFactory, qtbot: QtBot
) -> None:
    claude_env.queue(Reply.tool_use("current_time", {}), Reply.text("First answer."))
    first = open_window()
    first.send("What time is it?")
    first.click(wait_dialog(first).allow_conversation_button)
    first.wait_shown("First answer.")
    first.wait_idle()
    close_window(qtbot, first.window)

    claude_env.queue(Reply.tool_use("current_time", {}), Reply.text("Second answer."))
    second = open_window()
    second.send("And now?")
    dialog = wait_dialog(second)  # asked again: only "always" is kept
    second.click(dialog.allow_once_button)
    second.wait_shown("Second answer.")
