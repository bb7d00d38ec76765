"""Puts the test window in a language and lists the English left on it, naming each string
with the widget and property that shows it, so a translator can act on the output."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

# Data and names that stay as they are in every language: products, models, keys, formats,
# and the API's sampling parameters (top-p and top-k are their names in Korean docs too).
ALLOWED = re.compile(
    r"Claude|Parley|Anthropic|Sonnet|Opus|Haiku|claude-[\w.-]+|API|MCP|JSONL?|CSV|PDF|PNG|"
    r"UTF-8|URL|Markdown|top-[pk]|Ctrl|Shift|Alt|Enter|Esc|Tab|Up|End|[KMG]?B\b|\d+(?:[.,]\d+)*\s*[kKM]?\b|"
    r"sk-ant-|<[^>]*>|“[^”]*”"  # a key's start, markup, and names quoted as data
)
LATIN = re.compile(r"[A-Za-z]{2,}")


def english(text: str) -> str | None:
    """`text` when it still has English words once allowed names are taken out."""
    return text if LATIN.search(ALLOWED.sub("", text)) else None


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hear on `root`'s visible widgets."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '-'})"
        yield f"{name}.toolTip", widget.toolTip()
        yield f"{name}.accessibleName", widget.accessibleName()
        yield f"{name}.accessibleDescription", widget.accessibleDescription()
        if widget.isWindow():
            yield f"{name}.windowTitle", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield f"{name}.text", widget.text()
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name}.placeholderText", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield (
                    f"{name}.item[{i}].toolTip",
                    str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""),
                )
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            yield from _headers(name, widget.model(), header.count())
        for action in widget.actions():
            yield f"{name}.action.text", action.text()
            yield f"{name}.action.toolTip", action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                for inner in menu.actions():
                    yield f"{name}.menu.action.text", inner.text()


def _headers(name: str, model: QAbstractItemModel, count: int) -> Iterator[tuple[str, str]]:
    for section in range(count):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield f"{name}.header[{section}]", header


def english_left(*roots: QWidget) -> list[str]:
    found = []
    for root in roots:
        for where, text in shown_texts(root):
            if text and english(text):
                found.append(f"{where}: {text!r}")
    return sorted(set(found))
