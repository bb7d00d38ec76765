"""The menu bar's five menus, by title: there from the window's first paint.

Their actions and shortcuts come with the rest of the window (menu_bar.py); the empty
titles keep the bar's height, so nothing below it moves when they are filled.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class MenuId(StrEnum):
    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    TOOLS = "tools"
    HELP = "help"


MENU_TITLES: dict[MenuId, str] = {
    MenuId.FILE: QT_TRANSLATE_NOOP("MenuBar", "&File"),
    MenuId.EDIT: QT_TRANSLATE_NOOP("MenuBar", "&Edit"),
    MenuId.VIEW: QT_TRANSLATE_NOOP("MenuBar", "&View"),
    MenuId.TOOLS: QT_TRANSLATE_NOOP("MenuBar", "&Tools"),
    MenuId.HELP: QT_TRANSLATE_NOOP("MenuBar", "&Help"),
}


def add_menus(bar: QMenuBar) -> dict[MenuId, QMenu]:
    """The five menus of `bar`: those it has, the others added (translated) in order."""
    menus: dict[MenuId, QMenu] = {}
    for menu_id, title in MENU_TITLES.items():
        menu = bar.findChild(QMenu, f"{menu_id.value}Menu")
        if menu is None:
            menu = bar.addMenu(QCoreApplication.translate("MenuBar", title))
            menu.setObjectName(f"{menu_id.value}Menu")
        menus[menu_id] = menu
    return menus
