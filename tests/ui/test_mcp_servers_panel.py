"""The MCP servers panel: it stops listening to the manager when closed or destroyed, and
Remove (confirmed) stops a server and takes it out of the settings, against the real fake
MCP server (tests/tools/mcp_server_fake.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from desktop_app import paths
from desktop_app.core.settings import Settings
from desktop_app.tools.mcp import McpServerManager
from desktop_app.ui.dialogs.mcp_servers_panel import McpServersPanel
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_tools_dialog import FAKE_SERVER, open_tools

FAKE = {"command": sys.executable, "args": [str(FAKE_SERVER)], "env": {}}
OTHER = {"command": sys.executable, "args": [str(FAKE_SERVER), "v2"], "env": {}}


@pytest.fixture
def two_servers(parley_home: Path) -> None:
    """Two MCP servers in the settings before the window opens."""
    Settings(mcp_servers={"fake": FAKE, "other": OTHER}).save(paths.settings_path())


def manager_of(driver: ChatDriver) -> McpServerManager:
    manager = driver.window.connection.mcp
    assert manager is not None
    return manager


def button(box: QMessageBox, text: str) -> QAbstractButton:
    [found] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return found


def test_opening_the_tools_dialog_again_and_again_leaves_no_listeners(
    claude_env: FakeApi, ready_window: ChatDriver
) -> None:
    manager = manager_of(ready_window)
    before = manager.listeners
    for _ in range(3):
        dialog = open_tools(ready_window)
        assert len(manager.listeners) == len(before) + 1
        dialog.reject()
        assert manager.listeners == before
    panel = McpServersPanel({}, manager)  # one never closed: destroying it is enough
    assert len(manager.listeners) == len(before) + 1
    panel.deleteLater()
    ready_window.qtbot.waitUntil(lambda: manager.listeners == before, timeout=WAIT_MS)


def test_remove_asks_then_stops_the_server_and_saves_it_away(
    claude_env: FakeApi, two_servers: None, open_window: WindowFactory
) -> None:
    driver = open_window()
    manager = manager_of(driver)
    registry = driver.window.connection.registry
    assert registry is not None
    dialog = open_tools(driver)
    panel = dialog.panel.mcp_panel
    assert set(panel.rows) == {"fake", "other"}
    driver.click(panel.rows["fake"].start_button)
    driver.qtbot.waitUntil(lambda: panel.status_of("fake") == "Running", timeout=30_000)
    assert registry.get("add") is not None

    driver.click(panel.rows["fake"].remove_button)
    box = panel.confirm_box
    assert box is not None
    driver.qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    assert "fake" in box.text()
    driver.click(button(box, "Cancel"))
    driver.qtbot.waitUntil(lambda: panel.confirm_box is None, timeout=WAIT_MS)
    assert "fake" in panel.rows and panel.status_of("fake") == "Running"

    driver.click(panel.rows["fake"].remove_button)
    box = panel.confirm_box
    assert box is not None
    driver.qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    driver.click(button(box, "Remove"))
    driver.qtbot.waitUntil(lambda: "fake" not in panel.rows, timeout=WAIT_MS)
    driver.qtbot.waitUntil(lambda: "fake" not in manager.names(), timeout=30_000)
    assert registry.get("add") is None  # its tools went with it
    assert set(panel.rows) == {"other"}
    assert Settings.load(paths.settings_path()).mcp_servers == {"other": OTHER}
    assert driver.window.settings.mcp_servers == {"other": OTHER}
    assert dialog.isVisible()  # saved on its own; the rest of the dialog waits for Save

    dialog.reject()
    assert "fake" not in manager.names()
    reopened = open_tools(driver)
    assert set(reopened.panel.mcp_panel.rows) == {"other"}
    reopened.reject()
