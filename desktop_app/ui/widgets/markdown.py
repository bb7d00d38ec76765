"""Finished assistant text as Markdown in a QTextDocument, with code set apart from prose.

Qt's importer marks code with a fixed-pitch font only; we add a quiet background
and let long code lines wrap, since a message has no horizontal scroll bar.
Images become links with their alt text: a reply never makes Parley load one.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontDatabase,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from desktop_app.ui.theme import Colours

LINE_HEIGHT = 135  # percent of the font's height; prose reads easier with some air


def render_markdown(document: QTextDocument, text: str, colours: Colours) -> None:
    document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _style_tables(document, cursor, colours)
    _replace_images(document, cursor, colours)
    code_background = QColor(colours.code_bg)
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if _is_code_block(block_format):
            block_format.setBackground(code_background)
            block_format.setNonBreakableLines(False)
            block_format.setLeftMargin(10)
            block_format.setRightMargin(10)
        else:
            _shade_inline_code(cursor, block, code_background, mono)
            _set_line_height(block_format)
            if block_format.hasProperty(QTextFormat.Property.BlockQuoteLevel):
                _mute(cursor, block, colours)
        cursor.setPosition(block.position())
        if cursor.currentTable() is not None:
            # The importer gives some cells paragraph margins, misaligning the row.
            block_format.setTopMargin(0)
            block_format.setBottomMargin(0)
        cursor.setBlockFormat(block_format)
        block = block.next()
    cursor.endEditBlock()


def set_line_height(document: QTextDocument) -> None:
    """Give every block of a plain-text document the prose line height."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block_format = QTextBlockFormat()
    _set_line_height(block_format)
    cursor.mergeBlockFormat(block_format)


def _set_line_height(block_format: QTextBlockFormat) -> None:
    block_format.setLineHeight(
        LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )


def _is_code_block(block_format: QTextFormat) -> bool:
    return block_format.hasProperty(QTextFormat.Property.BlockCodeFence) or (
        block_format.hasProperty(QTextFormat.Property.BlockCodeLanguage)
    )


def _mute(cursor: QTextCursor, block: QTextBlock, colours: Colours) -> None:
    """Quotes read as someone else's words: dimmer, in italics."""
    quoted = QTextCharFormat()
    quoted.setForeground(QBrush(QColor(colours.muted)))
    quoted.setFontItalic(True)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(quoted)


def _shade_inline_code(
    cursor: QTextCursor, block: QTextBlock, background: QColor, family: str
) -> None:
    # textFormats() rather than the block iterator: `iterator += 1` crashes PySide6 6.12.
    for span in block.textFormats():
        char_format = span.format
        if not char_format.fontFixedPitch():
            continue
        char_format.setBackground(background)
        char_format.setFontFamilies([family])
        start = block.position() + span.start
        cursor.setPosition(start)
        cursor.setPosition(start + span.length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)


def _replace_images(document: QTextDocument, cursor: QTextCursor, colours: Colours) -> None:
    """Each image character becomes "[image: alt]" linking to its address."""
    found: list[tuple[int, str, str]] = []
    block = document.begin()
    while block.isValid():
        for span in block.textFormats():
            if span.format.isImageFormat():
                image = span.format.toImageFormat()
                alt = image.stringProperty(QTextFormat.Property.ImageAltText) or "image"
                found.append((block.position() + span.start, image.name(), alt))
        block = block.next()
    for position, url, alt in reversed(found):  # from the end, so positions stay valid
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(url)
        link.setForeground(QBrush(QColor(colours.link)))
        link.setFontUnderline(True)
        cursor.insertText(f"[image: {alt}]", link)


def _style_tables(document: QTextDocument, cursor: QTextCursor, colours: Colours) -> None:
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        _drop_leading_empty_lines(frame, cursor)
        table_format = frame.format()
        table_format.setBorder(1)
        table_format.setBorderBrush(QBrush(QColor(colours.border)))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(6)
        table_format.setCellSpacing(0)
        frame.setFormat(table_format)


def _drop_leading_empty_lines(table: QTextTable, cursor: QTextCursor) -> None:
    """After a quote, Qt's importer starts the first cell with an empty line; remove it."""
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            while not block.text() and block.next().position() < cell.lastPosition():
                cursor.setPosition(block.position())
                cursor.deleteChar()
                block = cell.firstCursorPosition().block()
