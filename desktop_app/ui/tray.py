"""Parley's icon in the system tray and its menu: show or hide the window, a new
conversation, quick ask, quit. Built after the first paint, and only where a tray exists
(the menu itself exists regardless, so it can be tested and reused).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    show_requested = Signal()  # "Show Parley", or a click on the icon
    hide_requested = Signal()
    new_requested = Signal()
    quick_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.toggle_action = QAction(self.tr("Show Parley"), self)
        self.toggle_action.triggered.connect(self.on_toggle_triggered)
        self.new_action = QAction(self.tr("New conversation"), self)
        self.new_action.triggered.connect(self.new_requested)
        self.quick_action = QAction(self.tr("Quick ask…"), self)
        self.quick_action.triggered.connect(self.quick_requested)
        self.quit_action = QAction(self.tr("Quit Parley"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.menu.addActions([self.new_action, self.quick_action])
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.window_shown = False
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("Parley")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self.on_activated)
            self.icon.show()

    def set_window_shown(self, shown: bool) -> None:
        """The first entry offers the opposite of what the window is."""
        self.window_shown = shown
        self.toggle_action.setText(self.tr("Hide Parley") if shown else self.tr("Show Parley"))

    def on_toggle_triggered(self) -> None:
        (self.hide_requested if self.window_shown else self.show_requested).emit()

    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.on_toggle_triggered()

    def close(self) -> None:
        if self.icon is not None:
            self.icon.hide()
        self.menu.deleteLater()
