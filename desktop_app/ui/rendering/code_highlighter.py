"""Syntax colours for a finished code block: Pygments tokens mapped to Qt character formats.

Lexers are looked up by the fence's language name only (guessing is slow and
often wrong); an unknown language stays plain. Each token type's format is
made once per look, its colour nudged to AA contrast on the code background.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from pygments.util import ClassNotFound
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

from desktop_app.core.contrast import readable

LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
MAX_HIGHLIGHTED = 200_000  # characters; beyond this a block stays plain (a paste, not code to read)


class CodeHighlighter:
    def __init__(self, base: QTextCharFormat, dark: bool, background: str) -> None:
        self._base = base
        self._background = background  # the code block's: each colour is made to read on it
        self._style = _style(DARK_STYLE if dark else LIGHT_STYLE)
        self._formats: dict[_TokenType, QTextCharFormat] = {}

    def spans(self, code: str, language: str) -> Iterator[tuple[str, QTextCharFormat]]:
        """The code cut into runs with their formats; one plain run when the language is unknown."""
        lexer = _lexer(language.lower()) if language else None
        if lexer is None or len(code) > MAX_HIGHLIGHTED:
            yield code, self._base
            return
        for token_type, value in lexer.get_tokens(code):
            yield value, self._format(token_type)

    def _format(self, token_type: _TokenType) -> QTextCharFormat:
        found = self._formats.get(token_type)
        if found is None:
            found = QTextCharFormat(self._base)
            look = self._style.style_for_token(token_type)
            if look["color"]:
                colour = readable(f"#{look['color']}", self._background)
                found.setForeground(QBrush(QColor(colour)))
            if look["bold"]:
                found.setFontWeight(QFont.Weight.Bold)
            if look["italic"]:
                found.setFontItalic(True)
            self._formats[token_type] = found
        return found


_lexers: dict[str, Lexer | None] = {}
# The warm-up thread and the UI thread may want the same lexer at once: the second waits
# for the first (without the GIL) instead of compiling it again alongside, at half speed.
_lexers_lock = threading.Lock()


def _lexer(language: str) -> Lexer | None:
    if language in _lexers:
        return _lexers[language]
    with _lexers_lock:
        if language not in _lexers:
            _lexers[language] = _new_lexer(language)
        return _lexers[language]


def _new_lexer(language: str) -> Lexer | None:
    name = language.split()[0] if language.split() else ""
    try:
        # stripnl off: the text keeps its leading and trailing blank lines as written.
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


@cache
def _style(name: str) -> StyleMeta:
    return get_style_by_name(name)


def warm_lexer(language: str) -> None:
    """Load and compile a language's lexer now, so its first block costs no import."""
    with _lexers_lock:  # compiled in full (its states compile on first use) before it is shared
        lexer = _lexers.get(language) if language in _lexers else _new_lexer(language)
        if lexer is not None:
            for _ in lexer.get_tokens("x = 1\n"):
                pass
        _lexers[language] = lexer
