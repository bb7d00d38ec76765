"""Translation of user-visible text outside Qt widgets: the CLI and the core's messages.

`translate("Context", "text")` is the call `pyside6-lupdate` extracts, as it does
`self.tr()` in widgets, so one `.ts` per language serves window, CLI and core alike.
Until a catalogue is loaded the source text (English) is returned unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.language import DEFAULT_LANGUAGE, Language

if TYPE_CHECKING:  # the reader loads with a catalogue: English starts without it
    from desktop_app.core.qm_catalogue import QmCatalogue

_catalogue: QmCatalogue | None = None
_language: Language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language; `%n` is replaced by `n` when given, as Qt does."""
    found = _catalogue.find(context, text, disambiguation or "", n) if _catalogue else None
    if found is None:
        found = english_plural(text, n)
    return found.replace("%n", str(n)).replace("%Ln", f"{n:,}") if n >= 0 else found


def english_plural(text: str, n: int) -> str:
    """The English source of a `%n` message made singular or plural: "%n file(s)" reads
    "1 file", "2 files". Sources are written so; no English catalogue is needed."""
    return text.replace("(s)", "" if n == 1 else "s") if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for extraction where it is defined; translated where it is shown."""
    return text


def use_catalogue(language: Language, catalogue: QmCatalogue | None) -> None:
    """From now on `translate` answers from `catalogue` (None: the English sources)."""
    global _catalogue, _language
    _catalogue = catalogue
    _language = language


def current_catalogue() -> QmCatalogue | None:
    return _catalogue


def current_language() -> Language:
    """The language `translate` speaks, for formatting dates and numbers to match."""
    return _language
