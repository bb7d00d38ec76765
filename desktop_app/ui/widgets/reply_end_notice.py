"""The line under a reply that says how it ended: cut off at max_tokens (Continue, and how to
allow more), paused by the API mid-turn (Continue), or stopped at a stop sequence (quiet)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.ui.view_models.reply_ending import Ending, ReplyEnding


class ReplyEndNotice(QWidget):
    continue_clicked = Signal()

    def __init__(self, ending: ReplyEnding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyEndNotice")
        self.ending = ending
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        self.label = QLabel(self._words(), self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quiet = ending.kind is Ending.STOP_SEQUENCE
        self.label.setObjectName("replyEndQuiet" if quiet else "replyEndLabel")
        layout.addWidget(self.label)
        self.continue_button: QToolButton | None = None
        if ending.can_continue:
            button = QToolButton(self)
            button.setObjectName("continueButton")
            button.setText(self.tr("Continue"))
            button.setToolTip(
                self.tr("Ask Claude to go on where the reply stopped")
                if ending.kind is Ending.CUT_OFF
                else self.tr("Send the paused turn back, for Claude to finish it")
            )
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(self.continue_clicked)
            layout.addWidget(button)
            self.continue_button = button
        self.hint: QLabel | None = None
        if ending.kind is Ending.CUT_OFF:
            self.hint = QLabel(
                self.tr("To allow longer replies, raise Max under the message box."), self
            )
            self.hint.setObjectName("replyEndHint")
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint, 1)
        else:
            layout.addStretch(1)

    def _words(self) -> str:
        match self.ending.kind:
            case Ending.CUT_OFF:
                return self.tr("Cut off at the max_tokens limit")
            case Ending.PAUSED:
                return self.tr("Claude paused a long-running turn")
            case Ending.STOP_SEQUENCE:
                if not self.ending.sequence:
                    return self.tr("Stopped at a stop sequence")
                shown = self.ending.sequence.replace("\n", "⏎")
                return self.tr('Stopped at stop sequence "{sequence}"').format(sequence=shown)
