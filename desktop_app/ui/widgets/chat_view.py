"""The conversation in the centre: a scrolling column of message cards, following the view model.

It shows one conversation at a time and ignores events for the others (their
streams go on in the view model). Only the rows near the viewport are built
(see MessageColumn). While the user is at the bottom it sticks there as text
streams in; scrolled up, it stays put and offers "Jump to latest". The message
cards' modules (the Markdown renderer among them) are imported with the first
card, so a window opening on an empty conversation paints without them; the
renderer's costly parts load on a thread soon after; once they and the SDK are
loaded, the objects alive then are frozen out of garbage collection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.ui.rendering.warm_up import make_way, schedule_warm_up
from desktop_app.ui.view_models.tool_transcript import ToolTranscript
from desktop_app.ui.widgets.chat_actions import ChatActions
from desktop_app.ui.widgets.chat_column import COLUMN_WIDTH
from desktop_app.ui.widgets.empty_state import EmptyState
from desktop_app.ui.widgets.error_card import ErrorCard
from desktop_app.ui.widgets.jump_button import JumpButton
from desktop_app.ui.widgets.message_column import MessageColumn

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore
    from desktop_app.core.view_state import ViewState
    from desktop_app.ui.theme import Colours
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.view_models.reply_problem import ReplyProblem
    from desktop_app.ui.widgets.message_card import MessageCard, MessageRow

STICK_SLACK = 40  # pixels from the bottom that still count as "at the bottom"
PIN_MS = 3000  # how long a restored scroll position is held while the rows settle


class ChatView(QScrollArea):
    retry_requested = Signal(int)  # conversation id
    key_requested = Signal(int)  # conversation id

    def __init__(
        self,
        store: ConversationStore,
        view_model: ChatViewModel,
        colours: Colours,
        describe: Callable[[list[Message]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.view_model = view_model
        self.colours = colours
        self.conversation_id: int | None = None
        self.pending_card: MessageCard | None = None
        self.error_card: ErrorCard | None = None
        self.empty_state: EmptyState | None = None
        self._live_id: int | None = None
        self._stick = True
        self._pinned: tuple[int, int] | None = None  # a restored scroll anchor, held a while
        self._place: tuple[int, int] | None = None  # where the conversation being built opens
        self.setObjectName("chatView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll it
        # A viewport made here: the first C++-made QWidget handed to Python makes PySide set
        # up every QWidget subclass to find its type (44 enums, ~11 ms before the first paint).
        viewport = QWidget(self)
        self.setViewport(viewport)
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)  # as QScrollArea sets its own
        page = QWidget(self)
        page.setObjectName("chatPage")
        outer = QHBoxLayout(page)
        outer.setContentsMargins(24, 0, 24, 0)
        self.column = MessageColumn(self, self._make_row, page)
        self.column.setMaximumWidth(COLUMN_WIDTH)
        self.rows = self.column.rows
        self.column.opened.connect(self.on_opened)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum width is this view's (minimumSizeHint)
        self.jump_button = JumpButton(self)
        self.jump_button.clicked.connect(self.on_jump_clicked)
        bar = self.verticalScrollBar()
        bar.sliderPressed.connect(self.unpin)
        bar.rangeChanged.connect(self.on_range_changed)
        bar.valueChanged.connect(self.on_value_changed)
        vm = view_model
        vm.exchange_started.connect(self.on_exchange_started)
        vm.user_message_added.connect(self.on_user_message_added)
        vm.reply_started.connect(self.on_reply_started)
        vm.reply_progressed.connect(self.on_reply_progressed)
        vm.reply_finished.connect(self.on_reply_finished)
        vm.reply_failed.connect(self.on_reply_failed)
        vm.busy_changed.connect(self.on_busy_changed)
        self.tool_cards = ToolTranscript(vm, self)  # tool calls as cards under Claude's messages
        # Copy, edit, regenerate, delete and branches, under each message.
        self.message_actions = ChatActions(self, self, describe)
        schedule_warm_up(self, self._settled)  # the window then shows the first conversation

    @property
    def cards(self) -> dict[int, MessageCard]:
        """The built message cards by message id (rows far from the viewport are not built)."""
        return {r.card.message_id: r.card for r in self.column.built if r.card.message_id}

    @property
    def live_card(self) -> MessageCard | None:
        return self.cards.get(self._live_id) if self._live_id is not None else None

    def show_conversation(
        self,
        conversation_id: int | None,
        focus_message: int | None = None,
        messages: list[Message] | None = None,
        saved: ViewState | None = None,
    ) -> None:
        """Show a conversation; `messages` saves reading them again when the caller has. With
        the `saved` view state (at start): at its place, built in slices (see ColumnOpening)."""
        self.conversation_id = conversation_id
        self._pinned = self._place = None
        self._clear_tail()
        self._live_id = None
        self._stick = focus_message is None
        if conversation_id is None:
            self.column.clear()
            self.empty_state = EmptyState(self.column)
            self.column.add_tail(self.empty_state)
            self._update_jump_button()
            return
        make_way()  # the renderer's warm-up pauses while these rows are built
        if messages is None:
            messages = self.store.messages(conversation_id)
        self.message_actions.learn_branches(conversation_id)
        self.tool_cards.index(messages)  # before the tool results are filtered out
        from desktop_app.ui.view_models.reply_problem import stored_problem  # after the paint

        problem = self.view_model.problem(conversation_id) or stored_problem(messages)
        messages = [m for m in messages if _visible(m)]
        place = saved.place_in(conversation_id) if saved is not None else None
        anchor = focus_message or (place[0] if place is not None else None)
        focus = next((i for i, m in enumerate(messages) if m.id == anchor), None)
        if focus is not None and place is not None and not focus_message:
            self._place, self._stick = place, False  # else (its message gone) the end shows
        live = self.view_model.live(conversation_id)
        if live is not None and live.streaming and live.message is not None:
            self._live_id = live.message.id
        self.column.set_messages(messages, focus, in_slices=saved is not None)
        if live is not None and live.pending_text:
            self._add_pending(live.pending_text)
        if problem is not None and not self.view_model.is_busy(conversation_id):
            self._add_error(problem)
        if focus_message is not None:
            QTimer.singleShot(0, lambda: self.reveal(focus_message))
        self._update_jump_button()

    def scroll_anchor(self) -> tuple[int, int] | None:
        """Where the reader is: None while following the newest message, else the first
        message in view and its top's distance below the view's top."""
        return None if self._stick else self.column.top_anchor()

    def restore_scroll(self, message_id: int, offset: int) -> None:
        """Back to a scroll_anchor(); to the end if that message is no longer shown. Rows
        above it settle their heights for a while yet (measured, then rendered): until the
        user scrolls, or PIN_MS at most, each change of height puts the anchor back."""
        self._stick = False
        if not self.column.scroll_to_anchor(message_id, offset):
            self.jump_to_latest()
            return
        self._pinned = (message_id, offset)
        QTimer.singleShot(PIN_MS, self.unpin)
        self._update_jump_button()

    def on_opened(self) -> None:
        if self._place is not None:  # the saved place, now that the rows around it are built
            self.restore_scroll(*self._place)

    def unpin(self) -> None:
        self._pinned = None

    @property
    def pinned(self) -> bool:
        """A restored position is being held while the rows settle (see restore_scroll)."""
        return self._pinned is not None

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.unpin()  # the user scrolls: the restored place is theirs to leave
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.unpin()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the messages' action buttons in reading order (see ChatActions)."""
        return self.message_actions.move_focus(next) or super().focusNextPrevChild(next)

    @property
    def at_bottom(self) -> bool:
        """Following the newest message (not reading older ones)."""
        return self._stick

    def reload(self) -> None:
        self.show_conversation(self.conversation_id)

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.reload()

    def jump_to_latest(self) -> None:
        self._pinned = None
        self._stick = True
        self.column.show_end()
        self._update_jump_button()

    def on_jump_clicked(self) -> None:
        self.jump_to_latest()

    def on_exchange_started(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_id:
            return
        self._remove_error()
        self.jump_to_latest()
        live = self.view_model.live(conversation_id)
        if live is not None and live.pending_text:
            self._add_pending(live.pending_text)

    def on_user_message_added(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id or not _visible(message):
            return
        self.column.remove_tail(self.pending_card)
        self.pending_card = None
        shown = self.column.messages
        if (shown[-1].id if shown else None) != message.parent_id:
            self.reload()  # an edited question: a new branch replaces what was below
            return
        self.column.append(message)
        self.message_actions.refresh_last()

    def on_reply_started(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id:
            return
        messages = self.column.messages
        if not messages or messages[-1].id != message.parent_id:
            # A retry (the store dropped the failed reply), a regeneration (a new branch) or
            # a tool round (its results are not shown): rebuild from the store.
            self.reload()
            return
        self._live_id = message.id
        self.column.append(message)
        self.message_actions.refresh_last()

    def on_reply_progressed(self, conversation_id: int) -> None:
        live = self.view_model.live(conversation_id)
        card = self.live_card
        if conversation_id == self.conversation_id and card is not None and live is not None:
            card.follow(live)

    def on_reply_finished(self, conversation_id: int, message: Message) -> None:
        if conversation_id != self.conversation_id:
            return
        if message.id == self._live_id:
            self._live_id = None
        if not _visible(message):
            self.column.remove(message.id)
            return
        self.column.replace(message)
        card = self.cards.get(message.id)
        if card is not None:
            card.show_message(message)
            self.tool_cards.attach(card, message)
        self.message_actions.learn_branches(conversation_id)  # a regeneration adds one
        self.message_actions.refresh_last()

    def on_reply_failed(self, conversation_id: int, problem: ReplyProblem) -> None:
        if conversation_id != self.conversation_id:
            return
        self.column.remove_tail(self.pending_card)
        self.pending_card = None
        live_id, self._live_id = self._live_id, None
        card = self.cards.get(live_id) if live_id is not None else None
        if card is not None:
            if card.body.document().isEmpty() and live_id is not None:
                self.column.remove(live_id)
            else:
                card.set_note("Incomplete: the reply failed", failed=True)
        self._add_error(problem)

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        if conversation_id == self.conversation_id and not busy:
            # Stopped before anything was stored: the text went back to the composer.
            self.column.remove_tail(self.pending_card)
            self.pending_card = None

    def on_range_changed(self, _low: int, high: int) -> None:
        if self._pinned is not None:
            self.column.scroll_to_anchor(*self._pinned)
        elif self._stick:
            self.verticalScrollBar().setValue(high)

    def on_value_changed(self, value: int) -> None:
        self._stick = value >= self.verticalScrollBar().maximum() - STICK_SLACK
        self._update_jump_button()
        self.column.schedule_fill()

    def _settled(self) -> bool:
        """The SDK is loaded (or failed to): what it leaves alive may be frozen."""
        from desktop_app.ui.claude_connection import ConnectionState

        return self.view_model.connection.state is not ConnectionState.STARTING

    def minimumSizeHint(self) -> QSize:
        """As wide as the messages need: there is no horizontal scroll bar to reach the rest
        (a scroll area asks for almost nothing, so a narrow window would cut replies off)."""
        base = super().minimumSizeHint()
        page = self.widget()
        if page is None:
            return base
        bar = self.verticalScrollBar().sizeHint().width()
        needed = page.minimumSizeHint().width() + 2 * self.frameWidth() + bar
        return QSize(max(base.width(), needed), base.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # messages came or went: the window's minimum may change
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.jump_button.place(self.viewport().geometry())
        self.column.schedule_fill()

    def _make_row(self, messages: list[Message], index: int) -> MessageRow:
        from desktop_app.ui.widgets.message_card import MessageCard, MessageRow

        message = messages[index]
        card = MessageCard(message.role, self.colours)
        live = self.view_model.live(message.conversation_id)
        if message.id == self._live_id and live is not None and live.message is not None:
            card.follow(live)
        else:
            card.show_message(message)
        self.tool_cards.attach(card, message)
        row = MessageRow(card, self.column)
        self.message_actions.attach(row, messages, index)
        return row

    def reveal(self, message_id: int) -> None:
        row = self.column.row_of(message_id)
        if row is not None:
            self.ensureWidgetVisible(row, 0, 80)

    def _add_pending(self, text: str) -> None:
        from desktop_app.ui.widgets.message_card import MessageCard, MessageRow

        card = MessageCard(Role.USER, self.colours)
        card.show_pending(text)
        self.pending_card = card
        self.column.add_tail(MessageRow(card, self.column))

    def _add_error(self, problem: ReplyProblem) -> None:
        self._remove_error()
        card = ErrorCard(problem, self.column)
        conversation_id = self.conversation_id
        if conversation_id is not None:
            card.retry_clicked.connect(lambda: self.retry_requested.emit(conversation_id))
            card.key_requested.connect(lambda: self.key_requested.emit(conversation_id))
        self.error_card = card
        self.column.add_tail(card)
        self.jump_to_latest()

    def _remove_error(self) -> None:
        self.column.remove_tail(self.error_card)
        self.error_card = None

    def _clear_tail(self) -> None:
        for widget in (self.pending_card, self.error_card, self.empty_state):
            self.column.remove_tail(widget)
        self.pending_card = self.error_card = self.empty_state = None

    def _update_jump_button(self) -> None:
        behind = not self._stick and bool(self.column.messages)
        self.jump_button.show_when(behind, self.viewport().geometry())


def _visible(message: Message) -> bool:
    """Tool results are the session's business, and a failed reply with nothing in it says
    nothing the error card does not: neither is shown."""
    if message.role is Role.USER:
        return bool(message.text)
    return message.state is not MessageState.FAILED or bool(message.content)
