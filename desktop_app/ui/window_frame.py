"""The main window's frame: what its first paint shows, built from few modules.

The conversation list, the composer taking keys, and the chat's place (empty, in the
window's colour, until the chat attaches), with the window's icon, size and style sheet.
MainWindow builds on it; starting, it paints this frame before the rest loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.paths import database_path, resource
from desktop_app.ui.attachment_style import attachment_style_sheet
from desktop_app.ui.menu_titles import add_menus
from desktop_app.ui.view_models.conversation_list_model import (
    ConversationListModel,
    window_title,
)
from desktop_app.ui.widgets.chat_column import ChatColumn
from desktop_app.ui.widgets.composer import Composer
from desktop_app.ui.widgets.sidebar import Sidebar
from desktop_app.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.ui.theme import Theme


class WindowFrame(QMainWindow):
    closed = Signal()

    def __init__(self, store: SqliteConversationStore, theme: Theme) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(window_title(None))  # the app's name, until a conversation opens
        self.setWindowIcon(QIcon(str(resource("icons", "parley.svg"))))
        self.resize(1180, 780)
        # Before the children exist: set after, it re-polishes every one of them (~8 ms).
        self.setStyleSheet(attachment_style_sheet(theme.colours))
        theme.changed.connect(lambda: self.setStyleSheet(attachment_style_sheet(theme.colours)))
        self.list_model = ConversationListModel(store, self)
        self.sidebar = Sidebar(store, self.list_model, database_path(), self)
        self.composer = Composer(self)
        self.centre = ChatColumn(self.composer, self)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.centre)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([270, 910])
        splitter.setHandleWidth(1)
        self.setCentralWidget(splitter)
        # The menu bar and the status line are there from the first paint, so nothing moves
        # when they fill (the menus' actions, the line to Claude).
        add_menus(self.menuBar())
        self.status_line = StatusLine(self.statusBar())
        self.usage_label = self.status_line.usage_label
        self.sidebar.typing_started.connect(self.focus_composer)

    def focus_composer(self) -> None:
        self.composer.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
