"""The window's menus and every keyboard shortcut, from one table.

Each shortcut is defined once, on its action here; the shortcuts page lists the actions the
window really has, so there is no second list to keep in step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.menu_titles import MenuId, add_menus

Keys = QKeySequence.StandardKey | str


class ActionId(StrEnum):
    NEW_CONVERSATION = "newConversation"
    NEW_BATCH = "newBatch"
    ATTACH_FILES = "attachFiles"
    CAPTURE_REGION = "captureRegion"
    EXPORT = "export"
    IMPORT = "import"
    SETTINGS = "settings"
    QUIT = "quit"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    SELECT_ALL = "selectAll"
    COPY_LAST_REPLY = "copyLastReply"
    FIND = "find"
    FIND_NEXT = "findNext"
    FIND_PREVIOUS = "findPrevious"
    RENAME = "renameConversation"
    STOP_REPLY = "stopReply"
    SEARCH = "searchConversations"
    FOCUS_COMPOSER = "focusComposer"
    JUMP_TO_LATEST = "jumpToLatest"
    USAGE = "usage"
    BATCHES = "batches"
    TOOLS = "toolsAndPermissions"
    BACKUPS = "backups"
    SHORTCUTS = "keyboardShortcuts"
    ABOUT = "about"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: ActionId
    menu: MenuId
    text: str  # marked for translation; translated when the menu is built
    keys: tuple[Keys, ...] = ()
    separator_before: bool = False


def _spec(
    id: ActionId, menu: MenuId, text: str, *keys: Keys, separator: bool = False
) -> ActionSpec:
    return ActionSpec(id, menu, text, keys, separator)


Std = QKeySequence.StandardKey
F, E, V, T, H = MenuId.FILE, MenuId.EDIT, MenuId.VIEW, MenuId.TOOLS, MenuId.HELP
A = ActionId
ACTIONS: tuple[ActionSpec, ...] = (
    _spec(A.NEW_CONVERSATION, F, QT_TRANSLATE_NOOP("MenuBar", "New conversation"), Std.New),
    _spec(A.NEW_BATCH, F, QT_TRANSLATE_NOOP("MenuBar", "New batch…"), "Ctrl+Shift+N"),
    _spec(A.ATTACH_FILES, F, QT_TRANSLATE_NOOP("MenuBar", "Attach files…"), "Ctrl+O", separator=True),  # noqa: E501
    _spec(A.CAPTURE_REGION, F, QT_TRANSLATE_NOOP("MenuBar", "Screenshot of a region…"), "Ctrl+Shift+S"),  # noqa: E501
    _spec(A.EXPORT, F, QT_TRANSLATE_NOOP("MenuBar", "Export…"), separator=True),
    _spec(A.IMPORT, F, QT_TRANSLATE_NOOP("MenuBar", "Import…")),
    _spec(A.SETTINGS, F, QT_TRANSLATE_NOOP("MenuBar", "Settings…"), "Ctrl+,", separator=True),
    _spec(A.QUIT, F, QT_TRANSLATE_NOOP("MenuBar", "Quit"), "Ctrl+Q", separator=True),
    _spec(A.CUT, E, QT_TRANSLATE_NOOP("MenuBar", "Cut"), Std.Cut),
    _spec(A.COPY, E, QT_TRANSLATE_NOOP("MenuBar", "Copy"), Std.Copy),
    _spec(A.PASTE, E, QT_TRANSLATE_NOOP("MenuBar", "Paste"), Std.Paste),
    _spec(A.SELECT_ALL, E, QT_TRANSLATE_NOOP("MenuBar", "Select all"), Std.SelectAll),
    _spec(A.COPY_LAST_REPLY, E, QT_TRANSLATE_NOOP("MenuBar", "Copy last reply"), "Ctrl+Shift+C", separator=True),  # noqa: E501
    _spec(A.FIND, E, QT_TRANSLATE_NOOP("MenuBar", "Find in conversation…"), Std.Find),
    _spec(A.FIND_NEXT, E, QT_TRANSLATE_NOOP("MenuBar", "Find next"), "F3"),
    _spec(A.FIND_PREVIOUS, E, QT_TRANSLATE_NOOP("MenuBar", "Find previous"), "Shift+F3"),
    _spec(A.RENAME, E, QT_TRANSLATE_NOOP("MenuBar", "Rename conversation"), "F2"),
    _spec(A.STOP_REPLY, E, QT_TRANSLATE_NOOP("MenuBar", "Stop the reply"), "Esc", separator=True),
    _spec(A.SEARCH, V, QT_TRANSLATE_NOOP("MenuBar", "Search conversations"), "Ctrl+K"),
    _spec(A.FOCUS_COMPOSER, V, QT_TRANSLATE_NOOP("MenuBar", "Go to the message box"), "Ctrl+L"),
    _spec(A.JUMP_TO_LATEST, V, QT_TRANSLATE_NOOP("MenuBar", "Jump to the latest message"), "Ctrl+End", "Alt+End"),  # noqa: E501
    _spec(A.USAGE, V, QT_TRANSLATE_NOOP("MenuBar", "Usage"), "Ctrl+Shift+U", separator=True),
    _spec(A.BATCHES, V, QT_TRANSLATE_NOOP("MenuBar", "Batches"), "Ctrl+Shift+B"),
    _spec(A.TOOLS, T, QT_TRANSLATE_NOOP("MenuBar", "Tools and permissions…")),
    _spec(A.BACKUPS, T, QT_TRANSLATE_NOOP("MenuBar", "Backups…")),
    _spec(A.SHORTCUTS, H, QT_TRANSLATE_NOOP("MenuBar", "Keyboard shortcuts"), "F1"),
    _spec(A.ABOUT, H, QT_TRANSLATE_NOOP("MenuBar", "About Parley")),
)  # fmt: skip


def key_sequences(keys: tuple[Keys, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence(key))
        else:  # the platform's first binding: the others are media keys and old habits
            sequences.append(QKeySequence(key))
    return sequences


def build_menu_bar(
    bar: QMenuBar, slots: Mapping[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """Fill `bar`'s menus from ACTIONS; an action without a slot is there but disabled."""
    menus = add_menus(bar)  # the window's frame has them already
    actions: dict[ActionId, QAction] = {}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        action = menu.addAction(QCoreApplication.translate("MenuBar", spec.text))
        action.setObjectName(f"{spec.id.value}Action")
        action.setShortcuts(key_sequences(spec.keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        slot = slots.get(spec.id)
        if slot is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        actions[spec.id] = action
    return actions


def menu_of(action: QAction) -> QMenu | None:
    """The menu an action was put in, for grouping on the shortcuts page."""
    parent: QObject | None = action.parent()
    return parent if isinstance(parent, QMenu) else None
