"""The Tools settings dialog: granted folders, what runs without asking, standing grants, MCP.

Save writes the settings file and hands them to the connection; revoking a grant takes
effect at once, since it only ever takes a permission away.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.permissions import BUILT_IN, Grant, GrantScope
from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.mcp_servers_panel import McpServersPanel

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection

RUN_COMMAND_WARNING = QT_TRANSLATE_NOOP(
    "ToolsDialog",
    "Claude could then ask to run any program; each call still asks you, with the exact command.",
)


class ToolsDialog(QDialog):
    saved = Signal(object)  # the Settings written

    def __init__(
        self,
        settings: Settings,
        settings_path: Path,
        connection: ClaudeConnection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toolsDialog")
        self.setWindowTitle(self.tr("Tools"))
        self.resize(760, 680)
        self.settings = settings
        self.settings_path = settings_path
        self.connection = connection
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 14)
        outer.setSpacing(10)
        scroll = QScrollArea(self)
        scroll.setObjectName("toolsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        body.setObjectName("toolsBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(18, 16, 18, 4)
        self.body.setSpacing(8)
        scroll.setWidget(body)
        # setWidget paints the body with its own background; the dialog's should show through.
        body.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        outer.addWidget(scroll, 1)
        self._folders_section(body)
        self._switches_section(body)
        self._grants_section(body)
        self._heading(self.tr("MCP servers"), body)
        self.mcp_panel = McpServersPanel(settings.mcp_servers, connection.mcp, body)
        self.mcp_panel.server_removed.connect(self.on_server_removed)
        self.body.addWidget(self.mcp_panel)
        self._backups_section(body)
        self.body.addStretch(1)
        self.error_label = self._label("", "errorText", self)
        self.error_label.hide()
        bottom = QVBoxLayout()
        bottom.setContentsMargins(18, 0, 18, 0)
        bottom.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        outer.addLayout(bottom)

    def _label(self, text: str, name: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _heading(self, text: str, parent: QWidget) -> None:
        label = self._label(text, "toolsHeading", parent)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        if self.body.count():
            self.body.addSpacing(10)
        self.body.addWidget(label)

    def _folders_section(self, body: QWidget) -> None:
        self._heading(self.tr("Folders the file tools may use"), body)
        self.body.addWidget(
            self._label(
                self.tr(
                    "Claude can list, read, search and (always asking) write files inside these "
                    "folders, and nowhere else."
                ),
                "dialogNote",
                body,
            )
        )
        row = QHBoxLayout()
        self.folder_list = QListWidget(body)
        self.folder_list.setObjectName("folderList")
        self.folder_list.addItems(list(self.settings.granted_folders))
        self.folder_list.setMinimumHeight(90)
        self.folder_list.setMaximumHeight(140)
        self.folder_list.currentRowChanged.connect(self.on_folder_list_current_row_changed)
        row.addWidget(self.folder_list, 1)
        column = QVBoxLayout()
        self.add_folder_button = QPushButton(self.tr("Add…"), body)
        self.remove_folder_button = QPushButton(self.tr("Remove"), body)
        self.remove_folder_button.setEnabled(False)
        for button in (self.add_folder_button, self.remove_folder_button):
            button.setAutoDefault(False)
            column.addWidget(button)
        column.addStretch(1)
        self.add_folder_button.clicked.connect(self.on_add_folder_clicked)
        self.remove_folder_button.clicked.connect(self.on_remove_folder_clicked)
        row.addLayout(column)
        self.body.addLayout(row)

    def _backups_section(self, body: QWidget) -> None:
        self._heading(self.tr("Backups"), body)
        self.backups_button = QPushButton(self.tr("Backups…"), body)
        self.backups_button.setObjectName("backupsButton")
        self.backups_button.clicked.connect(self.on_backups_clicked)
        row = QHBoxLayout()
        row.addWidget(self.backups_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def on_backups_clicked(self) -> None:
        from desktop_app import paths
        from desktop_app.storage.backups import Backups
        from desktop_app.ui.dialogs.backups_dialog import BackupsDialog  # on demand

        dialog = BackupsDialog(Backups(paths.database_path()), self)
        dialog.restart_requested.connect(self.on_restart_requested)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_restart_requested(self) -> None:
        """Closing the main window ends the app; app.py restores and starts it again."""
        self.reject()
        parent = self.parentWidget()
        if parent is not None:
            parent.window().close()

    def _switches_section(self, body: QWidget) -> None:
        self._heading(self.tr("Asking"), body)
        self.run_command_switch = QCheckBox(self.tr("Allow running commands"), body)
        self.run_command_switch.setObjectName("runCommandSwitch")
        self.run_command_switch.setChecked(self.settings.run_command_enabled)
        self.body.addWidget(self.run_command_switch)
        warning = self._label(self.tr(RUN_COMMAND_WARNING), "dialogStatus", body)
        warning.setContentsMargins(26, 0, 0, 4)
        self.body.addWidget(warning)
        self.read_only_switch = QCheckBox(self.tr("Auto-allow read-only built-in tools"), body)
        self.read_only_switch.setObjectName("readOnlySwitch")
        self.read_only_switch.setToolTip(
            self.tr("The clock, and listing, reading and searching files in the folders above")
        )
        self.read_only_switch.setChecked(self.settings.auto_allow_read_only)
        self.body.addWidget(self.read_only_switch)
        for switch in (self.run_command_switch, self.read_only_switch):
            # As wide as its words: a click in the empty space beside it changes nothing.
            switch.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def _grants_section(self, body: QWidget) -> None:
        self._heading(self.tr("Always-allowed tools"), body)
        self.grants_grid = QGridLayout()
        self.grants_grid.setHorizontalSpacing(12)
        self.grants_grid.setColumnStretch(1, 1)
        self.body.addLayout(self.grants_grid)
        self.no_grants_label = self._label(
            self.tr("None: every tool asks first."), "dialogNote", body
        )
        self.body.addWidget(self.no_grants_label)
        self.revoke_buttons: dict[Grant, QPushButton] = {}
        self._grants_body = body
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
        body = self._grants_body
        grants = self.always_grants()
        for index, grant in enumerate(grants):
            source = (
                self.tr("built-in")
                if grant.tool.source == BUILT_IN
                else self.tr("MCP: {server}").format(server=grant.tool.source)
            )
            self.grants_grid.addWidget(self._label(grant.tool.name, "grantName", body), index, 0)
            self.grants_grid.addWidget(self._label(source, "dialogStatus", body), index, 1)
            button = QPushButton(self.tr("Revoke"), body)
            button.setAutoDefault(False)
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

    def on_folder_list_current_row_changed(self, row: int) -> None:
        self.remove_folder_button.setEnabled(row >= 0)

    def chosen_settings(self) -> Settings:
        return self.settings.with_(
            granted_folders=self.folders(),
            run_command_enabled=self.run_command_switch.isChecked(),
            auto_allow_read_only=self.read_only_switch.isChecked(),
            mcp_servers=dict(self.mcp_panel.servers),
        )

    def on_save_clicked(self) -> None:
        settings = self.chosen_settings()
        try:
            settings.save(self.settings_path)
        except OSError as error:
            self.error_label.setText(
                self.tr("The settings could not be saved: {problem}.").format(
                    problem=error.strerror
                )
            )
            self.error_label.show()
            return
        self.connection.apply_tool_settings(settings)
        self.settings = settings
        self.saved.emit(settings)
        self.accept()

    def on_server_removed(self, name: str) -> None:
        """A removal is saved at once, on its own: the dialog's other changes wait for Save."""
        if name not in self.settings.mcp_servers:
            return  # imported but never saved: nothing on disk to change
        servers = {k: v for k, v in self.settings.mcp_servers.items() if k != name}
        stored = self.settings.with_(mcp_servers=servers)
        try:
            stored.save(self.settings_path)
        except OSError as error:
            self.error_label.setText(
                self.tr("The settings could not be saved: {problem}.").format(
                    problem=error.strerror
                )
            )
            self.error_label.show()
            return
        self.settings = stored
        self.saved.emit(stored)

    def done(self, result: int) -> None:
        self.mcp_panel.stop_listening()  # the dialog may live on a while before deletion
        super().done(result)

    def reject(self) -> None:
        # Servers started from unsaved entries keep running; the manager goes back to the file.
        if self.connection.mcp is not None:
            self.connection.mcp.configure(self.settings.mcp_servers)
        super().reject()
