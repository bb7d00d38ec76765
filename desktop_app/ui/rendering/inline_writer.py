"""Writes a paragraph's inline Markdown (emphasis, code, links, images…) at a text cursor.

Images are never loaded: each becomes a link reading "[image: alt]" to its address.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it.token import Token
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from desktop_app.ui.rendering.document_style import DocumentStyle

LINE_SEPARATOR = "\u2028"  # a line break inside one paragraph


def write_inline(
    cursor: QTextCursor, children: Sequence[Token], base: QTextCharFormat, style: DocumentStyle
) -> None:
    stack = [base]
    for token in children:
        current = stack[-1]
        match token.type:
            case "text" | "text_special":
                cursor.insertText(token.content, current)
            case "softbreak":
                cursor.insertText(" ", current)
            case "hardbreak":
                cursor.insertText(LINE_SEPARATOR, current)
            case "code_inline":
                code = QTextCharFormat(current)
                code.merge(style.inline_code)
                cursor.insertText(token.content, code)
            case "strong_open" | "em_open" | "s_open" | "link_open":
                stack.append(_opened(token, current, style))
            case "strong_close" | "em_close" | "s_close" | "link_close":
                if len(stack) > 1:
                    stack.pop()
            case "image":
                link = QTextCharFormat(current)
                link.merge(style.link)
                link.setAnchorHref(str(token.attrs.get("src", "")))
                alt = token.content or "image"
                cursor.insertText(f"[image: {alt}]", link)
            case "html_inline":
                if not token.content.startswith("<input"):  # task boxes are list markers
                    cursor.insertText(token.content, current)
            case _:
                if token.content:
                    cursor.insertText(token.content, current)


def _opened(token: Token, current: QTextCharFormat, style: DocumentStyle) -> QTextCharFormat:
    opened = QTextCharFormat(current)
    match token.type:
        case "strong_open":
            opened.setFontWeight(QFont.Weight.Bold)
        case "em_open":
            opened.setFontItalic(True)
        case "s_open":
            opened.setFontStrikeOut(True)
        case "link_open":
            opened.merge(style.link)
            opened.setAnchorHref(str(token.attrs.get("href", "")))
            title = token.attrs.get("title")
            if title:
                opened.setToolTip(str(title))
    return opened
