"""The keyboard shortcuts page: every shortcut the window has, read from its installed actions
(grouped by menu), so the list cannot drift from what the keys do."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.menu_bar import menu_of


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for each action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    for action in actions:
        keys = action.shortcuts()
        if not keys:
            continue
        menu = menu_of(action)
        group = menu.title().replace("&", "") if menu is not None else ""
        text = action.text().replace("&", "")
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((group, text, shown))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.rows = shortcut_rows(actions)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, text, keys in self.rows:
            heading = groups.get(group)
            if heading is None:
                heading = groups[group] = QTreeWidgetItem(self.tree, [group, ""])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
            QTreeWidgetItem(heading, [text, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
