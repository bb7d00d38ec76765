"""Writes a paragraph's inline Markdown (emphasis, code, links, images, formulas…) at a cursor.

Images are never loaded: each becomes a link reading "[image: alt]" to its address.
A formula becomes its typeset image, which copies as its LaTeX source.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from markdown_it.token import Token
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from desktop_app.ui.rendering.document_style import DocumentStyle
from desktop_app.ui.rendering.formula import SOURCE, typeset

LINE_SEPARATOR = "\u2028"  # a line break inside one paragraph
CLOSING = {"\\(": "\\)", "\\[": "\\]"}  # a formula's delimiters, by its opening one


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
            case "math_inline" | "math_inline_double":
                write_formula(cursor, token, current, style, display=False)
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


def write_formula(
    cursor: QTextCursor,
    token: Token,
    chars: QTextCharFormat,
    style: DocumentStyle,
    *,
    display: bool,
) -> None:
    """The formula's image at the cursor, copying as its source; its source as code when it
    cannot be typeset."""
    closing = CLOSING.get(token.markup, token.markup)
    source = f"{token.markup}{token.content}{closing}"
    colour = chars.foreground().color().name() if chars.foreground().style().value else None
    metrics = QFontMetricsF(chars.font())
    drawn = typeset(
        token.content,
        display=display,
        colour=colour or style.colours.text,
        point_size=chars.fontPointSize() or style.base_size,
        shift=metrics.xHeight() / 2,  # where Qt puts a middle-aligned image's middle
    )
    if drawn is None:
        code = QTextCharFormat(chars)
        code.merge(style.inline_code)
        cursor.insertText(source, code)
        return
    name = (
        "formula:"
        + hashlib.sha1(f"{token.content}|{display}|{colour}|{drawn.width}".encode()).hexdigest()
    )
    cursor.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), drawn.image)
    image = QTextImageFormat()
    image.merge(chars)
    image.setName(name)
    image.setWidth(drawn.width)
    image.setHeight(drawn.height)
    image.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    image.setProperty(SOURCE, source)
    image.setToolTip(token.content.strip())
    cursor.insertImage(image)
