"""The main window's menu bar at work: what each action does, the theme quick switch, and the
windows the menus open (Settings, keyboard shortcuts, About, Backups). Built after the first
paint; the window never imports it before then."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenuBar

from desktop_app import paths
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.settings import Settings
from desktop_app.ui.chat_window import ChatWindow
from desktop_app.ui.menu_bar import ActionId, build_menu_bar, menu_of

if TYPE_CHECKING:
    from desktop_app.ui.batch_actions import BatchActions
    from desktop_app.ui.conversation_finder import ConversationFinder
    from desktop_app.ui.conversation_options import ConversationOptions
    from desktop_app.ui.key_prompt import KeyPrompt
    from desktop_app.ui.message_commands import MessageCommands
    from desktop_app.ui.settings.settings_window import SettingsWindow

THEMES = (
    ("system", QT_TRANSLATE_NOOP("WindowMenus", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("WindowMenus", "Light")),
    ("dark", QT_TRANSLATE_NOOP("WindowMenus", "Dark")),
)
EDIT_METHODS = {
    ActionId.CUT: "cut",
    ActionId.COPY: "copy",
    ActionId.PASTE: "paste",
    ActionId.SELECT_ALL: "selectAll",
}


class MenuWindow(ChatWindow, Protocol):
    """What the menus use of the main window."""

    @property
    def options(self) -> ConversationOptions: ...
    @property
    def batches(self) -> BatchActions: ...
    @property
    def key_prompt(self) -> KeyPrompt: ...
    @property
    def commands(self) -> MessageCommands: ...
    @property
    def finder(self) -> ConversationFinder: ...
    def on_new_requested(self) -> None: ...
    def on_stop_requested(self) -> None: ...
    def on_usage_requested(self) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...


class WindowMenus(QObject):
    export_requested = Signal()  # File ▸ Export… and the Data page's Export all…
    import_requested = Signal()

    def __init__(self, window: MenuWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.on_language: Callable[[str], None] = _switch_language
        self.settings_window: SettingsWindow | None = None
        self.actions = build_menu_bar(window.menuBar(), self._slots())
        self._theme_actions = self._add_theme_menu()
        window.options.settings_changed.connect(self.on_settings_changed)
        self.on_settings_changed(window.options.settings)

    def _slots(self) -> dict[ActionId, Callable[[], object]]:
        w = self.window
        slots: dict[ActionId, Callable[[], object]] = {
            ActionId.NEW_CONVERSATION: w.on_new_requested,
            ActionId.NEW_BATCH: lambda: w.batches.on_new_batch_requested(),
            ActionId.ATTACH_FILES: w.composer.attachments.on_attach_button_clicked,
            ActionId.CAPTURE_REGION: lambda: w.composer.attachments.start_capture("region"),
            ActionId.EXPORT: self.export_requested.emit,
            ActionId.IMPORT: self.import_requested.emit,
            ActionId.SETTINGS: self.on_settings_requested,
            ActionId.QUIT: w.close,
            ActionId.COPY_LAST_REPLY: w.commands.copy_last_reply,
            ActionId.FIND: lambda: w.finder.open(),
            ActionId.FIND_NEXT: lambda: w.finder.on_next_requested(),
            ActionId.FIND_PREVIOUS: lambda: w.finder.on_previous_requested(),
            ActionId.RENAME: w.sidebar.list.rename_current,
            ActionId.STOP_REPLY: w.on_stop_requested,
            ActionId.SEARCH: w.sidebar.focus_search,
            ActionId.FOCUS_COMPOSER: w.focus_composer,
            ActionId.JUMP_TO_LATEST: w.chat.jump_to_latest,
            ActionId.USAGE: w.on_usage_requested,
            ActionId.BATCHES: lambda: w.batches.on_batches_requested(),
            ActionId.TOOLS: w.options.on_tools_requested,
            ActionId.BACKUPS: self.on_backups_requested,
            ActionId.SHORTCUTS: self.on_shortcuts_requested,
            ActionId.ABOUT: self.on_about_requested,
        }
        for action_id, method in EDIT_METHODS.items():
            slots[action_id] = partial(_call_on_focus, method)
        return slots

    def _add_theme_menu(self) -> dict[str, QAction]:
        menu = menu_of(self.actions[ActionId.USAGE])
        assert menu is not None  # every action is put in its menu
        menu.addSeparator()
        themes = menu.addMenu(self.tr("Theme"))
        themes.setObjectName("themeMenu")
        group = QActionGroup(themes)
        found: dict[str, QAction] = {}
        for value, text in THEMES:
            action = themes.addAction(self.tr(text))
            action.setObjectName(f"theme_{value}Action")
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, v=value: self.on_theme_chosen(v))
            found[value] = action
        return found

    def on_theme_chosen(self, theme: str) -> None:
        self.window.options.change(theme=theme)

    def on_settings_changed(self, settings: Settings) -> None:
        self._theme_actions[settings.theme].setChecked(True)

    def installed_actions(self) -> list[QAction]:
        """Every action of the window, as installed (for the shortcuts page)."""
        return self.window.window().findChildren(QAction)

    def on_settings_requested(self) -> None:
        if self.settings_window is None:
            from desktop_app.storage.backups import Backups
            from desktop_app.ui.settings.settings_window import SettingsContext, SettingsWindow

            w = self.window
            context = SettingsContext(
                holder=w.options,
                changed=w.options.settings_changed,
                connection=w.connection,
                ask_key=lambda: w.key_prompt.ask(),
                on_language=lambda code: self.on_language(code),
                data_dir=paths.data_dir(),
                backups=Backups(paths.database_path()),
            )
            self.settings_window = SettingsWindow(context, w.window())
            self.settings_window.export_requested.connect(self.export_requested)
            self.settings_window.import_requested.connect(self.import_requested)
            self.settings_window.restart_requested.connect(self.on_restart_requested)
        self.settings_window.present()

    def on_shortcuts_requested(self) -> None:
        from desktop_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.installed_actions(), self.window.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_about_requested(self) -> None:
        from desktop_app.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(paths.data_dir(), parent=self.window.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_backups_requested(self) -> None:
        from desktop_app.ui.dialogs.backups_dialog import open_backups

        open_backups(self.window.window(), self.on_restart_requested)

    def on_restart_requested(self) -> None:
        """Closing the main window ends the app; app.py restores the backup and starts again."""
        if self.settings_window is not None:
            self.settings_window.close()
        self.window.close()


def _call_on_focus(method: str) -> None:
    """Cut, copy, paste or select all in the focused text box, as its own keys would."""
    widget = QApplication.focusWidget()
    run = getattr(widget, method, None) if widget is not None else None
    if callable(run):
        run()


def _switch_language(code: str) -> None:
    """The language chosen in the settings, applied to the running app at once."""
    from desktop_app.ui.language import apply_language

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_language(app, code)
