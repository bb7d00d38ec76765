"""A growing Markdown text written into a QTextDocument, block by block, as it arrives.

The text so far ends in one open block (the one being written); every block
before it is closed. Closed blocks are written once and never touched again;
only the open block is parsed and written anew on each feed, so the cost of an
update does not grow with the length of the reply. A code fence counts as
closed as soon as its closing line is complete, and is coloured then.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from desktop_app.ui.rendering.block_writer import BlockWriter
from desktop_app.ui.rendering.document_style import LIST_INDENT, DocumentStyle
from desktop_app.ui.rendering.markdown_blocks import MarkdownBlock, parse_blocks


class MarkdownStream:
    def __init__(self, document: QTextDocument, style: DocumentStyle) -> None:
        self.document = document
        self.style = style
        self.code_blocks: list[str] = []  # finished code, by the index in its Copy link
        self.block_writes = 0  # blocks written so far, open ones each time (for tests)
        self._writer = BlockWriter(document, style, self.code_blocks)
        self._source = ""
        self._open_from = 0  # where in the source the open block starts
        self._open_at: int | None = None  # where in the document its rendering starts
        self._reuse_last = False  # the document ends in an empty block left for the next one
        self._finished = False
        document.setIndentWidth(LIST_INDENT)
        document.setUndoRedoEnabled(False)  # a read-only view: an undo stack would only grow

    @property
    def text(self) -> str:
        return self._source

    def feed(self, text: str) -> None:
        """Take the next piece of the text and show it."""
        if not text:
            return
        if self._finished:
            self._finished = False
        self._source += text
        self._write_tail(finished=False)

    def finish(self) -> None:
        """The text is complete: its last block is closed too (code gets its colours)."""
        if not self._finished:
            self._finished = True
            self._write_tail(finished=True)

    def set_text(self, text: str) -> None:
        """Show a whole, finished text, replacing whatever was there."""
        self.document.clear()
        self.document.setIndentWidth(LIST_INDENT)
        self.code_blocks.clear()
        self._source, self._open_from, self._open_at = text, 0, None
        self._reuse_last = False
        self._finished = True
        self._write_tail(finished=True)

    def _write_tail(self, *, finished: bool) -> None:
        blocks = parse_blocks(self._source[self._open_from :])
        # One edit block: the layout hears of one change at the end, not one per insertion.
        edit = QTextCursor(self.document)
        edit.beginEditBlock()
        try:
            self._write_blocks(blocks, finished=finished)
        finally:
            edit.endEditBlock()

    def _write_blocks(self, blocks: list[MarkdownBlock], *, finished: bool) -> None:
        self._drop_open()
        if not blocks:
            return
        *closed, last = blocks
        for block in closed:
            self._write(block, finished=True)
        if finished or last.fence_closed:
            self._write(last, finished=True)
            self._open_from += last.end
        else:
            self._open_at = self._empty_last_block()
            self._write(last, finished=False)
            self._open_from += last.start

    def _write(self, block: MarkdownBlock, *, finished: bool) -> None:
        self.block_writes += 1
        self._writer.write(block.tokens, finished=finished, reuse_last=self._reuse_last)
        self._reuse_last = False

    def _empty_last_block(self) -> int:
        """Where the open block will start: an empty block of its own at the end, so that
        dropping it later leaves every closed block as it was, down to its last character."""
        last = self.document.lastBlock()
        if last.length() > 1:
            cursor = QTextCursor(self.document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            last = self.document.lastBlock()
        self._reuse_last = True
        return last.position()

    def _drop_open(self) -> None:
        if self._open_at is None:
            return
        cursor = QTextCursor(self.document)
        cursor.setPosition(self._open_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._open_at = None
        self._reuse_last = True
