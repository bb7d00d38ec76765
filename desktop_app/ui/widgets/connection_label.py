"""The status bar's note on the line to Claude: connecting, no key, or nothing when ready."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.claude_connection import ClaudeConnection, ConnectionState
from desktop_app.ui.widgets.elided_label import ElidedLabel


class ConnectionLabel(ElidedLabel):
    """Shortened with an ellipsis (whole in its tooltip) when the window is narrow."""

    def __init__(self, connection: ClaudeConnection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionLabel")
        self.connection = connection
        connection.state_changed.connect(self.on_state_changed)
        self.on_state_changed()

    def on_state_changed(self) -> None:
        match self.connection.state:
            case ConnectionState.STARTING:
                self.setText(self.tr("Connecting…"))
            case ConnectionState.READY:
                self.setText("")
            case ConnectionState.NEEDS_KEY:
                self.setText(self.tr("No API key"))
            case ConnectionState.BROKEN:
                self.setText(self.tr("Claude could not be loaded; see the log"))
