"""Tab goes round the window in reading order: the sidebar (New, search, the folders, the
list), the chat, the composer (its review presets first, when shown), and from Send back to
the sidebar. The ring is laid again whenever the presets' buttons are rebuilt."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.ui.widgets.chat_view import ChatView
    from desktop_app.ui.widgets.composer import Composer
    from desktop_app.ui.widgets.sidebar import Sidebar


class TabOrder(QObject):
    def __init__(
        self, sidebar: Sidebar, chat: ChatView, composer: Composer, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.sidebar, self.chat, self.composer = sidebar, chat, composer
        composer.attachments.chips.rebuilt.connect(self.apply)
        self.apply()

    def apply(self) -> None:
        sidebar, composer = self.sidebar, self.composer
        chips = composer.attachments.chips
        order: list[QWidget] = [
            sidebar.new_button,
            sidebar.search,
            *sidebar.folders.focus_order(),
            sidebar.list,
            self.chat,
            *chips.chips,
            chips.edit_button,
            composer.edit,
            composer.model_picker,
            composer.thinking_button,
            composer.reply_limit_button,
            composer.server_tools_button,
            composer.advanced_button,
            composer.system_button,
            composer.tools_button,
            composer.send_button,
        ]
        for first, second in pairwise([*order, order[0]]):
            QWidget.setTabOrder(first, second)
        # Inside the chat, Tab goes through the messages' actions first (ChatView does it).
        after_chat = order[order.index(self.chat) + 1]
        self.chat.message_actions.exits = (sidebar.list, after_chat)
