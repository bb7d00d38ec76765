"""Writes one top-level Markdown block at the end of a QTextDocument, through a text cursor.

Paragraphs, headings, lists (task lists as checkbox markers), quotes, tables,
rules and code. Code sits in a framed box with its language and a Copy link;
it is coloured only when `finished` (a fence still being written stays plain).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from desktop_app.ui.rendering.code_highlighter import CodeHighlighter
from desktop_app.ui.rendering.document_style import (
    LIST_INDENT,
    PARAGRAPH_GAP,
    QUOTE_INDENT,
    DocumentStyle,
)
from desktop_app.ui.rendering.inline_writer import write_formula, write_inline

COPY_SCHEME = "parley-copy"  # href of a code block's Copy link: parley-copy:<index>
BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
TIGHT_ITEM_GAP = 3


@dataclass(slots=True)
class _ListLevel:
    format: QTextListFormat
    tight: bool
    items: QTextList | None = None


class BlockWriter:
    def __init__(self, document: QTextDocument, style: DocumentStyle, code_blocks: list[str]):
        self._document = document
        self._style = style
        self._code_blocks = code_blocks
        self._highlighter = CodeHighlighter(style.code_text, style.dark, style.colours.code_bg)
        self._cursor = QTextCursor(document)
        self._reuse = False  # the document ends in an empty block that belongs to no block
        self._quote = 0
        self._lists: list[_ListLevel] = []
        self._item_open = False
        self._started = False  # whether this write has begun a block of its own

    def write(self, tokens: Sequence[Token], *, finished: bool, into_last: bool) -> bool:
        """Append the block; `into_last` writes it into the document's last block, an empty one
        that belongs to no block (the one after a box, or the document's first). Returns whether
        the document ends in such a block after it (a box, or a block that wrote nothing).

        The caller keeps track: a rule or an empty heading is an empty block too, but a taken
        one, and frames can't be asked (inside an edit block the frame structure is not up to
        date)."""
        cursor = self._cursor = QTextCursor(self._document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse = into_last
        self._quote, self._lists, self._item_open, self._started = 0, [], False, False
        i = 0
        while i < len(tokens):
            token = tokens[i]
            match token.type:
                case "heading_open" | "paragraph_open":
                    inline = tokens[i + 1] if i + 1 < len(tokens) else None
                    self._paragraph(token, inline)
                    i += 3
                    continue
                case "bullet_list_open" | "ordered_list_open":
                    self._open_list(token, tokens, i)
                case "bullet_list_close" | "ordered_list_close":
                    self._lists.pop()
                    if not self._lists:
                        self._gap_after()
                case "list_item_open":
                    self._item_open = True
                case "blockquote_open":
                    self._quote += 1
                case "blockquote_close":
                    self._quote -= 1
                case "fence" | "code_block":
                    self._code(token, finished=finished)
                case "math_block" | "math_block_label" | "math_block_eqno":
                    block = self._indented(QTextBlockFormat(self._style.paragraph))
                    block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                    self._start_block(block, self._base_chars())
                    write_formula(cursor, token, self._base_chars(), self._style, display=True)
                case "table_open":
                    end = _closing(tokens, i)
                    self._table(tokens[i : end + 1])
                    i = end + 1
                    continue
                case "hr":
                    self._start_block(self._indented(self._style.rule), self._base_chars())
                case "html_block":
                    self._start_block(self._indented(self._style.paragraph), self._base_chars())
                    cursor.insertText(token.content.rstrip("\n"), self._base_chars())
            i += 1
        return self._reuse

    def _paragraph(self, opening: Token, inline: Token | None) -> None:
        chars = self._base_chars()
        if opening.type == "heading_open":
            block, heading_chars = self._style.heading(int(opening.tag[1:] or 1))
            chars.merge(heading_chars)
        else:
            block = QTextBlockFormat(self._style.paragraph)
        children = list(inline.children or []) if inline is not None else []
        if self._item_open and self._lists:
            self._item_open = False
            level = self._lists[-1]
            if level.tight:
                block.setBottomMargin(TIGHT_ITEM_GAP)
            marker = _task_marker(children)
            if marker is not None:
                block.setMarker(marker)
                children = _without_task_box(children)
            self._start_block(self._indented(block, in_item=True), chars)
            if level.items is None:
                level.items = self._cursor.createList(level.format)
            else:
                level.items.add(self._cursor.block())
        else:
            if self._lists and self._lists[-1].tight:
                block.setBottomMargin(TIGHT_ITEM_GAP)
            self._start_block(self._indented(block), chars)
        write_inline(self._cursor, children, chars, self._style)

    def _open_list(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        list_format = QTextListFormat()
        depth = len(self._lists)
        if token.type == "ordered_list_open":
            list_format.setStyle(QTextListFormat.Style.ListDecimal)
            start = token.attrs.get("start")
            if start is not None and hasattr(list_format, "setStart"):
                list_format.setStart(int(start))
        else:
            list_format.setStyle(BULLETS[min(depth, len(BULLETS) - 1)])
        list_format.setIndent(depth + 1)
        if self._quote:
            list_format.setProperty(QTextListFormat.Property.BlockLeftMargin, 0)
        paragraph = tokens[index + 2] if index + 2 < len(tokens) else None
        tight = paragraph is not None and paragraph.hidden
        self._lists.append(_ListLevel(list_format, tight))

    def _code(self, token: Token, *, finished: bool) -> None:
        style = self._style
        code = token.content[:-1] if token.content.endswith("\n") else token.content
        language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
        frame_format = style.code_frame
        indent = self._left_margin()
        if indent:
            frame_format = type(frame_format)(frame_format)
            frame_format.setLeftMargin(indent)
        cursor = self._cursor
        self._gap_before_box()
        cursor.insertFrame(frame_format)
        cursor.setBlockFormat(style.code_header)
        cursor.insertText(language or "code", style.code_header_text)
        if finished:
            link = QTextCharFormat(style.code_header_text)
            link.merge(style.link)
            link.setFontUnderline(False)
            link.setAnchorHref(f"{COPY_SCHEME}:{len(self._code_blocks)}")
            self._code_blocks.append(code)
            cursor.insertText("   ", style.code_header_text)
            cursor.insertText("Copy", link)
        cursor.insertBlock(style.code_line, style.code_text)
        if finished:
            for text, chars in self._highlighter.spans(code, language):
                cursor.insertText(text, chars)
        else:
            cursor.insertText(code, style.code_text)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse = True

    def _table(self, tokens: Sequence[Token]) -> None:
        rows: list[list[tuple[Token, Qt.AlignmentFlag, bool]]] = []
        align = Qt.AlignmentFlag.AlignLeft
        in_head = False
        for token in tokens:
            match token.type:
                case "thead_open" | "thead_close":
                    in_head = token.type == "thead_open"
                case "tr_open":
                    rows.append([])
                case "th_open" | "td_open":
                    align = _alignment(str(token.attrs.get("style", "")))
                case "inline" if rows:
                    rows[-1].append((token, align, in_head))
        columns = max((len(row) for row in rows), default=0)
        if not rows or not columns:
            return
        table_format = self._style.table
        indent = self._left_margin()
        if indent:
            table_format = type(table_format)(table_format)
            table_format.setLeftMargin(indent)
        self._gap_before_box()
        table = self._cursor.insertTable(len(rows), columns, table_format)
        bold = self._base_chars()
        bold.setFontWeight(QFont.Weight.Bold)
        for r, row in enumerate(rows):
            for c, (inline, cell_align, head) in enumerate(row):
                cell_cursor = table.cellAt(r, c).firstCursorPosition()
                block = QTextBlockFormat(self._style.cell)
                block.setAlignment(cell_align)
                cell_cursor.setBlockFormat(block)
                chars = bold if head else self._base_chars()
                write_inline(cell_cursor, inline.children or [], chars, self._style)
        self._cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse = True

    def _start_block(self, block: QTextBlockFormat, chars: QTextCharFormat) -> None:
        self._started = True
        if self._reuse:
            self._cursor.setBlockFormat(block)
            self._cursor.setBlockCharFormat(chars)
            self._reuse = False
        else:
            self._cursor.insertBlock(block, chars)

    def _gap_before_box(self) -> None:
        """A table or code box goes after the current block; an empty block of no height
        stands before it, written or streamed alike (a streamed one starts in such a block)."""
        if self._reuse:
            self._cursor.setBlockFormat(self._style.gap)
            self._cursor.setBlockCharFormat(self._style.gap_text)
            self._reuse = False
        else:
            self._cursor.insertBlock(self._style.gap, self._style.gap_text)
        self._started = True

    def _base_chars(self) -> QTextCharFormat:
        chars = QTextCharFormat(self._style.text)
        if self._quote:
            chars.merge(self._style.quote_text)
        return chars

    def _left_margin(self) -> int:
        return self._quote * QUOTE_INDENT + len(self._lists) * LIST_INDENT

    def _indented(self, block: QTextBlockFormat, *, in_item: bool = False) -> QTextBlockFormat:
        margin = self._quote * QUOTE_INDENT + (0 if in_item else len(self._lists) * LIST_INDENT)
        if not margin:
            return block
        indented = QTextBlockFormat(block)
        indented.setLeftMargin(margin)
        return indented

    def _gap_after(self) -> None:
        if not self._started:
            return  # an empty list item: the block under the cursor is an earlier one's
        gap = QTextBlockFormat()
        gap.setBottomMargin(PARAGRAPH_GAP)
        self._cursor.mergeBlockFormat(gap)


def _closing(tokens: Sequence[Token], opening: int) -> int:
    depth = 0
    for k in range(opening, len(tokens)):
        depth += tokens[k].nesting
        if depth == 0:
            return k
    return len(tokens) - 1


def _alignment(style: str) -> Qt.AlignmentFlag:
    if "right" in style:
        return Qt.AlignmentFlag.AlignRight
    if "center" in style:
        return Qt.AlignmentFlag.AlignHCenter
    return Qt.AlignmentFlag.AlignLeft


def _task_marker(children: list[Token]) -> QTextBlockFormat.MarkerType | None:
    if children and children[0].type == "html_inline" and "task-list" in children[0].content:
        checked = 'checked="checked"' in children[0].content
        return (
            QTextBlockFormat.MarkerType.Checked
            if checked
            else QTextBlockFormat.MarkerType.Unchecked
        )
    return None


def _without_task_box(children: list[Token]) -> list[Token]:
    rest = children[1:]
    if rest and rest[0].type == "text" and rest[0].content.startswith(" "):
        first = rest[0].copy()
        first.content = first.content[1:]
        rest[0] = first
    return rest
