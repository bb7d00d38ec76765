"""Every control a keyboard or a screen reader can reach has an accessible name.

The walk goes through the real window with a conversation open (messages, their action
buttons, the composer's controls) and asks Qt's accessibility layer, as Orca would, what
each focusable or clickable widget is called.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QScrollArea,
    QWidget,
)

from tests.ui.attachment_driver import drop, file_mime, png_file, wait_prepared
from tests.ui.chat_driver import ChatDriver


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or type(widget) is QScrollArea:
            continue  # a plain scroll area only holds controls, each checked on its own
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box carries the name
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(
            widget, QAbstractButton
        )
        if not reachable:
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            kind = type(widget).__name__
            missing.append(
                f"{kind} {widget.objectName() or '(no object name)'} in "
                f"{type(widget.parent()).__name__}"
            )
    return missing


def test_every_reachable_control_of_the_window_has_a_name(ready_window: ChatDriver) -> None:
    ready_window.send("안녕하세요, 접근성 점검입니다")
    ready_window.wait_idle()
    ready_window.process()
    missing = unnamed_controls(ready_window.window)
    assert not missing, "\n".join(missing)


# Buttons left out of Tab on purpose, as a toolbar's are: each has a shortcut instead.
BY_SHORTCUT = {
    "attachButton": "Ctrl+O",
    "usageButton": "Ctrl+Shift+U",
    "batchesButton": "Ctrl+Shift+B",
}


def window_shortcuts(window: QWidget) -> set[str]:
    keys = {s.key().toString() for s in window.findChildren(QShortcut)}
    for action in window.findChildren(QAction):
        keys |= {k.toString() for k in action.shortcuts()}
    return keys


def unreached_by_tab(ui: ChatDriver) -> list[str]:
    """The window's controls that pressing Tab, from the message box, never reaches."""
    window = ui.window
    window.activateWindow()
    reachable = {
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus
            or (isinstance(w, QAbstractButton) and w.focusPolicy() != Qt.FocusPolicy.NoFocus)
        )
    }
    window.composer.edit.setFocus()
    ui.process()
    visited = []
    for _ in range(len(reachable) + 10):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        ui.process()
    missing = [f"{type(w).__name__} {w.objectName()}" for w in reachable - set(visited)]
    shortcuts = window_shortcuts(window)
    for button in window.findChildren(QAbstractButton):
        untabbed = button.isVisible() and button.focusPolicy() == Qt.FocusPolicy.NoFocus
        if untabbed and BY_SHORTCUT.get(button.objectName()) not in shortcuts:
            missing.append(f"{button.objectName() or button.text()}: no Tab, no shortcut")
    return missing


def test_tab_reaches_every_control_of_a_conversation(ready_window: ChatDriver) -> None:
    """The whole window works from the keyboard: Tab goes round every control."""
    ready_window.send("키보드만으로 쓸 수 있나요?")
    ready_window.wait_idle()
    ready_window.process()
    assert not unreached_by_tab(ready_window)


def test_tab_reaches_the_presets_and_the_attachment(
    ready_window: ChatDriver, tmp_path: Path
) -> None:
    ready_window.window.on_new_requested()
    drop(ready_window, file_mime(png_file(tmp_path, "화면.png")))
    wait_prepared(ready_window, 1)
    ready_window.process()
    chips = ready_window.window.composer.attachments.chips
    assert chips.isVisible() and chips.chips
    assert not unreached_by_tab(ready_window)


@pytest.mark.parametrize(
    "opening",
    [
        "options.on_tools_requested",
        "menus.on_shortcuts_requested",
        "menus.on_about_requested",
        "menus.on_backups_requested",
        "options.on_system_prompt_requested",
        "options.on_presets_edit_requested",
        "batches.on_batches_requested",
        "batches.on_new_batch_requested",
        "on_usage_requested",
    ],
)
def test_every_reachable_control_of_each_dialog_has_a_name(
    ready_window: ChatDriver, opening: str
) -> None:
    window = ready_window.window
    before = set(QApplication.topLevelWidgets())
    target: object = window
    for part in opening.split("."):
        target = getattr(target, part)
    assert callable(target)
    target()
    ready_window.qtbot.waitUntil(
        lambda: any(w.isVisible() for w in set(QApplication.topLevelWidgets()) - before)
    )
    opened = [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()]
    try:
        missing = [m for dialog in opened for m in unnamed_controls(dialog)]
        assert not missing, "\n".join(missing)
    finally:
        for dialog in opened:
            dialog.close()


def test_every_reachable_control_of_each_settings_page_has_a_name(ready_window: ChatDriver) -> None:
    window = ready_window.window
    window.menus.on_settings_requested()
    settings = window.menus.settings_window
    assert settings is not None
    missing = []
    for page in settings.pages:
        settings.show_page(type(page))
        ready_window.process()
        missing += [f"{type(page).__name__}: {m}" for m in unnamed_controls(settings)]
    settings.close()
    assert not missing, "\n".join(missing)
