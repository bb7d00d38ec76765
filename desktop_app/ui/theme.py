"""The light and dark looks: a Fusion palette plus a small style sheet filled from one colour set.

The scheme follows the system (QStyleHints.colorScheme) unless `PARLEY_THEME` or
the settings force one; a system change while running re-applies it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resource

BASE_POINT_SIZE = 10.5
STYLE_FROM_ARGV = "parleyStyleFromArgv"  # app property: QApplication was started with Fusion


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Colours:
    """Every colour the UI uses; the style sheet refers to them by field name."""

    window: str
    sidebar: str
    base: str
    surface: str
    raised: str
    text: str
    muted: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str
    accent_ink: str  # the accent as a text colour on the window's surfaces (AA on each)
    user_bubble: str
    selection: str
    error_bg: str
    error_border: str
    error_text: str
    link: str
    code_bg: str


LIGHT = Colours(
    window="#faf9f6",
    sidebar="#f0eee8",
    base="#ffffff",
    surface="#ffffff",
    raised="#e7e4dc",
    text="#1f1e1c",
    muted="#66625b",
    border="#dcd8ce",
    accent="#b5573a",
    accent_hover="#a04a2f",
    accent_text="#ffffff",
    accent_ink="#9f4529",
    user_bubble="#efe6dc",
    selection="#e3d6c8",
    error_bg="#fbeceb",
    error_border="#e3a9a3",
    error_text="#8a2a20",
    link="#9f4529",
    code_bg="#f1efe9",
)

DARK = Colours(
    window="#202023",
    sidebar="#19191b",
    base="#2a2a2e",
    surface="#2a2a2e",
    raised="#34343a",
    text="#ecebe8",
    muted="#9e9b94",
    border="#3a3a40",
    accent="#d97757",
    accent_hover="#e38a6c",
    accent_text="#1a1a1a",
    accent_ink="#eb9a7c",
    user_bubble="#36322f",
    selection="#4a3d36",
    error_bg="#3a2523",
    error_border="#7a3d36",
    error_text="#f2b8b0",
    link="#eb9a7c",
    code_bg="#1a1a1d",
)


def wanted_scheme(preference: str = "system", environ: Mapping[str, str] = os.environ) -> Scheme:
    """`PARLEY_THEME` beats the settings, which beat the system's scheme."""
    for choice in (environ.get("PARLEY_THEME", "").strip().lower(), preference):
        if choice in (Scheme.LIGHT, Scheme.DARK):
            return Scheme(choice)
    hints = QGuiApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


def colours_for(scheme: Scheme) -> Colours:
    return DARK if scheme is Scheme.DARK else LIGHT


def build_palette(c: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.sidebar,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.raised,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.raised,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Highlight: c.selection,
        QPalette.ColorRole.HighlightedText: c.text,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.LinkVisited: c.link,
        QPalette.ColorRole.BrightText: c.accent_text,
        QPalette.ColorRole.Light: c.raised,
        QPalette.ColorRole.Midlight: c.raised,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: c.sidebar,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return palette


def style_sheet(c: Colours) -> str:
    try:
        template = resource("styles", "parley.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing style sheet leaves the plain Fusion look, still usable
    # A check box's tick, drawn in the colour of text on the accent (a file per colour: style
    # sheets take images by path only).
    tick = resource("icons", f"check-{c.accent_text.lstrip('#').lower()}.svg").as_posix()
    return Template(template).safe_substitute(asdict(c), check_icon=tick)


class Theme(QObject):
    """Applies the wanted scheme to the application and re-applies it when the system flips."""

    changed = Signal()

    def __init__(self, app: QApplication, preference: str = "system", font_size: int = 0) -> None:
        super().__init__(app)
        self._app = app
        self._preference = preference
        self.font_size = font_size  # points; 0 = Parley's own size
        self.scheme = wanted_scheme(preference)
        self.colours = colours_for(self.scheme)
        app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)

    def apply(self) -> None:
        font = self._app.font()
        font.setPointSizeF(self.font_size or BASE_POINT_SIZE)
        self._app.setFont(font)
        if self._app.property(STYLE_FROM_ARGV):
            self._app.setProperty(STYLE_FROM_ARGV, False)  # set once; later applies set it again
        else:
            self._app.setStyle("Fusion")
        self._app.setPalette(build_palette(self.colours))
        self._app.setStyleSheet(style_sheet(self.colours))

    def set_preference(self, preference: str) -> None:
        """Light, dark or the system's, applied at once (PARLEY_THEME still wins)."""
        self._preference = preference
        self.on_color_scheme_changed(Qt.ColorScheme.Unknown)

    def set_font_size(self, points: int) -> None:
        """The application font's size, applied at once; 0 gives Parley's own size."""
        if points != self.font_size:
            self.font_size = points
            self.apply()
            self.changed.emit()

    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        scheme = wanted_scheme(self._preference)
        if scheme is not self.scheme:
            self.scheme = scheme
            self.colours = colours_for(scheme)
            self.apply()
            self.changed.emit()
