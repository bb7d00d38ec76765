"""The Tools settings dialog: the tools panel (folders, switches, grants, MCP) with Save, and a
way to the backups.

Save writes the settings file and hands them to the connection; revoking a grant takes
effect at once, since it only ever takes a permission away.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.tools_panel import ToolsPanel

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection


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
        column = QVBoxLayout(body)
        column.setContentsMargins(18, 16, 18, 4)
        scroll.setWidget(body)
        # setWidget paints the body with its own background; the dialog's should show through.
        body.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        outer.addWidget(scroll, 1)
        self.panel = ToolsPanel(settings, connection, body)
        self.panel.server_removed.connect(self.on_server_removed)
        column.addWidget(self.panel)
        self.panel.heading(self.tr("Backups"))
        self.backups_button = QPushButton(self.tr("Backups…"), self.panel)
        self.backups_button.setObjectName("backupsButton")
        self.backups_button.clicked.connect(self.on_backups_clicked)
        row = QHBoxLayout()
        row.addWidget(self.backups_button)
        row.addStretch(1)
        self.panel.body.addLayout(row)
        column.addStretch(1)
        self.error_label = self.panel.label("", "errorText")
        self.error_label.setParent(self)
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

    def on_backups_clicked(self) -> None:
        from desktop_app.ui.dialogs.backups_dialog import open_backups  # on demand

        open_backups(self, self.on_restart_requested)

    def on_restart_requested(self) -> None:
        """Closing the main window ends the app; app.py restores and starts it again."""
        self.reject()
        parent = self.parentWidget()
        if parent is not None:
            parent.window().close()

    def chosen_settings(self) -> Settings:
        return self.panel.chosen_settings(self.settings)

    def on_save_clicked(self) -> None:
        settings = self.chosen_settings()
        if not self._store(settings):
            return
        self.connection.apply_tool_settings(settings)
        self.accept()

    def on_server_removed(self, name: str) -> None:
        """A removal is saved at once, on its own: the dialog's other changes wait for Save."""
        if name not in self.settings.mcp_servers:
            return  # imported but never saved: nothing on disk to change
        servers = {k: v for k, v in self.settings.mcp_servers.items() if k != name}
        self._store(self.settings.with_(mcp_servers=servers))

    def _store(self, settings: Settings) -> bool:
        try:
            settings.save(self.settings_path)
        except OSError as error:
            self.error_label.setText(
                self.tr("The settings could not be saved: %1.").replace("%1", str(error.strerror))
            )
            self.error_label.show()
            return False
        self.settings = settings
        self.saved.emit(settings)
        return True

    def done(self, result: int) -> None:
        self.panel.mcp_panel.stop_listening()  # the dialog may live on a while before deletion
        super().done(result)

    def reject(self) -> None:
        # Servers started from unsaved entries keep running; the manager goes back to the file.
        if self.connection.mcp is not None:
            self.connection.mcp.configure(self.settings.mcp_servers)
        super().reject()
