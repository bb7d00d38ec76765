"""Translation of user-visible text outside Qt widgets: the CLI and the core's messages.

`translate("Context", "text")` is the call `pyside6-lupdate` extracts, as it does
`self.tr()` in widgets, so one `.ts` per language serves window, CLI and core alike.
Until a catalogue is loaded the source text (English) is returned unchanged.
"""

from __future__ import annotations

_catalogue: dict[tuple[str, str], str] = {}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language; `%n` is replaced by `n` when given, as Qt does."""
    key = (context, text if disambiguation is None else f"{text}\x00{disambiguation}")
    found = _catalogue.get(key, text)
    return found.replace("%n", str(n)) if n >= 0 else found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for extraction where it is defined; translated where it is shown."""
    return text
