"""The default review presets in the window's language: their English lives in core/settings.py
and is marked here for lupdate; they are translated where shown and sent, while a preset the
user wrote or edited (no catalogue knows it) is shown and sent as written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.settings import ReviewPreset

DEFAULT_WORDS = (
    QT_TRANSLATE_NOOP("ReviewPresets", "Review this UI"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "Review this screenshot as an experienced UI designer. List the concrete problems with layout, alignment, spacing, contrast, typography and wording, most important first, each with a specific fix.",  # noqa: E501 (must equal core/settings.py)
    ),
    QT_TRANSLATE_NOOP("ReviewPresets", "Extract the text"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "Transcribe all the text in this image exactly, in reading order. Keep its structure: headings, lists, and tables as Markdown. Mark anything illegible as [illegible].",  # noqa: E501 (must equal core/settings.py)
    ),
    QT_TRANSLATE_NOOP("ReviewPresets", "Extract chart data as a table"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "Read the data in this chart into a Markdown table, with column headers and units. Then describe the main trend in one sentence, and say which values are estimates.",  # noqa: E501 (must equal core/settings.py)
    ),
    QT_TRANSLATE_NOOP("ReviewPresets", "Turn this diagram into code"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "Turn this diagram into code: for a flowchart, sequence or architecture diagram write Mermaid; for a user interface write HTML and CSS that reproduce it as closely as you can. Explain any part you had to guess.",  # noqa: E501 (must equal core/settings.py)
    ),
    QT_TRANSLATE_NOOP("ReviewPresets", "Explain this error"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "This screenshot shows an error. Explain what went wrong, in plain words, and how to fix it, step by step.",  # noqa: E501 (must equal core/settings.py)
    ),
    QT_TRANSLATE_NOOP("ReviewPresets", "Compare"),
    QT_TRANSLATE_NOOP(
        "ReviewPresets",
        "Compare these images and list every visible difference, grouped by area of the screen.",
    ),
)


def localized(presets: Sequence[ReviewPreset]) -> tuple[ReviewPreset, ...]:
    return tuple(
        ReviewPreset(
            QCoreApplication.translate("ReviewPresets", p.label),
            QCoreApplication.translate("ReviewPresets", p.prompt),
        )
        for p in presets
    )
