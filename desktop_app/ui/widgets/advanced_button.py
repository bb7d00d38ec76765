"""The composer's "Advanced" control: shows at a glance whether this conversation samples
differently (temperature, top-p, top-k, stop sequences) and opens the panel that sets them.

It only says and asks; the panel (advanced_panel.py) is built on the first click, by
SamplingChoice, so the first paint does without it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop_app.core.request_options import RequestOptions


def number(value: float) -> str:
    """0.30 → "0.3", 1.0 → "1"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


class AdvancedButton(QToolButton):
    panel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advancedButton")
        self.options = RequestOptions()
        self.problems: list[str] = []
        self.clicked.connect(self.panel_requested)
        self._show()

    def show_options(self, options: RequestOptions, problems: list[str]) -> None:
        """The conversation's sampling options, and why the API would refuse them ([] if not)."""
        self.options, self.problems = options, list(problems)
        self._show()

    def retranslate(self) -> None:
        self._show()

    def summary(self) -> str:
        """ "T 0.3 · K 40 · 2 stops" for what is set; "" when nothing is."""
        o = self.options
        parts = []
        if o.temperature is not None:
            parts.append(self.tr("T {value}").format(value=number(o.temperature)))
        if o.top_p is not None:
            parts.append(self.tr("P {value}").format(value=number(o.top_p)))
        if o.top_k is not None:
            parts.append(self.tr("K {value}").format(value=o.top_k))
        if o.stop_sequences:
            parts.append(self.tr("%n stop(s)", "", len(o.stop_sequences)))
        return " · ".join(parts)

    def _show(self) -> None:
        summary = self.summary()
        # What is set stands in for the word, so the composer's row still fits a narrow window.
        text = summary or self.tr("Advanced")
        self.setText(("⚠ " + text) if self.problems else text)
        active, wrong = bool(summary), bool(self.problems)
        if (bool(self.property("active")), bool(self.property("wrong"))) != (active, wrong):
            # Only a change needs the style again (unset reads as False): touching style() at
            # the first build makes PySide build QStyle's enums (~7 ms) before the first paint.
            self.setProperty("active", active)
            self.setProperty("wrong", wrong)
            self.style().unpolish(self)
            self.style().polish(self)
        tip = (
            self.tr("Advanced: this conversation samples differently from the model's defaults")
            if summary
            else self.tr("Advanced: temperature, top-p, top-k and stop sequences (unset)")
        )
        self.setToolTip("\n".join([tip, *self.problems]))
