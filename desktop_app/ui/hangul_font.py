"""Parley's own Hangul font (resources/fonts, "Parley Hangul"), for desktops that have none.

Registered only when no installed family covers Korean: fontconfig's fallback then
takes it for Hangul alone, so Latin text keeps the desktop's font. (Naming it in the
app font's family list instead would win over the desktop's alias "Sans Serif".)
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop_app import paths

FAMILY = "Parley Hangul"
FILES = ("ParleyHangul-Regular.otf", "ParleyHangul-Bold.otf")


def install_hangul_font(*, always: bool = False) -> bool:
    """Register the font when the system lacks a Hangul one (or `always`); whether it was.

    About 1 ms: the font database it asks is the one the first paint fills anyway."""
    if not always and QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        return False
    found: list[str] = []
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id >= 0:
            found += QFontDatabase.applicationFontFamilies(font_id)
    return FAMILY in found
