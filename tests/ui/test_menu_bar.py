"""The menu bar: every action with its shortcut, the shortcuts page read from the actions the
window really has, the keys still working, and About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app import __version__, paths
from desktop_app.app import build_main_window, open_store
from desktop_app.ui.dialogs.about_dialog import AboutDialog
from desktop_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop_app.ui.dialogs.usage_window import UsageWindow
from desktop_app.ui.menu_bar import ACTIONS, ActionId, MenuId, key_sequences
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import close_window

pytestmark = pytest.mark.usefixtures("claude_env")

NATIVE = QKeySequence.SequenceFormat.NativeText


def installed_shortcuts(ui: ChatDriver) -> set[str]:
    """Every key sequence that does something in the window: actions and stray QShortcuts."""
    window = ui.window
    keys = {k.toString(NATIVE) for a in window.findChildren(QAction) for k in a.shortcuts()}
    keys |= {s.key().toString(NATIVE) for s in window.findChildren(QShortcut)}
    keys.discard("")
    return keys


def modal_of[D](ui: ChatDriver, kind: type[D]) -> D:
    ui.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def test_every_action_is_in_its_menu_with_its_shortcut(ready_window: ChatDriver) -> None:
    bar = ready_window.window.menuBar()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles == ["File", "Edit", "View", "Tools", "Help"]
    actions = ready_window.window.menus.actions
    for spec in ACTIONS:
        action = actions[spec.id]
        assert action.text(), spec.id  # what menus and screen readers say
        assert action.shortcuts() == key_sequences(spec.keys), spec.id
        menu = action.parent()
        assert menu is not None and menu.objectName() == f"{spec.menu.value}Menu"
        assert action.isEnabled()
    settings = actions[ActionId.SETTINGS]
    assert settings.shortcut().toString() == "Ctrl+,"
    assert next(s for s in ACTIONS if s.id is ActionId.SETTINGS).menu is MenuId.FILE


def test_the_shortcuts_page_lists_every_shortcut_the_window_has(ready_window: ChatDriver) -> None:
    ready_window.window.menus.actions[ActionId.SHORTCUTS].trigger()
    dialog = modal_of(ready_window, ShortcutsDialog)
    listed = {key for _menu, _text, keys in dialog.rows for key in keys.split(", ")}
    assert listed == installed_shortcuts(ready_window)
    for expected in ("Ctrl+N", "Ctrl+K", "Esc", "F2", "Ctrl+Shift+C", "Ctrl+L", "Ctrl+,"):
        assert QKeySequence(expected).toString(NATIVE) in listed
    assert ("File", "Settings…", "Ctrl+,") in dialog.rows
    assert not ready_window.window.findChildren(QShortcut)  # no second, unlisted kind
    dialog.reject()


def test_shortcuts_still_work_from_the_keyboard(ready_window: ChatDriver) -> None:
    edit = ready_window.window.composer.edit
    ready_window.qtbot.keyClick(edit, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = ready_window.window.menus.settings_window
    assert settings is not None and settings.isVisible()
    settings.close()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ready_window.qtbot.keyClick(edit, Qt.Key.Key_U, ctrl_shift)
    ready_window.qtbot.waitUntil(
        lambda: any(w.isVisible() for w in ready_window.window.findChildren(UsageWindow)),
        timeout=WAIT_MS,
    )


def test_about_shows_the_version_and_the_data_folder(ready_window: ChatDriver) -> None:
    ready_window.window.menus.actions[ActionId.ABOUT].trigger()
    dialog = modal_of(ready_window, AboutDialog)
    shown = dialog.summary.text()
    title = dialog.findChild(QLabel, "aboutTitle")
    assert title is not None and title.text() == f"Parley {__version__}"
    assert str(paths.data_dir()) in shown
    licences = {
        dialog.parts_view.topLevelItem(i).text(0): dialog.parts_view.topLevelItem(i).text(2)
        for i in range(dialog.parts_view.topLevelItemCount())
    }
    assert "LGPL-3.0" in licences["Qt for Python (PySide6) and Qt"]
    assert any("OFL" in v for k, v in licences.items() if "Hangul" in k)
    ready_window.click(dialog.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert str(paths.data_dir()) in copied and f"Parley {__version__}" in copied
    dialog.reject()


def test_the_menu_titles_paint_first_and_their_actions_come_after(
    qtbot: QtBot, qt_loop: object, parley_home: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = open_store()
    window = build_main_window(app, store, first_paint_only=True)
    bar = window.menuBar()
    try:
        # The five titles are there from the first paint (the bar's height with them), empty.
        assert [a.text() for a in bar.actions()] == ["&File", "&Edit", "&View", "&Tools", "&Help"]
        assert not any(a.menu().actions() for a in bar.actions())
        window.finish_start()
        assert len(bar.actions()) == 5
        assert all(a.menu().actions() for a in bar.actions())
    finally:
        window.show()
        close_window(qtbot, window)
        window.deleteLater()
        store.close()
