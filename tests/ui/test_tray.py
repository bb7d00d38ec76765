"""The tray's menu and what each entry does to the window; the menu is tested as an object,
as there is no system tray offscreen (nor under a bare Xvfb)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.ui.desktop_integration import DesktopIntegration
from desktop_app.ui.quick_ask_window import QuickAskWindow
from tests.ui.chat_driver import WAIT_MS, ChatDriver


def entries(desktop: DesktopIntegration) -> list[str]:
    return [a.text() for a in desktop.tray.menu.actions() if not a.isSeparator()]


def quick_windows() -> list[QuickAskWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QuickAskWindow)]


def test_the_tray_menu_shows_hides_starts_and_quits(ready_window: ChatDriver) -> None:
    ui = ready_window
    desktop = DesktopIntegration(ui.window)
    try:
        assert entries(desktop) == ["Hide Parley", "New conversation", "Quick ask…", "Quit Parley"]
        ui.window.open_conversation(ui.store.create_conversation("claude-sonnet-4-6").id)
        desktop.tray.toggle_action.trigger()
        ui.qtbot.waitUntil(lambda: not ui.window.isVisible(), timeout=WAIT_MS)
        assert entries(desktop)[0] == "Show Parley"  # it follows the window
        desktop.tray.new_action.trigger()  # from a hidden window: shown, on a new chat
        ui.qtbot.waitUntil(ui.window.isVisible, timeout=WAIT_MS)
        assert ui.window.current_id is None
        assert entries(desktop)[0] == "Hide Parley"
        desktop.tray.quick_action.trigger()
        ui.qtbot.waitUntil(lambda: any(w.isVisible() for w in quick_windows()), timeout=WAIT_MS)
        assert desktop.quick is not None
        desktop.quick.close()
        assert ui.window.isVisible()  # closing quick ask leaves a shown window alone
        with ui.qtbot.waitSignal(ui.window.closed, timeout=WAIT_MS):
            desktop.tray.quit_action.trigger()
    finally:
        desktop.close()
