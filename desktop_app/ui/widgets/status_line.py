"""The window's status bar: the usage of the conversation shown, the line to Claude, and the
Usage and Batches buttons, which it reports up as signals.

Built with the window's frame, so the bar has its height from the first paint; the line to
Claude joins it when the connection is made (`watch`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar

from desktop_app.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection


class StatusLine(QObject):
    """Fills a QStatusBar; the labels stay reachable for the window to write to."""

    usage_requested = Signal()
    batches_requested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.usage_label = ElidedLabel(bar)
        self.usage_label.setObjectName("usageLabel")
        self.usage_label.setToolTip(
            self.tr("The last reply, and the whole conversation with every branch")
        )
        bar.addWidget(self.usage_label, 1)
        # The keyboard has Ctrl+Shift+U and Ctrl+Shift+B: the buttons take no focus.
        usage = self._button(bar, "usageButton", self.tr("Usage"))
        usage.setToolTip(self.tr("Spending and the monthly budget (Ctrl+Shift+U)"))
        usage.clicked.connect(self.usage_requested)
        batches = self._button(bar, "batchesButton", self.tr("Batches"))
        batches.setToolTip(self.tr("Message Batches: many requests at half price (Ctrl+Shift+B)"))
        batches.clicked.connect(self.batches_requested)
        bar.setSizeGripEnabled(False)

    def watch(self, connection: ClaudeConnection) -> None:
        """Show the line to Claude (connecting, no key…), left of the buttons."""
        from desktop_app.ui.widgets.connection_label import ConnectionLabel

        self.connection_label = ConnectionLabel(connection, self._bar)
        self._bar.insertPermanentWidget(1, self.connection_label)  # (0: the usage label)

    @staticmethod
    def _button(bar: QStatusBar, name: str, text: str) -> QPushButton:
        button = QPushButton(text, bar, flat=True)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addPermanentWidget(button)
        return button
