"""Puts the window in a language: Parley's and Qt's own translators, the default QLocale,
and the CLI/core catalogue, all from one call that start-up and the settings window make.

A change while the window is open retranslates it in place (ui/retranslation.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.core import i18n
from desktop_app.core.i18n import english_plural
from desktop_app.core.language import DEFAULT_LANGUAGE, Language, choose_language

# Qt's own catalogue for its dialog buttons and context menus (Cut, Copy, Cancel…); the
# package keeps it (packaging/bundle_contents.py).
QT_CATALOGUE = "qtbase_{language}"


class SourcePlurals(QTranslator):
    """The last translator asked: English sources with `%n` made singular or plural, for
    English and for any message a catalogue lacks. Any other text it leaves to Qt (None)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return english_plural(source, n) if n >= 0 and "(s)" in source else None

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []
_plurals: list[SourcePlurals] = []  # installed once, first: asked after every catalogue
_applied: list[Language] = []  # the language applied last, once there is one


def _qt_translation_folders() -> list[str]:
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # where PyInstaller's PySide6 hook puts them, whatever qt.conf says
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return folders


def locale_for(language: Language) -> QLocale:
    """The locale dates and numbers follow: the system's when it speaks `language` (an
    en_GB user keeps day-month dates), else the language's main one."""
    system = QLocale.system()
    if language == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def apply_language(app: QApplication, code: str) -> None:
    """`code` is the settings' choice: '' follows the environment, else "en" or "ko".

    Installing or removing a translator makes Qt send LanguageChange to every widget."""
    language = choose_language(code, os.environ)
    if _applied and _applied[-1] == language:
        return
    previous = _applied[-1] if _applied else None
    previous_catalogue = i18n.current_catalogue()
    if not _plurals:
        _plurals.append(SourcePlurals(app))
        app.installTranslator(_plurals[0])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    catalogue = None
    path = None
    if language != DEFAULT_LANGUAGE:  # English needs no catalogue, and no time to find one
        from desktop_app.translation_catalogues import catalogue_path

        path = catalogue_path(language)
    if path is not None:
        from desktop_app.core.qm_catalogue import QmCatalogue

        own = QTranslator(app)
        if own.load(str(path)):
            _installed.append(own)
            catalogue = QmCatalogue.read(path)
        qt_own = QTranslator(app)
        name = QT_CATALOGUE.format(language=language)
        if any(qt_own.load(name, folder) for folder in _qt_translation_folders()):
            _installed.append(qt_own)
    QLocale.setDefault(locale_for(language))
    i18n.use_catalogue(language, catalogue)
    for translator in _installed:
        app.installTranslator(translator)
    _applied[:] = [language]
    if previous is not None:
        from desktop_app.ui.retranslation import retranslate_open_windows

        retranslate_open_windows(app, previous_catalogue, i18n.current_catalogue())


def applied_language() -> Language:
    return _applied[-1] if _applied else DEFAULT_LANGUAGE
