"""The Tools page: the tools panel, each change saved and handed to the connection at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.tools_panel import ToolsPanel
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection


class ToolsPage(SettingsPage):
    def __init__(
        self, holder: SettingsHolder, connection: ClaudeConnection, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Tools"), holder, parent)
        self.connection = connection
        self.panel = ToolsPanel(holder.settings, connection, self)
        self.panel.changed.connect(self.on_panel_changed)
        self.panel.server_removed.connect(lambda _name: self.on_panel_changed())
        self.outer.addWidget(self.panel)
        self.finish()

    def show_settings(self, settings: Settings) -> None:
        self.panel.show_grants()  # a grant given meanwhile, from a tool's question

    def on_panel_changed(self) -> None:
        if self.apply(**_tool_fields(self.panel.chosen_settings(self.settings))):
            self.connection.apply_tool_settings(self.settings)


def _tool_fields(settings: Settings) -> dict[str, object]:
    return {
        "granted_folders": settings.granted_folders,
        "run_command_enabled": settings.run_command_enabled,
        "auto_allow_read_only": settings.auto_allow_read_only,
        "mcp_servers": settings.mcp_servers,
    }
