"""The chat's column of messages, built only around what is on screen.

A conversation of thousands of messages opens with only its last screen built.
Messages above and below the built rows are stood in for by two spacers whose
heights add up the rows' measured heights (or an estimate from the text, for a
row never built). Rows are built as the user scrolls towards them, a few per
turn of the event loop, and rows several screens away are dropped again, their
height kept; so memory stays bounded however long the conversation. Prepending
keeps the first visible row where it was on screen (the first screen, see ColumnOpening).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.conversation import Message
from desktop_app.ui.widgets.row_heights import RowHeights

if TYPE_CHECKING:
    from desktop_app.ui.widgets.column_opening import ColumnOpening
    from desktop_app.ui.widgets.message_card import MessageRow

SPACING = 18
MARGIN_SCREENS = 1.0  # built beyond the viewport, above and below, in screen heights
KEEP_SCREENS = 4.0  # rows farther than this from the viewport are dropped
FILL_BUDGET_S = 0.008  # building stops for this turn of the event loop after this long

RowFactory = Callable[[list[Message], int], "MessageRow"]  # the messages, which to build


class MessageColumn(QWidget):
    opened = Signal()  # set_messages() has built the first screen (at once or in slices)

    def __init__(self, area: QScrollArea, make_row: RowFactory, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.make_row = make_row
        self.messages: list[Message] = []
        self.built: list[MessageRow] = []  # rows for messages[first : first + len(built)]
        self.first = 0
        self.build_count = 0  # rows built so far (for tests)
        self._heights = RowHeights()
        self._opening: ColumnOpening | None = None  # the first screen, being built in slices
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 28, 0, 28)
        self.rows.setSpacing(SPACING)
        self._top = QWidget(self)
        self._bottom = QWidget(self)
        for spacer in (self._top, self._bottom):
            spacer.setFixedHeight(0)
            spacer.hide()
            self.rows.addWidget(spacer)
        self.rows.addStretch(1)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self.fill)

    @property
    def end(self) -> int:
        return self.first + len(self.built)

    @property
    def bottom_built(self) -> bool:
        return self.end == len(self.messages)

    def set_messages(
        self, messages: list[Message], focus: int | None = None, *, in_slices: bool = False
    ) -> None:
        """Show these messages: the last screen built, or the screen around index `focus`, at
        once or `in_slices` (see ColumnOpening); then `opened`."""
        if self._opening is not None:
            self._opening.cancel()
            self._opening = None
        self._drop_all()
        self.messages = list(messages)
        self._heights.clear()
        at = len(messages) if focus is None else focus
        self.first = at
        if not in_slices:
            self._build_around(at)
            self.opened.emit()
            return
        from desktop_app.ui.widgets.column_opening import ColumnOpening  # after the first paint

        self._opening = ColumnOpening(self._building(at), self.area, self)
        self._opening.finished.connect(self.on_opening_finished)

    @property
    def opening(self) -> bool:  # the first screen is still being built in slices
        return self._opening is not None

    def complete_opening(self) -> None:
        """Build the rest of the first screen now: what comes next needs it whole."""
        if self._opening is not None:
            self._opening.complete()

    def on_opening_finished(self) -> None:
        self._opening = None
        self.opened.emit()

    def clear(self) -> None:
        self.set_messages([])

    def row_of(self, message_id: int) -> MessageRow | None:
        for row in self.built:
            if row.card.message_id == message_id:
                return row
        return None

    def append(self, message: Message) -> MessageRow | None:
        """A new last message; its row is built when the end of the chat is."""
        self.complete_opening()
        was_bottom = self.bottom_built
        self.messages.append(message)
        if was_bottom:
            row = self._build(len(self.messages) - 1)
            self._insert(len(self.built), row)
            self.built.append(row)
            return row
        self._update_spacers()
        return None

    def replace(self, message: Message) -> None:
        for i, known in enumerate(self.messages):
            if known.id == message.id:
                self.messages[i] = message
                return

    def remove(self, message_id: int) -> None:
        self.complete_opening()
        index = next((i for i, m in enumerate(self.messages) if m.id == message_id), None)
        if index is None:
            return
        if self.first <= index < self.end:
            row = self.built.pop(index - self.first)
            self.rows.removeWidget(row)
            row.deleteLater()
        elif index < self.first:
            self.first -= 1
        del self.messages[index]
        self._update_spacers()

    def add_tail(self, widget: QWidget) -> None:
        """Something after the messages (a pending message, an error): always built."""
        self.rows.insertWidget(self.rows.count() - 1, widget)
        widget.show()

    def remove_tail(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        parent = widget.parentWidget()
        # A card sits in a MessageRow; the empty state and error card sit in the column
        # itself. Told apart without importing message_card (and the Markdown renderer).
        row = widget if parent is None or parent is self else parent
        self.rows.removeWidget(row)
        row.hide()
        row.deleteLater()

    def schedule_fill(self) -> None:
        if not self._fill_timer.isActive():
            self._fill_timer.start()

    def show_end(self) -> None:
        """Build the last screen if it is not, and scroll to it."""
        self.complete_opening()
        if not self.bottom_built:
            self._drop_all()
            self.first = len(self.messages)
            self._build_around(len(self.messages))
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def fill(self) -> None:
        """Build what the viewport is near and drop what it is far from, within a time budget."""
        if not self.messages or self._opening is not None:
            return  # the opening's own slices come first; it fills the margin after
        from desktop_app.ui.worker_pause import held  # not before the first paint

        with held():  # the start's loading threads wait: the slice runs at speed
            self._fill()

    def _fill(self) -> None:
        self._settle()  # the scroll range must be up to date before we judge by it
        deadline = time.perf_counter() + FILL_BUDGET_S
        view_top = self.area.verticalScrollBar().value()
        view_height = self.area.viewport().height()
        view_bottom = view_top + view_height
        margin = view_height * MARGIN_SCREENS
        if not self.built or self._far_from_built(view_top, view_bottom, view_height):
            self._jump_to(view_top)
            return
        more = False
        while self.first > 0 and self._y(self.built[0]) > view_top - margin:
            if time.perf_counter() > deadline:
                more = True
                break
            self._prepend_one()
        while not self.bottom_built and self._bottom_y() < view_bottom + margin:
            if time.perf_counter() > deadline:
                more = True
                break
            self._append_one()
        self._trim(view_top, view_bottom, view_height * KEEP_SCREENS)
        if more:
            self.schedule_fill()

    def _build_around(self, at: int, margin: float = 0.0) -> None:
        """Build rows from index `at` upwards (and downwards when `at` is not the end) until
        they fill the viewport and `margin` screens more, in one go; the rest of the margin
        is left to fill(), a slice per turn of the event loop."""
        for _ in self._building(at, margin):
            pass

    def _building(self, at: int, margin: float = 0.0) -> Iterator[None]:
        """_build_around(), pausing after each row. Estimates first, then measured."""
        wanted = self.area.viewport().height() * (1 + margin)
        below = 0.0
        index = at
        while index < len(self.messages) and below < wanted / 2 and at < len(self.messages):
            self._append_one()
            below += self._height(self.messages[index])
            index += 1
            yield
        above = 0.0
        while self.first > 0 and above + below < wanted:
            self._insert_front()
            above += self._height(self.messages[self.first])
            yield
        self._update_spacers()
        # Estimates can run long (a short reply with long lines): rows that fall short of the
        # viewport would leave its top blank for a frame, so measure and add what is missing.
        while self.first > 0 and self._built_height() < wanted:
            self._settle()
            if self._built_height() >= wanted:
                break
            self._insert_front()
            self._update_spacers()
            yield
        self.schedule_fill()

    def _built_height(self) -> int:
        return sum(
            row.sizeHint().height() if row.height() <= 0 else row.height() for row in self.built
        ) + SPACING * max(0, len(self.built) - 1)

    def _prepend_one(self) -> None:
        anchor = self._anchor()
        self._insert_front()
        self._update_spacers()
        self._settle()
        if anchor is not None:
            row, offset = anchor
            self.area.verticalScrollBar().setValue(self._y(row) - offset)

    def _insert_front(self) -> None:
        self.first -= 1
        row = self._build(self.first)
        self._insert(0, row)
        self.built.insert(0, row)

    def _append_one(self) -> None:
        row = self._build(self.end)
        self._insert(len(self.built), row)
        self.built.append(row)
        self._update_spacers()

    def _build(self, index: int) -> MessageRow:
        self.build_count += 1
        return self.make_row(self.messages, index)

    def _trim(self, view_top: int, view_bottom: int, keep: float) -> None:
        while len(self.built) > 1 and self._y(self.built[0]) + self.built[0].height() < (
            view_top - keep
        ):
            anchor = self._anchor()
            self._drop(self.built.pop(0))
            self.first += 1
            self._update_spacers()
            self._settle()
            if anchor is not None:
                row, offset = anchor
                self.area.verticalScrollBar().setValue(self._y(row) - offset)
        while len(self.built) > 1 and self._y(self.built[-1]) > view_bottom + keep:
            self._drop(self.built.pop())
            self._update_spacers()

    def _jump_to(self, view_top: int) -> None:
        """The viewport landed far from the built rows (a drag of the scroll bar): build there."""
        y = self.rows.contentsMargins().top()
        index = 0
        while index < len(self.messages) - 1:
            height = self._height(self.messages[index]) + SPACING
            if y + height > view_top:
                break
            y += height
            index += 1
        self._drop_all()
        self.first = index
        # Scrolled this far in one go, the reader may well go on: build the margin now too.
        self._build_around(index, MARGIN_SCREENS)

    def _far_from_built(self, view_top: int, view_bottom: int, view_height: int) -> bool:
        built_top = self._y(self.built[0])
        return view_bottom < built_top - view_height * 2 or (
            view_top > self._bottom_y() + view_height * 2
        )

    def _drop(self, row: MessageRow) -> None:
        if row.card.message_id is not None and row.height() > 0:
            self._heights.measured(row.card.message_id, row.height())
        self.rows.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _drop_all(self) -> None:
        while self.built:
            self._drop(self.built.pop())
        self.first = 0

    def top_anchor(self) -> tuple[int, int] | None:
        """The id of the first message reaching into the viewport and its top's distance
        below the viewport's top (negative when it starts above)."""
        self.complete_opening()
        self._settle()  # positions read before pending layouts ran would be stale
        anchor = self._anchor()
        if anchor is None or anchor[0].card.message_id is None:
            return None
        return anchor[0].card.message_id, anchor[1]

    def scroll_to_anchor(self, message_id: int, offset: int) -> bool:
        """Scroll so that message's top is `offset` pixels below the viewport's top, building
        the rows around it first if need be; False if the message is not in the column."""
        self.complete_opening()
        index = next((i for i, m in enumerate(self.messages) if m.id == message_id), None)
        if index is None:
            return False
        if self.row_of(message_id) is None:
            self._drop_all()
            self.first = index
            self._build_around(index)
        row = self.row_of(message_id)
        if row is None:
            return False
        self._settle()
        self.area.verticalScrollBar().setValue(self._y(row) - offset)
        return True

    def _anchor(self) -> tuple[MessageRow, int] | None:
        """The first row reaching into the viewport, and its distance from the viewport's top."""
        value = self.area.verticalScrollBar().value()
        for row in self.built:
            y = self._y(row)
            if y + row.height() > value:
                return row, y - value
        return None

    def _update_spacers(self) -> None:
        above = self.messages[: self.first]
        below = self.messages[self.end :]
        self._set_spacer(self._top, self._heights.total(above, self.width(), SPACING))
        self._set_spacer(self._bottom, self._heights.total(below, self.width(), SPACING))

    @staticmethod
    def _set_spacer(spacer: QWidget, height: int) -> None:
        spacer.setFixedHeight(max(0, height))
        spacer.setVisible(height > 0)

    def _height(self, message: Message) -> int:
        return self._heights.of(message, self.width())

    def _insert(self, built_index: int, row: QWidget) -> None:
        self.rows.insertWidget(1 + built_index, row)  # after the top spacer
        # A layout shows a new child only on a later turn of the event loop; until then it has
        # no height, and could not be measured or scrolled by.
        row.show()

    def _y(self, row: QWidget) -> int:
        page = self.area.widget()
        return row.mapTo(page, QPoint(0, 0)).y() if page is not None else row.y()

    def _bottom_y(self) -> int:
        last = self.built[-1]
        return self._y(last) + last.height()

    def _settle(self) -> None:
        """Run the pending layouts now, so rows have their heights before we scroll by them."""
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.schedule_fill()
        return super().event(event)
