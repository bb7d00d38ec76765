"""`ChatActions`: the actions bars under the chat's messages, and what their buttons do in place.

It knows the conversation's branches (which messages have alternatives), puts a
bar under each built row that shows one (see message_actions.actions_for), keeps
the bars disabled while a reply runs (a branch must not move under it), and does
what needs no one else: Copy, and ‹ › between branches. Edit, Regenerate and
Delete are passed on as signals, for the window to decide.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton, QWidget

from desktop_app.core.conversation import Message
from desktop_app.ui.view_models.message_actions import actions_for

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.widgets.message_card import MessageRow
    from desktop_app.ui.widgets.message_column import MessageColumn


class ChatSurface(Protocol):
    """What the actions use of the chat view besides its scroll area (no import of it)."""

    @property
    def column(self) -> MessageColumn: ...
    @property
    def conversation_id(self) -> int | None: ...
    @property
    def store(self) -> ConversationStore: ...
    @property
    def view_model(self) -> ChatViewModel: ...
    def reload(self) -> None: ...
    def reveal(self, message_id: int) -> None: ...


class ChatActions(QObject):
    copied = Signal()
    edit_requested = Signal(int)  # message id
    regenerate_requested = Signal(int)  # message id
    delete_requested = Signal(int)  # message id
    continue_requested = Signal(int)  # message id of a reply cut off or paused
    branch_shown = Signal(int)  # conversation id: another branch is on screen now

    def __init__(
        self,
        area: QScrollArea,
        chat: ChatSurface,
        describe: Callable[[list[Message]], str],
    ) -> None:
        """`area` and `chat` are the same chat view: its widget side and the rest."""
        super().__init__(area)
        self.area = area
        self.chat = chat
        self.describe = describe  # a reply's model · time · tokens · cost
        self.siblings: dict[int, tuple[int, ...]] = {}
        self.exits: tuple[QWidget | None, QWidget | None] = (None, None)  # Tab's way out
        chat.view_model.busy_changed.connect(self.on_busy_changed)

    def learn_branches(self, conversation_id: int) -> None:
        self.siblings = self.chat.store.siblings(conversation_id)

    def attach(self, row: MessageRow, messages: list[Message], index: int) -> None:
        """Give a row the actions of `messages[index]` (none while it is being written)."""
        actions = actions_for(
            messages, index, self.siblings, self.describe, self.chat.store.stop_sequence
        )
        bar = row.set_actions(actions)
        if bar is None:
            return
        bar.setEnabled(not self._busy())
        bar.copy_clicked.connect(self.on_copy_clicked)
        bar.edit_clicked.connect(self.edit_requested)
        bar.regenerate_clicked.connect(self.regenerate_requested)
        bar.delete_clicked.connect(self.delete_requested)
        bar.continue_clicked.connect(self.continue_requested)
        bar.branch_clicked.connect(self.show_branch)

    def refresh_last(self, rows: int = 4) -> None:
        """The last rows' bars again: a reply's line moves down as its turn grows (and every
        built row's, with `rows=0`, after a language change)."""
        messages = self.chat.column.messages
        start = max(0, len(messages) - rows) if rows else 0
        where = {m.id: i for i, m in enumerate(messages[start:], start=start)}
        for row in self.chat.column.built[-rows:] if rows else self.chat.column.built:
            index = where.get(row.card.message_id or 0)
            if index is not None:
                self.attach(row, messages, index)

    def show_branch(self, message_id: int) -> None:
        """Show the newest branch through `message_id` (one of a message's alternatives)."""
        conversation_id = self.chat.conversation_id
        if conversation_id is None or self._busy():
            return
        self.chat.store.show_branch(message_id)
        # A failed reply's card belongs to its branch; there it stays marked, to regenerate.
        self.chat.view_model.dismiss_problem(conversation_id)
        self.chat.reload()
        self.branch_shown.emit(conversation_id)
        QTimer.singleShot(0, lambda: self.chat.reveal(message_id))

    def on_busy_changed(self, conversation_id: int, busy: bool) -> None:
        if conversation_id == self.chat.conversation_id:
            for row in self.chat.column.built:
                if row.actions_bar is not None:
                    row.actions_bar.setEnabled(not busy)

    def move_focus(self, forward: bool) -> bool:
        """Tab inside the chat: the next action button, or out by `exits` (the widgets before
        and after the chat in the window's order); False to leave it to Qt."""
        target = self.focus_target(QApplication.focusWidget(), forward)
        if target is None:
            target = _first_shown(self.exits[1] if forward else self.exits[0], forward)
        if target is None:
            return False
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        if target is not self.area:
            self.area.ensureWidgetVisible(target, 0, 60)
        return True

    def focus_target(self, current: QWidget | None, forward: bool) -> QWidget | None:
        """Where Tab (or Shift+Tab) goes from `current` inside the chat: through the action
        buttons of the built rows in reading order; None when it leaves the chat."""
        buttons = [
            button
            for row in self.chat.column.built
            if row.actions_bar is not None and row.actions_bar.isEnabled()
            for button in row.actions_bar.findChildren(QToolButton)
            if button.isVisibleTo(self.area) and button.isEnabled()
        ]
        if current is self.area:
            return buttons[0] if forward and buttons else None
        if current not in buttons:
            return None
        at = buttons.index(current) + (1 if forward else -1)
        if 0 <= at < len(buttons):
            return buttons[at]
        return None if forward else self.area

    def on_copy_clicked(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit()

    def _busy(self) -> bool:
        conversation_id = self.chat.conversation_id
        return conversation_id is not None and self.chat.view_model.is_busy(conversation_id)


def _first_shown(widget: QWidget | None, forward: bool) -> QWidget | None:
    """`widget`, or the first one after (before) it in the focus chain that Tab can reach now:
    the chat's way out may lead to controls shown only at times (the review presets)."""
    seen: set[QWidget] = set()
    while widget is not None and widget not in seen:
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if reachable and widget.isVisible() and widget.isEnabled():
            return widget
        seen.add(widget)
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    return None
