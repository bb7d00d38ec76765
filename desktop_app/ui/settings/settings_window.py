"""The Settings window: the pages listed on the left, the chosen one on the right, as the
desktop's own settings do. Not modal, one per main window, and it opens on the page last seen.

Every control applies and saves its change at once (no OK or Apply); a value refused is
said on its page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop_app.storage.backups import Backups
from desktop_app.ui.settings.account_page import AccountPage
from desktop_app.ui.settings.appearance_page import AppearancePage
from desktop_app.ui.settings.behaviour_page import BehaviourPage
from desktop_app.ui.settings.cost_page import CostPage
from desktop_app.ui.settings.data_page import DataPage
from desktop_app.ui.settings.models_page import ModelsPage
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage
from desktop_app.ui.settings.tools_page import ToolsPage

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection

LIST_WIDTH = 180
# Palette roles, so the list follows a theme switch made while the window is open.
PAGE_LIST_STYLE = """
QListWidget#settingsPageList {
    background: palette(alternate-base); padding: 10px 6px; outline: 0;
}
QListWidget#settingsPageList::item { padding: 6px 10px; border-radius: 5px; margin: 1px 0; }
QListWidget#settingsPageList::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
"""


@dataclass(frozen=True)
class SettingsContext:
    """What the pages work with."""

    holder: SettingsHolder
    changed: SignalInstance  # emitted with the Settings after every change, from anywhere
    connection: ClaudeConnection
    ask_key: Callable[[], None]  # the API key dialog
    on_language: Callable[[str], None]  # puts a chosen language into effect
    data_dir: Path
    backups: Backups


class SettingsWindow(QWidget):
    language_chosen = Signal(str)
    export_requested = Signal()
    import_requested = Signal()
    restart_requested = Signal()  # a backup restore was chosen

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Settings — Parley"))
        self.resize(960, 640)
        holder, connection = context.holder, context.connection
        appearance = AppearancePage(holder)
        appearance.language_chosen.connect(self.language_chosen)
        self.language_chosen.connect(context.on_language)
        data = DataPage(holder, context.data_dir, context.backups, lambda: connection.uploads)
        data.export_requested.connect(self.export_requested)
        data.import_requested.connect(self.import_requested)
        data.restart_requested.connect(self.restart_requested)
        self.pages: list[SettingsPage] = [
            AccountPage(holder, connection, context.ask_key),
            ModelsPage(holder, connection.catalogue),
            ToolsPage(holder, connection),
            CostPage(holder),
            appearance,
            BehaviourPage(holder),
            data,
        ]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("settingsPageList")
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setFixedWidth(LIST_WIDTH)
        self.page_list.setFrameShape(QListWidget.Shape.NoFrame)
        self.page_list.setStyleSheet(PAGE_LIST_STYLE)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.page_list.addItem(page.title)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        layout.addWidget(self.page_list)
        layout.addWidget(self.stack, 1)
        context.changed.connect(self.on_settings_changed)

    def page(self, kind: type[SettingsPage]) -> SettingsPage:
        return next(p for p in self.pages if isinstance(p, kind))

    def show_page(self, kind: type[SettingsPage]) -> None:
        self.page_list.setCurrentRow(self.pages.index(self.page(kind)))

    @property
    def current_page(self) -> SettingsPage:
        return self.pages[self.page_list.currentRow()]

    def on_settings_changed(self, _settings: object) -> None:
        for page in self.pages:
            page.refresh()

    def present(self) -> None:
        """Show it (on the page last seen), in front."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)
