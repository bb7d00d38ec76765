"""A quiet line under the composer's buttons: what the next send costs, and how full the
conversation's context window is, with an offer to go on in a new conversation when full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop_app.core.context_window import WARN_SHARE, ContextFill
from desktop_app.ui.theme import Colours
from desktop_app.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from desktop_app.core.send_estimate import Estimate


class ComposerStatus(QWidget):
    summary_requested = Signal()  # "Continue in a new conversation with a summary"
    origin_requested = Signal()  # "Continued from …": open the original

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerStatus")
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(8)
        self.summary_button = QPushButton(
            self.tr("Continue in a new conversation with a summary"), self, flat=True
        )
        self.summary_button.setObjectName("summaryButton")
        self.summary_button.setToolTip(
            self.tr(
                "The cheapest model writes a summary of this conversation; a new conversation"
                " starts from it, linked to this one"
            )
        )
        self.summary_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.summary_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.summary_button.clicked.connect(self.summary_requested)
        self.summary_button.hide()
        self.origin_button = QPushButton(self, flat=True)
        self.origin_button.setObjectName("originButton")
        self.origin_button.setToolTip(self.tr("Open the conversation this one continues"))
        self.origin_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.origin_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.origin_button.clicked.connect(self.origin_requested)
        self.origin_button.hide()
        self.estimate_label = ElidedLabel(self)
        self.estimate_label.setObjectName("sendEstimate")
        self.meter = QProgressBar(self)
        self.meter.setObjectName("contextMeter")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setFixedSize(64, 6)
        self.meter_label = ElidedLabel(self)
        self.meter_label.setObjectName("contextLabel")
        row.addWidget(self.origin_button)
        row.addWidget(self.summary_button)
        row.addStretch(1)
        row.addWidget(self.estimate_label)
        row.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.meter_label)
        self.fill: ContextFill | None = None
        self.show_estimate(None)
        self.show_fill(None)

    def set_colours(self, c: Colours) -> None:
        self.setStyleSheet(
            f"QLabel {{ color: {c.muted}; font-size: 11px; }}"
            f'QLabel[warning="true"] {{ color: {c.error_text}; }}'
            f"QProgressBar {{ background: {c.border}; border: none; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {c.muted}; border-radius: 3px; }}"
            f'QProgressBar[warning="true"]::chunk {{ background: {c.error_text}; }}'
            f"QPushButton#summaryButton, QPushButton#originButton {{ color: {c.link};"
            " border: none; padding: 0; font-size: 11px; text-align: left; }"
            "QPushButton#summaryButton:hover, QPushButton#originButton:hover"
            " { text-decoration: underline; }"
        )

    def show_origin(self, title: str | None) -> None:
        """The conversation this one continues by a summary; None hides the link."""
        if title is None:
            self.origin_button.hide()
            return
        shown = title if len(title) <= 40 else title[:39].rstrip() + "…"
        self.origin_button.setText(self.tr("Continued from “%1”").replace("%1", shown))
        self.origin_button.show()

    def set_summarising(self, busy: bool) -> None:
        self.summary_button.setEnabled(not busy)
        self.summary_button.setText(
            self.tr("Writing a summary…")
            if busy
            else self.tr("Continue in a new conversation with a summary")
        )

    def show_estimate(self, estimate: Estimate | None) -> None:
        """The next send's input tokens and cost; nothing while there is nothing to send."""
        if estimate is None:
            self.estimate_label.clear()
            self.estimate_label.setToolTip("")
            self.estimate_label.hide()
            return
        tokens = f"{estimate.tokens:,}"
        if estimate.cost_usd is None:
            cost = self.tr("price unknown")
        else:
            from desktop_app.core.pricing import format_cost  # estimates come after the paint

            cost = format_cost(estimate.cost_usd)
        if estimate.exact:
            text = self.tr("%1 tokens · %2").replace("%1", tokens).replace("%2", cost)
            how = self.tr("Counted by the API (count_tokens).")
        else:
            text = self.tr("≈ %1 tokens · %2").replace("%1", tokens).replace("%2", cost)
            how = self.tr("Estimated here: the API could not be asked.")
        self.estimate_label.setText(text)
        self.estimate_label.setToolTip(
            self.tr("Input tokens of the next send and their cost at the model's input price,")
            + " "
            + self.tr("before caching (cached parts cost less).")
            + " "
            + how
        )
        self.estimate_label.show()

    def show_fill(self, fill: ContextFill | None) -> None:
        """How full the context window is; a warning colour from 80 %, the offer when full."""
        self.fill = fill
        share = fill.share if fill is not None else None
        if fill is None or share is None or fill.used == 0:
            self.meter.hide()
            self.meter_label.hide()
            self.summary_button.hide()
            return
        percent = min(100, round(share * 100))
        self.meter.setValue(percent)
        if percent == 0:
            self.meter_label.setText(self.tr("<1% of context"))
        else:
            self.meter_label.setText(self.tr("%1% of context").replace("%1", str(percent)))
        tip = (
            self.tr("%1 of %2 input tokens this model takes")
            .replace("%1", f"{fill.used:,}")
            .replace("%2", f"{fill.limit:,}")
        )
        if fill.full:
            tip += "\n" + self.tr("The next message would not fit: continue with a summary.")
        elif fill.warning:
            tip += "\n" + self.tr(
                "Over %1%: replies get dearer and the window will soon be full."
            ).replace("%1", str(round(WARN_SHARE * 100)))
        for widget in (self.meter, self.meter_label):
            widget.setProperty("warning", fill.warning)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setToolTip(tip)
            widget.show()
        self.summary_button.setVisible(fill.warning)
