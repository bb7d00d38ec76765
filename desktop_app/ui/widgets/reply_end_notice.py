"""The line under a reply that ended early: cut off at max_tokens (Continue, and how to allow
more), paused by the API in a long server-tool turn (Continue), or stopped at one of the
conversation's stop sequences (which one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.core.reply_ending import Ending, ReplyEnding


class ReplyEndNotice(QWidget):
    continue_clicked = Signal()

    def __init__(self, ending: ReplyEnding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyEndNotice")
        self.ending = ending
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        # Quiet for a stop sequence (the reply ended as asked), marked where it can go on.
        self.label.setObjectName("replyEndLabel" if ending.can_continue else "replyEndNote")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.continue_button: QToolButton | None = None
        if ending.can_continue:
            self.continue_button = QToolButton(self)
            self.continue_button.setObjectName("continueButton")
            self.continue_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.continue_button.clicked.connect(self.continue_clicked)
            layout.addWidget(self.continue_button)
        self.hint: QLabel | None = None
        if ending.kind is Ending.CUT_OFF:
            self.hint = QLabel(self)
            self.hint.setObjectName("replyEndHint")
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint, 1)
        else:
            layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        match self.ending.kind:
            case Ending.CUT_OFF:
                self.label.setText(self.tr("Cut off at the max_tokens limit"))
            case Ending.PAUSED:
                self.label.setText(self.tr("Claude paused a long turn"))
            case Ending.STOP_SEQUENCE:
                self.label.setText(
                    self.tr('Stopped at stop sequence "{sequence}"').format(
                        sequence=self.ending.sequence
                    )
                )
        if self.continue_button is not None:
            self.continue_button.setText(self.tr("Continue"))
            self.continue_button.setToolTip(
                self.tr("Ask Claude to go on where the reply stopped")
                if self.ending.kind is Ending.CUT_OFF
                else self.tr("Let Claude go on with the turn where it paused")
            )
        if self.hint is not None:
            self.hint.setText(self.tr("To allow longer replies, raise Max under the message box."))
