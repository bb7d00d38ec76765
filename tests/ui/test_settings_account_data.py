"""The Settings window's Account, Tools, Behaviour and Data pages on the real window: forgetting
the key in a real keyring, tool changes saved at once, and the archive buttons' signals."""

from __future__ import annotations

import contextlib

import keyring
import pytest
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import paths
from desktop_app.core.settings import Settings
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.menu_bar import ActionId
from desktop_app.ui.settings.account_page import AccountPage
from desktop_app.ui.settings.behaviour_page import BehaviourPage
from desktop_app.ui.settings.data_page import DataPage
from desktop_app.ui.settings.models_page import ModelsPage
from desktop_app.ui.settings.tools_page import ToolsPage
from tests.fakeapi import FakeApi, Reply
from tests.secret_service import SecretService
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.settings_driver import open_page

pytestmark = pytest.mark.usefixtures("claude_env")

# A made-up key of the real shape, assembled so that no secret scanner takes it for one.
SECRET = "-".join(("sk", "ant", "api03", "settingspagekey", "0123456789wxyz"))


def answer_yes() -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, click)


def test_forget_removes_the_key_from_the_keyring_and_the_next_send_asks(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    secret_service: SecretService,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    keyring.set_password("Parley", "anthropic-api-key", SECRET)
    try:
        ui = open_window()
        page = open_page(ui, AccountPage)
        shown = page.key_label.text()
        assert "sk-ant-…wxyz" in shown and "system keyring" in shown
        assert SECRET not in shown and SECRET[7:-4] not in shown
        answer_yes()
        ui.click(page.forget_button)
        ui.qtbot.waitUntil(
            lambda: ui.window.connection.state is ConnectionState.NEEDS_KEY, timeout=WAIT_MS
        )
        assert keyring.get_password("Parley", "anthropic-api-key") is None
        assert page.key_label.text() == "No API key is set."
        assert not page.forget_button.isEnabled()
        ui.send("키가 없으면?")
        card = ui.wait_error()  # it says a key is needed, and offers to enter one
        assert card.problem is not None and card.problem.needs_key
        assert claude_env.message_requests() == []
    finally:
        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password("Parley", "anthropic-api-key")


def test_a_tool_change_is_saved_and_in_force_at_once(
    ready_window: ChatDriver, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "자료"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder))
    )
    page = open_page(ready_window, ToolsPage)
    ready_window.click(page.panel.add_folder_button)
    registry = ready_window.window.connection.registry
    assert Settings.load(paths.settings_path()).granted_folders == (str(folder.resolve()),)
    assert registry is not None and registry.get("read_file") is not None  # no Save, no restart
    page.panel.run_command_switch.setChecked(True)
    assert Settings.load(paths.settings_path()).run_command_enabled
    assert registry.get("run_command") is not None
    assert ready_window.window.settings.run_command_enabled  # later saves keep it


def test_notifications_flag_is_stored(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, BehaviourPage)
    page.notify_check.setChecked(False)
    assert Settings.load(paths.settings_path()).notifications is False
    page.notify_check.setChecked(True)
    assert Settings.load(paths.settings_path()).notifications is True


def test_default_thinking_is_used_by_the_next_new_chat(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    page = open_page(ready_window, ModelsPage)
    page.thinking_check.setChecked(True)
    assert Settings.load(paths.settings_path()).default_thinking
    claude_env.queue(Reply.text("생각했어요."), Reply.text("Title"))
    ready_window.send("Think first")
    ready_window.wait_shown("생각했어요.")
    assert ready_window.current().thinking
    assert "thinking" in claude_env.message_requests()[0]


def test_data_page_shows_the_folder_and_asks_for_export_and_import(
    ready_window: ChatDriver,
) -> None:
    page = open_page(ready_window, DataPage)
    assert page.folder_label.text() == str(paths.data_dir())
    menus = ready_window.window.menus
    asked: list[str] = []
    # The window's own handlers open file dialogs (tests/ui/test_archive_ui.py drives them).
    menus.export_requested.disconnect()
    menus.import_requested.disconnect()
    menus.export_requested.connect(lambda: asked.append("export"))
    menus.import_requested.connect(lambda: asked.append("import"))
    ready_window.click(page.export_button)
    ready_window.click(page.import_button)
    menus.actions[ActionId.EXPORT].trigger()
    assert asked == ["export", "import", "export"]
    assert (
        page.backups_panel.list.count() == 0 and not page.backups_panel.restore_button.isEnabled()
    )
