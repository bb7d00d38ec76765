"""The Tools settings dialog on the real window: folders, switches, revoking grants, MCP servers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app import paths
from desktop_app.core.permissions import GrantScope
from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.tools_dialog import ToolsDialog
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.test_tools_ui import tool_results, wait_dialog

NOTE = "회의 메모: 출시는 화요일입니다."
FAKE_SERVER = Path(__file__).resolve().parent.parent / "tools" / "mcp_server_fake.py"


def open_tools(driver: ChatDriver) -> ToolsDialog:
    driver.click(driver.window.composer.tools_button)
    found: list[ToolsDialog] = []

    def shown() -> bool:
        found[:] = [d for d in driver.window.findChildren(ToolsDialog) if d.isVisible()]
        return bool(found)

    driver.qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def save(driver: ChatDriver, dialog: ToolsDialog) -> None:
    driver.click(dialog.save_button)
    driver.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_a_folder_added_and_saved_is_persisted_and_readable(
    claude_env: FakeApi, ready_window: ChatDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "문서"
    folder.mkdir()
    (folder / "노트.txt").write_text(NOTE, encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kw: str(folder))
    )
    connection = ready_window.window.connection
    assert connection.registry is not None and connection.registry.get("read_file") is None

    dialog = open_tools(ready_window)
    ready_window.click(dialog.panel.add_folder_button)
    assert dialog.panel.folders() == (str(folder.resolve()),)
    save(ready_window, dialog)

    assert Settings.load(paths.settings_path()).granted_folders == (str(folder.resolve()),)
    assert ready_window.window.settings.granted_folders == (str(folder.resolve()),)
    claude_env.queue(Reply.tool_use("read_file", {"path": "노트.txt"}), Reply.text("Tuesday."))
    ready_window.send("When is the launch?")
    ready_window.click(wait_dialog(ready_window).allow_once_button)
    ready_window.wait_shown("Tuesday.")
    ready_window.wait_idle()
    [result] = tool_results(claude_env)
    assert not result.get("is_error")
    assert NOTE in json.dumps(result["content"], ensure_ascii=False)


def test_revoking_an_always_grant_makes_the_tool_ask_again(
    claude_env: FakeApi, ready_window: ChatDriver
) -> None:
    claude_env.queue(Reply.tool_use("current_time", {}), Reply.text("First answer."))
    ready_window.send("What time is it?")
    ready_window.click(wait_dialog(ready_window).always_button)
    ready_window.wait_shown("First answer.")
    ready_window.wait_idle()

    dialog = open_tools(ready_window)
    [grant] = list(dialog.panel.revoke_buttons)
    assert grant.scope is GrantScope.ALWAYS and grant.tool.name == "current_time"
    ready_window.click(dialog.panel.revoke_buttons[grant])
    assert not dialog.panel.revoke_buttons and dialog.panel.no_grants_label.isVisibleTo(dialog)
    dialog.reject()

    claude_env.queue(Reply.tool_use("current_time", {}), Reply.text("Second answer."))
    ready_window.send("And now?")
    again = wait_dialog(ready_window)  # asked again, not answered by the revoked grant
    ready_window.click(again.allow_once_button)
    ready_window.wait_shown("Second answer.")


def test_the_run_command_switch_is_off_by_default_and_persists(
    claude_env: FakeApi, ready_window: ChatDriver
) -> None:
    registry = ready_window.window.connection.registry
    assert registry is not None and registry.get("run_command") is None
    dialog = open_tools(ready_window)
    assert not dialog.panel.run_command_switch.isChecked()
    assert not dialog.panel.read_only_switch.isChecked()
    ready_window.click(dialog.panel.run_command_switch)
    save(ready_window, dialog)

    assert Settings.load(paths.settings_path()).run_command_enabled is True
    assert registry.get("run_command") is not None
    reopened = open_tools(ready_window)
    assert reopened.panel.run_command_switch.isChecked()
    reopened.reject()


def test_an_imported_mcp_server_starts_offers_its_tools_and_stops(
    claude_env: FakeApi, ready_window: ChatDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "xdg" / "Claude" / "claude_desktop_config.json"
    config.parent.mkdir(parents=True)
    entry = {"command": sys.executable, "args": [str(FAKE_SERVER)]}
    config.write_text(json.dumps({"mcpServers": {"fake": entry}}), encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    registry = ready_window.window.connection.registry
    assert registry is not None

    dialog = open_tools(ready_window)
    panel = dialog.panel.mcp_panel
    assert not panel.rows
    ready_window.click(panel.import_button)
    row = panel.rows["fake"]
    assert str(FAKE_SERVER) in row.command_label.text()
    ready_window.click(row.start_button)
    ready_window.qtbot.waitUntil(lambda: panel.status_of("fake") == "Running", timeout=30_000)
    tool = registry.get("add")
    assert tool is not None and tool.source == "fake"
    assert not row.start_button.isEnabled() and row.stop_button.isEnabled()
    listed = [t.name for t in panel.manager.tools("fake")] if panel.manager else []
    assert "add" in listed and row.tools_label.isVisible()
    assert row.tools_label.text() == "Tools: " + ", ".join(listed)
    ready_window.click(row.stop_button)
    ready_window.qtbot.waitUntil(lambda: panel.status_of("fake") == "Stopped", timeout=30_000)
    assert registry.get("add") is None
    assert not row.tools_label.isVisible()
    save(ready_window, dialog)
    assert Settings.load(paths.settings_path()).mcp_servers == {
        "fake": {"command": sys.executable, "args": [str(FAKE_SERVER)], "env": {}}
    }


def test_a_broken_claude_desktop_file_gives_a_plain_message(
    claude_env: FakeApi, ready_window: ChatDriver, tmp_path: Path
) -> None:
    broken = tmp_path / "claude_desktop_config.json"
    broken.write_text("{ not json", encoding="utf-8")
    dialog = open_tools(ready_window)
    dialog.panel.mcp_panel.import_from(broken)
    error = dialog.panel.mcp_panel.error_label
    assert error.isVisibleTo(dialog) and "is not valid JSON" in error.text()
    assert "Traceback" not in error.text() and not dialog.panel.mcp_panel.rows
    dialog.reject()
