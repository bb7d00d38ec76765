"""Opens the Settings window from the real menu, and works its controls as a user does."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop_app.ui.menu_bar import ActionId
from desktop_app.ui.settings.settings_page import SettingsPage
from desktop_app.ui.settings.settings_window import SettingsWindow
from tests.ui.chat_driver import WAIT_MS, ChatDriver


def open_settings(ui: ChatDriver) -> SettingsWindow:
    ui.window.menus.actions[ActionId.SETTINGS].trigger()
    window = ui.window.menus.settings_window
    assert window is not None
    ui.qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    return window


def open_page[P: SettingsPage](ui: ChatDriver, kind: type[P]) -> P:
    window = open_settings(ui)
    window.show_page(kind)
    page = window.current_page
    assert isinstance(page, kind)
    return page


def pick(combo: QComboBox, value: object) -> None:
    """Choose the item holding `value`, as a click in the popup does (it emits `activated`)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
