"""The conversation in the centre: a scrolling column of message cards, following the view model.

It shows one conversation at a time and ignores events for the others (their
streams go on in the view model). While the user is at the bottom it sticks
there as text streams in; scrolled up, it stays put. The message cards' modules
(the Markdown renderer among them) are imported with the first card, so a window
opening on an empty conversation paints without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.ui.widgets.empty_state import EmptyState
from desktop_app.ui.widgets.error_card import ErrorCard

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore
    from desktop_app.ui.theme import Colours
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.view_models.reply_problem import ReplyProblem
    from desktop_app.ui.widgets.message_card import MessageCard

COLUMN_WIDTH = 820
FIRST_SHOWN = 60  # messages built at first; older ones wait for "Show earlier messages"
STICK_SLACK = 40  # pixels from the bottom that still count as "at the bottom"


class ChatView(QScrollArea):
    retry_requested = Signal(int)  # conversation id
    key_requested = Signal(int)  # conversation id

    def __init__(
        self,
        store: ConversationStore,
        view_model: ChatViewModel,
        colours: Colours,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.view_model = view_model
        self.colours = colours
        self.conversation_id: int | None = None
        self.cards: dict[int, MessageCard] = {}
        self.live_card: MessageCard | None = None
        self.pending_card: MessageCard | None = None
        self.error_card: ErrorCard | None = None
        self._shown_limit = FIRST_SHOWN
        self._stick = True
        self.setObjectName("chatView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self)
        page.setObjectName("chatPage")
        outer = QHBoxLayout(page)
        outer.setContentsMargins(24, 0, 24, 0)
        self.column = QWidget(page)
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.rows = QVBoxLayout(self.column)
        self.rows.setContentsMargins(0, 28, 0, 28)
        self.rows.setSpacing(18)
        self.rows.addStretch(1)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.setWidget(page)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self.on_range_changed)
        bar.valueChanged.connect(self.on_value_changed)
        vm = view_model
        vm.exchange_started.connect(self.on_exchange_started)
        vm.user_message_added.connect(self.on_user_message_added)
        vm.reply_started.connect(self.on_reply_started)
        vm.reply_progressed.connect(self.on_reply_progressed)
        vm.reply_finished.connect(self.on_reply_finished)
        vm.reply_failed.connect(self.on_reply_failed)
        self.show_conversation(None)

    def show_conversation(
        self, conversation_id: int | None, focus_message: int | None = None
    ) -> None:
        if conversation_id != self.conversation_id:
            self._shown_limit = FIRST_SHOWN
        self.conversation_id = conversation_id
        self._clear()
        self._stick = focus_message is None
        if conversation_id is None:
            self._add_row(EmptyState(self.column))
            return
        messages = [m for m in self.store.messages(conversation_id) if _visible(m)]
        if focus_message is not None:
            position = next((i for i, m in enumerate(messages) if m.id == focus_message), 0)
            self._shown_limit = max(self._shown_limit, len(messages) - position)
        if len(messages) > self._shown_limit:
            hidden = len(messages) - self._shown_limit
            self._add_row(self._earlier_button(hidden))
            messages = messages[hidden:]
        live = self.view_model.live(conversation_id)
        for message in messages:
            if (
                live is not None
                and live.streaming
                and live.message
                and live.message.id == message.id
            ):
                self._add_live_card(conversation_id)
            else:
                self._add_card(message.role).show_message(message)
                self.cards[message.id] = self._last_card()
        if live is not None and live.pending_text:
            self._add_pending(live.pending_text)
        problem = self.view_model.problem(conversation_id)
        if problem is not None:
            self._add_error(problem)
        if focus_message in self.cards:
            card = self.cards[focus_message]
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(card, 0, 80))

    def reload(self) -> None:
        self.show_conversation(self.conversation_id)

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.reload()

    def on_exchange_started(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_id:
            return
        self._remove_error()
        self._stick = True
        live = self.view_model.live(conversation_id)
        if live is not None and live.pending_text:
            self._add_pending(live.pending_text)

    def on_user_message_added(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id or not _visible(message):
            return
        card = self.pending_card or self._add_card(Role.USER)
        self.pending_card = None
        card.set_note("")
        card.show_message(message)
        self.cards[message.id] = card

    def on_reply_started(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id:
            return
        if not self._last_card_is_user():
            # A retry (the store dropped the failed reply) or a tool round: rebuild from the store.
            self.reload()
            return
        self._add_live_card(conversation_id)

    def on_reply_progressed(self, conversation_id: int) -> None:
        live = self.view_model.live(conversation_id)
        if conversation_id == self.conversation_id and self.live_card and live:
            self.live_card.follow(live)

    def on_reply_finished(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id:
            return
        card = self.cards.get(message.id) or self.live_card
        if card is None:
            return
        if card is self.live_card:
            self.live_card = None
        if not _visible(message):
            self.cards.pop(message.id, None)
            self._remove_row_of(card)
            return
        card.show_message(message)

    def on_reply_failed(self, conversation_id: int, problem: ReplyProblem) -> None:
        if conversation_id != self.conversation_id:
            return
        if self.pending_card is not None:
            self._remove_row_of(self.pending_card)
            self.pending_card = None
        if self.live_card is not None:
            if self.live_card.body.document().isEmpty():
                self._remove_row_of(self.live_card)
            else:
                self.live_card.set_note("Incomplete: the reply failed", failed=True)
            self.live_card = None
        self._add_error(problem)

    def on_range_changed(self, _low: int, high: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(high)

    def on_value_changed(self, value: int) -> None:
        self._stick = value >= self.verticalScrollBar().maximum() - STICK_SLACK

    def _last_card_is_user(self) -> bool:
        last = self._last_card_or_none()
        return last is not None and last.role is Role.USER

    def _add_live_card(self, conversation_id: int) -> None:
        card = self._add_card(Role.ASSISTANT)
        live = self.view_model.live(conversation_id)
        if live is not None:
            card.follow(live)
            if live.message is not None:
                self.cards[live.message.id] = card
        self.live_card = card

    def _add_pending(self, text: str) -> None:
        self.pending_card = self._add_card(Role.USER)
        self.pending_card.show_pending(text)

    def _add_error(self, problem: ReplyProblem) -> None:
        self._remove_error()
        card = ErrorCard(problem, self.column)
        conversation_id = self.conversation_id
        if conversation_id is not None:
            card.retry_clicked.connect(lambda: self.retry_requested.emit(conversation_id))
            card.key_requested.connect(lambda: self.key_requested.emit(conversation_id))
        self.error_card = card
        self._stick = True
        self._add_row(card)

    def _remove_error(self) -> None:
        if self.error_card is not None:
            self._remove_row_of(self.error_card)
            self.error_card = None

    def _add_card(self, role: Role) -> MessageCard:
        from desktop_app.ui.widgets.message_card import MessageCard, MessageRow

        card = MessageCard(role, self.colours)
        self._add_row(MessageRow(card, self.column))
        return card

    def _last_card(self) -> MessageCard:
        card = self._last_card_or_none()
        assert card is not None
        return card

    def _last_card_or_none(self) -> MessageCard | None:
        from desktop_app.ui.widgets.message_card import MessageRow

        for i in range(self.rows.count() - 2, -1, -1):
            item = self.rows.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, MessageRow):
                return widget.card
        return None

    def _add_row(self, widget: QWidget) -> None:
        self.rows.insertWidget(self.rows.count() - 1, widget)

    def _remove_row_of(self, widget: QWidget) -> None:
        from desktop_app.ui.widgets.message_card import MessageRow

        parent = widget.parentWidget()
        row = parent if isinstance(parent, MessageRow) else widget
        self.rows.removeWidget(row)
        row.deleteLater()

    def _clear(self) -> None:
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards.clear()
        self.live_card = self.pending_card = None
        self.error_card = None

    def _earlier_button(self, hidden: int) -> QPushButton:
        button = QPushButton(f"Show {hidden} earlier messages", self.column)
        button.setObjectName("earlierButton")
        button.clicked.connect(self.on_earlier_clicked)
        return button

    def on_earlier_clicked(self) -> None:
        self._shown_limit += 200
        self.reload()
        self._stick = False
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(0))


def _visible(message: Message) -> bool:
    """Tool results are the session's business, and a failed reply with nothing in it says
    nothing the error card does not: neither is shown."""
    if message.role is Role.USER:
        return bool(message.text)
    return message.state is not MessageState.FAILED or bool(message.content)
