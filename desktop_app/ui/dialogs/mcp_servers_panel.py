"""The MCP part of the Tools dialog: configured servers with their status, Start/Stop, and import.

Start and Stop run on the asyncio loop; the rows follow the manager's status reports. The
entries edited here take effect for the manager at once (so an imported server can be
started) and reach the settings file when the dialog is saved.
"""

from __future__ import annotations

import asyncio
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop_app.tools.mcp import McpServerManager, McpServerStatus

NOT_READY = "Available once Parley has connected to Claude"


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
        self.start_button = QPushButton("Start", panel)
        self.stop_button = QPushButton("Stop", panel)
        for button in (self.start_button, self.stop_button):
            button.setAutoDefault(False)
        self.start_button.clicked.connect(lambda: panel.start(name))
        self.stop_button.clicked.connect(lambda: panel.stop(name))

    def widgets(self) -> list[QWidget]:
        return [
            self.name_label,
            self.command_label,
            self.status_label,
            self.start_button,
            self.stop_button,
        ]


class McpServersPanel(QWidget):
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
        self._tasks: set[asyncio.Future[Any]] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.empty_label = self.plain_label("No MCP servers yet.", "dialogNote")
        layout.addWidget(self.empty_label)
        self.error_label = self.plain_label("", "errorText")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.import_button = QPushButton("Import from Claude Desktop…", self)
        self.import_button.setObjectName("mcpImportButton")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.on_import_clicked)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        if manager is not None:
            manager.add_listener(self._on_status)
        self._rebuild()

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
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column)
            self._show_status(name)
        self.empty_label.setVisible(not self.servers)

    def _show_status(self, name: str) -> None:
        from desktop_app.tools.mcp import McpState  # loaded with the manager, after paint

        row = self.rows.get(name)
        if row is None:
            return
        if self.manager is None:
            row.status_label.setText("Not started")
            row.status_label.setToolTip(NOT_READY)
            row.start_button.setEnabled(False)
            row.stop_button.setEnabled(False)
            return
        try:
            status = self.manager.status(name)
        except KeyError:
            row.status_label.setText("Not started")
            running = False
        else:
            row.status_label.setText(status_text(status))
            running = status.state in (McpState.RUNNING, McpState.STARTING)
        row.start_button.setEnabled(not running)
        row.stop_button.setEnabled(running)

    def _on_status(self, name: str, _status: McpServerStatus) -> None:
        # The manager has no way to drop a listener: a closed panel just stops listening.
        if shiboken6.isValid(self):
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

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def on_import_clicked(self) -> None:
        from desktop_app.tools import mcp_config

        path = mcp_config.default_claude_desktop_config_path()
        if not path.is_file():
            picked, _ = QFileDialog.getOpenFileName(
                self, "Claude Desktop settings", str(Path.home()), "JSON files (*.json)"
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
