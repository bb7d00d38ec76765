"""A growing Markdown text written into a QTextDocument, block by block, as it arrives.

Blocks no later text can change (see `settled`) are written once and never touched
again; the rest, the open blocks, are parsed and written anew on each feed, so an
update costs the open blocks only. At every moment the document is what the text
so far gives when rendered whole: "text" then "---" is a heading, not a paragraph.
A code fence counts as closed as soon as its closing line is complete, and is coloured then.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from desktop_app.ui.rendering.block_writer import BlockWriter
from desktop_app.ui.rendering.document_style import LIST_INDENT, DocumentStyle
from desktop_app.ui.rendering.markdown_blocks import MarkdownBlock, parse_blocks, settled

References = dict[str, dict[str, Any]]  # markdown-it's env["references"]: label -> href, title


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
        self._open_codes = 0  # code blocks before it
        self._free = True  # the document ends in an empty block that belongs to no block
        self._inserted_at: int | None = None  # an empty block added for the open block to fill
        self._free_formats = (QTextBlockFormat(), QTextCharFormat())  # that block's, before
        self._finished = False
        self._closed_references: References = {}  # link definitions before the open block
        self._links: dict[str, tuple[str, str]] = {}  # those the closed blocks were written with
        document.setIndentWidth(LIST_INDENT)
        document.setUndoRedoEnabled(False)  # a read-only view: an undo stack would only grow

    @property
    def text(self) -> str:
        return self._source

    @property
    def finished(self) -> bool:
        """Whether the text is known to be complete (its last block is written as closed)."""
        return self._finished

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
        self._restart()
        self._source = text
        self._finished = True
        self._write_tail(finished=True)

    def _restart(self) -> None:
        self.document.clear()
        self.document.setIndentWidth(LIST_INDENT)
        self.code_blocks.clear()
        self._open_from, self._open_at, self._inserted_at = 0, None, None
        self._free = True
        self._closed_references, self._links = {}, {}

    def _write_tail(self, *, finished: bool) -> None:
        env: dict[str, Any] = {"references": dict(self._closed_references)}
        blocks = parse_blocks(self._source[self._open_from :], env)
        links = _links(env)
        if links != self._links and self._may_use(links):
            # A link definition came, changed or went (one still being written may stop being
            # one), and a block already written may use it: write everything again, once.
            self._restart()
            env = {"references": {}}
            blocks = parse_blocks(self._source, env)
            links = _links(env)
        self._links = links
        # One edit block: the layout hears of one change at the end, not one per insertion.
        edit = QTextCursor(self.document)
        edit.beginEditBlock()
        try:
            self._write_blocks(blocks, env["references"], finished=finished)
        finally:
            edit.endEditBlock()

    def _may_use(self, links: dict[str, tuple[str, str]]) -> bool:
        """Whether a closed block's source names a label whose definition is not as it was."""
        if not self._open_from:
            return False
        every = links.keys() | self._links.keys()
        changed = {label for label in every if links.get(label) != self._links.get(label)}
        closed = " ".join(self._source[: self._open_from].split()).lower().upper()
        return any(label in closed for label in changed)

    def _write_blocks(
        self, blocks: list[MarkdownBlock], references: References, *, finished: bool
    ) -> None:
        self._drop_open()
        if blocks:
            self._write_all(blocks, references, finished=finished)
        self._drop_unfilled()

    def _write_all(
        self, blocks: list[MarkdownBlock], references: References, *, finished: bool
    ) -> None:
        done = len(blocks) if finished else settled(blocks, self._source[self._open_from :])
        for block in blocks[:done]:
            self._write(block, finished=True)
        if done == len(blocks):
            self._close_references(references, before_line=blocks[-1].lines[1])
            self._open_from += blocks[-1].end
            return
        # The open blocks: later text may still change them (or how they part), so they are
        # written again on each feed, the last one as unfinished (code stays plain).
        self._open_at = self._empty_last_block()
        self._open_codes = len(self.code_blocks)
        for block in blocks[done:-1]:
            self._write(block, finished=True)
        last = blocks[-1]
        # Only a link definition can follow the last block; code before one is whole.
        ended = bool(self._source[self._open_from + last.end :].strip())
        self._write(last, finished=ended)
        self._close_references(references, before_line=blocks[done].lines[0])
        self._open_from += blocks[done].start

    def _close_references(self, references: References, *, before_line: int) -> None:
        """Keep the definitions now behind the open block: the next parse starts after them."""
        for label, target in references.items():
            if label not in self._closed_references and target["map"][1] <= before_line:
                self._closed_references[label] = target

    def _write(self, block: MarkdownBlock, *, finished: bool) -> None:
        self.block_writes += 1
        self._free = self._writer.write(block.tokens, finished=finished, into_last=self._free)

    def _empty_last_block(self) -> int:
        """Where the open block will start: an empty block of its own at the end, so that
        dropping it later leaves every closed block as it was, down to its last character."""
        last = self.document.lastBlock()
        if not self._free:
            cursor = QTextCursor(self.document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            last = self.document.lastBlock()
            self._inserted_at = last.position()
            self._free = True
        elif last.position() != self._inserted_at:
            self._inserted_at = None  # the document's first block, or the one after a box
        self._free_formats = (last.blockFormat(), last.charFormat())
        return last.position()

    def _drop_unfilled(self) -> None:
        """Remove the block added for an open block that wrote nothing (an empty list item, a
        text that became a link definition): a fresh render of the same text has none."""
        last = self.document.lastBlock()
        if not self._free or last.position() != self._inserted_at:
            return
        # Removing a block separator keeps the later block's formats: put the earlier's back.
        before = last.previous()
        formats = before.blockFormat(), before.charFormat()
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.deletePreviousChar()
        cursor.setBlockFormat(formats[0])
        cursor.setBlockCharFormat(formats[1])
        self._inserted_at = self._open_at = None
        self._free = False

    def _drop_open(self) -> None:
        if self._open_at is None:
            return
        cursor = QTextCursor(self.document)
        cursor.setPosition(self._open_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        del self.code_blocks[self._open_codes :]
        cursor.setBlockFormat(self._free_formats[0])
        cursor.setBlockCharFormat(self._free_formats[1])
        self._open_at = None
        self._free = True


def _links(env: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {
        label: (str(target.get("href", "")), str(target.get("title", "")))
        for label, target in env.get("references", {}).items()
    }
