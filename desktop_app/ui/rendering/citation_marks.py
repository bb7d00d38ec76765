"""Footnote markers for cited passages: each cited text block gets "[n]" after it, numbered per
reply (a source cited again keeps its number), raised as superscript and carrying the cited
passage and its source as a tooltip. Copied text reads "passage[1]"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from desktop_app.core.citation_numbers import SCHEME, CitationNumbers
from desktop_app.core.conversation import Block, flowing_text
from desktop_app.core.server_tool_words import where

PASSAGE_SHOWN = 400  # characters of a cited passage in its tooltip


@dataclass(frozen=True, slots=True)
class CitationMark:
    number: int  # as the reader sees it: [number]
    citation: dict[str, Any]

    @property
    def url(self) -> str | None:
        return str(self.citation["url"]) if self.citation.get("url") else None

    def tip(self) -> str:
        """The cited passage and where it is from."""
        passage = " ".join(str(self.citation.get("cited_text", "")).split())
        if len(passage) > PASSAGE_SHOWN:
            passage = passage[:PASSAGE_SHOWN] + "…"
        source = QCoreApplication.translate("Citation", "Source: {where}").format(
            where=where(self.citation)
        )
        return f"“{passage}”\n{source}" if passage else source


def marked_text(content: Sequence[Block]) -> tuple[str, list[CitationMark]]:
    """The message's text as Markdown with a marker link after each cited block, and the
    marks the links point at (none when nothing is cited)."""
    numbers = CitationNumbers()

    def marked(block: Block) -> str:
        if block.get("type") != "text" or not block.get("text"):
            return ""
        text = str(block["text"])
        cited = [c for c in block.get("citations") or [] if isinstance(c, dict)]
        links = "".join(numbers.marker(c) for c in cited)
        return text.rstrip() + links + text[len(text.rstrip()) :]

    return flowing_text(content, marked), marks_of(numbers)


def marks_of(numbers: CitationNumbers) -> list[CitationMark]:
    return [CitationMark(number, citation) for number, citation in numbers.marks]


def raise_marks(document: QTextDocument, marks: Sequence[CitationMark]) -> None:
    """Make the rendered marker links superscript, each with its tooltip."""
    found: list[tuple[int, int, int]] = []  # start, end, mark; gathered before any change
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            index = mark_index(fragment.charFormat().anchorHref())
            if index is not None and index < len(marks):
                found.append((fragment.position(), fragment.position() + fragment.length(), index))
            iterator += 1
        block = block.next()
    for start, end, index in found:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        raised = QTextCharFormat()
        raised.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        raised.setToolTip(marks[index].tip())
        cursor.mergeCharFormat(raised)


def mark_index(href: str) -> int | None:
    """The mark a "cite:n" link points at, or None for any other link."""
    prefix = SCHEME + ":"
    if href.startswith(prefix) and href[len(prefix) :].isdigit():
        return int(href[len(prefix) :])
    return None
