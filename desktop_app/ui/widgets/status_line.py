"""The window's status bar: the usage of the conversation shown, the line to Claude, and the
Usage and Batches buttons, which it reports up as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar

from desktop_app.ui.claude_connection import ClaudeConnection
from desktop_app.ui.widgets.connection_label import ConnectionLabel
from desktop_app.ui.widgets.elided_label import ElidedLabel


class StatusLine(QObject):
    """Fills a QStatusBar; the labels stay reachable for the window to write to."""

    usage_requested = Signal()
    batches_requested = Signal()

    def __init__(self, bar: QStatusBar, connection: ClaudeConnection) -> None:
        super().__init__(bar)
        self.usage_label = ElidedLabel(bar)
        self.usage_label.setObjectName("usageLabel")
        self.usage_label.setToolTip(
            self.tr("The last reply, and the whole conversation with every branch")
        )
        self.connection_label = ConnectionLabel(connection, bar)
        bar.addWidget(self.usage_label, 1)
        bar.addPermanentWidget(self.connection_label)
        # The keyboard has Ctrl+Shift+U and Ctrl+Shift+B: the buttons take no focus.
        usage = self._button(bar, "usageButton", self.tr("Usage"))
        usage.setToolTip(self.tr("Spending and the monthly budget (Ctrl+Shift+U)"))
        usage.clicked.connect(self.usage_requested)
        batches = self._button(bar, "batchesButton", self.tr("Batches"))
        batches.setToolTip(self.tr("Message Batches: many requests at half price (Ctrl+Shift+B)"))
        batches.clicked.connect(self.batches_requested)
        bar.setSizeGripEnabled(False)

    @staticmethod
    def _button(bar: QStatusBar, name: str, text: str) -> QPushButton:
        button = QPushButton(text, bar, flat=True)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addPermanentWidget(button)
        return button
