"""`ConversationFinder`: find in the open conversation, between the find bar and the chat.

Matches are counted on the messages themselves (core.conversation_find), so rows the chat
has not built yet count too; going to one asks the chat to show that message, as a search
hit does, and each built row marks the matches in its rendered text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.core.conversation_find import ConversationFind, find_matches

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore
    from desktop_app.ui.widgets.chat_view import ChatView
    from desktop_app.ui.widgets.find_bar import FindBar

MARK_DELAY_MS = 30  # rows built while scrolling are marked once the scroll pauses
REVEAL_TRIES = 10


class ConversationFinder(QObject):
    def __init__(self, chat: ChatView, store: ConversationStore, bar: FindBar) -> None:
        super().__init__(bar)
        self.chat, self.store, self.bar = chat, store, bar
        self.find = ConversationFind()
        self.message_ids: list[int] = []
        self._searched: int | None = None  # the conversation the matches are of
        self._marks = QTimer(self)
        self._marks.setSingleShot(True)
        self._marks.setInterval(MARK_DELAY_MS)
        self._marks.timeout.connect(self.on_rows_settled)
        self._revealing: tuple[int, int] | None = None  # message id, tries left
        bar.query_changed.connect(self.on_query_changed)
        bar.next_requested.connect(self.on_next_requested)
        bar.previous_requested.connect(self.on_previous_requested)
        bar.closed.connect(self.on_closed)
        scroll = chat.verticalScrollBar()
        scroll.valueChanged.connect(self._marks.start)
        scroll.rangeChanged.connect(self._marks.start)

    def open(self) -> None:
        self.bar.open()
        self.on_query_changed(self.bar.box.text())

    def on_query_changed(self, query: str) -> None:
        self._search_quietly()
        self._go()

    def _search_quietly(self) -> None:
        """Find the bar's query in the conversation shown, without moving the view."""
        current = self.find.current_match()
        near = current.message_index if current is not None else 0
        conversation_id = self.chat.conversation_id
        messages = self.store.messages(conversation_id) if conversation_id is not None else []
        shown = [m for m in messages if m.text]
        if conversation_id != self._searched:
            near = 0
        self._searched = conversation_id
        self.message_ids = [m.id for m in shown]
        self.find.search([m.text for m in shown], self.bar.box.text(), near)
        self.bar.show_position(*self.find.position())

    def on_next_requested(self) -> None:
        if not self.bar.isVisible():  # F3 with the bar closed opens it on the last query
            self.open()
            return
        if self.chat.conversation_id != self._searched:
            self.on_query_changed(self.bar.box.text())
        self.find.next()
        self._go()

    def on_previous_requested(self) -> None:
        if not self.bar.isVisible():
            self.open()
            return
        if self.chat.conversation_id != self._searched:
            self.on_query_changed(self.bar.box.text())
        self.find.previous()
        self._go()

    def _go(self) -> None:
        self.bar.show_position(*self.find.position())
        match = self.find.current_match()
        if match is not None and self.chat.conversation_id is not None:
            message_id = self.message_ids[match.message_index]
            if self.chat.column.row_of(message_id) is None:
                # Not built: the chat builds the rows around it, as for a search hit.
                self.chat.show_conversation(self.chat.conversation_id, message_id)
            else:
                self.chat.reveal(message_id)
            self._revealing = (message_id, REVEAL_TRIES)
        self.mark_built_rows()
        self._marks.start()  # and again once the chat has scrolled and built its rows

    def on_rows_settled(self) -> None:
        if self.bar.isVisible() and self.chat.conversation_id != self._searched:
            self._search_quietly()  # another conversation opened under the open bar
        self.mark_built_rows()
        if self._revealing is None:
            return
        # Rows just built are laid out by estimate first: once they settle, the match's row
        # may have moved off screen, so look again while it does.
        message_id, tries = self._revealing
        row = self.chat.column.row_of(message_id)
        if row is None or tries <= 0 or self._on_screen(row):
            self._revealing = None
            return
        self.chat.reveal(message_id)
        self._revealing = (message_id, tries - 1)
        self._marks.start()

    def _on_screen(self, row: QWidget) -> bool:
        viewport = self.chat.viewport()
        top = row.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + min(row.height(), viewport.height()) <= viewport.height()

    def mark_built_rows(self) -> None:
        """Mark the matches in every built row's text; the one being read stands out."""
        query = self.bar.box.text() if self.bar.isVisible() else ""
        current = self.find.current_match()
        positions = {mid: index for index, mid in enumerate(self.message_ids)}
        for message_id, card in self.chat.cards.items():
            index = positions.get(message_id)
            if not query.strip() or index is None:
                if card.body.found[0]:
                    card.body.set_find_highlights([], None)
                continue
            rendered = card.body.document().toPlainText()
            spans = [(m.start, m.end) for m in find_matches([rendered], query)]
            chosen = None
            if current is not None and current.message_index == index and spans:
                order = self.find.in_message(index).index(current)
                chosen = min(order, len(spans) - 1)
            card.body.set_find_highlights(spans, chosen)

    def on_closed(self) -> None:
        self.mark_built_rows()  # the bar is hidden: every mark goes
        self.chat.setFocus()
