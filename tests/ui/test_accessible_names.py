"""Every control a keyboard or a screen reader can reach has an accessible name.

The walk goes through the real window with a conversation open (messages, their action
buttons, the composer's controls) and asks Qt's accessibility layer, as Orca would, what
each focusable or clickable widget is called.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui.chat_driver import ChatDriver


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
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
