"""The tool settings as a panel: granted folders, what runs without asking, standing grants and
MCP servers. The Tools dialog wraps it with Save; the Settings window saves each change."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.permissions import BUILT_IN, Grant, GrantScope
from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.mcp_servers_panel import McpServersPanel

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection


class ToolsPanel(QWidget):
    changed = Signal()  # folders, switches or MCP entries edited (a revoked grant is immediate)
    server_removed = Signal(str)  # confirmed in the MCP panel: its entry should go at once

    def __init__(
        self, settings: Settings, connection: ClaudeConnection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toolsPanel")
        self.settings = settings
        self.connection = connection
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        self._folders_section()
        self._switches_section()
        self._grants_section()
        self.heading(self.tr("MCP servers"))
        self.mcp_panel = McpServersPanel(settings.mcp_servers, connection.mcp, self)
        self.mcp_panel.server_removed.connect(self.server_removed)
        self.mcp_panel.servers_imported.connect(self.changed)
        self.body.addWidget(self.mcp_panel)

    def label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def heading(self, text: str) -> None:
        label = self.label(text, "toolsHeading")
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        if self.body.count():
            self.body.addSpacing(10)
        self.body.addWidget(label)

    def _folders_section(self) -> None:
        self.heading(self.tr("Folders the file tools may use"))
        self.body.addWidget(
            self.label(
                self.tr(
                    "Claude can list, read, search and (always asking) write files inside these "
                    "folders, and nowhere else."
                ),
                "dialogNote",
            )
        )
        row = QHBoxLayout()
        self.folder_list = QListWidget(self)
        self.folder_list.setObjectName("folderList")
        self.folder_list.setAccessibleName(self.tr("Folders the file tools may use"))
        self.folder_list.addItems(list(self.settings.granted_folders))
        self.folder_list.setMinimumHeight(90)
        self.folder_list.setMaximumHeight(140)
        self.folder_list.currentRowChanged.connect(self.on_folder_list_current_row_changed)
        row.addWidget(self.folder_list, 1)
        column = QVBoxLayout()
        self.add_folder_button = QPushButton(self.tr("Add…"), self)
        self.remove_folder_button = QPushButton(self.tr("Remove"), self)
        self.remove_folder_button.setEnabled(False)
        for button in (self.add_folder_button, self.remove_folder_button):
            button.setAutoDefault(False)
            column.addWidget(button)
        column.addStretch(1)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.remove_folder_button.clicked.connect(self.on_remove_folder_clicked)
        row.addLayout(column)
        self.body.addLayout(row)

    def _switches_section(self) -> None:
        self.heading(self.tr("Asking"))
        self.run_command_switch = QCheckBox(self.tr("Allow running commands"), self)
        self.run_command_switch.setObjectName("runCommandSwitch")
        self.run_command_switch.setChecked(self.settings.run_command_enabled)
        self.body.addWidget(self.run_command_switch)
        warning = self.label(
            self.tr(
                "Claude could then ask to run any program; each call still asks you, with the "
                "exact command."
            ),
            "dialogStatus",
        )
        warning.setContentsMargins(26, 0, 0, 4)
        self.body.addWidget(warning)
        self.read_only_switch = QCheckBox(self.tr("Auto-allow read-only built-in tools"), self)
        self.read_only_switch.setObjectName("readOnlySwitch")
        self.read_only_switch.setToolTip(
            self.tr("The clock, and listing, reading and searching files in the folders above")
        )
        self.read_only_switch.setChecked(self.settings.auto_allow_read_only)
        self.body.addWidget(self.read_only_switch)
        for switch in (self.run_command_switch, self.read_only_switch):
            # As wide as its words: a click in the empty space beside it changes nothing.
            switch.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            switch.toggled.connect(self.changed)

    def _grants_section(self) -> None:
        self.heading(self.tr("Always-allowed tools"))
        self.grants_grid = QGridLayout()
        self.grants_grid.setHorizontalSpacing(12)
        self.grants_grid.setColumnStretch(1, 1)
        self.body.addLayout(self.grants_grid)
        self.no_grants_label = self.label(self.tr("None: every tool asks first."), "dialogNote")
        self.body.addWidget(self.no_grants_label)
        self.revoke_buttons: dict[Grant, QPushButton] = {}
        self.show_grants()

    def always_grants(self) -> list[Grant]:
        policy = self.connection.policy
        if policy is None:
            return []
        found = [g for g in policy.grants() if g.scope is GrantScope.ALWAYS and g.allow]
        return sorted(found, key=lambda g: (g.tool.source != BUILT_IN, g.tool.source, g.tool.name))

    def show_grants(self) -> None:
        while self.grants_grid.count():
            item = self.grants_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.revoke_buttons = {}
        grants = self.always_grants()
        for index, grant in enumerate(grants):
            source = (
                self.tr("built-in")
                if grant.tool.source == BUILT_IN
                else self.tr("MCP: %1").replace("%1", grant.tool.source)
            )
            self.grants_grid.addWidget(self.label(grant.tool.name, "grantName"), index, 0)
            self.grants_grid.addWidget(self.label(source, "dialogStatus"), index, 1)
            button = QPushButton(self.tr("Revoke"), self)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Revoke %1").replace("%1", grant.tool.name))
            button.clicked.connect(lambda _=False, g=grant: self.revoke(g))
            self.grants_grid.addWidget(button, index, 2)
            self.revoke_buttons[grant] = button
        self.no_grants_label.setVisible(not grants)

    def revoke(self, grant: Grant) -> None:
        if self.connection.policy is not None:
            self.connection.policy.revoke(grant)
        self.show_grants()

    def folders(self) -> tuple[str, ...]:
        items = (self.folder_list.item(i) for i in range(self.folder_list.count()))
        return tuple(item.text() for item in items if item is not None)

    def add_folder(self, folder: str) -> None:
        resolved = str(Path(folder).resolve())
        if resolved not in self.folders():
            self.folder_list.addItem(QListWidgetItem(resolved))
        self.folder_list.setCurrentRow(self.folders().index(resolved))
        self.changed.emit()

    def on_add_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder Claude may use"), str(Path.home())
        )
        if folder:
            self.add_folder(folder)

    def on_remove_folder_clicked(self) -> None:
        row = self.folder_list.currentRow()
        if row >= 0:
            self.folder_list.takeItem(row)
            self.changed.emit()

    def on_folder_list_current_row_changed(self, row: int) -> None:
        self.remove_folder_button.setEnabled(row >= 0)

    def chosen_settings(self, base: Settings) -> Settings:
        """`base` with the panel's choices."""
        return base.with_(
            granted_folders=self.folders(),
            run_command_enabled=self.run_command_switch.isChecked(),
            auto_allow_read_only=self.read_only_switch.isChecked(),
            mcp_servers=dict(self.mcp_panel.servers),
        )
