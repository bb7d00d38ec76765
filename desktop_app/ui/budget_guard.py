"""The monthly budget in the window: a banner above the composer from 80 % of it, and a
question before sending once it is used up. The budget itself lives in the settings."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget

from desktop_app.core.budget import BudgetStatus
from desktop_app.core.pricing import format_cost
from desktop_app.core.spend_report import SpendReport
from desktop_app.ui.widgets.chat_column import COLUMN_WIDTH

if TYPE_CHECKING:
    from desktop_app.core.settings import Settings
    from desktop_app.ui.theme import Colours


class SettingsKeeper(Protocol):
    """Who holds the window's settings and saves them (ConversationOptions)."""

    settings: Settings

    def save(self) -> None: ...


class BudgetGuard(QObject):
    def __init__(
        self,
        report: SpendReport | None,
        options: SettingsKeeper,
        colours: Colours,
        parent: QWidget,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._report, self._options, self._clock = report, options, clock
        self._parent = parent
        # As wide as the composer and centred like it: a holder with stretches either side.
        self.banner = QWidget(parent)
        self.banner.setObjectName("budgetBannerHolder")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(24, 6, 24, 0)
        self.label = QLabel(self.banner)
        self.label.setObjectName("budgetBanner")
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(COLUMN_WIDTH + 16)
        row.addStretch(1)
        row.addWidget(self.label, 100)
        row.addStretch(1)
        self.banner.setVisible(False)
        self.set_colours(colours)
        self.question: QMessageBox | None = None  # the open "send anyway?" question, if any

    def set_colours(self, c: Colours) -> None:
        self.label.setStyleSheet(
            f"QLabel#budgetBanner {{ background: {c.error_bg}; color: {c.error_text};"
            f" border: 1px solid {c.error_border}; border-radius: 8px; padding: 6px 10px;"
            " }"
        )

    def status(self) -> BudgetStatus:
        budget = self._options.settings.monthly_budget_usd
        if self._report is None or budget is None:
            return BudgetStatus(0.0, budget)
        return BudgetStatus.of(self._report, budget, self._clock())

    def refresh(self, *_changed: object) -> None:
        """Show or hide the banner; connected to whatever may change the month's spending."""
        status = self.status()
        self.banner.setVisible(status.warn)
        if status.warn and status.budget is not None:
            text = self.tr("You have used {0} % of this month's {1} budget.").format(
                status.percent, format_cost(status.budget)
            )
            self.label.setText(text)

    def set_budget(self, budget: float | None) -> None:
        """Keep a new budget in the settings (saved) and show what it means at once."""
        options = self._options
        options.settings = options.settings.with_(monthly_budget_usd=budget)
        options.save()
        self.refresh()

    def may_send(self) -> bool:
        """True unless the budget is used up and the user, asked, chose not to send."""
        status = self.status()
        self.refresh()
        if not status.over or status.budget is None:
            return True
        box = QMessageBox(self._parent)
        box.setObjectName("budgetQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Monthly budget used up"))
        box.setText(
            self.tr("You have spent {0} of this month's {1} budget. Send anyway?").format(
                format_cost(status.spent), format_cost(status.budget)
            )
        )
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        self.question = box
        try:
            box.exec()
            return box.clickedButton() is send
        finally:
            self.question = None
            box.deleteLater()
