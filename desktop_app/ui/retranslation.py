"""Retranslates the open windows in place after a language change, without a restart.

Every static text a widget shows (label, button, tooltip, placeholder, accessible name,
window title, action, combo item) is looked up by what it shows now: the old catalogue
says which English source it is, the new one gives that source's translation. One pass
over the widgets does what a `retranslate()` per widget class would, for all of them at
once; texts built from values (counts, dates) are refreshed by the widgets that have a
`retranslate()` method, which is called afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop_app.core.qm_catalogue import QmCatalogue

Converter = Callable[[str], str]


def converter(old: QmCatalogue | None, new: QmCatalogue | None) -> Converter:
    """Maps a text shown in the old language to the same message in the new one (None: the
    English sources); any other text (a conversation title, a model id) comes back as it was."""
    before = old.messages.items() if old else ()
    shown_source = {forms[0]: source for (_, source, _), forms in before if forms[0]}
    after = new.messages.items() if new else ()
    translated = {source: forms[0] for (_, source, _), forms in after}

    def convert(text: str) -> str:
        if not text:
            return text
        source = shown_source.get(text, text)
        return translated.get(source, source)

    return convert


def _retranslate_widget(widget: QWidget, convert: Converter) -> None:
    for getter, setter in (
        (widget.toolTip, widget.setToolTip),
        (widget.statusTip, widget.setStatusTip),
        (widget.whatsThis, widget.setWhatsThis),
        (widget.accessibleName, widget.setAccessibleName),
        (widget.accessibleDescription, widget.setAccessibleDescription),
        (widget.windowTitle, widget.setWindowTitle),
    ):
        _swap(getter, setter, convert)
    if isinstance(widget, (QLabel, QAbstractButton)):
        _swap(widget.text, widget.setText, convert)
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):  # never what the user typed
        _swap(widget.placeholderText, widget.setPlaceholderText, convert)
    if isinstance(widget, QGroupBox):
        _swap(widget.title, widget.setTitle, convert)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            widget.setItemText(i, convert(widget.itemText(i)))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            widget.setTabText(i, convert(widget.tabText(i)))
            widget.setTabToolTip(i, convert(widget.tabToolTip(i)))
    for action in widget.actions():
        _retranslate_action(action, convert)
    if isinstance(widget, QAbstractItemView):
        widget.viewport().update()  # delegates and models translate as they paint


def _retranslate_action(action: QAction, convert: Converter) -> None:
    _swap(action.text, action.setText, convert)
    _swap(action.toolTip, action.setToolTip, convert)
    _swap(action.statusTip, action.setStatusTip, convert)
    menu = action.menu()
    if isinstance(menu, QMenu):
        for inner in menu.actions():
            _retranslate_action(inner, convert)


def _swap(getter: Callable[[], str], setter: Callable[[str], None], convert: Converter) -> None:
    text = getter()
    changed = convert(text)
    if changed != text:
        setter(changed)


def retranslate_open_windows(
    app: QApplication, old: QmCatalogue | None, new: QmCatalogue | None
) -> None:
    convert = converter(old, new)
    widgets = app.allWidgets()
    for widget in widgets:
        _retranslate_widget(widget, convert)
    # Closed windows waiting for deletion are left out: their stores may be closed already.
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    for owner in [o for w in windows for o in (w, *w.findChildren(QObject))]:
        retranslate = getattr(owner, "retranslate", None)
        if callable(retranslate):
            retranslate()
