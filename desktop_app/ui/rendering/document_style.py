"""The text formats a rendered reply is made of, derived once per colour set and font size.

Formats are built here and shared: writing a block then costs no format set-up,
and the light and dark looks differ only in the colours filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from desktop_app.ui.theme import Colours

LINE_HEIGHT = 135  # percent of the font's height; prose reads easier with some air
CODE_LINE_HEIGHT = 115
PARAGRAPH_GAP = 9  # pixels below a paragraph
HEADING_SCALES = {1: 1.5, 2: 1.3, 3: 1.15, 4: 1.05, 5: 1.0, 6: 1.0}
CODE_SCALE = 0.93
QUOTE_INDENT = 16
LIST_INDENT = 22


@dataclass(frozen=True, slots=True, eq=False)
class DocumentStyle:
    colours: Colours
    dark: bool
    base_size: float
    mono_family: str
    paragraph: QTextBlockFormat
    text: QTextCharFormat
    inline_code: QTextCharFormat
    link: QTextCharFormat
    quote_text: QTextCharFormat
    code_frame: QTextFrameFormat
    code_header: QTextBlockFormat
    code_header_text: QTextCharFormat
    code_line: QTextBlockFormat
    code_text: QTextCharFormat
    table: QTextTableFormat
    cell: QTextBlockFormat
    rule: QTextBlockFormat
    gap: QTextBlockFormat  # an empty block that takes no height
    gap_text: QTextCharFormat

    @staticmethod
    def of(colours: Colours) -> DocumentStyle:
        size = QGuiApplication.font().pointSizeF()
        return _style(colours, size if size > 0 else 10.5)

    def heading(self, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = QTextBlockFormat(self.paragraph)
        block.setHeadingLevel(level)
        block.setTopMargin(14 if level <= 2 else 10)
        block.setBottomMargin(6)
        chars = QTextCharFormat(self.text)
        chars.setFontPointSize(self.base_size * HEADING_SCALES.get(level, 1.0))
        chars.setFontWeight(QFont.Weight.Bold)
        return block, chars


def set_line_height(document: QTextDocument) -> None:
    """Give every block of a plain-text document the prose line height."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block_format = QTextBlockFormat()
    _line_height(block_format, LINE_HEIGHT)
    cursor.mergeBlockFormat(block_format)


def _line_height(block: QTextBlockFormat, percent: int) -> None:
    block.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)


@cache
def _style(colours: Colours, base_size: float) -> DocumentStyle:
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    code_background = QBrush(QColor(colours.code_bg))
    paragraph = QTextBlockFormat()
    _line_height(paragraph, LINE_HEIGHT)
    paragraph.setBottomMargin(PARAGRAPH_GAP)
    text = QTextCharFormat()
    inline_code = QTextCharFormat()
    inline_code.setFontFamilies([mono])
    inline_code.setFontFixedPitch(True)
    inline_code.setFontPointSize(base_size * CODE_SCALE)
    inline_code.setBackground(code_background)
    link = QTextCharFormat()
    link.setAnchor(True)
    link.setForeground(QBrush(QColor(colours.link)))
    link.setFontUnderline(True)
    quote_text = QTextCharFormat()
    quote_text.setForeground(QBrush(QColor(colours.muted)))
    quote_text.setFontItalic(True)
    code_frame = QTextFrameFormat()
    code_frame.setBackground(code_background)
    code_frame.setBorder(1)
    code_frame.setBorderBrush(QBrush(QColor(colours.border)))
    code_frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    code_frame.setPadding(8)
    code_frame.setTopMargin(2)
    code_frame.setBottomMargin(PARAGRAPH_GAP + 2)
    code_header = QTextBlockFormat()
    code_header.setBottomMargin(4)
    code_header_text = QTextCharFormat()
    code_header_text.setForeground(QBrush(QColor(colours.muted)))
    code_header_text.setFontPointSize(base_size * 0.85)
    code_line = QTextBlockFormat()
    _line_height(code_line, CODE_LINE_HEIGHT)
    code_line.setNonBreakableLines(False)  # no horizontal scroll bar in a message: wrap
    code_text = QTextCharFormat()
    code_text.setFontFamilies([mono])
    code_text.setFontFixedPitch(True)
    code_text.setFontPointSize(base_size * CODE_SCALE)
    table = QTextTableFormat()
    table.setBorder(1)
    table.setBorderBrush(QBrush(QColor(colours.border)))
    table.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table.setBorderCollapse(False)  # collapsed borders paint ~5x slower: tables dominated frames
    table.setCellPadding(6)
    table.setCellSpacing(0)
    table.setTopMargin(2)
    table.setBottomMargin(PARAGRAPH_GAP + 2)
    cell = QTextBlockFormat()
    _line_height(cell, 120)
    rule = QTextBlockFormat()
    rule.setProperty(
        QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
        QTextLength(QTextLength.Type.PercentageLength, 100),
    )
    rule.setBottomMargin(PARAGRAPH_GAP)
    gap = QTextBlockFormat()
    gap.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    gap_text = QTextCharFormat()
    gap_text.setFontPointSize(1)
    return DocumentStyle(
        colours=colours,
        dark=QColor(colours.base).lightness() < 128,
        base_size=base_size,
        mono_family=mono,
        paragraph=paragraph,
        text=text,
        inline_code=inline_code,
        link=link,
        quote_text=quote_text,
        code_frame=code_frame,
        code_header=code_header,
        code_header_text=code_header_text,
        code_line=code_line,
        code_text=code_text,
        table=table,
        cell=cell,
        rule=rule,
        gap=gap,
        gap_text=gap_text,
    )
