"""A small window to ask Claude one thing fast (`parley --quick`, the tray): a prompt line that
grows to a few lines, Enter sends, Esc closes; the answer streams below in the chat's own
view, and the conversation is stored like any other. "Open in Parley" goes on in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from desktop_app.ui.widgets.chat_view import ChatView
from desktop_app.ui.widgets.prompt_edit import PromptEdit

if TYPE_CHECKING:
    from desktop_app.core.conversation import Conversation, Message
    from desktop_app.core.ports import ConversationStore
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Colours
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel

WIDTH = 620
PROMPT_ONLY_HEIGHT = 120
WITH_ANSWER_HEIGHT = 460


class QuickAskWindow(QWidget):
    open_requested = Signal(int)  # conversation id: go on in the main window
    closed = Signal()

    def __init__(
        self,
        store: ConversationStore,
        view_model: ChatViewModel,
        colours: Colours,
        describe: Callable[[list[Message]], str],
        new_conversation: Callable[[], Conversation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.view_model = view_model
        self.new_conversation = new_conversation
        self.conversation_id: int | None = None
        self.setObjectName("quickAsk")
        self.setWindowTitle(self.tr("Quick ask — Parley"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = PromptEdit(self)
        self.prompt.setAccessibleName(self.tr("Quick question to Claude"))
        self.prompt.setPlaceholderText(self.tr("Ask Claude…   (Enter sends, Esc closes)"))
        # No composer around it here to show where to type.
        self.prompt.setStyleSheet(
            "#promptEdit { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.prompt.submitted.connect(self.on_prompt_submitted)
        self.chat = ChatView(store, view_model, colours, describe, self)
        self.chat.hide()  # until there is an answer to show
        self.open_button = QPushButton(self.tr("Open in Parley"), self)
        self.open_button.setToolTip(self.tr("Go on with this conversation in the main window"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.on_open_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.chat, 1)
        layout.addLayout(buttons)
        view_model.busy_changed.connect(self.on_busy_changed)
        self.resize(WIDTH, PROMPT_ONLY_HEIGHT)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:  # where a launcher's box would be: centred, high on the screen
            area = screen.availableGeometry()
            self.move(area.x() + (area.width() - WIDTH) // 2, area.y() + area.height() // 5)
        self.prompt.setFocus()

    def on_prompt_submitted(self) -> None:
        text = self.prompt.toPlainText().strip()
        if not text:
            return
        if self.conversation_id is not None and self.view_model.is_busy(self.conversation_id):
            return
        if self.conversation_id is None:
            self.conversation_id = self.new_conversation().id
            self.chat.show_conversation(self.conversation_id)
            self.chat.show()
            self.open_button.setEnabled(True)
            self.resize(self.width(), max(self.height(), WITH_ANSWER_HEIGHT))
        self.prompt.setPlainText("")
        self.view_model.send(self.conversation_id, text)

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        if conversation_id == self.conversation_id:
            self.prompt.setReadOnly(busy)

    def on_open_clicked(self) -> None:
        if self.conversation_id is not None:
            self.open_requested.emit(self.conversation_id)
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # from the prompt too: it takes no Esc itself
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # deleted after: its connections go with it
        self.closed.emit()


def make_quick_window(window: MainWindow) -> QuickAskWindow:
    """A quick-ask window whose replies go through the main window's view model (so they
    land in its list at once); "Open in Parley" brings the window up on the conversation, and
    closing it alone (the main window hidden) closes Parley, unless the tray keeps it."""

    def new_conversation() -> Conversation:
        model = window.settings.default_model or window.catalogue.default().id
        conversation = window.store.create_conversation(model)
        window.list_model.put_first(conversation)  # in the history at once, as from the window
        return conversation

    from desktop_app.ui.view_models.message_actions import ReplyDescriber

    describe = ReplyDescriber(window.pricing, window.model_name)
    quick = QuickAskWindow(
        window.store, window.view_model, window.chat.colours, describe, new_conversation, window
    )

    def on_closed() -> None:
        # Alone on screen and no tray to come back from: Parley ends with it.
        if not window.isVisible() and not QSystemTrayIcon.isSystemTrayAvailable():
            window.close()

    quick.closed.connect(on_closed)

    def on_open_requested(conversation_id: int) -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.open_conversation(conversation_id)

    quick.open_requested.connect(on_open_requested)
    # Edit, Regenerate, Delete and Continue are the main window's to do (its composer, its
    # questions): they go on there, on the same message. Copy and the branch arrows stay.
    here, there = quick.chat.message_actions, window.chat.message_actions
    for asked, done in (
        (here.edit_requested, there.edit_requested),
        (here.regenerate_requested, there.regenerate_requested),
        (here.delete_requested, there.delete_requested),
        (here.continue_requested, there.continue_requested),
    ):
        asked.connect(lambda message_id, done=done: _go_on_in_window(quick, done, message_id))
    return quick


def _go_on_in_window(quick: QuickAskWindow, done: SignalInstance, message_id: int) -> None:
    if quick.conversation_id is not None:
        quick.open_requested.emit(quick.conversation_id)  # the window, on this conversation
        done.emit(message_id)
        quick.close()
