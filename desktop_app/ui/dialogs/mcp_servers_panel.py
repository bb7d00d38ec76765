"""The MCP part of the Tools dialog: configured servers, their status, Start/Stop/Remove, import.

Start and Stop run on the asyncio loop; the rows follow the manager's status reports until
the panel closes. The entries edited here take effect for the manager at once (so an
imported server can be started) and reach the settings file when the dialog is saved;
a removal, once confirmed, is saved at once (`server_removed`), as it only takes away.
"""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.tools.mcp import McpServerManager, McpServerStatus, McpTool

NOT_READY = QT_TRANSLATE_NOOP("McpServersPanel", "Available once Parley has connected to Claude")


def command_line(entry: dict[str, Any]) -> str:
    return shlex.join([str(entry.get("command", "")), *map(str, entry.get("args", []))])


def status_text(status: McpServerStatus) -> str:
    text = status.state.value.capitalize()
    return f"{text}: {status.message}" if status.message else text


class McpServerRow:
    """One server's widgets in the panel's grid."""

    def __init__(self, panel: McpServersPanel, name: str, entry: dict[str, Any]) -> None:
        self.name_label = panel.plain_label(name, "mcpServerName")
        self.command_label = panel.plain_label(command_line(entry), "dialogStatus")
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = panel.plain_label("", "mcpServerStatus")
        self.tools_label = panel.plain_label("", "mcpServerTools")  # a running server's tools
        self.tools_label.hide()
        self.start_button = QPushButton(QCoreApplication.translate("McpServerRow", "Start"), panel)
        self.stop_button = QPushButton(QCoreApplication.translate("McpServerRow", "Stop"), panel)
        self.remove_button = QPushButton(
            QCoreApplication.translate("McpServerRow", "Remove"), panel
        )
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "McpServerRow", "Stop it and take it out of Parley's settings"
            )
        )
        for button in (self.start_button, self.stop_button, self.remove_button):
            button.setAutoDefault(False)
        self.start_button.clicked.connect(lambda: panel.start(name))
        self.stop_button.clicked.connect(lambda: panel.stop(name))
        self.remove_button.clicked.connect(lambda: panel.ask_remove(name))

    def widgets(self) -> list[QWidget]:
        return [
            self.name_label,
            self.command_label,
            self.status_label,
            self.start_button,
            self.stop_button,
            self.remove_button,
            self.tools_label,
        ]


class McpServersPanel(QWidget):
    server_removed = Signal(str)  # its name; confirmed, and gone from `servers`

    def __init__(
        self,
        servers: dict[str, dict[str, Any]],
        manager: McpServerManager | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mcpServersPanel")
        self.servers = dict(servers)
        self.manager = manager
        self.rows: dict[str, McpServerRow] = {}
        self.confirm_box: QMessageBox | None = None  # open while a removal is asked
        self._tasks: set[asyncio.Future[Any]] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.empty_label = self.plain_label(self.tr("No MCP servers yet."), "dialogNote")
        layout.addWidget(self.empty_label)
        self.error_label = self.plain_label("", "errorText")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import from Claude Desktop…"), self)
        self.import_button.setObjectName("mcpImportButton")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.on_import_clicked)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._listening = manager is not None
        if manager is not None:
            listener = self._on_status  # one bound method, so the same one is removed
            manager.add_listener(listener)
            # Told by the C++ side: the Python panel may be gone, so nothing of it is called.
            self.destroyed.connect(lambda: manager.remove_listener(listener))
            self._listener = listener
        self._rebuild()

    def stop_listening(self) -> None:
        """The panel is closing: stop following the manager (again on destruction, harmless)."""
        if self._listening and self.manager is not None:
            self.manager.remove_listener(self._listener)
            self._listening = False

    def plain_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _rebuild(self) -> None:
        for row in self.rows.values():
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for index, name in enumerate(sorted(self.servers)):
            row = McpServerRow(self, name, self.servers[name])
            self.rows[name] = row
            *cells, tools = row.widgets()
            for column, widget in enumerate(cells):
                self.grid.addWidget(widget, 2 * index, column)
            self.grid.addWidget(tools, 2 * index + 1, 1, 1, len(cells) - 1)
            self._show_status(name)
        self.empty_label.setVisible(not self.servers)

    def _show_status(self, name: str) -> None:
        from desktop_app.tools.mcp import McpState  # loaded with the manager, after paint

        row = self.rows.get(name)
        if row is None:
            return
        if self.manager is None:
            row.status_label.setText(self.tr("Not started"))
            row.status_label.setToolTip(self.tr(NOT_READY))
            row.start_button.setEnabled(False)
            row.stop_button.setEnabled(False)
            return
        try:
            status = self.manager.status(name)
        except KeyError:
            row.status_label.setText(self.tr("Not started"))
            running = False
        else:
            row.status_label.setText(status_text(status))
            running = status.state in (McpState.RUNNING, McpState.STARTING)
        self._show_tools(row, self.manager.tools(name) if running else [])
        row.start_button.setEnabled(not running)
        row.stop_button.setEnabled(running)

    def _show_tools(self, row: McpServerRow, tools: list[McpTool]) -> None:
        names = ", ".join(tool.name for tool in tools)
        row.tools_label.setText(self.tr("Tools: {names}").format(names=names) if tools else "")
        row.tools_label.setToolTip(
            "\n".join(f"{tool.name}: {tool.description}".rstrip(": ") for tool in tools)
        )
        row.tools_label.setVisible(bool(tools))

    def _on_status(self, name: str, _status: McpServerStatus) -> None:
        if shiboken6.isValid(self):  # a report may come while the panel is being destroyed
            self._show_status(name)

    def status_of(self, name: str) -> str:
        return self.rows[name].status_label.text()

    def start(self, name: str) -> None:
        if self.manager is None:
            return
        self.manager.configure(self.servers)  # the entry as shown, saved or not yet
        self._spawn(self.manager.start(name))

    def stop(self, name: str) -> None:
        if self.manager is not None:
            self._spawn(self.manager.stop(name))

    def ask_remove(self, name: str) -> None:
        """Ask before removing a server; the answer comes through the box's buttons."""
        box = QMessageBox(self)
        box.setObjectName("mcpRemoveQuestion")
        box.setWindowTitle(self.tr("Remove MCP server? — Parley"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a settings file
        box.setText(self.tr("Remove the MCP server “{name}”?").format(name=name))
        box.setInformativeText(
            self.tr(
                "It is stopped if it runs, its tools go with it, and it leaves Parley's settings "
                "now."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _code: self._on_remove_answered(box, name, remove))
        self.confirm_box = box
        box.open()

    def _on_remove_answered(self, box: QMessageBox, name: str, remove: QPushButton) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is remove:
            self.remove(name)

    def remove(self, name: str) -> None:
        """Remove a server at once (asked already): stopped, out of the list, then announced."""
        if self.servers.pop(name, None) is None:
            return
        self._rebuild()
        if self.manager is not None:
            self._spawn(self._stop_and_forget(self.manager, name))
        self.server_removed.emit(name)

    async def _stop_and_forget(self, manager: McpServerManager, name: str) -> None:
        if name in manager.names():
            await manager.stop(name)
        manager.configure(self.servers)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def on_import_clicked(self) -> None:
        from desktop_app.tools import mcp_config

        path = mcp_config.default_claude_desktop_config_path()
        if not path.is_file():
            picked, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Claude Desktop settings"),
                str(Path.home()),
                self.tr("JSON files (*.json)"),
            )
            if not picked:
                return
            path = Path(picked)
        self.import_from(path)

    def import_from(self, path: Path) -> None:
        """Merge the stdio servers of a claude_desktop_config.json; a name already here is
        replaced by the imported entry."""
        from desktop_app.tools.mcp_config import McpConfigError, import_claude_desktop

        try:
            imported = import_claude_desktop(path)
        except McpConfigError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.error_label.hide()
        self.servers.update(imported)
        self._rebuild()
