"""`JsonLines`: cuts JSON text arriving in fragments into lines for a plain-text view.

A view lays out its whole last line again on each append, so a long value streamed into
one line would cost more with every fragment: lines end at LINE_CAP characters, and after
each `\\n` escape, so a file being written reads line by line as it forms.
"""

from __future__ import annotations

LINE_CAP = 1000


class JsonLines:
    """Remembers where the last fragment left off: escapes and the length of the line."""

    def __init__(self) -> None:
        self._backslashes = 0  # in a row just before; odd means the next character is escaped
        self._length = 0  # characters on the current line

    def cut(self, text: str) -> list[str]:
        """`text` in pieces; a new line starts between each two (the first continues the
        current line)."""
        pieces: list[str] = []
        start = 0
        for at, char in enumerate(text):
            escaped = self._backslashes % 2 == 1
            self._backslashes = self._backslashes + 1 if char == "\\" else 0
            self._length += 1
            if (escaped and char == "n") or self._length >= LINE_CAP:
                pieces.append(text[start : at + 1])
                start, self._length = at + 1, 0
        pieces.append(text[start:])
        return pieces
