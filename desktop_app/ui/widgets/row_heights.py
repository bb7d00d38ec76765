"""The heights of the chat's rows: measured for rows built once, estimated from the text for
rows never built (the spacers standing in for unbuilt rows add them up)."""

from __future__ import annotations

from desktop_app.core.conversation import Message

CHAR_WIDTH = 7.5  # pixels per character, for estimating unbuilt rows
LINE_PIXELS = 20
ROW_OVERHEAD = 36


class RowHeights:
    def __init__(self) -> None:
        self._known: dict[int, int] = {}  # message id -> measured or estimated row height

    def clear(self) -> None:
        self._known = {}

    def measured(self, message_id: int, height: int) -> None:
        self._known[message_id] = height

    def of(self, message: Message, width: int) -> int:
        """The row's height, measured if it was built; else estimated for this column width."""
        known = self._known.get(message.id)
        if known is None:
            known = self._known[message.id] = _estimate(message, width)
        return known

    def total(self, messages: list[Message], width: int, spacing: int) -> int:
        """The rows' heights and the spacing between them."""
        return sum(self.of(m, width) + spacing for m in messages) - spacing


def _estimate(message: Message, width: int) -> int:
    per_line = max(20, int(max(width, 300) / CHAR_WIDTH))
    text = message.text
    lines = text.count("\n") + 1 + len(text) // per_line  # rough, and cheap for thousands
    return ROW_OVERHEAD + lines * LINE_PIXELS
