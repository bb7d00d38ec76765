"""The composer's "Web & code" control: which of Anthropic's own tools (web search, web
fetch, code execution) this conversation offers Claude, and a way to their options.

A tool the chosen model does not take is shown disabled, with a tooltip saying so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.server_tools import ServerTools

TOOL_NAMES = {
    "web_search": QT_TRANSLATE_NOOP("ServerToolsButton", "Search the web"),
    "web_fetch": QT_TRANSLATE_NOOP("ServerToolsButton", "Read web pages"),
    "code_execution": QT_TRANSLATE_NOOP("ServerToolsButton", "Run code in a sandbox"),
}


class ServerToolsButton(QToolButton):
    changed = Signal(object)  # the ServerTools now chosen
    options_requested = Signal()  # max uses, domains, location

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverToolsButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools = ServerTools()
        self.offered: dict[str, bool] = {name: True for name in TOOL_NAMES}
        self.actions_by_name: dict[str, QAction] = {}
        self._menu = QMenu(self)
        self._menu.setToolTipsVisible(True)
        self.setMenu(self._menu)
        self._rebuild()

    def show_tools(self, tools: ServerTools, offered: dict[str, bool]) -> None:
        """These switches, for a model that takes the tools marked True in `offered`."""
        self.tools, self.offered = tools, dict(offered)
        self._rebuild()

    def retranslate(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        menu = self._menu
        menu.clear()
        self.actions_by_name = {}
        for name, words in TOOL_NAMES.items():
            action = QAction(self.tr(words), menu)
            action.setCheckable(True)
            action.setChecked(bool(getattr(self.tools, name)))
            taken = self.offered.get(name, False)
            action.setEnabled(taken)
            if not taken:
                action.setToolTip(self.tr("The chosen model does not take this tool"))
            action.toggled.connect(lambda on, n=name: self._switch(n, on))
            menu.addAction(action)
            self.actions_by_name[name] = action
        menu.addSeparator()
        options = menu.addAction(self.tr("Web options…"))
        options.triggered.connect(self.options_requested)
        used = [n for n in self.tools.wanted() if self.offered.get(n, False)]
        # "&&": a lone "&" would mark a shortcut letter and vanish from the button.
        self.setText(
            self.tr("Web && code: {n}").format(n=len(used)) if used else self.tr("Web && code")
        )
        if bool(self.property("active")) != bool(used):  # unset reads as False
            # Only a change needs the style again: touching style() at the first build makes
            # PySide build QStyle's enums before the first paint.
            self.setProperty("active", bool(used))
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(
            self.tr(
                "Anthropic's own tools Claude may use in this conversation (billed by Anthropic)"
            )
        )

    def _switch(self, name: str, on: bool) -> None:
        self.tools = with_switch(self.tools, name, on)
        self._rebuild()
        self.changed.emit(self.tools)


def with_switch(tools: ServerTools, name: str, on: bool) -> ServerTools:
    """`tools` with one switch turned on or off."""
    switches = {n: bool(getattr(tools, n)) for n in TOOL_NAMES} | {name: on}
    return ServerTools(
        web_search=switches["web_search"],
        web_fetch=switches["web_fetch"],
        code_execution=switches["code_execution"],
        web=tools.web,
    )
