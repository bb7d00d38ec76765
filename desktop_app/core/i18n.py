"""Translation of user-visible text outside Qt widgets: the CLI and the core's messages.

`translate("Context", "text")` is the call `pyside6-lupdate` extracts, as it does
`self.tr()` in widgets, so one `.ts` per language serves window, CLI and core alike.
Until a catalogue is loaded the source text (English) is returned unchanged.
"""

from __future__ import annotations

from desktop_app.core.language import DEFAULT_LANGUAGE, Language
from desktop_app.core.qm_catalogue import QmCatalogue

_catalogue = QmCatalogue()
_language: Language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language; `%n` is replaced by `n` when given, as Qt does."""
    found = _catalogue.find(context, text, disambiguation or "", n)
    if found is None:
        found = text
    return found.replace("%n", str(n)).replace("%Ln", f"{n:,}") if n >= 0 else found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for extraction where it is defined; translated where it is shown."""
    return text


def use_catalogue(language: Language, catalogue: QmCatalogue | None) -> None:
    """From now on `translate` answers from `catalogue` (None: the English sources)."""
    global _catalogue, _language
    _catalogue = catalogue or QmCatalogue()
    _language = language


def current_catalogue() -> QmCatalogue:
    return _catalogue


def current_language() -> Language:
    """The language `translate` speaks, for formatting dates and numbers to match."""
    return _language
