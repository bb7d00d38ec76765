"""`DiffHighlighter`: colours a unified diff in a plain-text view, one format per line.

Added lines get a green tint and removed ones a red tint across the whole width (block
formats, which a QPlainTextEdit paints edge to edge), with their +/- marker in the strong
colour; file and hunk headers are dim. Tints are mixed into the view's own base colour, so
they read on the light and the dark theme alike.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

GREEN = {False: QColor("#2da44e"), True: QColor("#3fb950")}  # by dark theme
RED = {False: QColor("#cf222e"), True: QColor("#f85149")}
TINT = {False: 0.16, True: 0.24}  # a dark base needs more of the colour to show it
HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")
FILE_HEADERS = ("--- ", "+++ ", "diff ", "index ")


class DiffLine(Enum):
    ADDED = "added"
    REMOVED = "removed"
    HUNK = "hunk"
    HEADER = "header"
    CONTEXT = "context"


def looks_like_diff(text: str) -> bool:
    """A unified diff: file headers first, or a hunk header on the first line."""
    head = text.split("\n", 2)
    starts = len(head) >= 2 and head[0].startswith("--- ") and head[1].startswith("+++ ")
    return starts or bool(HUNK.match(head[0]))


def line_kinds(lines: list[str]) -> list[DiffLine]:
    """Each line's part in the diff. Hunk headers count their lines, so a removed line that
    itself starts with "--" is not taken for a file header."""
    kinds: list[DiffLine] = []
    old = new = 0  # lines still due in the current hunk
    for line in lines:
        if old > 0 or new > 0:
            if line.startswith("+"):
                kind, new = DiffLine.ADDED, new - 1
            elif line.startswith("-"):
                kind, old = DiffLine.REMOVED, old - 1
            elif line.startswith("\\"):
                kind = DiffLine.HEADER  # "\ No newline at end of file"
            else:
                kind, old, new = DiffLine.CONTEXT, old - 1, new - 1
        elif match := HUNK.match(line):
            kind = DiffLine.HUNK
            old, new = (int(n) if n is not None else 1 for n in match.groups())
        elif line.startswith(FILE_HEADERS) or line.startswith("\\"):
            kind = DiffLine.HEADER
        else:
            kind = DiffLine.CONTEXT
        kinds.append(kind)
    return kinds


def _mix(base: QColor, colour: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * share,
        base.greenF() + (colour.greenF() - base.greenF()) * share,
        base.blueF() + (colour.blueF() - base.blueF()) * share,
    )


class DiffHighlighter:
    """Formats made once from a palette (the theme's), applied to a document holding a diff."""

    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightnessF() < 0.5
        self.added_background = _mix(base, GREEN[dark], TINT[dark])
        self.removed_background = _mix(base, RED[dark], TINT[dark])
        self.dim = palette.color(QPalette.ColorRole.PlaceholderText)
        self._blocks = {
            DiffLine.ADDED: self._block(self.added_background),
            DiffLine.REMOVED: self._block(self.removed_background),
        }
        self._markers = {
            DiffLine.ADDED: self._chars(GREEN[dark], bold=True),
            DiffLine.REMOVED: self._chars(RED[dark], bold=True),
        }
        self._whole_lines = {
            DiffLine.HUNK: self._chars(self.dim),
            DiffLine.HEADER: self._chars(self.dim),
        }

    @staticmethod
    def _block(colour: QColor) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBackground(QBrush(colour))
        return fmt

    @staticmethod
    def _chars(colour: QColor, *, bold: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(colour))
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def apply(self, document: QTextDocument) -> None:
        """Colour the diff the document holds now (one undo-free edit, one relayout)."""
        blocks = []
        block = document.firstBlock()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for block, kind in zip(blocks, line_kinds([b.text() for b in blocks]), strict=True):
            cursor.setPosition(block.position())
            if kind in self._blocks:
                cursor.setBlockFormat(self._blocks[kind])
                if block.length() > 1:  # the +/- marker, in the strong colour
                    cursor.setPosition(block.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(self._markers[kind])
            elif kind in self._whole_lines:
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(self._whole_lines[kind])
        cursor.endEditBlock()
